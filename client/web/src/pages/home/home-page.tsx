import { useQuery } from '@apollo/client/react';
import { EditOnly } from '../../forms/edit-only';
import { Link } from 'react-router';
import { ErrorState, Empty, Skeleton } from '../../components/states';
import { TimelineRow } from '../../components/timeline/timeline-item';
import { graphql } from '../../gql';
import { todayIso } from '../../lib/dates';
import { usePageTitle } from '../../lib/use-page-title';

const HomeQuery = graphql(`
  query Home($today: PartialDate!) {
    recent: timeline(order: DESC, first: 12, filter: { to: $today }) {
      totalCount
      edges {
        cursor
        node {
          ...TimelineItemFields
        }
      }
    }
    upcoming: timeline(order: ASC, first: 8, filter: { from: $today, scheduleStatus: [PLANNED, CONFIRMED] }) {
      totalCount
      edges {
        cursor
        node {
          ...TimelineItemFields
        }
      }
    }
  }
`);

/** The start page: what is coming and what happened lately across the registry. */
export function Component() {
  usePageTitle('Start');
  const today = todayIso();
  const { data, error, loading, refetch } = useQuery(HomeQuery, { variables: { today } });
  return (
    <div className="page">
      <h1>Accord</h1>
      <p className="lead">
        International cooperation at a glance. Search any institution, person or event with the box above (Ctrl K), or open the{' '}
        <Link to="/planner">planner</Link>.
      </p>
      <EditOnly>
        <p className="toolbar">
          <Link to="/institutions/new" className="button">
            New institution
          </Link>
          <Link to="/agreements/new" className="button">
            New agreement
          </Link>
        </p>
      </EditOnly>
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      <div className="columns">
        <section className="main" aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recently</h2>
          {loading && !data ? (
            <Skeleton lines={8} />
          ) : data && data.recent.edges.length > 0 ? (
            <table className="table timeline">
              <thead className="visually-hidden">
                <tr>
                  <th>Date</th>
                  <th>Kind</th>
                  <th>What</th>
                  <th>Sources</th>
                </tr>
              </thead>
              <tbody>
                {data.recent.edges.map((edge) => (
                  <TimelineRow key={edge.cursor} item={edge.node} />
                ))}
              </tbody>
            </table>
          ) : (
            data && <Empty>Nothing recorded yet.</Empty>
          )}
        </section>
        <section className="side" aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">Coming up</h2>
          {loading && !data ? (
            <Skeleton lines={4} />
          ) : data && data.upcoming.edges.length > 0 ? (
            <table className="table timeline compact">
              <thead className="visually-hidden">
                <tr>
                  <th>Date</th>
                  <th>Kind</th>
                  <th>What</th>
                  <th>Sources</th>
                </tr>
              </thead>
              <tbody>
                {data.upcoming.edges.map((edge) => (
                  <TimelineRow key={edge.cursor} item={edge.node} />
                ))}
              </tbody>
            </table>
          ) : (
            data && <Empty>Nothing planned. Events and visits with future dates appear here.</Empty>
          )}
        </section>
      </div>
    </div>
  );
}
