import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = { path: 'documents/:id', lazy: () => import('./document-page') };
