// Finding one record from what a person typed: a global ID, or a name/title/acronym/alias looked
// up through the server's ranked `search` (any word order, small typos, accents, Cyrillic and
// Georgian folded on the server). An exact name wins; a lone hit is enough; otherwise the
// candidates are listed (exit 3). Record types the search does not cover take an ID (or, for
// posts, event series and users, their own list filter).
import type { AccordClient, SearchableType } from '../index.js';
import { CliError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { fold } from './text.js';

export type RefType =
  | 'Institution'
  | 'Person'
  | 'Event'
  | 'Document'
  | 'Agreement'
  | 'Visit'
  | 'Commitment'
  | 'Source'
  | 'Topic'
  | 'Post'
  | 'EventSeries'
  | 'User'
  | 'Tenure'
  | 'Relation'
  | 'Participation'
  | 'Citation'
  | 'Claim'
  | 'AgreementParty'
  | 'DocumentParty'
  | 'VisitMember'
  | 'ApiToken'
  /** An institution or a person (relation subjects, event participants). */
  | 'InstitutionOrPerson'
  /** Any record (e.g. the record a citation is for): an ID, or a search over every searchable type. */
  | 'Any';

const SEARCHABLE: Partial<Record<RefType, SearchableType[]>> = {
  Institution: ['INSTITUTION'],
  Person: ['PERSON'],
  InstitutionOrPerson: ['INSTITUTION', 'PERSON'],
  Event: ['EVENT'],
  Document: ['DOCUMENT'],
  Agreement: ['AGREEMENT'],
  Visit: ['VISIT'],
  Commitment: ['COMMITMENT'],
  Source: ['SOURCE'],
  Topic: ['TOPIC'],
};

export type Candidate = {
  id: string;
  type: string;
  title: string;
  acronym?: string | null;
  kind?: string | null;
  country?: string | null;
  /** Every name the record goes by (title, acronym, aliases, slug, email), for exact matching. */
  names: string[];
};

export type Found = { status: 'found'; record: Candidate; by: 'id' | 'exact' | 'only' } | { status: 'ambiguous'; candidates: Candidate[] } | { status: 'none' };

export const looksLikeId = (text: string) => /^[A-Za-z0-9_=-]{8,200}$/.test(text) && !/^\d{4}(-\d\d){0,2}$/.test(text);

type Hit = Awaited<ReturnType<AccordClient['search']>>[number];

/** A search hit as a candidate (only hits with every word: a partial match names nothing). */
function candidateOf(hit: Hit): Candidate {
  const node = hit.node as { id: string; acronym?: string | null; aliases?: string[]; kind?: string; country?: string | null };
  return {
    id: node.id,
    type: hit.type,
    title: hit.title,
    acronym: node.acronym ?? null,
    kind: node.kind ?? null,
    country: node.country ?? null,
    names: [hit.title, ...(node.acronym ? [node.acronym] : []), ...(node.aliases ?? [])],
  };
}

/** Hits for `text` among records of `type`, best first. */
async function candidatesFor(client: AccordClient, type: RefType, text: string, limit: number): Promise<Candidate[]> {
  const searchable = type === 'Any' ? undefined : SEARCHABLE[type];
  if (searchable || type === 'Any') {
    return (await client.search(text, { types: searchable, first: limit })).filter((hit) => hit.allWords).map(candidateOf);
  }
  if (type === 'Post') {
    const page = await client.posts({ filter: { search: text }, first: limit });
    return page.nodes.map((p) => ({ id: p.id, type, title: `${p.title}, ${p.institution.name}`, names: [p.title] }));
  }
  if (type === 'EventSeries') {
    const page = await client.eventSeriesList({ filter: { search: text }, first: limit });
    return page.nodes.map((s) => ({ id: s.id, type, title: s.name, names: [s.name] }));
  }
  if (type === 'User') {
    const users: Candidate[] = [];
    const folded = fold(text);
    for await (const u of client.allUsers()) {
      if (u.id === text || fold(u.email) === folded || fold(u.name).includes(folded)) users.push({ id: u.id, type, title: `${u.name} <${u.email}>`, names: [u.id, u.email, u.name] });
    }
    return users;
  }
  return [];
}

/** An exact name wins; a lone hit is enough; otherwise the candidates. */
function decide(query: string, candidates: Candidate[]): Found {
  const folded = fold(query);
  const exact = candidates.filter((c) => c.names.some((n) => fold(n) === folded));
  if (exact.length === 1) return { status: 'found', record: exact[0]!, by: 'exact' };
  if (exact.length > 1) return { status: 'ambiguous', candidates: exact };
  if (candidates.length === 1) return { status: 'found', record: candidates[0]!, by: 'only' };
  if (candidates.length === 0) return { status: 'none' };
  return { status: 'ambiguous', candidates };
}

/** Finds the record `text` names (see the file comment). */
export async function findRecord(client: AccordClient, type: RefType, text: string, limit = 20): Promise<Found> {
  const query = text.trim();
  if (!query) return { status: 'none' };
  const byId = looksLikeId(query) ? await client.node(query).catch(() => null) : null;
  const typeMatches = (typename: string) => type === 'Any' || typename === type || (type === 'InstitutionOrPerson' && (typename === 'Institution' || typename === 'Person'));
  if (byId && typeMatches(byId.__typename)) {
    const record = byId as { id: string; __typename: string; name?: string; title?: string; acronym?: string | null; kind?: string; country?: string | null };
    const title = record.name ?? record.title ?? record.id;
    return { status: 'found', by: 'id', record: { id: record.id, type: record.__typename, title, acronym: record.acronym ?? null, kind: record.kind ?? null, country: record.country ?? null, names: [title] } };
  }
  return decide(query, query.length >= 2 ? await candidatesFor(client, type, query, limit) : []);
}

/**
 * findRecord for many texts of one type (an import's names): searchable names go 25 to a request;
 * IDs and other types one by one.
 */
export async function findRecords(client: AccordClient, type: RefType, texts: string[]): Promise<Found[]> {
  const searchable = type === 'Any' ? undefined : SEARCHABLE[type];
  const batched = texts.map((t) => t.trim()).map((t, i) => ({ t, i })).filter(({ t }) => (searchable || type === 'Any') && t.length >= 2 && !looksLikeId(t));
  const found: (Found | undefined)[] = new Array(texts.length);
  const hits = await client.searchMany(batched.map(({ t }) => t), { types: searchable, first: 20 });
  batched.forEach(({ t, i }, k) => {
    found[i] = decide(t, hits[k]!.filter((hit) => hit.allWords).map(candidateOf));
  });
  for (const [i, text] of texts.entries()) found[i] ??= await findRecord(client, type, text);
  return found as Found[];
}

const NOUN: Partial<Record<RefType, string>> = { Any: 'record', InstitutionOrPerson: 'institution or person', EventSeries: 'event series', AgreementParty: 'agreement party', DocumentParty: 'document party', VisitMember: 'visit member', ApiToken: 'API token' };
export const nounOf = (type: RefType) => NOUN[type] ?? type.toLowerCase();
const plural = (noun: string) => (noun === 'person' ? 'people' : noun.endsWith('series') ? noun : `${noun}s`);

type Tabulate = (headers: string[], rows: (string | null)[][]) => string;

/** The ID of the record `text` names; exit 4 when nothing matches, exit 3 (with candidates) when several do. */
export async function resolveRef(client: AccordClient, type: RefType, text: string, table: Tabulate): Promise<Candidate> {
  const found = await findRecord(client, type, text);
  if (found.status === 'found') return found.record;
  const noun = nounOf(type);
  if (found.status === 'none') {
    const hint = SEARCHABLE[type] || ['Post', 'EventSeries', 'User', 'Any'].includes(type) ? '' : ` (give the ${noun}'s ID)`;
    throw new CliError(ExitCode.NOT_FOUND, 'NOT_FOUND', `no ${noun} matches ${JSON.stringify(text)}${hint}`);
  }
  throw ambiguous(text, noun, found.candidates, table);
}

export function ambiguous(text: string, noun: string, candidates: Candidate[], table: Tabulate): CliError {
  const shown = candidates.map(({ id, type, title, acronym, country }) => ({ id, type, title, acronym: acronym ?? null, country: country ?? null }));
  const lines = [table(['name', 'type', 'acronym', 'country', 'id'], shown.map((c) => [c.title, c.type, c.acronym, c.country, c.id]))];
  lines.push('Give the ID or an exact name, acronym or alias.');
  return new CliError(ExitCode.AMBIGUOUS, 'AMBIGUOUS', `${JSON.stringify(text)} matches ${candidates.length} ${plural(noun)}:`, { candidates: shown, total: shown.length }, lines);
}
