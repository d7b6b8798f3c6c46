import { graphql } from '../../gql';
import type { StatsDimension, StatsRecordType } from '../../gql/graphql';

export const StatsViewQuery = graphql(`
  query StatsView($groupBy: [StatsDimension!]!, $types: [StatsRecordType!], $filter: StatsFilter) {
    stats(groupBy: $groupBy, types: $types, filter: $filter) {
      groupBy
      total
      truncated
      groups {
        type
        year
        country
        kind
        status
        topic {
          id
          name
        }
        institutionKind
        institution {
          id
          name
          acronym
        }
        count
      }
    }
  }
`);

export const DIMENSIONS: StatsDimension[] = ['YEAR', 'TYPE', 'COUNTRY', 'KIND', 'STATUS', 'TOPIC', 'INSTITUTION_KIND', 'INSTITUTION'];
export const RECORD_TYPES: StatsRecordType[] = ['EVENT', 'VISIT', 'AGREEMENT', 'DOCUMENT', 'COMMITMENT', 'RELATION'];
