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
registerEnumType(RelationOrderField, {
  name: 'RelationOrderField',
  description: 'What relations can be sorted by.',
  valuesConfig: {
    CREATED_AT: { description: 'By when the record was created in the registry.' },
    UPDATED_AT: { description: 'By when the record was last changed.' },
    KIND: { description: 'By kind, alphabetically by the kind’s name.' },
    START_DATE: { description: 'By start date; partial dates sort as written ("2024" before "2024-03"); undated ones come last in either direction.' },
  },
});

@InputType({ description: 'How to sort a list of relation records.' })
export class RelationOrder {
  @Field(() => RelationOrderField, { defaultValue: RelationOrderField.CREATED_AT, description: 'What to sort by.' })
  field: RelationOrderField = RelationOrderField.CREATED_AT;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC (smallest, earliest or A first) or DESC.' })
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
  @Field(() => RelationKind, { description: 'What sort of relation it is (member of, partner of …).' }) kind!: RelationKind;
  @Field(() => ID, { nullable: true, description: 'The institution that relates to the object.' }) subjectInstitutionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The person that relates to the object.' }) subjectPersonId?: string | null;
  @Field(() => ID, { description: 'The institution related to.' }) objectId!: string;
  @Field(() => String, { nullable: true, description: 'Role in the relation, e.g. "board member", "full member (A status)".' }) role?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'When it began: YYYY, YYYY-MM or YYYY-MM-DD.' }) startDate?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Not before startDate.' }) endDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Free-text detail of the relation.' }) description?: string | null;
}

@InputType({
  description:
    'Fields left out stay as they are; an explicit null clears an optional field. To switch the subject, ' +
    'give the new one and null for the other (e.g. subjectPersonId: "…", subjectInstitutionId: null).',
})
export class UpdateRelationInput {
  @Field(() => ID, { description: 'Global ID of the relation to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if the relation changed since. Left out: overwrite whatever is there.' }) version?: number | null;
  @Field(() => RelationKind, { nullable: true, description: 'What sort of relation it is (member of, partner of …).' }) kind?: RelationKind | null;
  @Field(() => ID, { nullable: true, description: 'The institution that relates to the object.' }) subjectInstitutionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The person that relates to the object.' }) subjectPersonId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The institution related to.' }) objectId?: string | null;
  @Field(() => String, { nullable: true, description: 'Role in the relation, e.g. "board member", "full member (A status)".' }) role?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'When it began: YYYY, YYYY-MM or YYYY-MM-DD.' }) startDate?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Not before startDate.' }) endDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Free-text detail of the relation.' }) description?: string | null;
}

@InputType({ description: 'Which relation to delete.' })
export class DeleteRelationInput {
  @Field(() => ID, { description: 'Global ID of the relation to delete.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the delete is refused with CONFLICT if the relation changed since. Left out: delete whatever its version.' }) version?: number | null;
}

const relationPayload = (name: string) => recordPayload(name, 'relation', Relation);

export const CreateRelationPayload = relationPayload('CreateRelationPayload');
export const UpdateRelationPayload = relationPayload('UpdateRelationPayload');
export type RelationPayload = { relation: Relation | null; userErrors: UserError[] };

@ObjectType({ description: 'What `deleteRelation` returns: the result, or the userErrors that explain why nothing was written.' })
export class DeleteRelationPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted relation.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success. When not empty, nothing was written.' })
  userErrors!: UserError[];
}

export const { Connection: RelationConnection } = connectionTypes('Relation', Relation);
