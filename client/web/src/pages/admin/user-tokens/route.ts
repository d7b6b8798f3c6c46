import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'admin/users/:id/tokens', lazy: () => import('./user-tokens-page') };
