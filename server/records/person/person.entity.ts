import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { foldForSearch } from '../../kernel/text.js';

@Entity({ tableName: 'person' })
// Keyset pagination: one (column, id) index per ordering the API offers (tests/e2e/connection-plans.test.ts).
@Index({ name: 'person_name_id_idx', properties: ['name', 'id'] })
@Index({ name: 'person_created_at_id_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'person_updated_at_id_idx', properties: ['updatedAt', 'id'] })
@Index({
  name: 'person_search_text_trgm',
  expression: 'create index "person_search_text_trgm" on "person" using gin ("search_text" gin_trgm_ops)',
})
@ObjectType('Person', { implements: Node, description: 'A person: an ombudsman, a commissioner, a delegate, a speaker.' })
export class Person extends RecordEntity<'aliases'> {
  @Field(() => String, { description: 'Full name as commonly written, e.g. "Sabina Aliyeva".' })
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'e.g. "Ms", "Dr", "H.E."' })
  @Property({ type: 'string', length: 50, nullable: true })
  honorific?: string | null;

  @Field(() => [String], { description: 'Other spellings and transliterations (e.g. "Səbinə Əliyeva").' })
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  aliases: string[] = [];

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of nationality or home country.' })
  @Property({ type: 'string', length: 2, nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Who the person is; null when none.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'text', hidden: true })
  searchText!: string;

  refreshSearchKeys(): void {
    this.searchText = foldForSearch([this.name, ...this.aliases].join(' \u0001 '));
  }
}
