import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'events', lazy: () => import('./event-list') };
