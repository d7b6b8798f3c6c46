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

const SCHEDULED = { HELD: 1, CONFIRMED: 0.6, PLANNED: 0.4, POSTPONED: 0.3 };

/**
 * How much of its kind's weight a record carries in its status: what happened or binds counts in
 * full, what is only planned or drafted counts less (a draft renewal is not a signed agreement, a
 * planned visit not a held one). Kinds not listed (relations, documents) always count in full.
 */
export const STATUS_FACTOR: Partial<Record<CooperationKind, Record<string, number>>> = {
  [CooperationKind.AGREEMENT]: { IN_FORCE: 1, SIGNED: 0.8, EXPIRED: 0.6, SUPERSEDED: 0.6, SUSPENDED: 0.5, TERMINATED: 0.4, NEGOTIATION: 0.3, DRAFT: 0.2 },
  [CooperationKind.EVENT]: SCHEDULED,
  [CooperationKind.VISIT]: SCHEDULED,
};

/** The weight of one record of this kind in this status. */
export function recordWeight(kind: CooperationKind, status: string | null | undefined): number {
  const factor = status ? (STATUS_FACTOR[kind]?.[status] ?? 1) : 1;
  return Math.round(KIND_WEIGHT[kind] * factor * 1000) / 1000;
}

/** The weight as SQL, from the record's status column (the factors are constants of this file, not input). */
export function recordWeightSql(kind: CooperationKind, statusColumn?: string): string {
  const factors = STATUS_FACTOR[kind];
  if (!factors || !statusColumn) return `${KIND_WEIGHT[kind]}::float8`;
  const cases = Object.keys(factors).map((status) => `when '${status}' then ${recordWeight(kind, status)}`);
  return `(case ${statusColumn} ${cases.join(' ')} else ${KIND_WEIGHT[kind]} end)::float8`;
}

/** The weight in words: "3 (agreement) × 0.2 (DRAFT)". */
export function weightBasis(kind: CooperationKind, status: string | null | undefined): string {
  const base = `${KIND_WEIGHT[kind]} (${kind.toLowerCase()})`;
  const factor = status ? STATUS_FACTOR[kind]?.[status] : undefined;
  return factor === undefined ? base : `${base} × ${factor} (${status})`;
}

/** Document roles on the issuing side: co-issuing, adopting, approving or endorsing a text together (the read model's accord_cooperation_link_source applies this list: change both). */
export const ISSUING_ROLES = ['ISSUER', 'CO_ISSUER', 'ADOPTED_BY', 'APPROVED_BY', 'ENDORSED_BY'] as const;

/** Participations that did not happen (applied by accord_cooperation_link_source too). */
export const ABSENT_RSVP = ['DECLINED', 'NO_SHOW'] as const;
