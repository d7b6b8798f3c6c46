import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = {
  path: 'network',
  lazy: () => import('./network-page'),
  nav: { label: 'Network', order: 30 },
};
