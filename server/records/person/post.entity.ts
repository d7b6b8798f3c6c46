import { BlocksDelete } from '../../api/references.js';
import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { Institution } from '../institution/institution.entity.js';

/** A position at an institution, independent of who holds it. */
@Entity({ tableName: 'post' })
// Keyset pagination: one (column, id) index per ordering the API offers (tests/e2e/connection-plans.test.ts).
@Index({ name: 'post_title_id_idx', properties: ['title', 'id'] })
@Index({ name: 'post_created_at_id_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'post_updated_at_id_idx', properties: ['updatedAt', 'id'] })
@Unique({ name: 'post_institution_title_unique', properties: ['institution', 'title'] })
@ObjectType('Post', { implements: Node, description: 'A position at an institution, e.g. "Commissioner for Human Rights (Ombudsman)".' })
export class Post extends RecordEntity<'isHead'> {
  @Field(() => String, { description: 'The post’s title, e.g. "Commissioner for Human Rights (Ombudsman)".' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @BlocksDelete('post{|s}')
  @ManyToOne(() => Institution, { ref: true, deleteRule: 'restrict', index: 'post_institution_idx' })
  institution!: Ref<Institution>;

  @Field(() => Boolean, { description: 'The head of the institution (ombudsman, president, chair).' })
  @Property({ type: 'boolean', default: false })
  isHead: boolean = false;

  @Field(() => String, { nullable: true, description: 'What the post involves; null when none.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
