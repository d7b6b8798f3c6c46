import { AgreementActionKind, AgreementStatus } from './agreement.enums.js';

const S = AgreementStatus;

/**
 * The allowed status moves of an agreement, as data. Anything not listed is refused with
 * INVALID_TRANSITION. EXPIRED, TERMINATED and SUPERSEDED are terminal.
 *
 * - DRAFT → NEGOTIATION, or straight to SIGNED (an agreement registered after the fact).
 * - NEGOTIATION → back to DRAFT, SIGNED, or TERMINATED (negotiations abandoned).
 * - SIGNED → IN_FORCE, or TERMINATED before it ever took effect.
 * - IN_FORCE → SUSPENDED, EXPIRED, TERMINATED, SUPERSEDED (a renewing agreement took over).
 * - SUSPENDED → IN_FORCE (resumed), TERMINATED, EXPIRED, SUPERSEDED.
 */
export const AGREEMENT_TRANSITIONS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  [S.DRAFT]: [S.NEGOTIATION, S.SIGNED],
  [S.NEGOTIATION]: [S.DRAFT, S.SIGNED, S.TERMINATED],
  [S.SIGNED]: [S.IN_FORCE, S.TERMINATED],
  [S.IN_FORCE]: [S.SUSPENDED, S.EXPIRED, S.TERMINATED, S.SUPERSEDED],
  [S.SUSPENDED]: [S.IN_FORCE, S.TERMINATED, S.EXPIRED, S.SUPERSEDED],
  [S.EXPIRED]: [],
  [S.TERMINATED]: [],
  [S.SUPERSEDED]: [],
};

export function canMove(from: AgreementStatus, to: AgreementStatus): boolean {
  return AGREEMENT_TRANSITIONS[from].includes(to);
}

/** Statuses in which every PARTY has signed (reached through SIGNED). */
export const SIGNED_STATUSES: ReadonlySet<AgreementStatus> = new Set([
  S.SIGNED,
  S.IN_FORCE,
  S.SUSPENDED,
  S.EXPIRED,
  S.TERMINATED,
  S.SUPERSEDED,
]);

/** Statuses in which the agreement has effect (for the overdue-expiry flag). */
export const IN_FORCE_STATUSES: ReadonlySet<AgreementStatus> = new Set([S.IN_FORCE, S.SUSPENDED]);

/**
 * The ledger entry a move records for the agreement as a whole. SIGNED has none of its own:
 * signatures are per party (recordAgreementAction), and the move back-fills a SIGNATURE entry for
 * each party whose signature date was entered directly. Moves back to DRAFT/NEGOTIATION record nothing.
 */
export function actionForMove(from: AgreementStatus, to: AgreementStatus): AgreementActionKind | null {
  switch (to) {
    case S.IN_FORCE:
      return from === S.SUSPENDED ? AgreementActionKind.RESUMPTION : AgreementActionKind.ENTRY_INTO_FORCE;
    case S.SUSPENDED:
      return AgreementActionKind.SUSPENSION;
    case S.TERMINATED:
      return AgreementActionKind.TERMINATION;
    case S.EXPIRED:
      return AgreementActionKind.EXPIRY;
    case S.SUPERSEDED:
      return AgreementActionKind.RENEWAL;
    default:
      return null;
  }
}

/**
 * Ledger kinds that move the whole agreement's status: recorded for the agreement as a whole only
 * through changeAgreementStatus (recordAgreementAction accepts them for a single party).
 */
export const STATUS_ACTION_KINDS: ReadonlySet<AgreementActionKind> = new Set([
  AgreementActionKind.ENTRY_INTO_FORCE,
  AgreementActionKind.SUSPENSION,
  AgreementActionKind.RESUMPTION,
  AgreementActionKind.TERMINATION,
  AgreementActionKind.EXPIRY,
]);
