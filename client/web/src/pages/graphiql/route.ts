import type { PageRoute } from '../../app/page-route';
import { graphiqlEnabled } from './graphiql-enabled';

// GraphiQL is its own document (graphiql.html at /graphiql, see main.tsx): the app only links to
// it, with a full page load. Arriving here inside the app (an old link) loads that page.
export const route: PageRoute = {
  path: 'graphiql',
  lazy: () => import('./graphiql-redirect'),
  nav: graphiqlEnabled() ? { label: 'GraphiQL', order: 90 } : undefined,
};
