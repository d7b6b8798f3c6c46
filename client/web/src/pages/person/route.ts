import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = { path: 'people/:id', lazy: () => import('./person-page') };
