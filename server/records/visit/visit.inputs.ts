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

  @Field(() => VisitDirection, { nullable: true })
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
registerEnumType(VisitOrderField, { name: 'VisitOrderField' });

@InputType()
export class VisitOrder {
  @Field(() => VisitOrderField, { defaultValue: VisitOrderField.START_DATE })
  field: VisitOrderField = VisitOrderField.START_DATE;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

/** Which side of a visit an institution is on, for `Institution.visits`. */
export enum VisitSide {
  DELEGATION = 'DELEGATION',
  HOST = 'HOST',
}
registerEnumType(VisitSide, {
  name: 'VisitSide',
  valuesConfig: {
    DELEGATION: { description: 'The institution’s delegation travels.' },
    HOST: { description: 'The institution receives the delegation.' },
  },
});

@InputType({ description: 'A member of a delegation: exactly one of personId, institutionId.' })
export class VisitMemberInput {
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field(() => ID, { nullable: true }) institutionId?: string | null;
  @Field(() => DelegationRole, { nullable: true, description: 'Defaults to MEMBER.' }) role?: DelegationRole | null;
}

@InputType()
export class CreateVisitInput {
  @Field(() => String) title!: string;
  @Field(() => ID, { description: 'The institution whose delegation travels.' }) delegationOfId!: string;
  @Field(() => ID, { nullable: true, description: 'The institution visited, if any; not the delegation’s own.' }) hostId?: string | null;
  @Field(() => VisitDirection) direction!: VisitDirection;
  @Field(() => VisitPurpose) purpose!: VisitPurpose;
  @Field(() => ScheduleStatus, { nullable: true, description: 'Defaults to PLANNED.' }) status?: ScheduleStatus | null;
  @Field(() => PartialDateScalar, { nullable: true }) startDate?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' }) country?: string | null;
  @Field(() => ID, { nullable: true, description: 'The Document the visit produced (a report).' }) outcomeId?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Boolean, { nullable: true }) confidential?: boolean | null;
  @Field(() => [VisitMemberInput], { nullable: true, description: 'Delegation members to create with the visit.' })
  members?: VisitMemberInput[] | null;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field.' })
export class UpdateVisitInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if it changed since.' })
  version?: number | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => ID, { nullable: true }) delegationOfId?: string | null;
  @Field(() => ID, { nullable: true }) hostId?: string | null;
  @Field(() => VisitDirection, { nullable: true }) direction?: VisitDirection | null;
  @Field(() => VisitPurpose, { nullable: true }) purpose?: VisitPurpose | null;
  @Field(() => ScheduleStatus, { nullable: true, description: 'Moves along the lifecycle; other moves give INVALID_TRANSITION.' })
  status?: ScheduleStatus | null;
  @Field(() => PartialDateScalar, { nullable: true }) startDate?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true }) country?: string | null;
  @Field(() => ID, { nullable: true }) outcomeId?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Boolean, { nullable: true }) confidential?: boolean | null;
}

@InputType()
export class DeleteVisitInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
}

@InputType()
export class AddVisitMemberInput extends VisitMemberInput {
  @Field(() => ID) visitId!: string;
}

@InputType()
export class RemoveVisitMemberInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
}

export const CreateVisitPayload = recordPayload('CreateVisitPayload', 'visit', Visit);
export const UpdateVisitPayload = recordPayload('UpdateVisitPayload', 'visit', Visit);
export const DeleteVisitPayload = deletePayload('DeleteVisitPayload');
export type VisitPayload = { visit: Visit | null; userErrors: UserError[]; preview?: unknown };

export const AddVisitMemberPayload = recordPayload('AddVisitMemberPayload', 'visitMember', VisitMember);
export const RemoveVisitMemberPayload = deletePayload('RemoveVisitMemberPayload');
export type VisitMemberPayload = { visitMember: VisitMember | null; userErrors: UserError[]; preview?: unknown };

export const { Connection: VisitConnection } = connectionTypes('Visit', Visit);
