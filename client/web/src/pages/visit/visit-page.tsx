import { useQuery } from '@apollo/client/react';
import { useCanEdit } from '../../app/session';
import { ScheduleHistory } from '../planner/schedule-history';
import { TopicTagsButton } from '../topic/topic-tags';
import { RemoveMemberButton, VisitActions } from './visit-edit-controls';
import { Link, useParams } from 'react-router';
import { DateText } from '../../components/date-text';
import { NameList } from '../../components/name-list';
import { HistorySection } from '../../components/history/history-panel';
import { ProvenancePanel } from '../../components/provenance';
import { RecordHeader } from '../../components/record-header';
import { RecordLink } from '../../components/record-link';
import { RecordPageState } from '../../components/record-page';
import { Empty } from '../../components/states';
import { graphql } from '../../gql';
import { briefingPath } from '../../lib/routes';
import { usePageTitle } from '../../lib/use-page-title';
import { humanize } from '../../lib/words';

const VisitPageQuery = graphql(`
  query VisitPage($id: ID!) {
    visit(id: $id) {
      id
      version
      title
      purpose
      direction
      status
      startDate
      endDate
      place
      countryName
      description
      delegationOf {
        id
        name
      }
      host {
        id
        name
      }
      members {
        id
        role
        person {
          id
          name
        }
        institution {
          id
          name
        }
      }
      outcome {
        id
        title
      }
      reschedules {
        ...ScheduleHistoryFields
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

/** A visit: whose delegation went where, when, who travelled, what came of it, and says who. */
export function Component() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(VisitPageQuery, { variables: { id } });
  usePageTitle(data?.visit.title);
  const canEdit = useCanEdit();
  return (
    <RecordPageState loading={loading} error={error} hasData={!!data} what="visit" onRetry={() => refetch()}>
      {() => {
        const v = data!.visit;
        return (
          <article className="page" aria-labelledby="record-title">
            <RecordHeader
              kicker={`${humanize(v.purpose)} · ${v.direction === 'INBOUND' ? 'inbound' : 'outbound'} visit`}
              title={v.title}
              meta={
                <>
                  <DateText value={v.startDate} end={v.endDate} relative />
                  {(v.place || v.countryName) && <span>{[v.place, v.countryName].filter(Boolean).join(', ')}</span>}
                  <span className="badge">{humanize(v.status)}</span>
                  <Link to={briefingPath(v.id)}>Briefing</Link>
                </>
              }
            >
              <VisitActions visit={v} onChanged={() => void refetch()} />
              {v.description && <p className="description">{v.description}</p>}
            </RecordHeader>
            <div className="columns">
              <div className="main">
                <section aria-labelledby="delegation-heading">
                  <h2 id="delegation-heading">Delegation</h2>
                  <dl className="facts">
                    <dt>Delegation of</dt>
                    <dd>
                      <RecordLink typename="Institution" id={v.delegationOf.id}>
                        {v.delegationOf.name}
                      </RecordLink>
                    </dd>
                    <dt>Host</dt>
                    <dd>
                      {v.host ? (
                        <RecordLink typename="Institution" id={v.host.id}>
                          {v.host.name}
                        </RecordLink>
                      ) : (
                        '—'
                      )}
                    </dd>
                  </dl>
                  {v.members.length === 0 ? (
                    <Empty>No delegation member recorded.</Empty>
                  ) : (
                    <table className="table compact">
                      <thead>
                        <tr>
                          <th scope="col">Member</th>
                          <th scope="col">Role</th>
                          {canEdit && (
                            <th scope="col">
                              <span className="visually-hidden">Changes</span>
                            </th>
                          )}
                        </tr>
                      </thead>
                      <tbody>
                        {v.members.map((m) => (
                          <tr key={m.id}>
                            <td>
                              {m.person && (
                                <RecordLink typename="Person" id={m.person.id}>
                                  {m.person.name}
                                </RecordLink>
                              )}
                              {m.person && m.institution && ', '}
                              {m.institution && (
                                <RecordLink typename="Institution" id={m.institution.id}>
                                  {m.institution.name}
                                </RecordLink>
                              )}
                            </td>
                            <td>{humanize(m.role)}</td>
                            {canEdit && (
                              <td>
                                <RemoveMemberButton member={{ id: m.id, name: m.person?.name ?? m.institution?.name ?? 'member' }} onChanged={() => void refetch()} />
                              </td>
                            )}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </section>
                <ProvenancePanel citations={v.citations} claims={v.claims} recordId={v.id} />
                <HistorySection recordId={v.id} />
              </div>
              <aside className="side" aria-label="Context">
                <section aria-labelledby="outcome-heading">
                  <h2 id="outcome-heading">Outcome</h2>
                  {v.outcome ? (
                    <RecordLink typename="Document" id={v.outcome.id}>
                      {v.outcome.title}
                    </RecordLink>
                  ) : (
                    <Empty>No report recorded.</Empty>
                  )}
                </section>
                <ScheduleHistory reschedules={v.reschedules} />
                <section aria-labelledby="topics-heading">
                  <div className="section-heading">
                    <h2 id="topics-heading">Topics</h2>
                    <TopicTagsButton recordId={v.id} topics={v.topics} onChanged={() => void refetch()} />
                  </div>
                  <NameList typename="Topic" items={v.topics} empty="none" />
                </section>
              </aside>
            </div>
          </article>
        );
      }}
    </RecordPageState>
  );
}
