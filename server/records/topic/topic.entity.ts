import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Node, RecordEntity } from '../../kernel/record.entity.js';

@Entity({ tableName: 'topic' })
// Keyset pagination: one (column, id) index per ordering the API offers (tests/e2e/connection-plans.test.ts).
@Index({ name: 'topic_name_id_idx', properties: ['name', 'id'] })
@Index({ name: 'topic_slug_id_idx', properties: ['slug', 'id'] })
@Index({ name: 'topic_created_at_id_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'topic_updated_at_id_idx', properties: ['updatedAt', 'id'] })
@ObjectType('Topic', { implements: Node, description: 'A term of the controlled vocabulary (climate justice, children’s rights, mine action …).' })
export class Topic extends RecordEntity {
  @Field(() => String, { description: 'The topic’s name.' })
  @Property({ type: 'string', length: 200 })
  @Unique({ name: 'topic_name_unique' })
  name!: string;

  @Field(() => String, { description: 'Stable lower-case key, e.g. "climate-justice".' })
  @Property({ type: 'string', length: 100 })
  @Unique({ name: 'topic_slug_unique' })
  slug!: string;

  @Field(() => String, { nullable: true, description: 'What the topic covers; null when none.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne(() => Topic, { ref: true, nullable: true, deleteRule: 'restrict', index: 'topic_parent_idx' })
  parent?: Ref<Topic> | null;
}
