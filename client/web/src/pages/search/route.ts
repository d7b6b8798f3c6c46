import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = { path: 'search', lazy: () => import('./search-page') };
