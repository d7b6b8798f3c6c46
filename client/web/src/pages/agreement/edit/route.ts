import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'agreements/:id/edit', lazy: () => import('./agreement-form') };
