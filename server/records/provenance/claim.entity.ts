import { RecordAttachment } from '../../api/attachments.js';
import { HideWhenRecordInternal } from '../../kernel/confidential.js';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ObjectType } from 'type-graphql';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { ClaimQualifier } from './provenance.enums.js';

/**
 * A reported figure about a record ("over 200 representatives from more than 30 countries" is
 * two claims on the event). Claims cite their own sources; two sources may disagree and both
 * claims are kept.
 */
@RecordAttachment({ carriesAttachments: true })
@Entity({ tableName: 'claim' })
@HideWhenRecordInternal()
@Index({ name: 'claim_record_idx', properties: ['recordId'] })
@ObjectType('Claim', { implements: Node, description: 'A reported figure about a record, as a source states it.' })
export class Claim extends RecordEntity {
  @Property({ type: 'uuid' })
  recordId!: string;

  @Field(() => String, { description: 'GraphQL type name of the record the figure is about.' })
  @Property({ type: 'string', length: 40 })
  recordType!: string;

  @Field(() => String, { description: 'What is counted, e.g. "participants", "countries", "mine victims".' })
  @Property({ type: 'string', length: 200 })
  measure!: string;

  @Field(() => ClaimQualifier, { description: 'How the stated figure relates to value (exactly, about, more than …).' })
  @Enum({ items: () => ClaimQualifier, type: 'string', length: 20 })
  qualifier!: ClaimQualifier;

  @Field(() => Float, { description: 'The number reported, e.g. 200 for "over 200 representatives".' })
  @Property({ type: 'double' })
  value!: number;

  @Field(() => String, { nullable: true, description: 'The figure as the source words it: "over 200 representatives".' })
  @Property({ type: 'text', nullable: true })
  statement?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the figure applies (partial date).' })
  @Property({ type: 'string', length: 10, nullable: true })
  asOf?: string | null;
}
