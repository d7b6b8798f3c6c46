import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { InstitutionIdentifier } from './institution-identifier.js';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { foldForSearch } from '../../kernel/text.js';
import { InstitutionKind, InstitutionStatus } from './institution.kind.js';

@Entity({ tableName: 'institution' })
// Keyset pagination: one (column, id) index per ordering the API offers (tests/e2e/connection-plans.test.ts).
@Index({ name: 'institution_name_id_idx', properties: ['name', 'id'] })
@Index({ name: 'institution_kind_id_idx', properties: ['kind', 'id'] })
@Index({ name: 'institution_created_at_id_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'institution_updated_at_id_idx', properties: ['updatedAt', 'id'] })
@Index({ name: 'institution_kind_name_id_idx', properties: ['kind', 'name', 'id'] })
@Index({
  name: 'institution_name_country_unique',
  expression:
    'create unique index "institution_name_country_unique" on "institution" ("name_key", coalesce("country", \'\'))',
})
@Index({
  name: 'institution_search_text_trgm',
  expression: 'create index "institution_search_text_trgm" on "institution" using gin ("search_text" gin_trgm_ops)',
})
@ObjectType('Institution', {
  implements: Node,
  description: 'A partner or own institution: an ombudsman office, an NHRI, an intergovernmental organisation or one of its bodies, a network …',
})
export class Institution extends RecordEntity<'status' | 'identifiers' | 'aliases'> {
  @Field(() => String, { description: 'Official name in English.' })
  @Property({ type: 'string', length: 300 })
  name!: string;

  /** Folded name used for the uniqueness rule (same name in the same country is one institution). */
  @Property({ type: 'string', length: 300, hidden: true })
  nameKey!: string;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. "OIC", "ENNHRI".' })
  @Property({ type: 'string', length: 50, nullable: true })
  acronym?: string | null;

  @Field(() => [String], { description: 'Other names it is known by (translations, former names).' })
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  aliases: string[] = [];

  @Field(() => InstitutionKind, { description: 'What sort of institution it is.' })
  @Enum({ items: () => InstitutionKind, type: 'string', length: 40 })
  kind!: InstitutionKind;

  @Field(() => InstitutionStatus, { description: 'Whether it still exists and operates.' })
  @Enum({ items: () => InstitutionStatus, type: 'string', length: 20, default: InstitutionStatus.ACTIVE })
  status: InstitutionStatus = InstitutionStatus.ACTIVE;

  @Field(() => [InstitutionIdentifier], { description: 'Identifiers in other registries (Wikidata, GANHRI, national registers …).' })
  @Property({ type: 'json', defaultRaw: "'[]'" })
  identifiers: InstitutionIdentifier[] = [];

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code; null for international bodies.' })
  @Property({ type: 'string', length: 2, nullable: true })
  @Index({ name: 'institution_country_idx' })
  country?: string | null;

  @ManyToOne(() => Institution, { ref: true, nullable: true, deleteRule: 'restrict', index: 'institution_parent_idx' })
  parent?: Ref<Institution> | null;

  @Field(() => String, { nullable: true, description: 'Home page URL; null when unknown.' })
  @Property({ type: 'string', length: 500, nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What the institution does, in a few sentences; null when none.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Folded name + acronym + aliases: what name search matches against (trigram-indexed). */
  @Property({ type: 'text', hidden: true })
  searchText!: string;

  /** Recomputes the folded columns from name, acronym and aliases; call after changing them. */
  refreshSearchKeys(): void {
    this.nameKey = foldForSearch(this.name);
    this.searchText = foldForSearch([this.name, this.acronym ?? '', ...this.aliases].join(' \u0001 '));
  }
}
