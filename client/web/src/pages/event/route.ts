import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = { path: 'events/:id', lazy: () => import('./event-page') };
