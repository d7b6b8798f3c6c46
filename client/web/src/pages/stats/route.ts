import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = {
  path: 'statistics',
  lazy: () => import('./stats-page'),
  nav: { label: 'Statistics', order: 40 },
};
