import { Link } from 'react-router';
import { ListPage } from '../../../components/list-page/list-page';
import { RecordLink } from '../../../components/record-link';
import { graphql } from '../../../gql';
import type { InstitutionKind, InstitutionStatus } from '../../../gql/graphql';
import { humanize } from '../../../lib/words';

const InstitutionListQuery = graphql(`
  query InstitutionList($filter: InstitutionFilter, $orderBy: InstitutionOrder, $first: Int, $after: String) {
    institutions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          acronym
          kind
          status
          country
          countryName
          parent {
            id
            name
            acronym
          }
        }
      }
    }
  }
`);

const KINDS = Object.keys({
  NHRI: 1,
  OMBUDSMAN: 1,
  NETWORK: 1,
  INTERGOVERNMENTAL_ORGANIZATION: 1,
  IGO_BODY: 1,
  GOVERNMENT_BODY: 1,
  NGO: 1,
  ACADEMIC: 1,
  MEDIA: 1,
  OTHER: 1,
} satisfies Record<InstitutionKind, 1>);
const STATUSES = Object.keys({ ACTIVE: 1, INACTIVE: 1, MERGED: 1, DISSOLVED: 1 } satisfies Record<InstitutionStatus, 1>);

/** /institutions — every institution the caller may see, filtered by name, kind, country and status. */
export function Component() {
  return (
    <ListPage
      title="Institutions"
      noun={['institution', 'institutions']}
      query={InstitutionListQuery}
      connection={(data) => data.institutions}
      defaultSort={{ field: 'NAME', direction: 'ASC' }}
      filters={[
        { type: 'search', label: 'Name, acronym or alias' },
        { type: 'enum', param: 'kind', label: 'Kind', values: KINDS },
        { type: 'country' },
        { type: 'enum', param: 'status', label: 'Status', values: STATUSES },
      ]}
      columns={[
        {
          header: 'Name',
          sort: 'NAME',
          cell: (i) => (
            <>
              <RecordLink typename="Institution" id={i.id}>
                {i.name}
              </RecordLink>
              {i.status !== 'ACTIVE' && <span className="badge warn">{humanize(i.status)}</span>}
            </>
          ),
        },
        { header: 'Acronym', cell: (i) => i.acronym ?? '', wide: true },
        { header: 'Kind', sort: 'KIND', cell: (i) => humanize(i.kind), className: 'nowrap' },
        { header: 'Country', cell: (i) => i.countryName ?? i.country ?? <span className="muted">—</span>, wide: true },
        {
          header: 'Part of',
          wide: true,
          cell: (i) =>
            i.parent ? (
              <RecordLink typename="Institution" id={i.parent.id}>
                {i.parent.acronym ?? i.parent.name}
              </RecordLink>
            ) : null,
        },
      ]}
      csv={{
        filename: 'accord-institutions.csv',
        query: `query ExportInstitutionList($filter: InstitutionFilter, $orderBy: InstitutionOrder) {
          institutions(filter: $filter, orderBy: $orderBy) { nodes { name acronym kind status country parent { name } website aliases id } }
        }`,
      }}
      create={{ to: '/institutions/new', label: 'New institution' }}
      empty={
        <>
          No institutions yet. Editors add them with <Link to="/institutions/new">New institution</Link> or in bulk with{' '}
          <Link to="/import">Import</Link>.
        </>
      }
    />
  );
}
