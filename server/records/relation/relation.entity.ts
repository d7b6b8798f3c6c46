import { BlocksDelete } from '../../api/references.js';
import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { RelationKind } from './relation.enums.js';

/**
 * A typed, dated link from an institution (or a person) to an institution. Its status
 * (UPCOMING, ACTIVE, ENDED) is derived from the dates when read, never stored.
 */
@Entity({ tableName: 'relation' })
// Keyset pagination: one (column, id) index per ordering the API offers (tests/e2e/connection-plans.test.ts).
@Index({ name: 'relation_start_date_id_idx', properties: ['startDate', 'id'] })
@Index({ name: 'relation_start_date_desc_id_idx', expression: 'create index "relation_start_date_desc_id_idx" on "relation" ("start_date" desc nulls last, "id" desc nulls last)' })
@Index({ name: 'relation_kind_id_idx', properties: ['kind', 'id'] })
@Index({ name: 'relation_created_at_id_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'relation_updated_at_id_idx', properties: ['updatedAt', 'id'] })
@Check({ name: 'relation_one_subject', expression: '("subject_institution_id" is null) <> ("subject_person_id" is null)' })
@ObjectType('Relation', { implements: Node, description: 'A dated relation between an institution (or person) and an institution.' })
export class Relation extends RecordEntity {
  @Field(() => RelationKind, { description: 'What sort of relation it is (member of, partner of …).' })
  @Enum({ items: () => RelationKind, type: 'string', length: 30 })
  kind!: RelationKind;

  @BlocksDelete('relation{|s} (as subject)')
  @ManyToOne(() => Institution, { ref: true, nullable: true, deleteRule: 'restrict', index: 'relation_subject_institution_idx' })
  subjectInstitution?: Ref<Institution> | null;

  @BlocksDelete('relation{|s}', { detach: 'delete' })
  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'restrict', index: 'relation_subject_person_idx' })
  subjectPerson?: Ref<Person> | null;

  @BlocksDelete('relation{|s} (as object)')
  @ManyToOne(() => Institution, { ref: true, deleteRule: 'restrict', index: 'relation_object_idx' })
  object!: Ref<Institution>;

  @Field(() => String, { nullable: true, description: 'Role in the relation, e.g. "board member", "full member (A status)".' })
  @Property({ type: 'string', length: 300, nullable: true })
  role?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Partial date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  startDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Partial date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text detail of the relation; null when none.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
