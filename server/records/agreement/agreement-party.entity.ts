import { BlocksDelete } from '../../api/references.js';
import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { HideWhenAgreementOwnerInternal } from '../../kernel/confidential.js';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { Agreement } from './agreement.entity.js';
import { AgreementPartyRole } from './agreement.enums.js';

@Entity({ tableName: 'agreement_party' })
@HideWhenAgreementOwnerInternal('agreement')
@Unique({ name: 'agreement_party_unique', properties: ['agreement', 'institution'] })
@ObjectType('AgreementParty', { implements: Node, description: 'An institution that is party to an agreement, and who signed for it.' })
export class AgreementParty extends RecordEntity<'role'> {
  @ManyToOne(() => Agreement, { ref: true, deleteRule: 'cascade' })
  agreement!: Ref<Agreement>;

  @BlocksDelete('agreement part{y|ies}')
  @ManyToOne(() => Institution, { ref: true, deleteRule: 'restrict', index: 'agreement_party_institution_idx' })
  institution!: Ref<Institution>;

  @Field(() => AgreementPartyRole, { description: 'The institution’s role in the agreement (party, witness …).' })
  @Enum({ items: () => AgreementPartyRole, type: 'string', length: 20, default: AgreementPartyRole.PARTY })
  role: AgreementPartyRole = AgreementPartyRole.PARTY;

  @BlocksDelete('agreement signature{|s}')
  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'restrict', index: 'agreement_party_signatory_idx' })
  signatory?: Ref<Person> | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Calendar date.' })
  @Property({ type: 'date', nullable: true })
  signedOn?: string | null;
}
