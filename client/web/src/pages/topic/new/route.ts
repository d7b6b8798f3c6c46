import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'topics/new', lazy: () => import('./new-topic-page') };
