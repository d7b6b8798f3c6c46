import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'agreements', lazy: () => import('./agreement-list') };
