import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'visits/:id/edit', lazy: () => import('./edit-visit-page') };
