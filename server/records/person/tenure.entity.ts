import { BlocksDelete } from '../../api/references.js';
import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Person } from './person.entity.js';
import { Post } from './post.entity.js';

/** Who held a post, from when to when (partial dates: "2019", "2019-07"). */
@Entity({ tableName: 'tenure' })
@ObjectType('Tenure', { implements: Node, description: 'A person holding a post over a period.' })
export class Tenure extends RecordEntity<'acting'> {
  @BlocksDelete('tenure{|s}', { detach: 'delete' })
  @ManyToOne(() => Person, { ref: true, deleteRule: 'restrict', index: 'tenure_person_idx' })
  person!: Ref<Person>;

  @BlocksDelete('tenure{|s}', { detach: 'delete' })
  @ManyToOne(() => Post, { ref: true, deleteRule: 'restrict', index: 'tenure_post_idx' })
  post!: Ref<Post>;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Partial date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  startDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Partial date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate?: string | null;

  @Field(() => Boolean, { description: 'Acting or interim holder.' })
  @Property({ type: 'boolean', default: false })
  acting: boolean = false;
}
