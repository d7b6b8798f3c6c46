import { agreementVisible, recordVisible } from '../../kernel/internal-records.js';
import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { entities } from '../../db/entities.js';
import { Node } from '../../kernel/record.entity.js';
import { canSeeConfidential, type RequestContext } from '../../api/context.js';
import { BadInputError } from '../../kernel/errors.js';
import { runSql } from '../../kernel/sql.js';
import { escapeLike, foldForSearch } from '../../kernel/text.js';

export enum SearchableType {
  INSTITUTION = 'Institution',
  PERSON = 'Person',
  EVENT = 'Event',
  DOCUMENT = 'Document',
  AGREEMENT = 'Agreement',
  VISIT = 'Visit',
  COMMITMENT = 'Commitment',
  SOURCE = 'Source',
  TOPIC = 'Topic',
}
registerEnumType(SearchableType, { name: 'SearchableType' });

/**
 * What each record type is searched by: its folded search column where it has one, otherwise
 * lower-cased title and description. Fixed SQL fragments only; user text is always a parameter.
 */
const DOCUMENTS: Record<SearchableType, string> = {
  [SearchableType.INSTITUTION]: `select 'Institution' as type, id, name as title, search_text as doc from institution`,
  [SearchableType.PERSON]: `select 'Person' as type, id, name as title, search_text as doc from person`,
  [SearchableType.EVENT]: `select 'Event' as type, id, title as title, search_text as doc from event`,
  [SearchableType.DOCUMENT]: `select 'Document' as type, id, title as title, search_text as doc from document`,
  [SearchableType.AGREEMENT]: `select 'Agreement' as type, id, title as title, lower(title || ' ' || coalesce(summary, '')) as doc from agreement`,
  [SearchableType.VISIT]: `select 'Visit' as type, id, title as title, lower(title || ' ' || coalesce(place, '') || ' ' || coalesce(description, '')) as doc from visit`,
  [SearchableType.COMMITMENT]: `select 'Commitment' as type, id, title as title, lower(title || ' ' || coalesce(description, '')) as doc from commitment`,
  [SearchableType.SOURCE]: `select 'Source' as type, id, title as title, lower(title || ' ' || coalesce(publisher_name, '')) as doc from source`,
  [SearchableType.TOPIC]: `select 'Topic' as type, id, name as title, lower(name || ' ' || coalesce(description, '')) as doc from topic`,
};

const CONFIDENTIAL_TYPES = new Set([
  SearchableType.EVENT,
  SearchableType.DOCUMENT,
  SearchableType.AGREEMENT,
  SearchableType.VISIT,
  SearchableType.COMMITMENT,
]);

const byName = new Map(entities.map((e) => [e.name, e as new () => { id: string }]));

@ObjectType({ description: 'A record matching a search, with its relevance.' })
export class SearchHit {
  @Field(() => Node) node!: object;
  @Field(() => String, { description: 'GraphQL type name of the record.' }) type!: string;
  @Field(() => String, { description: 'Name or title of the record.' }) title!: string;
  @Field(() => Float, { description: 'Relevance: 2 = starts with the text, 1 = contains it, plus trigram similarity (0..1).' })
  score!: number;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Searches names, acronyms, aliases, titles and descriptions of all record types at once, ranked (case- and accent-insensitive, tolerant of small misspellings).',
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
    if (term.length < 2) throw new BadInputError('text', 'must have at least 2 letters');
    const selected = types?.length ? [...new Set(types)] : Object.values(SearchableType);
    // Confidential records are left out here too (the ORM filter covers the loads below).
    const hide = !canSeeConfidential(ctx.viewer);
    const union = selected
      .map((t) => (hide && CONFIDENTIAL_TYPES.has(t) ? `${DOCUMENTS[t]} where ${t === SearchableType.AGREEMENT ? agreementVisible(t.toLowerCase()) : recordVisible(t.toLowerCase())}` : DOCUMENTS[t]))
      .join('\nunion all\n');
    const rows = await runSql<{ type: string; id: string; title: string; score: number }[]>(
      ctx,
      `select type, id, title,
              (case when doc like ? then 2 when doc like ? then 1 else 0 end) + word_similarity(?, doc) as score
         from (${union}) as records
        where doc like ? or ? <% doc
        order by score desc, title asc, id asc
        limit ?`,
      [`${escapeLike(term)}%`, `%${escapeLike(term)}%`, term, `%${escapeLike(term)}%`, term, first],
    );
    const nodes = await Promise.all(rows.map((r) => ctx.records.byId(byName.get(r.type)!).load(r.id)));
    return rows.flatMap((r, i) => (nodes[i] ? [{ node: nodes[i]!, type: r.type, title: r.title, score: Number(r.score) }] : []));
  }
}
