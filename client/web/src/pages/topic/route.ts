import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = { path: 'topics/:id', lazy: () => import('./topic-page') };
