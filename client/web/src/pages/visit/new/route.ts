import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'visits/new', lazy: () => import('./new-visit-page') };
