import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'people/new', lazy: () => import('./new-person-page') };
