import { BlocksDelete } from '../../api/references.js';
import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { HideWhenAgreementInternal } from '../../kernel/confidential.js';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { AgreementKind, AgreementStatus } from './agreement.enums.js';

@Entity({ tableName: 'agreement' })
// Keyset pagination: one (column, id) index per ordering the API offers (tests/e2e/connection-plans.test.ts).
@Index({ name: 'agreement_title_id_idx', properties: ['title', 'id'] })
@Index({ name: 'agreement_effective_from_id_idx', properties: ['effectiveFrom', 'id'] })
@Index({ name: 'agreement_effective_from_desc_id_idx', expression: 'create index "agreement_effective_from_desc_id_idx" on "agreement" ("effective_from" desc nulls last, "id" desc nulls last)' })
@Index({ name: 'agreement_expires_on_id_idx', properties: ['expiresOn', 'id'] })
@Index({ name: 'agreement_expires_on_desc_id_idx', expression: 'create index "agreement_expires_on_desc_id_idx" on "agreement" ("expires_on" desc nulls last, "id" desc nulls last)' })
@Index({ name: 'agreement_created_at_id_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'agreement_updated_at_id_idx', properties: ['updatedAt', 'id'] })
@HideWhenAgreementInternal()
@Index({ name: 'agreement_status_expires_idx', properties: ['status', 'expiresOn'] })
@ObjectType('Agreement', { implements: Node, description: 'A memorandum of understanding, cooperation agreement or action plan.' })
export class Agreement extends RecordEntity<'status' | 'autoRenews' | 'confidential'> {
  @Field(() => String, { description: 'The agreement’s title as the parties use it.' })
  @Property({ type: 'string', length: 500 })
  title!: string;

  @Field(() => AgreementKind, { description: 'What sort of agreement it is.' })
  @Enum({ items: () => AgreementKind, type: 'string', length: 40 })
  kind!: AgreementKind;

  @Field(() => AgreementStatus, { description: 'Where the agreement stands in its lifecycle; changed only by changeAgreementStatus.' })
  @Enum({ items: () => AgreementStatus, type: 'string', length: 20, default: AgreementStatus.DRAFT })
  status: AgreementStatus = AgreementStatus.DRAFT;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date it takes effect' })
  @Property({ type: 'date', nullable: true })
  effectiveFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date it expires unless renewed' })
  @Property({ type: 'date', nullable: true })
  expiresOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date by which the parties review it' })
  @Property({ type: 'date', nullable: true })
  reviewDue?: string | null;

  @Field(() => Boolean, { description: 'True when the agreement renews itself at expiry unless a party gives notice (see noticePeriodDays).' })
  @Property({ type: 'boolean', default: false })
  autoRenews: boolean = false;

  @Field(() => Int, { nullable: true, description: 'Days before expiry by which a party must give notice to stop auto-renewal.' })
  @Property({ type: 'integer', nullable: true })
  noticePeriodDays?: number | null;

  /** The agreement this one renews or replaces. */
  @BlocksDelete('agreement{|s} that renew{s|} it', { detach: 'clear' })
  @ManyToOne(() => Agreement, { ref: true, nullable: true, deleteRule: 'restrict', index: 'agreement_renews_idx' })
  renews?: Ref<Agreement> | null;

  @Field(() => String, { nullable: true, description: 'A short summary of what the agreement covers; null when none was written.' })
  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  @Field(() => Boolean, { description: 'Hidden from viewers (e.g. still in negotiation).' })
  @Property({ type: 'boolean', default: false })
  confidential: boolean = false;
}
