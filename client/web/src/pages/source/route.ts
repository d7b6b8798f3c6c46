import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = { path: 'sources/:id', lazy: () => import('./source-page') };
