import { BlocksDelete } from '../../api/references.js';
import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { HideWhenConfidential } from '../../kernel/confidential.js';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Agreement } from '../agreement/agreement.entity.js';
import { Document } from '../document/document.entity.js';
import { Event } from '../event/event.entity.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { CommitmentStatus } from './commitment.enums.js';

/** A follow-up someone took on at an event, in an agreement or in a document. */
@Entity({ tableName: 'commitment' })
// Keyset pagination: one (column, id) index per ordering the API offers (tests/e2e/connection-plans.test.ts).
@Index({ name: 'commitment_due_date_id_idx', properties: ['dueDate', 'id'] })
// Newest first with undated last ("desc nulls last") cannot run an ascending index backwards.
@Index({ name: 'commitment_due_date_desc_id_idx', expression: 'create index "commitment_due_date_desc_id_idx" on "commitment" ("due_date" desc nulls last, "id" desc nulls last)' })
@Index({ name: 'commitment_title_id_idx', properties: ['title', 'id'] })
@Index({ name: 'commitment_status_id_idx', properties: ['status', 'id'] })
@Index({ name: 'commitment_created_at_id_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'commitment_updated_at_id_idx', properties: ['updatedAt', 'id'] })
@HideWhenConfidential()
@ObjectType('Commitment', { implements: Node, description: 'A follow-up taken on, with an owner, a due date and evidence of progress.' })
export class Commitment extends RecordEntity<'status' | 'confidential'> {
  @Field(() => String, { description: 'What was committed to, in a line.' })
  @Property({ type: 'string', length: 500 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Details of what was promised; null when none.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => CommitmentStatus, { description: 'Where the commitment stands: OPEN → IN_PROGRESS → DONE, or DROPPED.' })
  @Enum({ items: () => CommitmentStatus, type: 'string', length: 20, default: CommitmentStatus.OPEN })
  status: CommitmentStatus = CommitmentStatus.OPEN;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Partial date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  dueDate?: string | null;

  @BlocksDelete('commitment{|s}')
  @ManyToOne(() => Institution, { ref: true, nullable: true, deleteRule: 'restrict', index: 'commitment_owner_institution_idx' })
  ownerInstitution?: Ref<Institution> | null;

  @BlocksDelete('commitment{|s}')
  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'restrict', index: 'commitment_owner_person_idx' })
  ownerPerson?: Ref<Person> | null;

  @BlocksDelete('commitment{|s} made at it', { detach: 'clear' })
  @ManyToOne(() => Event, { ref: true, nullable: true, deleteRule: 'restrict', index: 'commitment_event_idx' })
  madeAtEvent?: Ref<Event> | null;

  @BlocksDelete('commitment{|s} made in it', { detach: 'clear' })
  @ManyToOne(() => Agreement, { ref: true, nullable: true, deleteRule: 'restrict', index: 'commitment_agreement_idx' })
  madeInAgreement?: Ref<Agreement> | null;

  @BlocksDelete('commitment{|s} (pass detachCommitments: true)', { detach: 'clear' })
  @ManyToOne(() => Document, { ref: true, nullable: true, deleteRule: 'restrict', index: 'commitment_document_idx' })
  madeInDocument?: Ref<Document> | null;

  @Field(() => String, { nullable: true, description: 'What shows progress or completion (text or a link).' })
  @Property({ type: 'text', nullable: true })
  evidence?: string | null;

  @BlocksDelete('done commitment{|s} whose only evidence it is (give {it|them} other evidence first)', { where: { status: CommitmentStatus.DONE, evidence: null } })
  @ManyToOne(() => Document, { ref: true, nullable: true, deleteRule: 'set null', index: 'commitment_evidence_document_idx' })
  evidenceDocument?: Ref<Document> | null;

  @Field(() => Boolean, { description: 'Hidden from viewers.' })
  @Property({ type: 'boolean', default: false })
  confidential: boolean = false;
}
