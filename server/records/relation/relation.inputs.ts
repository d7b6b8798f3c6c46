import { LocalDateResolver } from 'graphql-scalars';
import { recordPayload } from '../../api/payloads.js';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../kernel/errors.js';
import { SortDirection, connectionTypes } from '../../api/relay.js';
import { TemporalStatus } from '../../kernel/periods.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Relation } from './relation.entity.js';
import { RelationKind } from './relation.enums.js';
import { UNCITED_DESCRIPTION } from '../../api/list-conditions.js';

@InputType({ description: 'Narrows `relations`. All given conditions must hold.' })
export class RelationFilter {
  @Field(() => [RelationKind], { nullable: true, description: 'Any of these kinds.' })
  kind?: RelationKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Relations in which this institution is the subject or the object.' })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Relations whose subject is this institution or person.' })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Relations whose object is this institution.' })
  objectId?: string | null;

  @Field(() => [TemporalStatus], { nullable: true, description: 'Any of these statuses, as derived from the dates today (UTC).' })
  status?: TemporalStatus[] | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Relations whose period may include this day (open ends count as unbounded).' })
  activeOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: UNCITED_DESCRIPTION })
  uncited?: boolean | null;
}

export enum RelationOrderField {
  START_DATE = 'START_DATE',
  KIND = 'KIND',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(RelationOrderField, { name: 'RelationOrderField' });

@InputType()
export class RelationOrder {
  @Field(() => RelationOrderField, { defaultValue: RelationOrderField.CREATED_AT })
  field: RelationOrderField = RelationOrderField.CREATED_AT;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

export enum RelationDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
  BOTH = 'BOTH',
}
registerEnumType(RelationDirection, {
  name: 'RelationDirection',
  description: 'Which side of a relation an institution is on.',
  valuesConfig: {
    OUTGOING: { description: 'The institution is the subject ("X MEMBER_OF …").' },
    INCOMING: { description: 'The institution is the object ("… MEMBER_OF X").' },
    BOTH: { description: 'Either side.' },
  },
});

@InputType({ description: 'Exactly one of subjectInstitutionId and subjectPersonId must be given.' })
export class CreateRelationInput {
  @Field(() => RelationKind) kind!: RelationKind;
  @Field(() => ID, { nullable: true, description: 'The institution that relates to the object.' }) subjectInstitutionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The person that relates to the object.' }) subjectPersonId?: string | null;
  @Field(() => ID, { description: 'The institution related to.' }) objectId!: string;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) startDate?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Not before startDate.' }) endDate?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType({
  description:
    'Fields left out stay as they are; an explicit null clears an optional field. To switch the subject, ' +
    'give the new one and null for the other (e.g. subjectPersonId: "…", subjectInstitutionId: null).',
})
export class UpdateRelationInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => RelationKind, { nullable: true }) kind?: RelationKind | null;
  @Field(() => ID, { nullable: true }) subjectInstitutionId?: string | null;
  @Field(() => ID, { nullable: true }) subjectPersonId?: string | null;
  @Field(() => ID, { nullable: true }) objectId?: string | null;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) startDate?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class DeleteRelationInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
}

const relationPayload = (name: string) => recordPayload(name, 'relation', Relation);

export const CreateRelationPayload = relationPayload('CreateRelationPayload');
export const UpdateRelationPayload = relationPayload('UpdateRelationPayload');
export type RelationPayload = { relation: Relation | null; userErrors: UserError[] };

@ObjectType()
export class DeleteRelationPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted relation.' })
  deletedId!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export const { Connection: RelationConnection } = connectionTypes('Relation', Relation);
