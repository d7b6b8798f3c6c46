import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = { path: 'commitments/:id', lazy: () => import('./commitment-page') };
