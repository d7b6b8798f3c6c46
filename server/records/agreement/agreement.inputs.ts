import { LocalDateResolver } from 'graphql-scalars';
import { recordPayload } from '../../api/payloads.js';
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
  description: 'Agreements without the date sort after those with one in ascending order (before them in descending order).',
});

@InputType()
export class AgreementOrder {
  @Field(() => AgreementOrderField, { defaultValue: AgreementOrderField.TITLE })
  field: AgreementOrderField = AgreementOrderField.TITLE;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
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
  @Field(() => String) title!: string;
  @Field(() => AgreementKind) kind!: AgreementKind;
  @Field(() => LocalDateResolver, { nullable: true }) effectiveFrom?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Must be after effectiveFrom.' }) expiresOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Must lie within the term (effectiveFrom..expiresOn).' })
  reviewDue?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Defaults to false.' }) autoRenews?: boolean | null;
  @Field(() => Int, { nullable: true, description: '≥ 0; only with autoRenews.' }) noticePeriodDays?: number | null;
  @Field(() => ID, { nullable: true, description: 'The agreement this one renews or replaces.' }) renewsId?: string | null;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Defaults to false.' }) confidential?: boolean | null;
  @Field(() => [AgreementPartyInput], { nullable: true, description: 'Parties, each institution at most once.' })
  parties?: AgreementPartyInput[] | null;
}

@InputType({
  description:
    'Fields left out stay as they are; an explicit null clears an optional field. The status is changed only by changeAgreementStatus.',
})
export class UpdateAgreementInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if it changed since.' })
  version?: number | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => AgreementKind, { nullable: true }) kind?: AgreementKind | null;
  @Field(() => LocalDateResolver, { nullable: true }) effectiveFrom?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) expiresOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) reviewDue?: string | null;
  @Field(() => Boolean, { nullable: true }) autoRenews?: boolean | null;
  @Field(() => Int, { nullable: true }) noticePeriodDays?: number | null;
  @Field(() => ID, { nullable: true }) renewsId?: string | null;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => Boolean, { nullable: true }) confidential?: boolean | null;
}

@InputType()
export class DeleteAgreementInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
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
  @Field(() => ID) id!: string;
  @Field(() => AgreementStatus) status!: AgreementStatus;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'When the move happened; the date of the ledger entry it records. Defaults to effectiveFrom for IN_FORCE and to ' +
      'expiresOn for EXPIRED; required for SUSPENDED, TERMINATED and SUPERSEDED and for a resumption.',
  })
  date?: string | null;
  @Field(() => String, { nullable: true, description: 'Note for the ledger entry.' }) note?: string | null;
  @Field(() => Int, { nullable: true }) version?: number | null;
}

// ---------------------------------------------------------------------------------------------
// Parties

@InputType()
export class AddAgreementPartyInput extends AgreementPartyInput {
  @Field(() => ID) agreementId!: string;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field.' })
export class UpdateAgreementPartyInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => ID, { nullable: true }) institutionId?: string | null;
  @Field(() => AgreementPartyRole, { nullable: true }) role?: AgreementPartyRole | null;
  @Field(() => ID, { nullable: true }) signatoryId?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) signedOn?: string | null;
}

@InputType()
export class RemoveAgreementPartyInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
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
  @Field(() => ID) agreementId!: string;
  @Field(() => AgreementActionKind, {
    description:
      'SIGNATURE needs partyId. ENTRY_INTO_FORCE, SUSPENSION, RESUMPTION, TERMINATION and EXPIRY of the agreement as a whole ' +
      'are recorded by changeAgreementStatus; here they are accepted only for a single party.',
  })
  kind!: AgreementActionKind;
  @Field(() => LocalDateResolver) date!: string;
  @Field(() => ID, { nullable: true, description: 'The institution that acted; it must be a party to the agreement.' })
  partyId?: string | null;
  @Field(() => String, { nullable: true, description: 'Free text, e.g. the source of the record.' }) note?: string | null;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'With EXTENSION or RENEWAL only: the new expiry date of the agreement.',
  })
  expiresOn?: string | null;
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

@ObjectType()
export class RecordAgreementActionPayload {
  @Field(() => AgreementAction, { nullable: true, description: 'The ledger entry; null when userErrors is not empty.' })
  agreementAction!: AgreementAction | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class DeleteAgreementPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted agreement.' })
  deletedId!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class RemoveAgreementPartyPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the removed party.' })
  deletedId!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export const { Connection: AgreementConnection } = connectionTypes('Agreement', Agreement);
