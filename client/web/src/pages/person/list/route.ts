import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'people', lazy: () => import('./person-list') };
