import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
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
@HideWhenConfidential()
@ObjectType('Commitment', { implements: Node, description: 'A follow-up taken on, with an owner, a due date and evidence of progress.' })
export class Commitment extends RecordEntity<'status' | 'confidential'> {
  @Field(() => String)
  @Property({ type: 'string', length: 500 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => CommitmentStatus)
  @Enum({ items: () => CommitmentStatus, type: 'string', length: 20, default: CommitmentStatus.OPEN })
  status: CommitmentStatus = CommitmentStatus.OPEN;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Partial date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  dueDate?: string | null;

  @ManyToOne(() => Institution, { ref: true, nullable: true, deleteRule: 'restrict', index: 'commitment_owner_institution_idx' })
  ownerInstitution?: Ref<Institution> | null;

  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'restrict', index: 'commitment_owner_person_idx' })
  ownerPerson?: Ref<Person> | null;

  @ManyToOne(() => Event, { ref: true, nullable: true, deleteRule: 'restrict', index: 'commitment_event_idx' })
  madeAtEvent?: Ref<Event> | null;

  @ManyToOne(() => Agreement, { ref: true, nullable: true, deleteRule: 'restrict', index: 'commitment_agreement_idx' })
  madeInAgreement?: Ref<Agreement> | null;

  @ManyToOne(() => Document, { ref: true, nullable: true, deleteRule: 'restrict', index: 'commitment_document_idx' })
  madeInDocument?: Ref<Document> | null;

  @Field(() => String, { nullable: true, description: 'What shows progress or completion (text or a link).' })
  @Property({ type: 'text', nullable: true })
  evidence?: string | null;

  @ManyToOne(() => Document, { ref: true, nullable: true, deleteRule: 'set null', index: 'commitment_evidence_document_idx' })
  evidenceDocument?: Ref<Document> | null;

  @Field(() => Boolean, { description: 'Hidden from viewers.' })
  @Property({ type: 'boolean', default: false })
  confidential: boolean = false;
}
