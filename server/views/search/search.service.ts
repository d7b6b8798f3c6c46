import { canSeeConfidential, type RequestContext } from '../../api/context.js';
import { entityClassNamed } from '../../api/record-types.js';
import { BadInputError } from '../../kernel/errors.js';
import { runSql } from '../../kernel/sql.js';
import { foldForSearch } from '../../kernel/text.js';
import { documentsOf, SearchableType, searchQuery, wordsOf } from './search.sql.js';

export type SearchHitRow = { node: object; type: string; title: string; score: number; allWords: boolean; matchedName: string | null };

const NONE: ReadonlySet<string> = new Set();

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

/** Searches all record types at once (the Query.search field): ranked hits, those matching every word first. */
export async function search(ctx: RequestContext, text: string, types: SearchableType[] | null, first: number): Promise<SearchHitRow[]> {
  if (first < 1 || first > 100) throw new BadInputError('first', 'must be between 1 and 100');
  if (text.length > 200) throw new BadInputError('text', 'must be at most 200 characters');
  const term = foldForSearch(text);
  const words = wordsOf(term);
  if (term.length < 2 || words.length === 0) throw new BadInputError('text', 'must have at least 2 letters');
  const selected = types?.length ? [...new Set(types)] : Object.values(SearchableType);
  // Confidential records are left out here too (the ORM filter covers the loads below).
  const { sql, params } = searchQuery(documentsOf(selected, !canSeeConfidential(ctx.viewer)), term, words, first);
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
