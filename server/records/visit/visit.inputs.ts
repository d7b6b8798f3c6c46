import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import type { UserError } from '../../kernel/errors.js';
import { SortDirection, connectionTypes } from '../../api/relay.js';
import { ScheduleStatus } from '../event/event.enums.js';
import { deletePayload, recordPayload } from '../../api/payloads.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Visit } from './visit.entity.js';
import { DelegationRole, VisitDirection, VisitPurpose } from './visit.enums.js';
import { VisitMember } from './visit-member.entity.js';
import { UNCITED_DESCRIPTION } from '../../api/list-conditions.js';

@InputType({ description: 'Narrows `visits`. All given conditions must hold.' })
export class VisitFilter {
  @Field(() => [VisitPurpose], { nullable: true, description: 'Any of these purposes.' })
  purpose?: VisitPurpose[] | null;

  @Field(() => [ScheduleStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: ScheduleStatus[] | null;

  @Field(() => VisitDirection, { nullable: true, description: 'Only visits in this direction.' })
  direction?: VisitDirection | null;

  @Field(() => ID, { nullable: true, description: 'Only visits of this institution’s delegation or to this institution as host.' })
  institutionId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Any of these ISO 3166-1 alpha-2 codes of the country visited.' })
  country?: string[] | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Only visits that may still be under way on or after this (partial) date.' })
  from?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Only visits that may have started by this (partial) date.' })
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: UNCITED_DESCRIPTION })
  uncited?: boolean | null;
}

export enum VisitOrderField {
  START_DATE = 'START_DATE',
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(VisitOrderField, {
  name: 'VisitOrderField',
  description: 'What visits can be sorted by.',
  valuesConfig: {
    CREATED_AT: { description: 'By when the record was created in the registry.' },
    UPDATED_AT: { description: 'By when the record was last changed.' },
    TITLE: { description: 'Alphabetically by title.' },
    START_DATE: { description: 'By start date; partial dates sort as written ("2024" before "2024-03"); undated ones come last in either direction.' },
  },
});

@InputType({ description: 'How to sort a list of visit records.' })
export class VisitOrder {
  @Field(() => VisitOrderField, { defaultValue: VisitOrderField.START_DATE, description: 'What to sort by.' })
  field: VisitOrderField = VisitOrderField.START_DATE;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC (smallest, earliest or A first) or DESC.' })
  direction: SortDirection = SortDirection.ASC;
}

/** Which side of a visit an institution is on, for `Institution.visits`. */
export enum VisitSide {
  DELEGATION = 'DELEGATION',
  HOST = 'HOST',
}
registerEnumType(VisitSide, {
  name: 'VisitSide',
  description: 'Which side of a visit an institution is on.',
  valuesConfig: {
    DELEGATION: { description: 'The institution’s delegation travels.' },
    HOST: { description: 'The institution receives the delegation.' },
  },
});

@InputType({ description: 'A member of a delegation: exactly one of personId, institutionId.' })
export class VisitMemberInput {
  @Field(() => ID, { nullable: true, description: 'Global ID of the person (or give institutionId).' }) personId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the institution (or give personId).' }) institutionId?: string | null;
  @Field(() => DelegationRole, { nullable: true, description: 'Defaults to MEMBER.' }) role?: DelegationRole | null;
}

@InputType({ description: 'A new visit, with its delegation if known.' })
export class CreateVisitInput {
  @Field(() => String, { description: 'The visit’s title.' }) title!: string;
  @Field(() => ID, { description: 'The institution whose delegation travels.' }) delegationOfId!: string;
  @Field(() => ID, { nullable: true, description: 'The institution visited, if any; not the delegation’s own.' }) hostId?: string | null;
  @Field(() => VisitDirection, { description: 'INBOUND (a delegation comes to us) or OUTBOUND (we go).' }) direction!: VisitDirection;
  @Field(() => VisitPurpose, { description: 'Why the visit is made.' }) purpose!: VisitPurpose;
  @Field(() => ScheduleStatus, { nullable: true, description: 'Defaults to PLANNED.' }) status?: ScheduleStatus | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'First day: YYYY, YYYY-MM or YYYY-MM-DD.' }) startDate?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Last day: YYYY, YYYY-MM or YYYY-MM-DD; defaults to the start date.' }) endDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Places visited, e.g. "liberated territories (Karabakh)".' }) place?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' }) country?: string | null;
  @Field(() => ID, { nullable: true, description: 'The Document the visit produced (a report).' }) outcomeId?: string | null;
  @Field(() => String, { nullable: true, description: 'What the visit is about.' }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Hidden from viewers (e.g. a visit still being negotiated). Defaults to false.' }) confidential?: boolean | null;
  @Field(() => [VisitMemberInput], { nullable: true, description: 'Delegation members to create with the visit.' })
  members?: VisitMemberInput[] | null;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field.' })
export class UpdateVisitInput {
  @Field(() => ID, { description: 'Global ID of the visit to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if it changed since.' })
  version?: number | null;
  @Field(() => String, { nullable: true, description: 'The visit’s title.' }) title?: string | null;
  @Field(() => ID, { nullable: true, description: 'The institution whose delegation travels.' }) delegationOfId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The institution visited, if any; not the delegation’s own.' }) hostId?: string | null;
  @Field(() => VisitDirection, { nullable: true, description: 'INBOUND (a delegation comes to us) or OUTBOUND (we go).' }) direction?: VisitDirection | null;
  @Field(() => VisitPurpose, { nullable: true, description: 'Why the visit is made.' }) purpose?: VisitPurpose | null;
  @Field(() => ScheduleStatus, { nullable: true, description: 'Moves along the lifecycle; other moves give INVALID_TRANSITION.' })
  status?: ScheduleStatus | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'First day: YYYY, YYYY-MM or YYYY-MM-DD.' }) startDate?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Last day: YYYY, YYYY-MM or YYYY-MM-DD.' }) endDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Places visited, e.g. "liberated territories (Karabakh)".' }) place?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' }) country?: string | null;
  @Field(() => ID, { nullable: true, description: 'The Document the visit produced (a report).' }) outcomeId?: string | null;
  @Field(() => String, { nullable: true, description: 'What the visit is about.' }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Hidden from viewers (e.g. a visit still being negotiated).' }) confidential?: boolean | null;
}

@InputType({ description: 'Which visit to delete.' })
export class DeleteVisitInput {
  @Field(() => ID, { description: 'Global ID of the visit to delete.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the delete is refused with CONFLICT if the visit changed since. Left out: delete whatever its version.' }) version?: number | null;
}

@InputType({ description: 'A person or an institution to add to a visit’s delegation (exactly one of personId, institutionId).' })
export class AddVisitMemberInput extends VisitMemberInput {
  @Field(() => ID, { description: 'Global ID of the visit.' }) visitId!: string;
}

@InputType({ description: 'Which visit member to remove.' })
export class RemoveVisitMemberInput {
  @Field(() => ID, { description: 'Global ID of the visit member to remove.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the remove is refused with CONFLICT if the visit member changed since. Left out: remove whatever its version.' }) version?: number | null;
}

export const CreateVisitPayload = recordPayload('CreateVisitPayload', 'visit', Visit);
export const UpdateVisitPayload = recordPayload('UpdateVisitPayload', 'visit', Visit);
export const DeleteVisitPayload = deletePayload('DeleteVisitPayload');
export type VisitPayload = { visit: Visit | null; userErrors: UserError[]; preview?: unknown };

export const AddVisitMemberPayload = recordPayload('AddVisitMemberPayload', 'visitMember', VisitMember);
export const RemoveVisitMemberPayload = deletePayload('RemoveVisitMemberPayload');
export type VisitMemberPayload = { visitMember: VisitMember | null; userErrors: UserError[]; preview?: unknown };

export const { Connection: VisitConnection } = connectionTypes('Visit', Visit);
