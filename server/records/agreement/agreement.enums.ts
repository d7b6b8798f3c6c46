import { registerEnumType } from 'type-graphql';

export enum AgreementKind {
  MEMORANDUM_OF_UNDERSTANDING = 'MEMORANDUM_OF_UNDERSTANDING',
  COOPERATION_AGREEMENT = 'COOPERATION_AGREEMENT',
  ACTION_PLAN = 'ACTION_PLAN',
  JOINT_DECLARATION = 'JOINT_DECLARATION',
  OTHER = 'OTHER',
}
registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  description: 'What sort of instrument an agreement is.',
  valuesConfig: {
    ACTION_PLAN: { description: 'A plan of joint activities, usually for a few years.' },
    COOPERATION_AGREEMENT: { description: 'A cooperation agreement with obligations for the parties.' },
    JOINT_DECLARATION: { description: 'A joint declaration or statement of intent.' },
    MEMORANDUM_OF_UNDERSTANDING: { description: 'A memorandum of understanding (MoU).' },
    OTHER: { description: 'Any other kind of agreement.' },
  },
});

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
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Where an agreement stands: DRAFT → NEGOTIATION → SIGNED → IN_FORCE ⇄ SUSPENDED → EXPIRED, TERMINATED or SUPERSEDED.',
  valuesConfig: {
    DRAFT: { description: 'Being drafted; not yet shared with the other parties.' },
    EXPIRED: { description: 'Its term ended without renewal.' },
    IN_FORCE: { description: 'In force and applying to its parties.' },
    NEGOTIATION: { description: 'Under negotiation between the parties.' },
    SIGNED: { description: 'Signed but not yet in force.' },
    SUPERSEDED: { description: 'Replaced by a newer agreement (see renewedBy).' },
    SUSPENDED: { description: 'Temporarily not applied.' },
    TERMINATED: { description: 'Ended before its term.' },
  },
});

export enum AgreementPartyRole {
  PARTY = 'PARTY',
  WITNESS = 'WITNESS',
  DEPOSITARY = 'DEPOSITARY',
  OBSERVER = 'OBSERVER',
}
registerEnumType(AgreementPartyRole, {
  name: 'AgreementPartyRole',
  description: 'The role of an institution in an agreement.',
  valuesConfig: {
    DEPOSITARY: { description: 'Keeps the original text and records the parties’ actions.' },
    OBSERVER: { description: 'Follows the agreement without being bound by it.' },
    PARTY: { description: 'Bound by the agreement.' },
    WITNESS: { description: 'Witnessed the signature.' },
  },
});

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
  valuesConfig: {
    AMENDMENT: { description: 'The text was amended.' },
    ENTRY_INTO_FORCE: { description: 'The agreement entered into force (for all parties or one).' },
    EXPIRY: { description: 'The agreement expired at the end of its term.' },
    EXTENSION: { description: 'The term was extended without a new agreement.' },
    RENEWAL: { description: 'The agreement was renewed for a further term.' },
    RESUMPTION: { description: 'A suspended agreement applies again.' },
    SIGNATURE: { description: 'A party signed.' },
    SUSPENSION: { description: 'The agreement was suspended (for all parties or one).' },
    TERMINATION: { description: 'The agreement was ended before its term.' },
    WITHDRAWAL: { description: 'One party withdrew; the agreement may go on for the others.' },
  },
});
