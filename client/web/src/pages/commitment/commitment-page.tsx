import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { DateText } from '../../components/date-text';
import { NameList } from '../../components/name-list';
import { HistorySection } from '../../components/history/history-panel';
import { ProvenancePanel } from '../../components/provenance';
import { RecordHeader } from '../../components/record-header';
import { EditOnly } from '../../forms/edit-only';
import { CommitmentDialog } from './edit/commitment-form';
import { RecordLink } from '../../components/record-link';
import { RecordPageState } from '../../components/record-page';
import { graphql } from '../../gql';
import { usePageTitle } from '../../lib/use-page-title';
import { humanize } from '../../lib/words';

const CommitmentPageQuery = graphql(`
  query CommitmentPage($id: ID!) {
    commitment(id: $id) {
      id
      version
      title
      status
      dueDate
      isOverdue
      description
      evidence
      evidenceDocument {
        id
        title
      }
      ownerInstitution {
        id
        name
      }
      ownerPerson {
        id
        name
      }
      madeAtEvent {
        id
        title
      }
      madeInAgreement {
        id
        title
      }
      madeInDocument {
        id
        title
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

/** A commitment: who owes what by when, where it was taken on, the evidence of progress, and says who. */
export function Component() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(CommitmentPageQuery, { variables: { id } });
  usePageTitle(data?.commitment.title);
  return (
    <RecordPageState loading={loading} error={error} hasData={!!data} what="commitment" onRetry={() => refetch()}>
      {() => {
        const c = data!.commitment;
        const madeIn = c.madeAtEvent
          ? { typename: 'Event', ...c.madeAtEvent }
          : c.madeInAgreement
            ? { typename: 'Agreement', ...c.madeInAgreement }
            : c.madeInDocument
              ? { typename: 'Document', ...c.madeInDocument }
              : null;
        return (
          <article className="page" aria-labelledby="record-title">
            <RecordHeader
              kicker="Commitment"
              title={c.title}
              meta={
                <>
                  <span className="badge">{humanize(c.status)}</span>
                  {c.isOverdue && <span className="badge danger">overdue</span>}
                  {c.dueDate && (
                    <span>
                      due <DateText value={c.dueDate} relative />
                    </span>
                  )}
                </>
              }
            >
              {c.description && <p className="description">{c.description}</p>}
              <EditOnly>
                <CommitmentDialog commitment={c} onSaved={() => refetch()} />
              </EditOnly>
            </RecordHeader>
            <div className="columns">
              <div className="main">
                <dl className="facts">
                  <dt>Owner</dt>
                  <dd>
                    {c.ownerInstitution && (
                      <RecordLink typename="Institution" id={c.ownerInstitution.id}>
                        {c.ownerInstitution.name}
                      </RecordLink>
                    )}
                    {c.ownerPerson && (
                      <RecordLink typename="Person" id={c.ownerPerson.id}>
                        {c.ownerPerson.name}
                      </RecordLink>
                    )}
                  </dd>
                  <dt>Taken on in</dt>
                  <dd>
                    {madeIn ? (
                      <RecordLink typename={madeIn.typename} id={madeIn.id}>
                        {madeIn.title}
                      </RecordLink>
                    ) : (
                      '—'
                    )}
                  </dd>
                  <dt>Evidence</dt>
                  <dd>
                    {c.evidence ?? (c.evidenceDocument ? '' : '—')}
                    {c.evidenceDocument && (
                      <RecordLink typename="Document" id={c.evidenceDocument.id}>
                        {c.evidenceDocument.title}
                      </RecordLink>
                    )}
                  </dd>
                  <dt>Topics</dt>
                  <dd>
                    <NameList typename="Topic" items={c.topics} empty="none" />
                  </dd>
                </dl>
                <ProvenancePanel citations={c.citations} claims={c.claims} recordId={c.id} />
                <HistorySection recordId={c.id} />
              </div>
            </div>
          </article>
        );
      }}
    </RecordPageState>
  );
}
