// Institutions by name or ID for the commands that take one (a thin layer over refs.ts).
import type { AccordClient } from '../index.js';
import { CliError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { type Candidate as RefCandidate, findRecord } from './refs.js';

export type Candidate = { id: string; name: string; acronym: string | null; kind: string | null; country: string | null };

export type Resolution =
  | { status: 'found'; institution: Candidate; by: 'id' | 'exact' | 'only' }
  | { status: 'ambiguous'; candidates: Candidate[]; total: number }
  | { status: 'none'; near?: Candidate[] };

const asInstitution = (c: RefCandidate): Candidate => ({ id: c.id, name: c.title, acronym: c.acronym ?? null, kind: c.kind ?? null, country: c.country ?? null });

/**
 * Finds one institution from what a person typed: a global ID; else, among the server's ranked
 * search hits, the one whose name, acronym or alias equals the text (ignoring case and accents);
 * else the only hit. With `exactOnly`, a lone partial match is not enough (used for import parents).
 */
export async function findInstitution(client: AccordClient, text: string, options: { exactOnly?: boolean } = {}): Promise<Resolution> {
  const found = await findRecord(client, 'Institution', text);
  if (found.status === 'found' && (!options.exactOnly || found.by !== 'only')) return { status: 'found', institution: asInstitution(found.record), by: found.by };
  if (found.status === 'found') return { status: 'none', near: [asInstitution(found.record)] };
  if (found.status === 'none') return { status: 'none' };
  if (options.exactOnly) return { status: 'none', near: found.candidates.slice(0, 3).map(asInstitution) };
  return { status: 'ambiguous', candidates: found.candidates.map(asInstitution), total: found.candidates.length };
}

/** Like findInstitution, but a miss becomes exit code 4 and an ambiguity exit code 3 (with candidates). */
export async function resolveInstitution(client: AccordClient, text: string, table: (headers: string[], rows: (string | null)[][]) => string): Promise<Candidate> {
  const found = await findRecord(client, 'Institution', text);
  if (found.status === 'found') return asInstitution(found.record);
  if (found.status === 'none') throw new CliError(ExitCode.NOT_FOUND, 'NOT_FOUND', `no institution matches ${JSON.stringify(text)}`);
  const candidates = found.candidates.map(asInstitution).sort((a, b) => a.name.localeCompare(b.name));
  const lines = [table(['name', 'acronym', 'country', 'id'], candidates.map((c) => [c.name, c.acronym, c.country, c.id])), 'Give the ID or an exact name, acronym or alias.'];
  throw new CliError(ExitCode.AMBIGUOUS, 'AMBIGUOUS', `${JSON.stringify(text)} matches ${candidates.length} institutions:`, { candidates, total: candidates.length }, lines);
}
