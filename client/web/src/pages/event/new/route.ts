import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'events/new', lazy: () => import('./new-event-page') };
