import type { ApolloClient } from '@apollo/client';
import { graphql } from '../../gql';
import type { ImportRow } from './parse-import';

const DuplicateSearch = graphql(`
  query ImportDuplicateSearch($text: String!) {
    search(text: $text, types: [INSTITUTION], first: 3) {
      title
      allWords
      node {
        id
      }
    }
  }
`);

export type LikelyDuplicate = { line: number; name: string; existing: { id: string; title: string } };

/**
 * Rows checked against the registry's search: one search each, so a large file has only its first
 * rows checked; the report says how many (`checked` of `named`). Exact duplicates are refused by
 * the API on every row anyway.
 */
export const DUPLICATE_CHECK_ROWS = 300;

export type DuplicateCheck = { found: LikelyDuplicate[]; checked: number; named: number };
const CONCURRENCY = 4;

/**
 * Rows whose name the registry's search (typo- and accent-tolerant) finds in an existing
 * institution containing every word of it. A hint for the person importing, not a rule: exact
 * duplicates (same name and country) are refused by the API itself.
 */
export async function findLikelyDuplicates(client: ApolloClient, rows: ImportRow[]): Promise<DuplicateCheck> {
  const all = rows.filter((r) => typeof r.input.name === 'string' && r.input.name.trim().length >= 2);
  const named = all.slice(0, DUPLICATE_CHECK_ROWS);
  const found: LikelyDuplicate[] = [];
  let next = 0;
  async function worker() {
    while (next < named.length) {
      const row = named[next++]!;
      const name = String(row.input.name);
      const { data } = await client.query({ query: DuplicateSearch, variables: { text: name }, fetchPolicy: 'network-only' });
      const hit = data?.search.find((h) => h.allWords);
      if (hit) found.push({ line: row.line, name, existing: { id: hit.node.id, title: hit.title } });
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { found: found.sort((a, b) => a.line - b.line), checked: named.length, named: all.length };
}
