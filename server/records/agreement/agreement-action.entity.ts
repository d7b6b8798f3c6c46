import { BlocksDelete } from '../../api/references.js';
import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { HideWhenAgreementOwnerInternal } from '../../kernel/confidential.js';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { Institution } from '../institution/institution.entity.js';
import { Agreement } from './agreement.entity.js';
import { AgreementActionKind } from './agreement.enums.js';

/** One dated entry of an agreement's ledger (signature by a party, entry into force …), with sources. */
@Entity({ tableName: 'agreement_action' })
@HideWhenAgreementOwnerInternal('agreement')
@ObjectType('AgreementAction', { implements: Node, description: 'A dated action on an agreement, by the agreement as a whole or one party.' })
export class AgreementAction extends RecordEntity {
  @ManyToOne(() => Agreement, { ref: true, deleteRule: 'cascade', index: 'agreement_action_agreement_idx' })
  agreement!: Ref<Agreement>;

  @Field(() => AgreementActionKind, { description: 'What happened (signature, entry into force, renewal …).' })
  @Enum({ items: () => AgreementActionKind, type: 'string', length: 30 })
  kind!: AgreementActionKind;

  @Field(() => LocalDateResolver, { description: 'Calendar date.' })
  @Property({ type: 'date' })
  date!: string;

  /** The party that acted; null when the action concerns the agreement as a whole. */
  @BlocksDelete('agreement action{|s}')
  @ManyToOne(() => Institution, { ref: true, nullable: true, deleteRule: 'restrict', index: 'agreement_action_party_idx' })
  party?: Ref<Institution> | null;

  @Field(() => String, { nullable: true, description: 'Free-text remark on the action; null when none.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
