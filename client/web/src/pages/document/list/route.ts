import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'documents', lazy: () => import('./document-list') };
