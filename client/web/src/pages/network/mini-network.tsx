import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { Empty, ErrorState, Skeleton } from '../../components/states';
import { graphql } from '../../gql';
import { networkPath, recordPath } from '../../lib/routes';
import { plural } from '../../lib/words';
import { graphOf, shortName } from './network-model';
import './network.css';

const NetworkGraph = lazy(() => import('./network-graph'));

const MiniNetworkQuery = graphql(`
  query MiniNetwork($institutionId: ID!) {
    neighbourhood(institutionId: $institutionId, hops: 1, limit: 12) {
      hops
      truncated
      centre {
        id
        name
        acronym
      }
      nodes {
        institutionId
        distance
        degree
        weight
        institution {
          id
          name
          acronym
        }
      }
      edges {
        sourceId
        targetId
        weight
        interactions
      }
    }
  }
`);

/**
 * The institution page's network panel: its direct partners drawn small (strongest first, at
 * most 11), the same list as links, and the way to the full network page.
 */
export function MiniNetwork({ institutionId }: { institutionId: string }) {
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(MiniNetworkQuery, { variables: { institutionId } });
  const graph = useMemo(() => (data ? graphOf(data.neighbourhood) : null), [data]);
  return (
    <section className="mini-network" aria-labelledby="mini-network-heading">
      <h2 id="mini-network-heading">Network</h2>
      {error && <ErrorState error={error} onRetry={() => refetch()} title="The network could not be loaded" />}
      {loading && !data && <Skeleton lines={4} label="Loading the network" />}
      {data && graph && data.neighbourhood.nodes.length <= 1 && <Empty>No cooperation recorded yet.</Empty>}
      {data && graph && data.neighbourhood.nodes.length > 1 && (
        <>
          <Suspense fallback={<Skeleton lines={4} label="Loading the graph" />}>
            <NetworkGraph
              compact
              nodes={graph.nodes}
              edges={graph.edges.filter((e) => e.source === institutionId || e.target === institutionId)}
              centreId={institutionId}
              onSelectNode={(id) => navigate(recordPath('Institution', id) ?? '/')}
              label={`Direct partners of ${data.neighbourhood.centre.name}; listed below.`}
            />
          </Suspense>
          <p className="small">
            {plural(data.neighbourhood.nodes.length - 1, 'direct partner')}
            {data.neighbourhood.truncated ? ' (the strongest)' : ''}:{' '}
            {data.neighbourhood.nodes
              .filter((n) => n.distance === 1)
              .map((n, i) => (
                <span key={n.institutionId}>
                  {i > 0 && ', '}
                  <Link to={recordPath('Institution', n.institutionId) ?? '#'} title={n.institution.name}>
                    {shortName(n.institution)}
                  </Link>
                </span>
              ))}
          </p>
          <p>
            <Link to={networkPath(institutionId)}>Open the full network →</Link>
          </p>
        </>
      )}
    </section>
  );
}
