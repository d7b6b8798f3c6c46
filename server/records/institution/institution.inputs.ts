import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { recordPayload } from '../../api/payloads.js';
import { UserError } from '../../kernel/errors.js';
import { SortDirection, connectionTypes } from '../../api/relay.js';
import { Institution } from './institution.entity.js';
import { InstitutionIdentifier } from './institution-identifier.js';
import { InstitutionKind, InstitutionStatus } from './institution.kind.js';
import { UNCITED_DESCRIPTION } from '../../api/list-conditions.js';

@InputType({ description: 'Narrows `institutions`. All given conditions must hold.' })
export class InstitutionFilter {
  @Field(() => [InstitutionKind], { nullable: true, description: 'Any of these kinds.' })
  kind?: InstitutionKind[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these ISO 3166-1 alpha-2 country codes.' })
  country?: string[] | null;

  @Field(() => [InstitutionStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: InstitutionStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only direct children of this institution.' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only institutions with a parent; false: only top-level ones.' })
  hasParent?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Matches name, acronym and aliases; case- and accent-insensitive substring match.',
  })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: UNCITED_DESCRIPTION })
  uncited?: boolean | null;
}

export enum InstitutionOrderField {
  NAME = 'NAME',
  KIND = 'KIND',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(InstitutionOrderField, {
  name: 'InstitutionOrderField',
  description: 'What institutions can be sorted by.',
  valuesConfig: {
    CREATED_AT: { description: 'By when the record was created in the registry.' },
    UPDATED_AT: { description: 'By when the record was last changed.' },
    NAME: { description: 'Alphabetically by name.' },
    KIND: { description: 'By kind, alphabetically by the kind’s name.' },
  },
});

@InputType({ description: 'How to sort a list of institution records.' })
export class InstitutionOrder {
  @Field(() => InstitutionOrderField, { defaultValue: InstitutionOrderField.NAME, description: 'What to sort by.' })
  field: InstitutionOrderField = InstitutionOrderField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC (smallest, earliest or A first) or DESC.' })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: 'A new institution.' })
export class CreateInstitutionInput {
  @Field(() => String, { description: 'Official name in English; unique within its country.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Short name, e.g. "OIC", "ENNHRI".' }) acronym?: string | null;
  @Field(() => [String], { nullable: true, description: 'Other names it is known by (translations, former names).' }) aliases?: string[] | null;
  @Field(() => InstitutionKind, { description: 'What sort of institution it is.' }) kind!: InstitutionKind;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' }) country?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the institution it belongs to (e.g. a commission of an organisation).' }) parentId?: string | null;
  @Field(() => String, { nullable: true, description: 'Home page URL (http or https).' }) website?: string | null;
  @Field(() => String, { nullable: true, description: 'What the institution does, in a few sentences.' }) description?: string | null;
  @Field(() => InstitutionStatus, { nullable: true, description: 'Defaults to ACTIVE.' }) status?: InstitutionStatus | null;
  @Field(() => [InstitutionIdentifier], { nullable: true, description: 'Identifiers in other registries (Wikidata, GANHRI, national registers …).' }) identifiers?: InstitutionIdentifier[] | null;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field.' })
export class UpdateInstitutionInput {
  @Field(() => ID, { description: 'Global ID of the institution to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if it changed since.' })
  version?: number | null;
  @Field(() => String, { nullable: true, description: 'Official name in English; unique within its country.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Short name, e.g. "OIC", "ENNHRI".' }) acronym?: string | null;
  @Field(() => [String], { nullable: true, description: 'Other names it is known by (translations, former names).' }) aliases?: string[] | null;
  @Field(() => InstitutionKind, { nullable: true, description: 'What sort of institution it is.' }) kind?: InstitutionKind | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' }) country?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the institution it belongs to (e.g. a commission of an organisation).' }) parentId?: string | null;
  @Field(() => String, { nullable: true, description: 'Home page URL (http or https).' }) website?: string | null;
  @Field(() => String, { nullable: true, description: 'What the institution does, in a few sentences.' }) description?: string | null;
  @Field(() => InstitutionStatus, { nullable: true, description: 'Whether it still exists and operates.' }) status?: InstitutionStatus | null;
  @Field(() => [InstitutionIdentifier], { nullable: true, description: 'Replaces the whole list.' }) identifiers?: InstitutionIdentifier[] | null;
}

@InputType({ description: 'Which institution to delete.' })
export class DeleteInstitutionInput {
  @Field(() => ID, { description: 'Global ID of the institution to delete.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the delete is refused with CONFLICT if the institution changed since. Left out: delete whatever its version.' }) version?: number | null;
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also detach child institutions (they become top-level) instead of refusing the delete.',
  })
  detachChildren = false;
}

const institutionPayload = (name: string) => recordPayload(name, 'institution', Institution);

export const CreateInstitutionPayload = institutionPayload('CreateInstitutionPayload');
export const UpdateInstitutionPayload = institutionPayload('UpdateInstitutionPayload');
export type InstitutionPayload = { institution: Institution | null; userErrors: UserError[] };

@ObjectType({ description: 'What `deleteInstitution` returns: the result, or the userErrors that explain why nothing was written.' })
export class DeleteInstitutionPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted institution.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success. When not empty, nothing was written.' })
  userErrors!: UserError[];
}

export const { Connection: InstitutionConnection } = connectionTypes('Institution', Institution);
