import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = {
  path: 'planner',
  lazy: () => import('./planner-page'),
  nav: { label: 'Planner', order: 20 },
};
