import { LocalDateResolver } from 'graphql-scalars';
import { deletePayload, recordPayload } from '../../api/payloads.js';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../kernel/errors.js';
import { SortDirection, connectionTypes } from '../../api/relay.js';
import { AgreementAction } from './agreement-action.entity.js';
import { AgreementParty } from './agreement-party.entity.js';
import { Agreement } from './agreement.entity.js';
import { AgreementActionKind, AgreementKind, AgreementPartyRole, AgreementStatus } from './agreement.enums.js';
import { UNCITED_DESCRIPTION } from '../../api/list-conditions.js';

// ---------------------------------------------------------------------------------------------
// Queries

@InputType({ description: 'Narrows `agreements`. All given conditions must hold.' })
export class AgreementFilter {
  @Field(() => [AgreementStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: AgreementStatus[] | null;

  @Field(() => [AgreementKind], { nullable: true, description: 'Any of these kinds.' })
  kind?: AgreementKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only agreements this institution is a party to (in any role).' })
  partyId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only agreements that expire on or before this date.' })
  expiresBefore?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only agreements that expire on or after this date.' })
  expiresAfter?: string | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the title.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only confidential agreements; false: only the others. Callers below EDITOR never see confidential ones.' })
  confidential?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: UNCITED_DESCRIPTION })
  uncited?: boolean | null;
}

export enum AgreementOrderField {
  TITLE = 'TITLE',
  EFFECTIVE_FROM = 'EFFECTIVE_FROM',
  EXPIRES_ON = 'EXPIRES_ON',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(AgreementOrderField, {
  name: 'AgreementOrderField',
  description: 'Agreements without the date come after those with one, in either direction.',
  valuesConfig: {
    CREATED_AT: { description: 'By when the record was created in the registry.' },
    UPDATED_AT: { description: 'By when the record was last changed.' },
    TITLE: { description: 'Alphabetically by title.' },
    EFFECTIVE_FROM: { description: 'By the date it takes effect.' },
    EXPIRES_ON: { description: 'By the date it expires.' },
  },
});

@InputType({ description: 'How to sort a list of agreement records.' })
export class AgreementOrder {
  @Field(() => AgreementOrderField, { defaultValue: AgreementOrderField.TITLE, description: 'What to sort by.' })
  field: AgreementOrderField = AgreementOrderField.TITLE;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC (smallest, earliest or A first) or DESC.' })
  direction: SortDirection = SortDirection.ASC;
}

// ---------------------------------------------------------------------------------------------
// Agreements

@InputType({ description: 'A party named when creating an agreement.' })
export class AgreementPartyInput {
  @Field(() => ID, { description: 'The institution that is party (at most once per agreement).' })
  institutionId!: string;

  @Field(() => AgreementPartyRole, { nullable: true, description: 'Defaults to PARTY.' })
  role?: AgreementPartyRole | null;

  @Field(() => ID, { nullable: true, description: 'The Person who signed (or will sign) for the institution.' })
  signatoryId?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Date the institution signed. A SIGNATURE ledger entry is added for it when the agreement moves to SIGNED.',
  })
  signedOn?: string | null;
}

@InputType({ description: 'A new agreement. It starts in DRAFT; use changeAgreementStatus to move it on.' })
export class CreateAgreementInput {
  @Field(() => String, { description: 'The agreement’s title.' }) title!: string;
  @Field(() => AgreementKind, { description: 'What sort of agreement it is.' }) kind!: AgreementKind;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Date it takes effect, if known.' }) effectiveFrom?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Must be after effectiveFrom.' }) expiresOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Must lie within the term (effectiveFrom..expiresOn).' })
  reviewDue?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Defaults to false.' }) autoRenews?: boolean | null;
  @Field(() => Int, { nullable: true, description: '≥ 0; only with autoRenews.' }) noticePeriodDays?: number | null;
  @Field(() => ID, { nullable: true, description: 'The agreement this one renews or replaces.' }) renewsId?: string | null;
  @Field(() => String, { nullable: true, description: 'A short summary of what it covers.' }) summary?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Defaults to false.' }) confidential?: boolean | null;
  @Field(() => [AgreementPartyInput], { nullable: true, description: 'Parties, each institution at most once.' })
  parties?: AgreementPartyInput[] | null;
}

@InputType({
  description:
    'Fields left out stay as they are; an explicit null clears an optional field. The status is changed only by changeAgreementStatus.',
})
export class UpdateAgreementInput {
  @Field(() => ID, { description: 'Global ID of the agreement to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if it changed since.' })
  version?: number | null;
  @Field(() => String, { nullable: true, description: 'The agreement’s title.' }) title?: string | null;
  @Field(() => AgreementKind, { nullable: true, description: 'What sort of agreement it is.' }) kind?: AgreementKind | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Date it takes effect, if known.' }) effectiveFrom?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Must be after effectiveFrom.' }) expiresOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Must lie within the term (effectiveFrom..expiresOn).' }) reviewDue?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'True when the agreement renews itself at expiry unless a party gives notice.' }) autoRenews?: boolean | null;
  @Field(() => Int, { nullable: true, description: '≥ 0; only with autoRenews.' }) noticePeriodDays?: number | null;
  @Field(() => ID, { nullable: true, description: 'The agreement this one renews or replaces.' }) renewsId?: string | null;
  @Field(() => String, { nullable: true, description: 'A short summary of what it covers.' }) summary?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Hidden from viewers (e.g. still in negotiation).' }) confidential?: boolean | null;
}

@InputType({ description: 'Which agreement to delete.' })
export class DeleteAgreementInput {
  @Field(() => ID, { description: 'Global ID of the agreement to delete.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the delete is refused with CONFLICT if the agreement changed since. Left out: delete whatever its version.' }) version?: number | null;
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Also detach what refers to this agreement (agreements that renew it lose their `renews`, commitments made in it lose ' +
      'the link) instead of refusing the delete with IN_USE.',
  })
  detachReferences = false;
}

@InputType({ description: 'Moves an agreement along its lifecycle and records the matching ledger entry.' })
export class ChangeAgreementStatusInput {
  @Field(() => ID, { description: 'Global ID of the agreement.' }) id!: string;
  @Field(() => AgreementStatus, { description: 'The status to move to; must be an allowed move from the current one (INVALID_TRANSITION otherwise).' }) status!: AgreementStatus;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'When the move happened; the date of the ledger entry it records. Defaults to effectiveFrom for IN_FORCE and to ' +
      'expiresOn for EXPIRED; required for SUSPENDED, TERMINATED and SUPERSEDED and for a resumption.',
  })
  date?: string | null;
  @Field(() => String, { nullable: true, description: 'Note for the ledger entry.' }) note?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version you read; refused with CONFLICT if the agreement changed since. Left out: no check.' }) version?: number | null;
}

// ---------------------------------------------------------------------------------------------
// Parties

@InputType({ description: 'An institution to add as a party to an agreement.' })
export class AddAgreementPartyInput extends AgreementPartyInput {
  @Field(() => ID, { description: 'Global ID of the agreement the institution joins.' }) agreementId!: string;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field.' })
export class UpdateAgreementPartyInput {
  @Field(() => ID, { description: 'Global ID of the agreement party to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if the agreement party changed since. Left out: overwrite whatever is there.' }) version?: number | null;
  @Field(() => ID, { nullable: true, description: 'The institution that is party (at most once per agreement).' }) institutionId?: string | null;
  @Field(() => AgreementPartyRole, { nullable: true, description: 'The institution’s role in the agreement.' }) role?: AgreementPartyRole | null;
  @Field(() => ID, { nullable: true, description: 'The Person who signed (or will sign) for the institution.' }) signatoryId?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the institution signed. A SIGNATURE ledger entry is added for it when the agreement moves to SIGNED.' }) signedOn?: string | null;
}

@InputType({ description: 'Which agreement party to remove.' })
export class RemoveAgreementPartyInput {
  @Field(() => ID, { description: 'Global ID of the agreement party to remove.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the remove is refused with CONFLICT if the agreement party changed since. Left out: remove whatever its version.' }) version?: number | null;
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also delete the ledger entries of this party in this agreement instead of refusing with IN_USE.',
  })
  removeActions = false;
}

// ---------------------------------------------------------------------------------------------
// Ledger

@InputType({ description: 'Records one dated action in an agreement’s ledger.' })
export class RecordAgreementActionInput {
  @Field(() => ID, { description: 'Global ID of the agreement.' }) agreementId!: string;
  @Field(() => AgreementActionKind, {
    description:
      'SIGNATURE needs partyId. ENTRY_INTO_FORCE, SUSPENSION, RESUMPTION, TERMINATION and EXPIRY of the agreement as a whole ' +
      'are recorded by changeAgreementStatus; here they are accepted only for a single party.',
  })
  kind!: AgreementActionKind;
  @Field(() => LocalDateResolver, { description: 'When the action took place.' }) date!: string;
  @Field(() => ID, { nullable: true, description: 'The institution that acted; it must be a party to the agreement.' })
  partyId?: string | null;
  @Field(() => String, { nullable: true, description: 'Free text, e.g. the source of the record.' }) note?: string | null;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'With EXTENSION or RENEWAL only: the new expiry date of the agreement.',
  })
  expiresOn?: string | null;
}

@InputType({ description: 'Corrects a ledger entry. Fields left out stay as they are; kind and party are not changed (remove the entry and record another).' })
export class UpdateAgreementActionInput {
  @Field(() => ID, { description: 'Global ID of the ledger entry to correct.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if the ledger entry changed since. Left out: overwrite whatever is there.' }) version?: number | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'A SIGNATURE’s date moves its party’s signedOn along.' }) date?: string | null;
  @Field(() => String, { nullable: true, description: 'null clears the note.' }) note?: string | null;
}

@InputType({ description: 'Removes a ledger entry recorded by mistake.' })
export class RemoveAgreementActionInput {
  @Field(() => ID, { description: 'Global ID of the ledger entry to remove.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the remove is refused with CONFLICT if the ledger entry changed since. Left out: remove whatever its version.' }) version?: number | null;
}

// ---------------------------------------------------------------------------------------------
// Payloads

const agreementPayload = (name: string) => recordPayload(name, 'agreement', Agreement);

export const CreateAgreementPayload = agreementPayload('CreateAgreementPayload');
export const UpdateAgreementPayload = agreementPayload('UpdateAgreementPayload');
export const ChangeAgreementStatusPayload = agreementPayload('ChangeAgreementStatusPayload');
export type AgreementPayload = { agreement: Agreement | null; userErrors: UserError[] };

const partyPayload = (name: string) => recordPayload(name, 'agreementParty', AgreementParty);

export const AddAgreementPartyPayload = partyPayload('AddAgreementPartyPayload');
export const UpdateAgreementPartyPayload = partyPayload('UpdateAgreementPartyPayload');
export type AgreementPartyPayload = { agreementParty: AgreementParty | null; userErrors: UserError[] };

@ObjectType({ description: 'What `recordAgreementAction` returns: the result, or the userErrors that explain why nothing was written.' })
export class RecordAgreementActionPayload {
  @Field(() => AgreementAction, { nullable: true, description: 'The ledger entry; null when userErrors is not empty.' })
  agreementAction!: AgreementAction | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success. When not empty, nothing was written.' })
  userErrors!: UserError[];
}

export const UpdateAgreementActionPayload = recordPayload('UpdateAgreementActionPayload', 'agreementAction', AgreementAction);
export type AgreementActionPayload = { agreementAction: AgreementAction | null; userErrors: UserError[] };
export const RemoveAgreementActionPayload = deletePayload('RemoveAgreementActionPayload', 'ledger entry');

@ObjectType({ description: 'What `deleteAgreement` returns: the result, or the userErrors that explain why nothing was written.' })
export class DeleteAgreementPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted agreement.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success. When not empty, nothing was written.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'What `removeAgreementParty` returns: the result, or the userErrors that explain why nothing was written.' })
export class RemoveAgreementPartyPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the removed party.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success. When not empty, nothing was written.' })
  userErrors!: UserError[];
}

export const { Connection: AgreementConnection } = connectionTypes('Agreement', Agreement);
