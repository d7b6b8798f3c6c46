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
registerEnumType(InstitutionOrderField, { name: 'InstitutionOrderField' });

@InputType()
export class InstitutionOrder {
  @Field(() => InstitutionOrderField, { defaultValue: InstitutionOrderField.NAME })
  field: InstitutionOrderField = InstitutionOrderField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

@InputType()
export class CreateInstitutionInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) acronym?: string | null;
  @Field(() => [String], { nullable: true }) aliases?: string[] | null;
  @Field(() => InstitutionKind) kind!: InstitutionKind;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' }) country?: string | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => InstitutionStatus, { nullable: true, description: 'Defaults to ACTIVE.' }) status?: InstitutionStatus | null;
  @Field(() => [InstitutionIdentifier], { nullable: true }) identifiers?: InstitutionIdentifier[] | null;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field.' })
export class UpdateInstitutionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if it changed since.' })
  version?: number | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) acronym?: string | null;
  @Field(() => [String], { nullable: true }) aliases?: string[] | null;
  @Field(() => InstitutionKind, { nullable: true }) kind?: InstitutionKind | null;
  @Field(() => String, { nullable: true }) country?: string | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => InstitutionStatus, { nullable: true }) status?: InstitutionStatus | null;
  @Field(() => [InstitutionIdentifier], { nullable: true, description: 'Replaces the whole list.' }) identifiers?: InstitutionIdentifier[] | null;
}

@InputType()
export class DeleteInstitutionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
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

@ObjectType()
export class DeleteInstitutionPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted institution.' })
  deletedId!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export const { Connection: InstitutionConnection } = connectionTypes('Institution', Institution);
