import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { DateText } from '../../components/date-text';
import { NameList } from '../../components/name-list';
import { HistorySection } from '../../components/history/history-panel';
import { ProvenancePanel } from '../../components/provenance';
import { RecordHeader } from '../../components/record-header';
import { EditOnly } from '../../forms/edit-only';
import { DocumentDialog } from './edit/document-form';
import { RecordLink } from '../../components/record-link';
import { RecordPageState } from '../../components/record-page';
import { Empty } from '../../components/states';
import { graphql } from '../../gql';
import { formatPartialDate } from '../../lib/dates';
import { usePageTitle } from '../../lib/use-page-title';
import { humanize } from '../../lib/words';

const DocumentPageQuery = graphql(`
  query DocumentPage($id: ID!) {
    document(id: $id) {
      id
      version
      confidential
      title
      kind
      date
      summary
      url
      adoptedAt {
        id
        title
        startDate
      }
      parties {
        id
        role
        date
        institution {
          id
          name
        }
        atEvent {
          id
          title
        }
      }
      commitments {
        id
        title
        status
        dueDate
      }
      topics {
        id
        name
      }
      citations {
        ...CitationFields
      }
      claims {
        ...ClaimFields
      }
    }
  }
`);

/** A document: what it is, who issued, adopted or endorsed it where, what it commits to, and says who. */
export function Component() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(DocumentPageQuery, { variables: { id } });
  usePageTitle(data?.document.title);
  return (
    <RecordPageState loading={loading} error={error} hasData={!!data} what="document" onRetry={() => refetch()}>
      {() => {
        const d = data!.document;
        return (
          <article className="page" aria-labelledby="record-title">
            <RecordHeader
              kicker={humanize(d.kind)}
              title={d.title}
              meta={
                <>
                  <DateText value={d.date} />
                  {d.adoptedAt && (
                    <span>
                      adopted at{' '}
                      <RecordLink typename="Event" id={d.adoptedAt.id}>
                        {d.adoptedAt.title}
                      </RecordLink>
                    </span>
                  )}
                  {d.url && (
                    <a href={d.url} rel="noreferrer noopener" target="_blank">
                      full text<span className="visually-hidden"> (opens in a new tab)</span>
                    </a>
                  )}
                </>
              }
            >
              {d.summary && <p className="description">{d.summary}</p>}
              <EditOnly>
                <DocumentDialog document={d} onSaved={() => refetch()} />
              </EditOnly>
            </RecordHeader>
            <div className="columns">
              <div className="main">
                <section aria-labelledby="parties-heading">
                  <h2 id="parties-heading">Institutions ({d.parties.length})</h2>
                  {d.parties.length === 0 ? (
                    <Empty>No issuing or adopting institution recorded.</Empty>
                  ) : (
                    <table className="table compact">
                      <thead>
                        <tr>
                          <th scope="col">Institution</th>
                          <th scope="col">Role</th>
                          <th scope="col">When</th>
                          <th scope="col">Where</th>
                        </tr>
                      </thead>
                      <tbody>
                        {d.parties.map((p) => (
                          <tr key={p.id}>
                            <td>
                              <RecordLink typename="Institution" id={p.institution.id}>
                                {p.institution.name}
                              </RecordLink>
                            </td>
                            <td>{humanize(p.role)}</td>
                            <td>{formatPartialDate(p.date)}</td>
                            <td>
                              {p.atEvent && (
                                <RecordLink typename="Event" id={p.atEvent.id}>
                                  {p.atEvent.title}
                                </RecordLink>
                              )}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </section>
                <ProvenancePanel citations={d.citations} claims={d.claims} recordId={d.id} />
                <HistorySection recordId={d.id} />
              </div>
              <aside className="side" aria-label="Context">
                <section aria-labelledby="commitments-heading">
                  <h2 id="commitments-heading">Commitments ({d.commitments.length})</h2>
                  {d.commitments.length === 0 ? (
                    <Empty>None recorded.</Empty>
                  ) : (
                    <ul className="plain">
                      {d.commitments.map((c) => (
                        <li key={c.id}>
                          <RecordLink typename="Commitment" id={c.id}>
                            {c.title}
                          </RecordLink>
                          <div className="muted">
                            {humanize(c.status)}
                            {c.dueDate && ` · due ${formatPartialDate(c.dueDate)}`}
                          </div>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
                <section aria-labelledby="topics-heading">
                  <h2 id="topics-heading">Topics</h2>
                  <NameList typename="Topic" items={d.topics} empty="none" />
                </section>
              </aside>
            </div>
          </article>
        );
      }}
    </RecordPageState>
  );
}
