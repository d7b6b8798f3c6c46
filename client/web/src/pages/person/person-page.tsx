import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { DateText } from '../../components/date-text';
import { HistorySection } from '../../components/history/history-panel';
import { ProvenancePanel } from '../../components/provenance';
import { RecordHeader } from '../../components/record-header';
import { RecordLink } from '../../components/record-link';
import { RecordList } from '../../components/record-list';
import { RecordPageState } from '../../components/record-page';
import { Empty } from '../../components/states';
import { graphql } from '../../gql';
import { usePageTitle } from '../../lib/use-page-title';
import { humanize } from '../../lib/words';
import { PersonActions } from './person-edit-controls';
import { RemoveTenureButton } from './remove-records';
import { useViewer } from '../../app/session';

const PersonPageQuery = graphql(`
  query PersonPage($id: ID!) {
    person(id: $id) {
      id
      version
      name
      honorific
      aliases
      country
      countryName
      description
      tenures {
        id
        version
        acting
        startDate
        endDate
        status
        post {
          id
          title
          institution {
            id
            name
          }
        }
      }
      events {
        id
        role
        rsvp
        note
        onBehalfOf {
          id
          name
        }
        event {
          id
          title
          startDate
          endDate
        }
      }
      visits {
        id
        role
        visit {
          id
          title
          startDate
          endDate
        }
      }
      relations {
        id
        kind
        role
        startDate
        endDate
        status
        object {
          id
          name
        }
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

/** Latest first; undated records last. */
function newestFirst<T extends { date?: string | null }>(items: T[]): T[] {
  return [...items].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/** A person: the posts they held where and when, the events and visits they took part in, their other ties, and says who. */
export function Component() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(PersonPageQuery, { variables: { id } });
  const isAdmin = useViewer().role === 'ADMIN';
  usePageTitle(data?.person.name);
  return (
    <RecordPageState loading={loading} error={error} hasData={!!data} what="person" onRetry={() => refetch()}>
      {() => {
        const p = data!.person;
        const current = p.tenures.find((t) => t.status === 'ACTIVE');
        return (
          <article className="page" aria-labelledby="record-title">
            <RecordHeader
              kicker="Person"
              title={
                <>
                  {p.honorific && <span className="muted">{p.honorific} </span>}
                  {p.name}
                </>
              }
              meta={
                <>
                  {current && (
                    <span>
                      {current.post.title},{' '}
                      <RecordLink typename="Institution" id={current.post.institution.id}>
                        {current.post.institution.name}
                      </RecordLink>
                    </span>
                  )}
                  {p.countryName && <span>{p.countryName}</span>}
                </>
              }
            >
              <PersonActions person={p} onChanged={() => void refetch()} />
              {p.aliases.length > 0 && <p className="muted">Also written: {p.aliases.join(' · ')}</p>}
              {p.description && <p className="description">{p.description}</p>}
            </RecordHeader>
            <div className="columns">
              <div className="main">
                <section aria-labelledby="posts-heading">
                  <h2 id="posts-heading">Posts ({p.tenures.length})</h2>
                  {p.tenures.length === 0 ? (
                    <Empty>No post recorded.</Empty>
                  ) : (
                    <table className="table compact">
                      <thead>
                        <tr>
                          <th scope="col">Post</th>
                          <th scope="col">Institution</th>
                          <th scope="col">From – to</th>
                          <th scope="col">Status</th>
                          {isAdmin && (
                            <th scope="col">
                              <span className="visually-hidden">Changes</span>
                            </th>
                          )}
                        </tr>
                      </thead>
                      <tbody>
                        {p.tenures.map((t) => (
                          <tr key={t.id}>
                            <td>
                              {t.post.title}
                              {t.acting && <span className="muted"> (acting)</span>}
                            </td>
                            <td>
                              <RecordLink typename="Institution" id={t.post.institution.id}>
                                {t.post.institution.name}
                              </RecordLink>
                            </td>
                            <td>{t.startDate || t.endDate ? <DateText value={t.startDate} end={t.endDate} /> : <span className="muted">dates unknown</span>}</td>
                            <td>{humanize(t.status)}</td>
                            {isAdmin && (
                              <td>
                                <RemoveTenureButton tenure={t} personName={p.name} onChanged={() => void refetch()} />
                              </td>
                            )}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </section>
                <RecordList
                  heading="Took part in"
                  typename="Event"
                  empty="No event recorded for this person."
                  items={newestFirst(
                    p.events.map((x) => ({
                      id: x.event.id,
                      title: x.event.title,
                      date: x.event.startDate,
                      endDate: x.event.endDate,
                      detail: [humanize(x.role), x.rsvp !== 'ATTENDED' && humanize(x.rsvp), x.onBehalfOf && x.onBehalfOf.id !== current?.post.institution.id && `for ${x.onBehalfOf.name}`, x.note].filter(Boolean).join(' · '),
                    })),
                  )}
                />
                <RecordList
                  heading="Delegations"
                  typename="Visit"
                  empty="No visit recorded for this person."
                  items={newestFirst(p.visits.map((m) => ({ id: m.visit.id, title: m.visit.title, date: m.visit.startDate, endDate: m.visit.endDate, detail: humanize(m.role) })))}
                />
                <ProvenancePanel citations={p.citations} claims={p.claims} recordId={p.id} />
                <HistorySection recordId={p.id} />
              </div>
              <aside className="side" aria-label="Ties">
                <section aria-labelledby="relations-heading">
                  <h2 id="relations-heading">Other ties ({p.relations.length})</h2>
                  {p.relations.length === 0 ? (
                    <Empty>None recorded.</Empty>
                  ) : (
                    <ul className="plain">
                      {p.relations.map((r) => (
                        <li key={r.id}>
                          {humanize(r.kind)}{' '}
                          <RecordLink typename="Institution" id={r.object.id}>
                            {r.object.name}
                          </RecordLink>
                          {r.role && <span className="muted"> · {r.role}</span>}
                          <div className="muted">{humanize(r.status)}</div>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              </aside>
            </div>
          </article>
        );
      }}
    </RecordPageState>
  );
}
