import { graphql } from '../../gql';
import type { CooperationKind, InstitutionKind } from '../../gql/graphql';

/** The neighbourhood with, per edge, its heaviest-first records: one request draws the graph, the list and the edge reasons. */
export const NeighbourhoodQuery = graphql(`
  query NetworkNeighbourhood($institutionId: ID!, $hops: Int!, $limit: Int!, $filter: CooperationFilter, $records: Int!) {
    neighbourhood(institutionId: $institutionId, hops: $hops, limit: $limit, filter: $filter) {
      hops
      truncated
      centre {
        id
        name
        acronym
      }
      nodes {
        institutionId
        distance
        degree
        weight
        institution {
          id
          name
          acronym
          kind
          country
          countryName
        }
      }
      edges {
        sourceId
        targetId
        weight
        interactions
        firstInteraction
        lastInteraction
        byKind {
          kind
          count
        }
        records(first: $records) {
          kind
          summary
          date
          endDate
          weight
          record {
            __typename
            id
          }
        }
      }
    }
  }
`);

export const COOPERATION_KINDS: CooperationKind[] = ['AGREEMENT', 'RELATION', 'EVENT', 'VISIT', 'DOCUMENT'];

export const INSTITUTION_KINDS: InstitutionKind[] = [
  'OMBUDSMAN',
  'NHRI',
  'INTERGOVERNMENTAL_ORGANIZATION',
  'IGO_BODY',
  'NETWORK',
  'GOVERNMENT_BODY',
  'NGO',
  'ACADEMIC',
  'MEDIA',
  'OTHER',
];
