import { graphql } from '../../gql';
import type { AgendaItemKind } from '../../gql/graphql';

/** What falls in the visible window, and what clashes in it: one request per window. */
export const PlannerWindowQuery = graphql(`
  query PlannerWindow($from: LocalDate!, $to: LocalDate!, $timeZone: String, $kinds: [AgendaItemKind!], $includeClosed: Boolean, $institutionId: ID) {
    agenda(from: $from, to: $to, timeZone: $timeZone, kinds: $kinds, includeClosed: $includeClosed, institutionId: $institutionId, first: 500) {
      from
      to
      timeZone
      totalCount
      truncated
      items {
        key
        kind
        title
        status
        startDate
        endDate
        recordedDate
        precision
        approximate
        allDay
        startsAt
        endsAt
        timeZone
        recurring
        needsUpdate
        needsUpdateReason
        place
        confidential
        record {
          __typename
          id
        }
      }
    }
    conflicts(from: $from, to: $to, timeZone: $timeZone, institutionId: $institutionId, first: 100) {
      totalCount
      truncated
      items {
        kind
        approximate
        from
        to
        message
        record {
          __typename
          id
          ... on Event {
            title
          }
          ... on Visit {
            title
          }
        }
        other {
          __typename
          id
          ... on Event {
            title
          }
          ... on Visit {
            title
          }
        }
      }
    }
  }
`);

/** Agreements to renew, review or give notice on, and those past their expiry still marked in force. */
export const ExpiringQuery = graphql(`
  query PlannerExpiring($days: Int!, $institutionId: ID) {
    expiringAgreements(days: $days, institutionId: $institutionId) {
      asOf
      until
      upcoming {
        kind
        date
        daysLeft
        agreement {
          id
          title
          status
        }
      }
      overdue {
        kind
        date
        daysLeft
        agreement {
          id
          title
          status
        }
      }
    }
  }
`);

export const AGENDA_KINDS: AgendaItemKind[] = ['EVENT', 'VISIT', 'AGREEMENT_REVIEW', 'AGREEMENT_EXPIRY', 'AGREEMENT_NOTICE_DEADLINE', 'COMMITMENT_DUE'];
