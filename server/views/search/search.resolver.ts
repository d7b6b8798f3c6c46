import { agreementVisible, recordVisible } from '../../kernel/internal-records.js';
import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { canSeeConfidential, type RequestContext } from '../../api/context.js';
import { entityClassNamed } from '../../api/record-types.js';
import { BadInputError } from '../../kernel/errors.js';
import { Node } from '../../kernel/record.entity.js';
import { runSql } from '../../kernel/sql.js';
import { foldForSearch } from '../../kernel/text.js';
import { CONFIDENTIAL_TYPES, DOCUMENTS, SearchableType, searchQuery, wordsOf } from './search.sql.js';

export { SearchableType } from './search.sql.js';
registerEnumType(SearchableType, { name: 'SearchableType' });

const NONE: ReadonlySet<string> = new Set();

@ObjectType({ description: 'A record matching a search, with its relevance.' })
export class SearchHit {
  @Field(() => Node) node!: object;
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

/** The acronym or alias holding more of the words than the title, if any (the one holding most). */
function matchedName(node: { acronym?: string | null; aliases?: string[] }, title: string, words: string[]): string | null {
  const count = (name: string) => {
    const folded = foldForSearch(name);
    return words.filter((w) => folded.includes(w)).length;
  };
  let best: string | null = null;
  let most = count(title);
  for (const name of [node.acronym, ...(node.aliases ?? [])]) {
    if (!name) continue;
    const n = count(name);
    if (n > most) [best, most] = [name, n];
  }
  return best;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Searches all record types at once, ranked: the words in any order across names, acronyms, aliases, titles, descriptions, kinds and the names of related institutions (parties, participants, hosts, owners, employers); case- and accent-insensitive, Cyrillic and Georgian transliterated, tolerant of small misspellings. Hits matching every word come first.',
  })
  async search(
    @Arg('text', () => String) text: string,
    @Arg('types', () => [SearchableType], { nullable: true }) types: SearchableType[] | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<SearchHit[]> {
    if (first < 1 || first > 100) throw new BadInputError('first', 'must be between 1 and 100');
    if (text.length > 200) throw new BadInputError('text', 'must be at most 200 characters');
    const term = foldForSearch(text);
    const words = wordsOf(term);
    if (term.length < 2 || words.length === 0) throw new BadInputError('text', 'must have at least 2 letters');
    const selected = types?.length ? [...new Set(types)] : Object.values(SearchableType);
    // Confidential records are left out here too (the ORM filter covers the loads below).
    const hide = !canSeeConfidential(ctx.viewer);
    const union = selected
      .map((t) => (hide && CONFIDENTIAL_TYPES.has(t) ? `${DOCUMENTS[t]} where ${t === SearchableType.AGREEMENT ? agreementVisible(t.toLowerCase()) : recordVisible(t.toLowerCase())}` : DOCUMENTS[t]))
      .join('\nunion all\n');
    const { sql, params } = searchQuery(union, term, words, first);
    const rows = await runSql<{ type: string; id: string; title: string; matched: number; score: number }[]>(ctx, sql, params);
    // Once some records match every word, the partial matches are noise.
    const complete = rows.some((r) => Number(r.matched) === words.length);
    const kept = complete ? rows.filter((r) => Number(r.matched) === words.length) : rows;
    const nodes = await Promise.all(kept.map((r) => ctx.records.byId(entityClassNamed(ctx.em, r.type, NONE)!).load(r.id)));
    return kept.flatMap((r, i) =>
      nodes[i]
        ? [
            {
              node: nodes[i]!,
              type: r.type,
              title: r.title,
              score: Math.round(Number(r.score) * 100) / 100,
              allWords: Number(r.matched) === words.length,
              matchedName: matchedName(nodes[i] as { acronym?: string | null; aliases?: string[] }, r.title, words),
            },
          ]
        : [],
    );
  }
}
