import type { PageRoute } from '../../../app/page-route';

// The list pages share one header entry, "Records" (the lists have tabs of their own).
export const route: PageRoute = {
  path: 'institutions',
  lazy: () => import('./institution-list'),
  nav: { label: 'Records', order: 10, section: ['/agreements', '/events', '/people', '/documents', '/visits'] },
};
