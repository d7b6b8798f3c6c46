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
  valuesConfig: {
    CREATED_AT: { description: 'By when the record was created in the registry.' },
    UPDATED_AT: { description: 'By when the record was last changed.' },
    TITLE: { description: 'Alphabetically by title.' },
    STATUS: { description: 'By status, alphabetically by the status’s name.' },
    DUE_DATE: { description: 'By due date, earliest first in ascending order.' },
  },
});

@InputType({ description: 'How to sort a list of commitment records.' })
export class CommitmentOrder {
  @Field(() => CommitmentOrderField, { defaultValue: CommitmentOrderField.DUE_DATE, description: 'What to sort by.' })
  field: CommitmentOrderField = CommitmentOrderField.DUE_DATE;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC (smallest, earliest or A first) or DESC.' })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({
  description:
    'A commitment has exactly one owner (an institution or a person) and at most one origin: the event, agreement or document it was made in.',
})
export class CreateCommitmentInput {
  @Field(() => String, { description: 'What is committed to, in a line.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Details of what is promised.' }) description?: string | null;
  @Field(() => CommitmentStatus, { nullable: true, description: 'Default OPEN. DONE needs `evidence` or `evidenceDocumentId`.' })
  status?: CommitmentStatus | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'When it is due: YYYY, YYYY-MM or YYYY-MM-DD.' }) dueDate?: string | null;
  @Field(() => ID, { description: 'Global ID of the owning Institution or Person.' }) ownerId!: string;
  @Field(() => ID, { nullable: true, description: 'Global ID of the event where the commitment was made.' }) madeAtEventId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the agreement that contains the commitment.' }) madeInAgreementId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the document that states the commitment.' }) madeInDocumentId?: string | null;
  @Field(() => String, { nullable: true, description: 'What shows progress or completion (text or a link).' }) evidence?: string | null;
  @Field(() => ID, { nullable: true, description: 'A document that shows progress or completion.' }) evidenceDocumentId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Hidden from viewers; default false.' }) confidential?: boolean | null;
}

@InputType({
  description:
    'Fields left out stay as they are; an explicit null clears an optional field. Status moves follow the commitment lifecycle (INVALID_TRANSITION otherwise).',
})
export class UpdateCommitmentInput {
  @Field(() => ID, { description: 'Global ID of the commitment to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if it changed since.' })
  version?: number | null;
  @Field(() => String, { nullable: true, description: 'What is committed to, in a line.' }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Details of what is promised.' }) description?: string | null;
  @Field(() => CommitmentStatus, { nullable: true, description: 'The new status; moves follow the lifecycle (INVALID_TRANSITION otherwise). DONE needs `evidence` or `evidenceDocumentId`.' }) status?: CommitmentStatus | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'When it is due: YYYY, YYYY-MM or YYYY-MM-DD.' }) dueDate?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the owning Institution or Person (cannot be cleared).' }) ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the event where the commitment was made.' }) madeAtEventId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the agreement that contains the commitment.' }) madeInAgreementId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the document that states the commitment.' }) madeInDocumentId?: string | null;
  @Field(() => String, { nullable: true, description: 'What shows progress or completion (text or a link).' }) evidence?: string | null;
  @Field(() => ID, { nullable: true, description: 'A document that shows progress or completion.' }) evidenceDocumentId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Hidden from viewers.' }) confidential?: boolean | null;
}

@InputType({ description: 'Which commitment to delete.' })
export class DeleteCommitmentInput {
  @Field(() => ID, { description: 'Global ID of the commitment to delete.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the delete is refused with CONFLICT if the commitment changed since. Left out: delete whatever its version.' }) version?: number | null;
}

const commitmentPayload = (name: string) => recordPayload(name, 'commitment', Commitment);

export const CreateCommitmentPayload = commitmentPayload('CreateCommitmentPayload');
export const UpdateCommitmentPayload = commitmentPayload('UpdateCommitmentPayload');
export type CommitmentPayload = { commitment: Commitment | null; userErrors: UserError[] };

@ObjectType({ description: 'What `deleteCommitment` returns: the result, or the userErrors that explain why nothing was written.' })
export class DeleteCommitmentPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted commitment.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success. When not empty, nothing was written.' })
  userErrors!: UserError[];
}

export const { Connection: CommitmentConnection } = connectionTypes('Commitment', Commitment);
