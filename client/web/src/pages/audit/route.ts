import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = { path: 'admin/audit', lazy: () => import('./audit-page'), nav: { label: 'Audit log', order: 92, role: 'ADMIN' } };
