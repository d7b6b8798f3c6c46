import { BlocksDelete } from '../../api/references.js';
import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { HideWhenConfidential } from '../../kernel/confidential.js';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Event } from '../event/event.entity.js';
import { foldForSearch } from '../../kernel/text.js';
import { DocumentKind } from './document.enums.js';

@Entity({ tableName: 'document' })
// Keyset pagination: one (column, id) index per ordering the API offers (tests/e2e/connection-plans.test.ts).
@Index({ name: 'document_date_id_idx', properties: ['date', 'id'] })
// Newest first with undated last ("desc nulls last") cannot run an ascending index backwards.
@Index({ name: 'document_date_desc_id_idx', expression: 'create index "document_date_desc_id_idx" on "document" ("date" desc nulls last, "id" desc nulls last)' })
@Index({ name: 'document_title_id_idx', properties: ['title', 'id'] })
@Index({ name: 'document_kind_id_idx', properties: ['kind', 'id'] })
@Index({ name: 'document_created_at_id_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'document_updated_at_id_idx', properties: ['updatedAt', 'id'] })
@HideWhenConfidential()
@Index({
  name: 'document_search_text_trgm',
  expression: 'create index "document_search_text_trgm" on "document" using gin ("search_text" gin_trgm_ops)',
})
@ObjectType('Document', { implements: Node, description: 'A declaration, report, statement, appeal, resolution or minutes.' })
export class Document extends RecordEntity<'confidential'> {
  @Field(() => String, { description: 'The document’s title.' })
  @Property({ type: 'string', length: 500 })
  title!: string;

  @Field(() => DocumentKind, { description: 'What sort of document it is.' })
  @Enum({ items: () => DocumentKind, type: 'string', length: 30 })
  kind!: DocumentKind;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Partial date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  date?: string | null;

  /** The event at which it was adopted (the Baku Declaration at the Baku Forum). */
  @BlocksDelete('document{|s} adopted at it', { detach: 'clear' })
  @ManyToOne(() => Event, { ref: true, nullable: true, deleteRule: 'restrict', index: 'document_adopted_at_idx' })
  adoptedAt?: Ref<Event> | null;

  @Field(() => String, { nullable: true, description: 'Where the document can be read; null when not online.' })
  @Property({ type: 'string', length: 1000, nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A short summary of its content; null when none.' })
  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  @Field(() => Boolean, { description: 'Hidden from viewers.' })
  @Property({ type: 'boolean', default: false })
  confidential: boolean = false;

  @Property({ type: 'text', hidden: true })
  searchText!: string;

  refreshSearchKeys(): void {
    this.searchText = foldForSearch([this.title, this.summary ?? ''].join(' \u0001 '));
  }
}
