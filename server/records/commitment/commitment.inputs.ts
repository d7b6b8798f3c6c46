import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { recordPayload } from '../../api/payloads.js';
import { UserError } from '../../kernel/errors.js';
import { SortDirection, connectionTypes } from '../../api/relay.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Commitment } from './commitment.entity.js';
import { CommitmentStatus } from './commitment.enums.js';
import { UNCITED_DESCRIPTION } from '../../api/list-conditions.js';

@InputType({ description: 'Narrows `commitments`. All given conditions must hold.' })
export class CommitmentFilter {
  @Field(() => [CommitmentStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: CommitmentStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Owned by this institution or person.' })
  ownerId?: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Due on or before this (partial) date: the due date can fall on or before its last day ("2025" = by the end of 2025).',
  })
  dueBefore?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Due on or after this (partial) date: the due date can fall on or after its first day.' })
  dueAfter?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only overdue ones (OPEN or IN_PROGRESS and the whole due date passed, UTC); false: only those not overdue.',
  })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Made at this event.' })
  madeAtEventId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Made in this agreement.' })
  agreementId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Made in this document.' })
  documentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Tagged with this topic.' })
  topicId?: string | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the title.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: UNCITED_DESCRIPTION })
  uncited?: boolean | null;
}

export enum CommitmentOrderField {
  DUE_DATE = 'DUE_DATE',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(CommitmentOrderField, {
  name: 'CommitmentOrderField',
  description: 'DUE_DATE sorts partial dates as written ("2025" before "2025-03"); commitments without a due date come last.',
});

@InputType()
export class CommitmentOrder {
  @Field(() => CommitmentOrderField, { defaultValue: CommitmentOrderField.DUE_DATE })
  field: CommitmentOrderField = CommitmentOrderField.DUE_DATE;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({
  description:
    'A commitment has exactly one owner (an institution or a person) and at most one origin: the event, agreement or document it was made in.',
})
export class CreateCommitmentInput {
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => CommitmentStatus, { nullable: true, description: 'Default OPEN. DONE needs `evidence` or `evidenceDocumentId`.' })
  status?: CommitmentStatus | null;
  @Field(() => PartialDateScalar, { nullable: true }) dueDate?: string | null;
  @Field(() => ID, { description: 'Global ID of the owning Institution or Person.' }) ownerId!: string;
  @Field(() => ID, { nullable: true }) madeAtEventId?: string | null;
  @Field(() => ID, { nullable: true }) madeInAgreementId?: string | null;
  @Field(() => ID, { nullable: true }) madeInDocumentId?: string | null;
  @Field(() => String, { nullable: true, description: 'What shows progress or completion (text or a link).' }) evidence?: string | null;
  @Field(() => ID, { nullable: true, description: 'A document that shows progress or completion.' }) evidenceDocumentId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Hidden from viewers; default false.' }) confidential?: boolean | null;
}

@InputType({
  description:
    'Fields left out stay as they are; an explicit null clears an optional field. Status moves follow the commitment lifecycle (INVALID_TRANSITION otherwise).',
})
export class UpdateCommitmentInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if it changed since.' })
  version?: number | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => CommitmentStatus, { nullable: true }) status?: CommitmentStatus | null;
  @Field(() => PartialDateScalar, { nullable: true }) dueDate?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the owning Institution or Person (cannot be cleared).' }) ownerId?: string | null;
  @Field(() => ID, { nullable: true }) madeAtEventId?: string | null;
  @Field(() => ID, { nullable: true }) madeInAgreementId?: string | null;
  @Field(() => ID, { nullable: true }) madeInDocumentId?: string | null;
  @Field(() => String, { nullable: true }) evidence?: string | null;
  @Field(() => ID, { nullable: true }) evidenceDocumentId?: string | null;
  @Field(() => Boolean, { nullable: true }) confidential?: boolean | null;
}

@InputType()
export class DeleteCommitmentInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
}

const commitmentPayload = (name: string) => recordPayload(name, 'commitment', Commitment);

export const CreateCommitmentPayload = commitmentPayload('CreateCommitmentPayload');
export const UpdateCommitmentPayload = commitmentPayload('UpdateCommitmentPayload');
export type CommitmentPayload = { commitment: Commitment | null; userErrors: UserError[] };

@ObjectType()
export class DeleteCommitmentPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted commitment.' })
  deletedId!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export const { Connection: CommitmentConnection } = connectionTypes('Commitment', Commitment);
