import { CooperationKind } from './graph.types.js';

/**
 * What one record adds to the weight (cooperation intensity) of the edge between two of its
 * institutions. A signed agreement says more than sitting in the same conference hall.
 */
export const KIND_WEIGHT: Record<CooperationKind, number> = {
  [CooperationKind.AGREEMENT]: 3,
  [CooperationKind.RELATION]: 2,
  [CooperationKind.VISIT]: 2,
  [CooperationKind.DOCUMENT]: 1.5,
  [CooperationKind.EVENT]: 1,
};

/** Document roles on the issuing side: co-issuing, adopting, approving or endorsing a text together. */
export const ISSUING_ROLES = ['ISSUER', 'CO_ISSUER', 'ADOPTED_BY', 'APPROVED_BY', 'ENDORSED_BY'] as const;

/** Participations that did not happen. */
export const ABSENT_RSVP = ['DECLINED', 'NO_SHOW'] as const;
