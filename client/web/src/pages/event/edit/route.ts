import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'events/:id/edit', lazy: () => import('./edit-event-page') };
