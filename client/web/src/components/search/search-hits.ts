import { graphql } from '../../gql';
import type { SearchHitFieldsFragment } from '../../gql/graphql';

// What a search result shows besides its title: enough to tell two "Ombudsman" offices apart.
export const SearchHitFields = graphql(`
  fragment SearchHitFields on SearchHit {
    type
    title
    score
    matchedName
    node {
      id
      ... on Institution {
        acronym
        countryName
        institutionKind: kind
      }
      ... on Person {
        countryName
      }
      ... on Event {
        startDate
        endDate
        city
        eventKind: kind
      }
      ... on Visit {
        startDate
        purpose
      }
      ... on Agreement {
        agreementStatus: status
        effectiveFrom
      }
      ... on Document {
        date
        documentKind: kind
      }
      ... on Commitment {
        dueDate
        commitmentStatus: status
      }
      ... on Source {
        publisherName
        publishedOn
      }
    }
  }
`);

export type SearchHit = SearchHitFieldsFragment;

/** Kinds in the order results are grouped, with the heading of each group. */
export const KIND_GROUPS: { type: string; heading: string }[] = [
  { type: 'Institution', heading: 'Institutions' },
  { type: 'Person', heading: 'People' },
  { type: 'Event', heading: 'Events' },
  { type: 'Agreement', heading: 'Agreements' },
  { type: 'Visit', heading: 'Visits' },
  { type: 'Document', heading: 'Documents' },
  { type: 'Commitment', heading: 'Commitments' },
  { type: 'Topic', heading: 'Topics' },
  { type: 'Source', heading: 'Sources' },
];

export function groupHits(hits: readonly SearchHit[]) {
  return KIND_GROUPS.map((group) => ({ ...group, hits: hits.filter((h) => h.type === group.type) })).filter((g) => g.hits.length > 0);
}
