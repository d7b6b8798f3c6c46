import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = { path: 'visits/:id', lazy: () => import('./visit-page') };
