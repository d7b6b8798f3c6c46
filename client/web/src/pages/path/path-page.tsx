import { useQuery } from '@apollo/client/react';
import { DateText } from '../../components/date-text';
import { InstitutionPicker } from '../../components/pickers/institution-picker';
import { RecordLink } from '../../components/record-link';
import { ErrorState, Empty, Skeleton } from '../../components/states';
import { graphql } from '../../gql';
import { usePageTitle } from '../../lib/use-page-title';
import { useUrlState } from '../../lib/use-url-state';
import { humanize } from '../../lib/words';

const PathPageQuery = graphql(`
  query PathPage($from: ID!, $to: ID!, $hasFrom: Boolean!, $hasTo: Boolean!, $both: Boolean!) {
    fromNode: node(id: $from) @include(if: $hasFrom) {
      id
      ... on Institution {
        name
      }
    }
    toNode: node(id: $to) @include(if: $hasTo) {
      id
      ... on Institution {
        name
      }
    }
    connectionPath(fromId: $from, toId: $to, maxHops: 4, maxPaths: 3) @include(if: $both) {
      status
      message
      hops
      paths {
        hops
        weight
        institutions {
          id
          name
          acronym
        }
        steps {
          weight
          interactions
          firstInteraction
          lastInteraction
          source {
            id
            name
          }
          target {
            id
            name
          }
          records(first: 5) {
            kind
            summary
            date
            endDate
            record {
              id
              ... on Relation {
                kind
                role
                description
                citations {
                  id
                  quote
                  source {
                    id
                    title
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

/**
 * How two institutions are connected: the shortest paths (strongest first), each hop explained
 * by the records behind it (agreements, events, visits, documents, relations). ?from=…&to=…
 */
export function Component() {
  usePageTitle('Connection path');
  const url = useUrlState();
  const from = url.get('from');
  const to = url.get('to');
  const { data, error, loading, refetch } = useQuery(PathPageQuery, {
    variables: { from: from ?? '', to: to ?? '', hasFrom: !!from, hasTo: !!to, both: !!from && !!to },
  });
  const nameOf = (node: { __typename: string; name?: string } | null | undefined) => (node && 'name' in node ? (node.name ?? null) : null);
  const result = data?.connectionPath;
  return (
    <div className="page">
      <h1>Connection path</h1>
      <p className="lead">How are two institutions connected? Every hop is explained by the records behind it.</p>
      <div className="toolbar">
        <InstitutionPicker
          key={`from-${nameOf(data?.fromNode) ?? ''}`}
          label="From"
          selectedId={from}
          selectedName={nameOf(data?.fromNode)}
          onChange={(picked) => url.set({ from: picked?.id ?? null })}
        />
        <InstitutionPicker
          key={`to-${nameOf(data?.toNode) ?? ''}`}
          label="To"
          selectedId={to}
          selectedName={nameOf(data?.toNode)}
          onChange={(picked) => url.set({ to: picked?.id ?? null })}
        />
      </div>
      {error && <ErrorState error={error} onRetry={() => refetch()} />}
      {!from || !to ? (
        <Empty>Pick two institutions.</Empty>
      ) : loading && !result ? (
        <Skeleton lines={6} label="Searching for a path" />
      ) : result && result.status !== 'FOUND' ? (
        <p className="notice">{result.message}</p>
      ) : (
        result && (
          <section aria-labelledby="paths-heading">
            <h2 id="paths-heading">
              {result.paths.length === 1 ? 'Shortest path' : `${result.paths.length} shortest paths`}: {result.hops}{' '}
              {result.hops === 1 ? 'hop' : 'hops'}
            </h2>
            {result.paths.map((path, n) => (
              <div className="panel path" key={path.institutions.map((i) => i.id).join('>')}>
                <h3>
                  Path {n + 1}:{' '}
                  {path.institutions.map((i, k) => (
                    <span key={i.id}>
                      {k > 0 && ' → '}
                      <RecordLink typename="Institution" id={i.id}>
                        {i.acronym ?? i.name}
                      </RecordLink>
                    </span>
                  ))}
                  <span className="muted"> · strength {path.weight}</span>
                </h3>
                <ol className="hops">
                  {path.steps.map((step) => (
                    <li key={`${step.source.id}-${step.target.id}`}>
                      <p>
                        <RecordLink typename="Institution" id={step.source.id}>
                          {step.source.name}
                        </RecordLink>{' '}
                        and{' '}
                        <RecordLink typename="Institution" id={step.target.id}>
                          {step.target.name}
                        </RecordLink>{' '}
                        <span className="muted">
                          · {step.interactions} {step.interactions === 1 ? 'record' : 'records'}
                          {step.firstInteraction && (
                            <>
                              {' '}
                              · <DateText value={step.firstInteraction} end={step.lastInteraction !== step.firstInteraction ? step.lastInteraction : null} />
                            </>
                          )}
                        </span>
                      </p>
                      <ul className="plain because">
                        {step.records.map((r) => (
                          <li key={r.record.id}>
                            <span className="kind">{humanize(r.kind)}</span>{' '}
                            <RecordLink typename={r.record.__typename} id={r.record.id}>
                              {/^[A-Z_]+$/.test(r.summary) ? humanize(r.summary) : r.summary}
                            </RecordLink>
                            {r.record.__typename === 'Relation' && (
                              <>
                                {r.record.role && <span className="muted"> · {r.record.role}</span>}
                                {r.record.description && <span className="muted"> · {r.record.description}</span>}
                                {r.record.citations.map((c) => (
                                  <div key={c.id} className="with">
                                    {c.quote && <>“{c.quote}” — </>}
                                    <RecordLink typename="Source" id={c.source.id}>
                                      {c.source.title}
                                    </RecordLink>
                                  </div>
                                ))}
                              </>
                            )}
                            {r.date && (
                              <span className="muted">
                                {' '}
                                · <DateText value={r.date} end={r.endDate} />
                              </span>
                            )}
                          </li>
                        ))}
                        {step.interactions > step.records.length && (
                          <li className="muted">and {step.interactions - step.records.length} more</li>
                        )}
                      </ul>
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </section>
        )
      )}
    </div>
  );
}
