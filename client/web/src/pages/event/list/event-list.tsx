import { Link } from 'react-router';
import { DateText } from '../../../components/date-text';
import { ListPage } from '../../../components/list-page/list-page';
import { RecordLink } from '../../../components/record-link';
import { graphql } from '../../../gql';
import type { EventKind, ScheduleStatus } from '../../../gql/graphql';
import { humanize } from '../../../lib/words';

const EventListQuery = graphql(`
  query EventList($filter: EventFilter, $orderBy: EventOrder, $first: Int, $after: String) {
    events(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
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
          kind
          status
          startDate
          endDate
          venue
          city
          country
          countryName
        }
      }
    }
  }
`);

export const EVENT_KIND_VALUES = Object.keys({
  CONFERENCE: 1,
  FORUM: 1,
  SYMPOSIUM: 1,
  WORKSHOP: 1,
  GENERAL_ASSEMBLY: 1,
  BOARD_MEETING: 1,
  SESSION: 1,
  SIDE_EVENT: 1,
  CAMPAIGN: 1,
  OTHER: 1,
} satisfies Record<EventKind, 1>);
export const SCHEDULE_STATUSES = Object.keys({ PLANNED: 1, CONFIRMED: 1, POSTPONED: 1, HELD: 1, CANCELLED: 1 } satisfies Record<ScheduleStatus, 1>);

/** /events — events newest first, by kind, status, country, period and participant. */
export function Component() {
  return (
    <ListPage
      title="Events"
      noun={['event', 'events']}
      query={EventListQuery}
      connection={(data) => data.events}
      defaultSort={{ field: 'START_DATE', direction: 'DESC' }}
      filters={[
        { type: 'search', label: 'Title, place or description' },
        { type: 'enum', param: 'kind', label: 'Kind', values: EVENT_KIND_VALUES },
        { type: 'enum', param: 'status', label: 'Status', values: SCHEDULE_STATUSES },
        { type: 'country' },
        { type: 'period' },
        { type: 'institution', param: 'participant', label: 'Participant', field: 'participantId' },
      ]}
      columns={[
        { header: 'Date', sort: 'START_DATE', sortFirst: 'DESC', className: 'date-cell', cell: (e) => <DateText value={e.startDate} end={e.endDate} /> },
        {
          header: 'Title',
          sort: 'TITLE',
          className: 'title-cell',
          cell: (e) => (
            <RecordLink typename="Event" id={e.id}>
              {e.title}
            </RecordLink>
          ),
        },
        { header: 'Kind', cell: (e) => humanize(e.kind), wide: true },
        { header: 'Status', cell: (e) => humanize(e.status) },
        { header: 'Place', wide: true, cell: (e) => [e.venue, e.city, e.countryName ?? e.country].filter(Boolean).join(', ') },
      ]}
      csv={{
        filename: 'accord-events.csv',
        query: `query ExportEventList($filter: EventFilter, $orderBy: EventOrder) {
          events(filter: $filter, orderBy: $orderBy) {
            nodes { title kind status startDate endDate venue city country organisers { name } hosts { name } topics { name } id }
          }
        }`,
      }}
      create={{ to: '/events/new', label: 'Schedule an event' }}
      empty={
        <>
          No events recorded yet. Editors schedule one from the <Link to="/planner">Planner</Link>.
        </>
      }
    />
  );
}
