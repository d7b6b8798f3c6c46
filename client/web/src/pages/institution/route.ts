import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = { path: 'institutions/:id', lazy: () => import('./institution-page') };
