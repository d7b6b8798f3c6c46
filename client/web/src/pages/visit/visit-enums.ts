import type { VisitDirection, VisitPurpose } from '../../gql/graphql';

export const PURPOSES: readonly VisitPurpose[] = ['OFFICIAL', 'STUDY_VISIT', 'MUTUAL_VISIT', 'MONITORING', 'ASSESSMENT_MISSION'];
export const DIRECTIONS: readonly VisitDirection[] = ['OUTBOUND', 'INBOUND'];
