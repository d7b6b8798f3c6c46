import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Node, RecordEntity } from '../../kernel/record.entity.js';

@Entity({ tableName: 'topic' })
@ObjectType('Topic', { implements: Node, description: 'A term of the controlled vocabulary (climate justice, children’s rights, mine action …).' })
export class Topic extends RecordEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  @Unique({ name: 'topic_name_unique' })
  name!: string;

  @Field(() => String, { description: 'Stable lower-case key, e.g. "climate-justice".' })
  @Property({ type: 'string', length: 100 })
  @Unique({ name: 'topic_slug_unique' })
  slug!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne(() => Topic, { ref: true, nullable: true, deleteRule: 'restrict', index: 'topic_parent_idx' })
  parent?: Ref<Topic> | null;
}
