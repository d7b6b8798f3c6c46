import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { Node } from '../../kernel/record.entity.js';
import { SearchableType } from './search.sql.js';
import * as service from './search.service.js';

export { SearchableType } from './search.sql.js';
registerEnumType(SearchableType, {
  name: 'SearchableType',
  description: 'A record type that `search` can look in.',
  valuesConfig: {
    AGREEMENT: { description: 'Agreements.' },
    COMMITMENT: { description: 'Commitments.' },
    DOCUMENT: { description: 'Documents.' },
    EVENT: { description: 'Events.' },
    INSTITUTION: { description: 'Institutions.' },
    PERSON: { description: 'People.' },
    SOURCE: { description: 'Sources.' },
    TOPIC: { description: 'Topics.' },
    VISIT: { description: 'Visits.' },
  },
});

@ObjectType({ description: 'A record matching a search, with its relevance.' })
export class SearchHit {
  @Field(() => Node, { description: 'The matching record.' }) node!: object;
  @Field(() => String, { description: 'GraphQL type name of the record.' }) type!: string;
  @Field(() => String, { description: 'Name or title of the record.' }) title!: string;
  @Field(() => Float, {
    description:
      'Relevance: per word 1 for a whole word, 0.7 for a word start, 0.4 inside a word, up to 0.5 for a near miss, +0.5 when in the name or title; +2 when the name or title starts with the whole text, +1 when the record contains it.',
  })
  score!: number;
  @Field(() => Boolean, { description: 'Whether the record matches every word of the text (hits that do come first).' })
  allWords!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The acronym or alias that matched, when it holds more of the words than the name or title does (shown as "also known as").',
  })
  matchedName!: string | null;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Searches all record types at once, ranked: the words in any order across names, acronyms, aliases, titles, descriptions, kinds and the names of related institutions (parties, participants, hosts, owners, employers); case- and accent-insensitive, Cyrillic and Georgian transliterated, tolerant of small misspellings. Hits matching every word come first.',
  })
  search(
    @Arg('text', () => String, { description: 'Words to look for, in any order.' }) text: string,
    @Arg('types', () => [SearchableType], { nullable: true, description: 'Only these record types; all when left out.' }) types: SearchableType[] | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most this many hits.' }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<SearchHit[]> {
    return service.search(ctx, text, types, first);
  }
}
