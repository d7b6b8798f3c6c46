import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = { path: '', lazy: () => import('./home-page') };
