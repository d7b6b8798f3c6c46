import { CommitmentStatus } from './commitment.enums.js';

const { OPEN, IN_PROGRESS, DONE, DROPPED } = CommitmentStatus;

/**
 * The moves a commitment's status may make, as data: OPEN → IN_PROGRESS → DONE | DROPPED, with
 * shortcuts from OPEN and a step back from IN_PROGRESS to OPEN. DONE and DROPPED are final.
 * Staying in the same status is always allowed (it is no move).
 */
export const COMMITMENT_TRANSITIONS: Readonly<Record<CommitmentStatus, readonly CommitmentStatus[]>> = {
  [OPEN]: [IN_PROGRESS, DONE, DROPPED],
  [IN_PROGRESS]: [DONE, DROPPED, OPEN],
  [DONE]: [],
  [DROPPED]: [],
};

/** Statuses in which a commitment is still to be delivered (and can be overdue). */
export const PENDING_STATUSES: readonly CommitmentStatus[] = [OPEN, IN_PROGRESS];

/** Statuses that need evidence of what was delivered. */
export const EVIDENCE_REQUIRED: readonly CommitmentStatus[] = [DONE];

export function canMove(from: CommitmentStatus, to: CommitmentStatus): boolean {
  return from === to || COMMITMENT_TRANSITIONS[from].includes(to);
}
