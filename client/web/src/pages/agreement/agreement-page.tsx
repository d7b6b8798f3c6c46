import { useApolloClient, useQuery } from '@apollo/client/react';
import { forgetLists } from '../../forms/forget-lists';
import { useParams } from 'react-router';
import { useCanEdit } from '../../app/session';
import { DateText } from '../../components/date-text';
import { NameList } from '../../components/name-list';
import { HistorySection } from '../../components/history/history-panel';
import { ProvenancePanel } from '../../components/provenance';
import { RecordHeader } from '../../components/record-header';
import { RecordLink } from '../../components/record-link';
import { RecordPageState } from '../../components/record-page';
import { Empty } from '../../components/states';
import { graphql } from '../../gql';
import { formatPartialDate } from '../../lib/dates';
import { usePageTitle } from '../../lib/use-page-title';
import { humanize } from '../../lib/words';
import { AgreementStatusBadge } from './agreement-status';
import { EditOnly } from '../../forms/edit-only';
import { CommitmentDialog } from '../commitment/edit/commitment-form';
import { AddPartyButton, AgreementControls, PartyActionButton } from './edit/agreement-controls';
import { EditActionButton, EditPartyButton, RemoveActionButton, RemovePartyButton } from './edit/ledger-edit';

const AgreementPageQuery = graphql(`
  query AgreementPage($id: ID!) {
    agreement(id: $id) {
      id
      title
      kind
      status
      version
      allowedTransitions
      summary
      effectiveFrom
      expiresOn
      reviewDue
      noticeDeadline
      noticePeriodDays
      autoRenews
      daysToExpiry
      isOverdueExpiry
      parties {
        id
        version
        role
        signedOn
        institution {
          id
          name
        }
        signatory {
          id
          name
        }
      }
      actions {
        id
        version
        kind
        date
        note
        party {
          id
          name
        }
      }
      renews {
        id
        title
        status
      }
      renewedBy {
        id
        title
        status
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
    commitments(filter: { agreementId: $id }, first: 50) {
      nodes {
        id
        title
        status
        dueDate
      }
    }
  }
`);

/** An agreement: parties and signatories, where it stands in its lifecycle, what each party did, and its dates. */
export function Component() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(AgreementPageQuery, { variables: { id } });
  const canEdit = useCanEdit();
  const client = useApolloClient();
  // A move or a ledger entry changes lists elsewhere too (partners as of a day, expiring agreements).
  const changed = () => {
    forgetLists(client);
    void refetch();
  };
  usePageTitle(data?.agreement.title);
  return (
    <RecordPageState loading={loading} error={error} hasData={!!data} what="agreement" onRetry={() => refetch()}>
      {() => {
        const a = data!.agreement;
        const commitments = data!.commitments.nodes;
        return (
          <article className="page" aria-labelledby="record-title">
            <RecordHeader
              kicker={humanize(a.kind)}
              title={a.title}
              meta={
                <>
                  <AgreementStatusBadge status={a.status} />
                  {a.isOverdueExpiry && <span className="badge danger">marked in force after its expiry date</span>}
                  <span>
                    parties: <NameList typename="Institution" items={a.parties.map((p) => p.institution)} />
                  </span>
                </>
              }
            >
              {a.summary && <p className="description">{a.summary}</p>}
              <EditOnly>
                <AgreementControls agreement={a} onChanged={changed} />
              </EditOnly>
            </RecordHeader>
            <div className="columns">
              <div className="main">
                <section aria-labelledby="parties-heading">
                  <h2 id="parties-heading">Parties ({a.parties.length})</h2>
                  {a.parties.length === 0 ? (
                    <Empty>No party recorded yet.</Empty>
                  ) : (
                    <table className="table compact">
                      <thead>
                        <tr>
                          <th scope="col">Party</th>
                          <th scope="col">Role</th>
                          <th scope="col">Signatory</th>
                          <th scope="col">Signed</th>
                          {canEdit && (
                            <th scope="col">
                              <span className="visually-hidden">Ledger</span>
                            </th>
                          )}
                        </tr>
                      </thead>
                      <tbody>
                        {a.parties.map((p) => (
                          <tr key={p.id}>
                            <td>
                              <RecordLink typename="Institution" id={p.institution.id}>
                                {p.institution.name}
                              </RecordLink>
                            </td>
                            <td>{humanize(p.role)}</td>
                            <td>
                              {p.signatory && (
                                <RecordLink typename="Person" id={p.signatory.id}>
                                  {p.signatory.name}
                                </RecordLink>
                              )}
                            </td>
                            <td>{formatPartialDate(p.signedOn)}</td>
                            {canEdit && (
                              <td className="row-actions">
                                <PartyActionButton agreementId={a.id} party={p.institution} onChanged={changed} />
                                <EditPartyButton key={`${p.id}:${p.version}`} party={p} onChanged={changed} />
                                <RemovePartyButton party={p} onChanged={changed} />
                              </td>
                            )}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  <EditOnly>
                    <AddPartyButton agreementId={a.id} onChanged={changed} />
                  </EditOnly>
                </section>
                <section aria-labelledby="ledger-heading">
                  <h2 id="ledger-heading">Action ledger ({a.actions.length})</h2>
                  {a.actions.length === 0 ? (
                    <Empty>No signature, entry into force or other action recorded.</Empty>
                  ) : (
                    <table className="table compact">
                      <thead>
                        <tr>
                          <th scope="col">Date</th>
                          <th scope="col">Action</th>
                          <th scope="col">Party</th>
                          <th scope="col">Note</th>
                          {canEdit && (
                            <th scope="col">
                              <span className="visually-hidden">Corrections</span>
                            </th>
                          )}
                        </tr>
                      </thead>
                      <tbody>
                        {[...a.actions]
                          .sort((x, y) => x.date.localeCompare(y.date))
                          .map((act) => (
                            <tr key={act.id}>
                              <td className="date-cell">{formatPartialDate(act.date)}</td>
                              <td>{humanize(act.kind)}</td>
                              <td>
                                {act.party ? (
                                  <RecordLink typename="Institution" id={act.party.id}>
                                    {act.party.name}
                                  </RecordLink>
                                ) : (
                                  <span className="muted">all parties</span>
                                )}
                              </td>
                              <td>{act.note}</td>
                              {canEdit && (
                                <td className="row-actions">
                                  <EditActionButton key={`${act.id}:${act.version}`} action={act} onChanged={changed} />
                                  <RemoveActionButton action={act} onChanged={changed} />
                                </td>
                              )}
                            </tr>
                          ))}
                      </tbody>
                    </table>
                  )}
                </section>
                <ProvenancePanel citations={a.citations} claims={a.claims} recordId={a.id} />
                <HistorySection recordId={a.id} />
              </div>
              <aside className="side" aria-label="Dates and renewals">
                <section aria-labelledby="dates-heading">
                  <h2 id="dates-heading">Dates</h2>
                  <dl className="facts">
                    <dt>In force from</dt>
                    <dd>{a.effectiveFrom ? <DateText value={a.effectiveFrom} /> : '—'}</dd>
                    <dt>Expires</dt>
                    <dd>{a.expiresOn ? <DateText value={a.expiresOn} relative /> : 'no expiry recorded'}</dd>
                    <dt>Review due</dt>
                    <dd>{a.reviewDue ? <DateText value={a.reviewDue} relative /> : '—'}</dd>
                    <dt>Renewal</dt>
                    <dd>{a.autoRenews ? `automatic${a.noticePeriodDays ? `, ${a.noticePeriodDays} days' notice` : ''}` : 'not automatic'}</dd>
                    {a.noticeDeadline && (
                      <>
                        <dt>Notice deadline</dt>
                        <dd>
                          <DateText value={a.noticeDeadline} relative />
                        </dd>
                      </>
                    )}
                  </dl>
                </section>
                <section aria-labelledby="renewal-heading">
                  <h2 id="renewal-heading">Renewal chain</h2>
                  {!a.renews && a.renewedBy.length === 0 && <Empty>Neither renews nor was renewed by another agreement.</Empty>}
                  {a.renews && (
                    <p>
                      Renews{' '}
                      <RecordLink typename="Agreement" id={a.renews.id}>
                        {a.renews.title}
                      </RecordLink>{' '}
                      <AgreementStatusBadge status={a.renews.status} />
                    </p>
                  )}
                  {a.renewedBy.map((r) => (
                    <p key={r.id}>
                      Renewed by{' '}
                      <RecordLink typename="Agreement" id={r.id}>
                        {r.title}
                      </RecordLink>{' '}
                      <AgreementStatusBadge status={r.status} />
                    </p>
                  ))}
                </section>
                <section aria-labelledby="commitments-heading">
                  <h2 id="commitments-heading">Commitments ({commitments.length})</h2>
                  <EditOnly>
                    <CommitmentDialog agreement={a} />
                  </EditOnly>
                  {commitments.length === 0 ? (
                    <Empty>None recorded.</Empty>
                  ) : (
                    <ul className="plain">
                      {commitments.map((c) => (
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
                  <NameList typename="Topic" items={a.topics} empty="none" />
                </section>
              </aside>
            </div>
          </article>
        );
      }}
    </RecordPageState>
  );
}
