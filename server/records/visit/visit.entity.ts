import { BlocksDelete } from '../../api/references.js';
import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { HideWhenConfidential } from '../../kernel/confidential.js';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Document } from '../document/document.entity.js';
import { ScheduleStatus } from '../event/event.enums.js';
import { Institution } from '../institution/institution.entity.js';
import { VisitDirection, VisitPurpose } from './visit.enums.js';

@Entity({ tableName: 'visit' })
// Keyset pagination: one (column, id) index per ordering the API offers (tests/e2e/connection-plans.test.ts).
@Index({ name: 'visit_start_date_id_idx', properties: ['startDate', 'id'] })
@Index({ name: 'visit_start_date_desc_id_idx', expression: 'create index "visit_start_date_desc_id_idx" on "visit" ("start_date" desc nulls last, "id" desc nulls last)' })
@Index({ name: 'visit_title_id_idx', properties: ['title', 'id'] })
@Index({ name: 'visit_created_at_id_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'visit_updated_at_id_idx', properties: ['updatedAt', 'id'] })
@HideWhenConfidential()
@ObjectType('Visit', { implements: Node, description: 'A delegation of one institution visiting a place or another institution.' })
export class Visit extends RecordEntity<'status' | 'confidential'> {
  @Field(() => String, { description: 'The visit’s title.' })
  @Property({ type: 'string', length: 500 })
  title!: string;

  /** Whose delegation travels. */
  @BlocksDelete('visit{|s} (as delegation)')
  @ManyToOne(() => Institution, { ref: true, deleteRule: 'restrict', index: 'visit_delegation_idx' })
  delegationOf!: Ref<Institution>;

  /** The institution visited, if the visit is to one. */
  @BlocksDelete('visit{|s} (as host)')
  @ManyToOne(() => Institution, { ref: true, nullable: true, deleteRule: 'restrict', index: 'visit_host_idx' })
  host?: Ref<Institution> | null;

  @Field(() => VisitDirection, { description: 'INBOUND (a delegation comes to us) or OUTBOUND (we go).' })
  @Enum({ items: () => VisitDirection, type: 'string', length: 10 })
  direction!: VisitDirection;

  @Field(() => VisitPurpose, { description: 'Why the visit is made.' })
  @Enum({ items: () => VisitPurpose, type: 'string', length: 30 })
  purpose!: VisitPurpose;

  @Field(() => ScheduleStatus, { description: 'Where the visit stands: PLANNED, CONFIRMED, HELD, POSTPONED or CANCELLED.' })
  @Enum({ items: () => ScheduleStatus, type: 'string', length: 20, default: ScheduleStatus.PLANNED })
  status: ScheduleStatus = ScheduleStatus.PLANNED;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Partial date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  startDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Partial date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Places visited, e.g. "liberated territories (Karabakh)".' })
  @Property({ type: 'string', length: 300, nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the country visited.' })
  @Property({ type: 'string', length: 2, nullable: true })
  country?: string | null;

  /** The report or other document the visit produced. */
  @ManyToOne(() => Document, { ref: true, nullable: true, deleteRule: 'set null', index: 'visit_outcome_idx' })
  outcome?: Ref<Document> | null;

  @Field(() => String, { nullable: true, description: 'What the visit is about; null when none.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => Boolean, { description: 'Hidden from viewers (e.g. a visit still being negotiated).' })
  @Property({ type: 'boolean', default: false })
  confidential: boolean = false;
}
