import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = { path: 'path', lazy: () => import('./path-page'), nav: { label: 'Paths', order: 30 } };
