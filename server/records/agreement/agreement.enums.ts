import { registerEnumType } from 'type-graphql';

export enum AgreementKind {
  MEMORANDUM_OF_UNDERSTANDING = 'MEMORANDUM_OF_UNDERSTANDING',
  COOPERATION_AGREEMENT = 'COOPERATION_AGREEMENT',
  ACTION_PLAN = 'ACTION_PLAN',
  JOINT_DECLARATION = 'JOINT_DECLARATION',
  OTHER = 'OTHER',
}
registerEnumType(AgreementKind, { name: 'AgreementKind' });

/**
 * DRAFT → NEGOTIATION → SIGNED → IN_FORCE ⇄ SUSPENDED → EXPIRED | TERMINATED | SUPERSEDED.
 * The allowed moves are in agreement.lifecycle.ts.
 */
export enum AgreementStatus {
  DRAFT = 'DRAFT',
  NEGOTIATION = 'NEGOTIATION',
  SIGNED = 'SIGNED',
  IN_FORCE = 'IN_FORCE',
  SUSPENDED = 'SUSPENDED',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(AgreementStatus, { name: 'AgreementStatus' });

export enum AgreementPartyRole {
  PARTY = 'PARTY',
  WITNESS = 'WITNESS',
  DEPOSITARY = 'DEPOSITARY',
  OBSERVER = 'OBSERVER',
}
registerEnumType(AgreementPartyRole, { name: 'AgreementPartyRole' });

export enum AgreementActionKind {
  SIGNATURE = 'SIGNATURE',
  ENTRY_INTO_FORCE = 'ENTRY_INTO_FORCE',
  AMENDMENT = 'AMENDMENT',
  EXTENSION = 'EXTENSION',
  RENEWAL = 'RENEWAL',
  SUSPENSION = 'SUSPENSION',
  RESUMPTION = 'RESUMPTION',
  TERMINATION = 'TERMINATION',
  EXPIRY = 'EXPIRY',
  WITHDRAWAL = 'WITHDRAWAL',
}
registerEnumType(AgreementActionKind, {
  name: 'AgreementActionKind',
  description: 'An entry of an agreement’s action ledger, as treaty registries record per-party actions.',
});
