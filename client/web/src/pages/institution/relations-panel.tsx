import { useApolloClient, useQuery } from '@apollo/client/react';
import { DateText } from '../../components/date-text';
import { RecordLink } from '../../components/record-link';
import { Empty, ErrorState, Skeleton } from '../../components/states';
import { useCanEdit } from '../../app/session';
import { graphql } from '../../gql';
import type { InstitutionRelationsQuery } from '../../gql/graphql';
import { humanize } from '../../lib/words';
import { DeleteRelationButton, RelationDialog, type RelationRecord } from './edit/relation-form';

const InstitutionRelations = graphql(`
  query InstitutionRelations($id: ID!) {
    institution(id: $id) {
      id
      name
      relations {
        id
        version
        kind
        role
        startDate
        endDate
        description
        status
        subject {
          __typename
          ... on Institution {
            id
            name
          }
          ... on Person {
            id
            name
          }
        }
        object {
          id
          name
        }
      }
    }
  }
`);

type Row = InstitutionRelationsQuery['institution']['relations'][number];
const recordOf = (r: Row): RelationRecord => ({ ...r, subjectName: r.subject.name, object: { id: r.object.id, name: r.object.name } });

/** Every relation the institution is part of, either side, with their dates; editors change them here. */
export function RelationsPanel({ institutionId }: { institutionId: string }) {
  const client = useApolloClient();
  const canEdit = useCanEdit();
  const { data, error, loading, refetch } = useQuery(InstitutionRelations, { variables: { id: institutionId }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (loading && !data) return <Skeleton label="Loading relations" />;
  const institution = data!.institution;
  const changed = () => void client.refetchQueries({ include: 'active' });
  // The relation as it is now, outside the cache (the dialog keeps what was typed).
  const current = (id: string) => async () => {
    const { data: fresh } = await client.query({ query: InstitutionRelations, variables: { id: institutionId }, fetchPolicy: 'no-cache' });
    const row = fresh?.institution.relations.find((r) => r.id === id);
    return row ? recordOf(row) : null;
  };
  if (institution.relations.length === 0) return <Empty>No relation recorded. Editors add one with “Add a relation” above.</Empty>;
  return (
    <table className="table compact">
      <caption className="visually-hidden">Relations of {institution.name}</caption>
      <thead>
        <tr>
          <th scope="col">Relation</th>
          <th scope="col">Role</th>
          <th scope="col">Period</th>
          <th scope="col">Status</th>
          {canEdit && (
            <th scope="col">
              <span className="visually-hidden">Changes</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {institution.relations.map((r) => (
          <tr key={r.id}>
            <td>
              {r.subject.id === institution.id ? (
                institution.name
              ) : (
                <RecordLink typename={r.subject.__typename} id={r.subject.id}>
                  {r.subject.name}
                </RecordLink>
              )}{' '}
              <span className="muted">{humanize(r.kind).toLowerCase()}</span>{' '}
              {r.object.id === institution.id ? (
                institution.name
              ) : (
                <RecordLink typename="Institution" id={r.object.id}>
                  {r.object.name}
                </RecordLink>
              )}
            </td>
            <td>{r.role ?? '—'}</td>
            <td>
              {r.startDate && r.endDate ? (
                <DateText value={r.startDate} end={r.endDate} />
              ) : r.startDate ? (
                <>
                  since <DateText value={r.startDate} />
                </>
              ) : r.endDate ? (
                <>
                  until <DateText value={r.endDate} />
                </>
              ) : (
                <span className="muted">dates unknown</span>
              )}
            </td>
            <td>{humanize(r.status)}</td>
            {canEdit && (
              <td className="row-actions">
                <RelationDialog key={`${r.id}:${r.version}`} institution={institution} relation={recordOf(r)} onSaved={changed} reload={current(r.id)} />
                <DeleteRelationButton relation={recordOf(r)} onDeleted={changed} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
