import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'admin', lazy: () => import('./users-page'), nav: { label: 'Admin', order: 90, role: 'ADMIN' } };
