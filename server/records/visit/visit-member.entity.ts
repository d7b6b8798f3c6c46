import { BlocksDelete } from '../../api/references.js';
import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { HideWhenOwnerConfidential } from '../../kernel/confidential.js';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { DelegationRole } from './visit.enums.js';
import { Visit } from './visit.entity.js';

@Entity({ tableName: 'visit_member' })
@Index({
  name: 'visit_member_unique',
  expression: 'create unique index "visit_member_unique" on "visit_member" ("visit_id", coalesce("person_id", "institution_id"))',
})
@HideWhenOwnerConfidential('visit')
@Check({ name: 'visit_member_one_member', expression: '("institution_id" is null) <> ("person_id" is null)' })
@ObjectType('VisitMember', { implements: Node, description: 'A member of a visiting delegation (a person, or an institution taking part).' })
export class VisitMember extends RecordEntity<'role'> {
  @ManyToOne(() => Visit, { ref: true, deleteRule: 'cascade', index: 'visit_member_visit_idx' })
  visit!: Ref<Visit>;

  @BlocksDelete('visit membership{|s}')
  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'restrict', index: 'visit_member_person_idx' })
  person?: Ref<Person> | null;

  @BlocksDelete('delegation membership{|s}')
  @ManyToOne(() => Institution, { ref: true, nullable: true, deleteRule: 'restrict', index: 'visit_member_institution_idx' })
  institution?: Ref<Institution> | null;

  @Field(() => DelegationRole, { description: 'The member’s role in the delegation.' })
  @Enum({ items: () => DelegationRole, type: 'string', length: 20, default: DelegationRole.MEMBER })
  role: DelegationRole = DelegationRole.MEMBER;
}
