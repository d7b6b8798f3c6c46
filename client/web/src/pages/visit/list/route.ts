import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'visits', lazy: () => import('./visit-list') };
