import { RecordAttachment } from '../../api/attachments.js';
import { HideWhenRecordInternal } from '../../kernel/confidential.js';
import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { CitationBasis } from './provenance.enums.js';
import { Source } from './source.entity.js';

/**
 * One record citing one source. Any record type can be cited (institution, event, figure …), so
 * the cited record is named by its type and key; record keys are UUIDs, unique across tables.
 * Services delete a record's citations in the same transaction as the record.
 */
@RecordAttachment()
@Entity({ tableName: 'citation' })
@HideWhenRecordInternal()
@Index({ name: 'citation_record_idx', properties: ['recordId'] })
@ObjectType('Citation', { implements: Node, description: 'A source cited for a record, with the supporting quote or locator.' })
export class Citation extends RecordEntity<'fields' | 'basis'> {
  @ManyToOne(() => Source, { ref: true, deleteRule: 'restrict', index: 'citation_source_idx' })
  source!: Ref<Source>;

  @Property({ type: 'uuid' })
  recordId!: string;

  @Field(() => String, { description: 'GraphQL type name of the cited record.' })
  @Property({ type: 'string', length: 40 })
  recordType!: string;

  @Field(() => String, { nullable: true, description: 'The words of the source that support the record.' })
  @Property({ type: 'text', nullable: true })
  quote?: string | null;

  @Field(() => String, { nullable: true, description: 'Where in the source: paragraph, page, timestamp.' })
  @Property({ type: 'string', length: 300, nullable: true })
  locator?: string | null;

  @Field(() => [String], {
    description:
      'The fields of the record this citation supports (GraphQL field names, e.g. ["startDate", "city"]); empty = the record as a whole (that it exists, its name or title).',
  })
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  fields: string[] = [];

  @Field(() => CitationBasis, { description: 'QUOTED (the source states it) or INFERRED (the registry supplied it; see reason).' })
  @Enum({ items: () => CitationBasis, type: 'string', length: 20, default: CitationBasis.QUOTED })
  basis: CitationBasis = CitationBasis.QUOTED;

  @Field(() => String, { nullable: true, description: 'Why an INFERRED value was chosen, and what the source does say.' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}
