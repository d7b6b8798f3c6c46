import { BlocksDelete } from '../../api/references.js';
import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { HideWhenOwnerConfidential } from '../../kernel/confidential.js';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Event } from '../event/event.entity.js';
import { Institution } from '../institution/institution.entity.js';
import { Document } from './document.entity.js';
import { DocumentRole } from './document.enums.js';

/** An institution's role for a document, when and where (approved at the 50th CFM session). */
@Entity({ tableName: 'document_party' })
@HideWhenOwnerConfidential('document')
@Unique({ name: 'document_party_unique', properties: ['document', 'institution', 'role'] })
@ObjectType('DocumentParty', { implements: Node, description: 'An institution issuing, approving, endorsing or receiving a document.' })
export class DocumentParty extends RecordEntity {
  @ManyToOne(() => Document, { ref: true, deleteRule: 'cascade', index: 'document_party_document_idx' })
  document!: Ref<Document>;

  @BlocksDelete('document role{|s}')
  @ManyToOne(() => Institution, { ref: true, deleteRule: 'restrict', index: 'document_party_institution_idx' })
  institution!: Ref<Institution>;

  @Field(() => DocumentRole, { description: 'What the institution did with the document.' })
  @Enum({ items: () => DocumentRole, type: 'string', length: 20 })
  role!: DocumentRole;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Partial date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  date?: string | null;

  @BlocksDelete('document signature{|s} at it', { detach: 'clear' })
  @ManyToOne(() => Event, { ref: true, nullable: true, deleteRule: 'restrict', index: 'document_party_event_idx' })
  atEvent?: Ref<Event> | null;
}
