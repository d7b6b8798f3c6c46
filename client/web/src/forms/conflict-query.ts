import type { ApolloClient } from '@apollo/client';
import { graphql } from '../gql';

/** What the form needs to say "changed by X at T since you opened it". */
export type Conflict = { by: string | null; at: string; version: number };

export const ChangeFields = graphql(`
  fragment ChangeFields on AuditEntry {
    id
    action
    createdAt
    userName
  }
`);

// Every record type with a history (the API has no shared interface for them).
const RecordChangeQuery = graphql(`
  query RecordChange($id: ID!) {
    node(id: $id) {
      id
      ... on Agreement {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on AgreementAction {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on AgreementParty {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on Claim {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on Commitment {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on Document {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on DocumentParty {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on Event {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on EventSeries {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on Institution {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on Participation {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on Person {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on Post {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on Relation {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on Source {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on Tenure {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on Topic {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on Visit {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
      ... on VisitMember {
        version
        updatedAt
        history {
          ...ChangeFields
        }
      }
    }
  }
`);

/** Who changed the record last and when (from its history), and its current version. */
export async function loadConflict(client: ApolloClient, id: string): Promise<Conflict | null> {
  const { data } = await client.query({ query: RecordChangeQuery, variables: { id }, fetchPolicy: 'network-only' });
  const node = data?.node as { version?: number; updatedAt?: string; history?: readonly { createdAt: string; userName: string | null }[] } | null | undefined;
  if (!node || node.version === undefined) return null;
  const last = node.history?.at(-1);
  return { by: last?.userName ?? null, at: last?.createdAt ?? node.updatedAt ?? '', version: node.version };
}
