import { Link } from 'react-router';
import { DateText } from '../../../components/date-text';
import { ListPage } from '../../../components/list-page/list-page';
import { RecordLink } from '../../../components/record-link';
import { graphql } from '../../../gql';
import type { ScheduleStatus } from '../../../gql/graphql';
import { humanize } from '../../../lib/words';
import { DIRECTIONS, PURPOSES } from '../visit-enums';

const VisitListQuery = graphql(`
  query VisitList($filter: VisitFilter, $orderBy: VisitOrder, $first: Int, $after: String) {
    visits(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          direction
          purpose
          status
          startDate
          endDate
          place
          country
          countryName
          delegationOf {
            id
            name
            acronym
          }
          host {
            id
            name
            acronym
          }
        }
      }
    }
  }
`);

const STATUSES = Object.keys({ PLANNED: 1, CONFIRMED: 1, POSTPONED: 1, HELD: 1, CANCELLED: 1 } satisfies Record<ScheduleStatus, 1>);

/** /visits — visits newest first, by purpose, direction, status, country, period and institution. */
export function Component() {
  return (
    <ListPage
      title="Visits"
      noun={['visit', 'visits']}
      query={VisitListQuery}
      connection={(data) => data.visits}
      defaultSort={{ field: 'START_DATE', direction: 'DESC' }}
      filters={[
        { type: 'enum', param: 'purpose', label: 'Purpose', values: PURPOSES },
        { type: 'enum', param: 'direction', label: 'Direction', values: DIRECTIONS, single: true },
        { type: 'enum', param: 'status', label: 'Status', values: STATUSES },
        { type: 'country' },
        { type: 'period' },
        { type: 'institution', param: 'institution', label: 'Delegation or host', field: 'institutionId' },
      ]}
      columns={[
        { header: 'Date', sort: 'START_DATE', sortFirst: 'DESC', className: 'date-cell', cell: (v) => <DateText value={v.startDate} end={v.endDate} /> },
        {
          header: 'Title',
          sort: 'TITLE',
          className: 'title-cell',
          cell: (v) => (
            <RecordLink typename="Visit" id={v.id}>
              {v.title}
            </RecordLink>
          ),
        },
        {
          header: 'Delegation → host',
          cell: (v) => (
            <>
              <RecordLink typename="Institution" id={v.delegationOf.id}>
                {v.delegationOf.acronym ?? v.delegationOf.name}
              </RecordLink>
              {v.host && (
                <>
                  {' → '}
                  <RecordLink typename="Institution" id={v.host.id}>
                    {v.host.acronym ?? v.host.name}
                  </RecordLink>
                </>
              )}
            </>
          ),
        },
        { header: 'Purpose', wide: true, cell: (v) => humanize(v.purpose) },
        { header: 'Status', cell: (v) => humanize(v.status) },
        { header: 'Place', wide: true, cell: (v) => [v.place, v.countryName ?? v.country].filter(Boolean).join(', ') },
      ]}
      csv={{
        filename: 'accord-visits.csv',
        query: `query ExportVisitList($filter: VisitFilter, $orderBy: VisitOrder) {
          visits(filter: $filter, orderBy: $orderBy) {
            nodes { title direction purpose status startDate endDate place country delegationOf { name } host { name } members { person { name } } topics { name } id }
          }
        }`,
      }}
      create={{ to: '/visits/new', label: 'Record a visit' }}
      empty={
        <>
          No visits recorded yet. Editors record one with <Link to="/visits/new">Record a visit</Link>.
        </>
      }
    />
  );
}
