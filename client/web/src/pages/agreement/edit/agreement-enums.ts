import { humanize } from '../../../lib/words';
import type { AgreementActionKind, AgreementKind, AgreementPartyRole } from '../../../gql/graphql';

export const AGREEMENT_KINDS: AgreementKind[] = ['MEMORANDUM_OF_UNDERSTANDING', 'COOPERATION_AGREEMENT', 'JOINT_DECLARATION', 'ACTION_PLAN', 'OTHER'];
export const PARTY_ROLES: AgreementPartyRole[] = ['PARTY', 'OBSERVER', 'WITNESS', 'DEPOSITARY'];
/**
 * What one party does (the agreement-wide moves are the lifecycle buttons). Ratification is the
 * party's own ENTRY_INTO_FORCE entry: its consent to be bound took effect (as `accord agreements ratify`).
 */
export const PARTY_ACTIONS: AgreementActionKind[] = ['SIGNATURE', 'ENTRY_INTO_FORCE', 'WITHDRAWAL', 'AMENDMENT', 'EXTENSION'];

/** How a party's ledger action is named in forms. */
export function describePartyAction(kind: AgreementActionKind): string {
  return kind === 'ENTRY_INTO_FORCE' ? 'Ratification (in force for this party)' : humanize(kind);
}
