import type { PageRoute } from '../../../app/page-route';

// A static segment: React Router ranks it above institutions/:id.
export const route: PageRoute = { path: 'institutions/new', lazy: () => import('../edit/institution-form') };
