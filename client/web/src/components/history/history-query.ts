import { graphql } from '../../gql';

export const HistoryEntry = graphql(`
  fragment HistoryEntry on AuditEntry {
    id
    action
    createdAt
    userName
    operation
    changes
    references {
      field
      key
      id
      type
      name
    }
  }
`);

// Every record type with a history (the API has no shared interface for them).
export const RecordHistoryQuery = graphql(`
  query RecordHistory($id: ID!) {
    node(id: $id) {
      id
      ... on Agreement {
        history {
          ...HistoryEntry
        }
      }
      ... on AgreementAction {
        history {
          ...HistoryEntry
        }
      }
      ... on AgreementParty {
        history {
          ...HistoryEntry
        }
      }
      ... on Claim {
        history {
          ...HistoryEntry
        }
      }
      ... on Commitment {
        history {
          ...HistoryEntry
        }
      }
      ... on Document {
        history {
          ...HistoryEntry
        }
      }
      ... on DocumentParty {
        history {
          ...HistoryEntry
        }
      }
      ... on Event {
        history {
          ...HistoryEntry
        }
      }
      ... on EventSeries {
        history {
          ...HistoryEntry
        }
      }
      ... on Institution {
        history {
          ...HistoryEntry
        }
      }
      ... on Participation {
        history {
          ...HistoryEntry
        }
      }
      ... on Person {
        history {
          ...HistoryEntry
        }
      }
      ... on Post {
        history {
          ...HistoryEntry
        }
      }
      ... on Relation {
        history {
          ...HistoryEntry
        }
      }
      ... on Source {
        history {
          ...HistoryEntry
        }
      }
      ... on Tenure {
        history {
          ...HistoryEntry
        }
      }
      ... on Topic {
        history {
          ...HistoryEntry
        }
      }
      ... on Visit {
        history {
          ...HistoryEntry
        }
      }
      ... on VisitMember {
        history {
          ...HistoryEntry
        }
      }
    }
  }
`);
