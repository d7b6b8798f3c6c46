import { BlocksDelete } from '../../api/references.js';
import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Institution } from '../institution/institution.entity.js';
import { SourceKind } from './provenance.enums.js';

@Entity({ tableName: 'source' })
// Keyset pagination: one (column, id) index per ordering the API offers (tests/e2e/connection-plans.test.ts).
@Index({ name: 'source_published_on_id_idx', properties: ['publishedOn', 'id'] })
// Newest first with undated last ("desc nulls last") cannot run an ascending index backwards.
@Index({ name: 'source_published_on_desc_id_idx', expression: 'create index "source_published_on_desc_id_idx" on "source" ("published_on" desc nulls last, "id" desc nulls last)' })
@Index({ name: 'source_title_id_idx', properties: ['title', 'id'] })
@Index({ name: 'source_created_at_id_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'source_updated_at_id_idx', properties: ['updatedAt', 'id'] })
@ObjectType('Source', { implements: Node, description: 'A publication that facts in the registry cite (an article, an interview, a report).' })
export class Source extends RecordEntity {
  @Field(() => String, { description: 'The source’s title or headline.' })
  @Property({ type: 'string', length: 500 })
  title!: string;

  @Field(() => SourceKind, { description: 'What kind of publication it is.' })
  @Enum({ items: () => SourceKind, type: 'string', length: 30 })
  kind!: SourceKind;

  @Field(() => String, { nullable: true, description: 'Publisher as printed, e.g. "Azernews".' })
  @Property({ type: 'string', length: 300, nullable: true })
  publisherName?: string | null;

  /** The publisher as an institution of the registry, when it is one. */
  @BlocksDelete('source{|s} (as publisher)')
  @ManyToOne(() => Institution, { ref: true, nullable: true, deleteRule: 'restrict', index: 'source_publisher_idx' })
  publisher?: Ref<Institution> | null;

  @Field(() => String, { nullable: true, description: 'Where the source can be read; null when not online.' })
  @Property({ type: 'string', length: 1000, nullable: true })
  url?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Publication date (partial dates allowed).' })
  @Property({ type: 'string', length: 10, nullable: true })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 language tag, e.g. "en", "az".' })
  @Property({ type: 'string', length: 20, nullable: true })
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'What the source contains; null when none.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
