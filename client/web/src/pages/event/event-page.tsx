import { useQuery } from '@apollo/client/react';
import { useCanEdit } from '../../app/session';
import { Link, useParams } from 'react-router';
import { DateText } from '../../components/date-text';
import { NameList } from '../../components/name-list';
import { HistorySection } from '../../components/history/history-panel';
import { figureText, ProvenancePanel } from '../../components/provenance';
import { RecordHeader } from '../../components/record-header';
import { RecordLink } from '../../components/record-link';
import { RecordPageState } from '../../components/record-page';
import { Empty } from '../../components/states';
import { getFragmentData, graphql } from '../../gql';
import { ClaimFields } from '../../components/provenance';
import { formatPartialDate } from '../../lib/dates';
import { briefingPath } from '../../lib/routes';
import { usePageTitle } from '../../lib/use-page-title';
import { ScheduleHistory } from '../planner/schedule-history';
import { TopicTagsButton } from '../topic/topic-tags';
import { AddParticipantButton, EventActions, ParticipantControls } from './event-edit-controls';
import { humanize } from '../../lib/words';

const EventPageQuery = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      id
      version
      title
      kind
      status
      startDate
      endDate
      startTime
      endTime
      timeZone
      venue
      city
      countryName
      description
      recurrence
      edition
      series {
        id
        name
        events {
          id
          title
          startDate
          edition
        }
      }
      parent {
        id
        title
        startDate
      }
      children {
        id
        title
        kind
        startDate
        endDate
        status
      }
      hosts {
        id
        name
      }
      organisers {
        id
        name
      }
      participations {
        id
        version
        role
        rsvp
        note
        institution {
          id
          name
          acronym
        }
        person {
          id
          name
        }
        onBehalfOf {
          id
          name
        }
      }
      documents {
        id
        title
        kind
        date
      }
      topics {
        id
        name
      }
      reschedules {
        ...ScheduleHistoryFields
      }
      citations {
        ...CitationFields
      }
      claims {
        ...ClaimFields
      }
    }
    commitments(filter: { madeAtEventId: $id }, first: 50) {
      nodes {
        id
        title
        status
        dueDate
        ownerInstitution {
          id
          name
        }
        ownerPerson {
          id
          name
        }
      }
    }
  }
`);

/** An event: when and where, who took part in which role, what it adopted and promised, and says who. */
export function Component() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(EventPageQuery, { variables: { id } });
  usePageTitle(data?.event.title);
  const canEdit = useCanEdit();
  return (
    <RecordPageState loading={loading} error={error} hasData={!!data} what="event" onRetry={() => refetch()}>
      {() => {
        const e = data!.event;
        const claims = e.claims.map((c) => getFragmentData(ClaimFields, c));
        const commitments = data!.commitments.nodes;
        return (
          <article className="page" aria-labelledby="record-title">
            <RecordHeader
              kicker={`${humanize(e.kind)}${e.edition ? ` · edition ${e.edition}` : ''}`}
              title={e.title}
              meta={
                <>
                  <span>
                    <DateText value={e.startDate} end={e.endDate} relative />
                    {e.startTime && (
                      <>
                        {' '}
                        · {e.startTime}
                        {e.endTime && `–${e.endTime}`} {e.timeZone && <span className="muted">({e.timeZone})</span>}
                      </>
                    )}
                  </span>
                  {(e.venue || e.city || e.countryName) && <span>{[e.venue, e.city, e.countryName].filter(Boolean).join(', ')}</span>}
                  <span className="badge">{humanize(e.status)}</span>
                  {e.recurrence && <span>recurs yearly</span>}
                  <Link to={briefingPath(e.id)}>Briefing</Link>
                </>
              }
            >
              <EventActions event={e} onChanged={() => void refetch()} />
              {claims.length > 0 && (
                <ul className="figures">
                  {claims.map((c) => (
                    <li key={c.id}>
                      <strong>{figureText(c)}</strong>
                      {c.statement && <span className="muted"> — “{c.statement}”</span>}
                    </li>
                  ))}
                </ul>
              )}
              {e.description && <p className="description">{e.description}</p>}
            </RecordHeader>
            <div className="columns">
              <div className="main">
                <section aria-labelledby="participants-heading">
                  <div className="section-heading">
                    <h2 id="participants-heading">Participants ({e.participations.length})</h2>
                    <AddParticipantButton eventId={e.id} onChanged={() => void refetch()} />
                  </div>
                  {e.participations.length === 0 ? (
                    <Empty>No participant recorded.</Empty>
                  ) : (
                    <table className="table compact">
                      <thead>
                        <tr>
                          <th scope="col">Who</th>
                          <th scope="col">Role</th>
                          <th scope="col">On behalf of</th>
                          <th scope="col">RSVP</th>
                          {canEdit && (
                            <th scope="col">
                              <span className="visually-hidden">Changes</span>
                            </th>
                          )}
                        </tr>
                      </thead>
                      <tbody>
                        {e.participations.map((p) => (
                          <tr key={p.id}>
                            <td>
                              {p.person && (
                                <RecordLink typename="Person" id={p.person.id}>
                                  {p.person.name}
                                </RecordLink>
                              )}
                              {p.person && p.institution && ', '}
                              {p.institution && (
                                <RecordLink typename="Institution" id={p.institution.id}>
                                  {p.institution.name}
                                </RecordLink>
                              )}
                              {p.note && <div className="with">{p.note}</div>}
                            </td>
                            <td>{humanize(p.role)}</td>
                            <td>
                              {p.onBehalfOf && (
                                <RecordLink typename="Institution" id={p.onBehalfOf.id}>
                                  {p.onBehalfOf.name}
                                </RecordLink>
                              )}
                            </td>
                            <td>{humanize(p.rsvp)}</td>
                            {canEdit && (
                              <td>
                                <ParticipantControls
                                  participation={{ id: p.id, version: p.version, role: p.role, rsvp: p.rsvp, note: p.note, onBehalfOf: p.onBehalfOf, name: p.person?.name ?? p.institution?.name ?? 'participant' }}
                                  onChanged={() => void refetch()}
                                />
                              </td>
                            )}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </section>
                <section aria-labelledby="documents-heading">
                  <h2 id="documents-heading">Documents adopted ({e.documents.length})</h2>
                  {e.documents.length === 0 ? (
                    <Empty>No document recorded for this event.</Empty>
                  ) : (
                    <ul className="plain">
                      {e.documents.map((d) => (
                        <li key={d.id}>
                          <RecordLink typename="Document" id={d.id}>
                            {d.title}
                          </RecordLink>
                          <span className="muted">
                            {' '}
                            · {humanize(d.kind)}
                            {d.date && ` · ${formatPartialDate(d.date)}`}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
                <section aria-labelledby="commitments-heading">
                  <h2 id="commitments-heading">Commitments made here ({commitments.length})</h2>
                  {commitments.length === 0 ? (
                    <Empty>No commitment recorded.</Empty>
                  ) : (
                    <ul className="plain">
                      {commitments.map((c) => (
                        <li key={c.id}>
                          <RecordLink typename="Commitment" id={c.id}>
                            {c.title}
                          </RecordLink>
                          <span className="muted">
                            {' '}
                            · {humanize(c.status)}
                            {c.dueDate && ` · due ${formatPartialDate(c.dueDate)}`}
                            {c.ownerInstitution && ` · ${c.ownerInstitution.name}`}
                            {c.ownerPerson && ` · ${c.ownerPerson.name}`}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
                <ProvenancePanel citations={e.citations} claims={e.claims} recordId={e.id} />
                <HistorySection recordId={e.id} />
              </div>
              <aside className="side" aria-label="Context">
                <section aria-labelledby="hosts-heading">
                  <h2 id="hosts-heading">Hosts and organisers</h2>
                  <dl className="facts">
                    <dt>Hosts</dt>
                    <dd>
                      <NameList typename="Institution" items={e.hosts} />
                    </dd>
                    <dt>Organisers</dt>
                    <dd>
                      <NameList typename="Institution" items={e.organisers} />
                    </dd>
                  </dl>
                </section>
                {(e.parent || e.children.length > 0) && (
                  <section aria-labelledby="parts-heading">
                    <h2 id="parts-heading">Part of / parts</h2>
                    {e.parent && (
                      <p>
                        Part of{' '}
                        <RecordLink typename="Event" id={e.parent.id}>
                          {e.parent.title}
                        </RecordLink>
                      </p>
                    )}
                    <ul className="plain">
                      {e.children.map((c) => (
                        <li key={c.id}>
                          <RecordLink typename="Event" id={c.id}>
                            {c.title}
                          </RecordLink>
                          <div className="muted">
                            <DateText value={c.startDate} end={c.endDate} /> · {humanize(c.status)}
                          </div>
                        </li>
                      ))}
                    </ul>
                  </section>
                )}
                {e.series && (
                  <section aria-labelledby="series-heading">
                    <h2 id="series-heading">Series: {e.series.name}</h2>
                    <ul className="plain">
                      {e.series.events.map((s) => (
                        <li key={s.id}>
                          {s.id === e.id ? (
                            <strong>{s.title}</strong>
                          ) : (
                            <RecordLink typename="Event" id={s.id}>
                              {s.title}
                            </RecordLink>
                          )}{' '}
                          <span className="muted">{formatPartialDate(s.startDate)}</span>
                        </li>
                      ))}
                    </ul>
                  </section>
                )}
                <ScheduleHistory reschedules={e.reschedules} />
                <section aria-labelledby="topics-heading">
                  <div className="section-heading">
                    <h2 id="topics-heading">Topics</h2>
                    <TopicTagsButton recordId={e.id} topics={e.topics} onChanged={() => void refetch()} />
                  </div>
                  <NameList typename="Topic" items={e.topics} empty="none" />
                </section>
              </aside>
            </div>
          </article>
        );
      }}
    </RecordPageState>
  );
}
