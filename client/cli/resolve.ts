import type { AccordClient, InstitutionRecordFragment } from '../index.js';
import { CliError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { fold } from './text.js';

export type Candidate = Pick<InstitutionRecordFragment, 'id' | 'name' | 'acronym' | 'kind' | 'country'>;

export type Resolution =
  | { status: 'found'; institution: Candidate; by: 'id' | 'exact' | 'only' }
  | { status: 'ambiguous'; candidates: Candidate[]; total: number }
  | { status: 'none'; near?: Candidate[] };

/** Search results read while looking for an exact match (pages of 100). */
const SCAN_LIMIT = 1000;
/** Candidates listed for an ambiguous name. */
const SHOW_CANDIDATES = 20;

const looksLikeId = (text: string) => /^[A-Za-z0-9_-]{1,200}$/.test(text);

function isExact(institution: InstitutionRecordFragment, folded: string): boolean {
  return (
    fold(institution.name) === folded ||
    (institution.acronym != null && fold(institution.acronym) === folded) ||
    institution.aliases.some((alias) => fold(alias) === folded)
  );
}

/**
 * Finds one institution from what a person typed: a global ID; else the search result whose name,
 * acronym or alias equals the text (ignoring case and accents); else the only search result.
 * With `exactOnly`, a lone partial match is not enough (used for import parents).
 */
export async function findInstitution(client: AccordClient, text: string, options: { exactOnly?: boolean } = {}): Promise<Resolution> {
  const query = text.trim();
  if (!query) return { status: 'none' };
  const [node, first] = await Promise.all([
    looksLikeId(query) ? client.node(query) : Promise.resolve(null),
    client.institutionRecords({ filter: { search: query }, first: 100 }),
  ]);
  if (node?.__typename === 'Institution') return { status: 'found', institution: node, by: 'id' };

  const folded = fold(query);
  const seen: InstitutionRecordFragment[] = [...first.nodes];
  const exact = first.nodes.filter((i) => isExact(i, folded));
  let page = first;
  // An exact match may sort after the first page ("UN" in a large registry): read on, up to a limit.
  while (exact.length === 0 && page.pageInfo.hasNextPage && seen.length < SCAN_LIMIT) {
    page = await client.institutionRecords({ filter: { search: query }, first: 100, after: page.pageInfo.endCursor });
    seen.push(...page.nodes);
    exact.push(...page.nodes.filter((i) => isExact(i, folded)));
  }
  if (exact.length === 1) return { status: 'found', institution: exact[0], by: 'exact' };
  if (exact.length > 1) return { status: 'ambiguous', candidates: exact, total: exact.length };
  if (first.totalCount === 0) return { status: 'none' };
  if (options.exactOnly) return { status: 'none', near: seen.slice(0, 3) };
  if (first.totalCount === 1) return { status: 'found', institution: first.nodes[0], by: 'only' };
  return { status: 'ambiguous', candidates: seen, total: first.totalCount };
}

/** Like findInstitution, but a miss becomes exit code 4 and an ambiguity exit code 3 (with candidates). */
export async function resolveInstitution(client: AccordClient, text: string, table: (headers: string[], rows: (string | null)[][]) => string): Promise<Candidate> {
  const found = await findInstitution(client, text);
  if (found.status === 'found') return found.institution;
  if (found.status === 'none') {
    throw new CliError(ExitCode.NOT_FOUND, 'NOT_FOUND', `no institution matches ${JSON.stringify(text)}`);
  }
  throw ambiguityError(text, found.candidates, found.total, table);
}

export function ambiguityError(
  text: string,
  candidates: Candidate[],
  total: number,
  table: (headers: string[], rows: (string | null)[][]) => string,
): CliError {
  const shown = candidates.slice(0, SHOW_CANDIDATES).map(({ id, name, acronym, kind, country }) => ({ id, name, acronym, kind, country }));
  const lines = [table(['name', 'acronym', 'country', 'id'], shown.map((c) => [c.name, c.acronym, c.country, c.id]))];
  if (total > shown.length) lines.push(`… and ${total - shown.length} more`);
  lines.push('Give the ID or an exact name, acronym or alias.');
  return new CliError(
    ExitCode.AMBIGUOUS,
    'AMBIGUOUS',
    `${JSON.stringify(text)} matches ${total} institutions:`,
    { candidates: shown, total },
    lines,
  );
}
