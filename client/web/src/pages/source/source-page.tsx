import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { DateText } from '../../components/date-text';
import { RecordHeader } from '../../components/record-header';
import { RecordLink } from '../../components/record-link';
import { RecordPageState } from '../../components/record-page';
import { Empty } from '../../components/states';
import { graphql } from '../../gql';
import { usePageTitle } from '../../lib/use-page-title';
import { humanize } from '../../lib/words';

const SourcePageQuery = graphql(`
  query SourcePage($id: ID!) {
    source(id: $id) {
      id
      title
      kind
      url
      language
      publishedOn
      publisherName
      description
      publisher {
        id
        name
      }
      citations {
        id
        quote
        locator
        recordType
        record {
          id
          ... on Institution {
            name
          }
          ... on Event {
            title
          }
          ... on Visit {
            title
          }
          ... on Document {
            title
          }
          ... on Agreement {
            title
          }
          ... on Person {
            name
          }
          ... on Commitment {
            title
          }
          ... on Topic {
            name
          }
        }
      }
    }
  }
`);

/** A source: the publication, and every fact in the registry that cites it, with the quote. */
export function Component() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(SourcePageQuery, { variables: { id } });
  usePageTitle(data?.source.title);
  return (
    <RecordPageState loading={loading} error={error} hasData={!!data} what="source" onRetry={() => refetch()}>
      {() => {
        const s = data!.source;
        return (
          <article className="page" aria-labelledby="record-title">
            <RecordHeader
              kicker={`Source · ${humanize(s.kind)}`}
              title={s.title}
              meta={
                <>
                  {s.publisher ? (
                    <RecordLink typename="Institution" id={s.publisher.id}>
                      {s.publisher.name}
                    </RecordLink>
                  ) : (
                    s.publisherName && <span>{s.publisherName}</span>
                  )}
                  {s.publishedOn && <DateText value={s.publishedOn} />}
                  {s.language && <span>language: {s.language}</span>}
                  {s.url && (
                    <a href={s.url} rel="noreferrer noopener" target="_blank">
                      read the original<span className="visually-hidden"> (opens in a new tab)</span>
                    </a>
                  )}
                </>
              }
            >
              {s.description && <p className="description">{s.description}</p>}
            </RecordHeader>
            <section aria-labelledby="cited-heading">
              <h2 id="cited-heading">Cited for ({s.citations.length})</h2>
              {s.citations.length === 0 ? (
                <Empty>Nothing in the registry cites this source yet.</Empty>
              ) : (
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Record</th>
                      <th scope="col">Quote</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.citations.map((c) => {
                      const r = c.record;
                      const label = r && 'title' in r ? r.title : r && 'name' in r ? r.name : humanize(c.recordType);
                      return (
                        <tr key={c.id}>
                          <td>
                            {r ? (
                              <RecordLink typename={r.__typename} id={r.id}>
                                {label}
                              </RecordLink>
                            ) : (
                              <span className="muted">{label}</span>
                            )}
                            <div className="with">{humanize(c.recordType)}</div>
                          </td>
                          <td>
                            {c.quote ? `“${c.quote}”` : <span className="muted">no quote</span>}
                            {c.locator && <span className="muted"> · {c.locator}</span>}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )}
            </section>
          </article>
        );
      }}
    </RecordPageState>
  );
}
