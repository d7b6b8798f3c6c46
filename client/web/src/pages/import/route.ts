import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = { path: 'import', lazy: () => import('./import-page'), nav: { label: 'Import', order: 80, role: 'EDITOR' } };
