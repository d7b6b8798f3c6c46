import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'institutions/:id/edit', lazy: () => import('./institution-form') };
