import { useEffect } from 'react';
import { Link } from 'react-router';
import { Skeleton } from '../../components/states';
import { usePageTitle } from '../../lib/use-page-title';
import { graphiqlEnabled } from './graphiql-enabled';

/** /graphiql reached inside the app: the server answers that path with GraphiQL's own page, so load it. */
export function Component() {
  usePageTitle('GraphiQL');
  const enabled = graphiqlEnabled();
  useEffect(() => {
    // The app's own index.html is served at /graphiql only when GraphiQL is off (or by Vite's dev
    // server, which serves it at /graphiql.html), so this cannot loop.
    if (enabled) window.location.replace(import.meta.env.DEV ? '/graphiql.html' : '/graphiql');
  }, [enabled]);
  if (enabled) return <Skeleton lines={3} label="Opening GraphiQL" />;
  return (
    <div className="page not-found">
      <h1>GraphiQL is turned off</h1>
      <p>
        This server does not offer the in-browser query editor (setting <code>WEB_GRAPHIQL</code>). Any GraphQL client can still query{' '}
        <code>/graphql</code> with your token. <Link to="/">Go to the start page</Link>.
      </p>
    </div>
  );
}
