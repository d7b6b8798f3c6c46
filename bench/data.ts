// Deterministic synthetic registry for benchmarks: institutions in regional communities,
// networks with members, relations, agreements (parties + ledger), events with participants,
// visits with delegations, documents with parties and commitments — the same input and seed
// always give the same rows (ids included).
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/accord_bench npm run bench:data -- --institutions 100000
//   DATA_DIR=/tmp/accord-bench npm run bench:data -- --institutions 10000       (embedded PGlite)
//
// Options: --institutions N (default 10000), --seed S (default 1), --force (replace the records
// of a database that already has some), --count-edges (also count the derived network edges).
// The database is created by the caller and migrated here. Rows are written with multi-row
// INSERT … SELECT FROM unnest(array parameters), 5,000 rows per statement.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import countries from 'i18n-iso-countries';
import pg from 'pg';
import { loadConfig } from '../server/kernel/config.js';
import { openDatabase } from '../server/db/database.js';
import { openEmbedded } from '../server/db/pglite.js';
import { foldForSearch } from '../server/kernel/text.js';

const { values: args } = parseArgs({
  options: {
    institutions: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    force: { type: 'boolean', default: false },
    'count-edges': { type: 'boolean', default: false },
  },
});
const N = Number(args.institutions);
const SEED = Number(args.seed);
if (!Number.isInteger(N) || N < 100 || N > 10_000_000) throw new Error('--institutions must be a whole number between 100 and 10,000,000');

// ── Deterministic randomness ──────────────────────────────────────────────────────────────────

/** sfc32: a small, fast PRNG with a 128-bit state (seeded through splitmix32). */
function prng(seed: number) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}
const next = prng(SEED);
const random = () => next() / 4294967296;
const int = (n: number) => Math.floor(random() * n);
const between = (lo: number, hi: number) => lo + int(hi - lo + 1);
const chance = (p: number) => random() < p;
const pick = <T>(list: readonly T[]) => list[int(list.length)]!;
const hex = (n: number) => n.toString(16).padStart(8, '0');
function uuid(): string {
  const h = hex(next()) + hex(next()) + hex(((next() & 0xffff0fff) | 0x00004000) >>> 0) + hex(((next() & 0x3fffffff) | 0x80000000) >>> 0);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
/** A weighted choice: [[value, weight], …]. */
function weighted<T>(table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let u = random() * total;
  for (const [value, w] of table) {
    u -= w;
    if (u < 0) return value;
  }
  return table.at(-1)![0];
}
const pad = (n: number) => String(n).padStart(2, '0');
/** A partial date in [from, to] years: year only, year-month or a full day. */
function partialDate(from = 1995, to = 2026, precision: 'any' | 'day' = 'any'): { text: string; year: number; month: number; day: number } {
  const year = between(from, to);
  const month = between(1, 12);
  const day = between(1, 28);
  const p = precision === 'day' ? 'day' : weighted([['year', 3], ['month', 3], ['day', 4]] as const);
  const text = p === 'year' ? `${year}` : p === 'month' ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return { text, year, month, day };
}
const day = (d: { year: number; month: number; day: number }) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
/** A date some days after `d` (as YYYY-MM-DD, or the same precision when not a day). */
function later(d: { text: string; year: number; month: number; day: number }, maxYears: number) {
  const year = d.year + int(maxYears + 1);
  const month = year === d.year ? between(d.month, 12) : between(1, 12);
  const dd = year === d.year && month === d.month ? between(d.day, 28) : between(1, 28);
  const text = d.text.length === 4 ? `${year}` : d.text.length === 7 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(dd)}`;
  return { text, year, month, day: dd };
}

// ── Database ───────────────────────────────────────────────────────────────────────────────────

type Exec = (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

const started = Date.now();
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl && !process.env.DATA_DIR) {
  console.error('set DATABASE_URL (PostgreSQL) or DATA_DIR (embedded PGlite) to the benchmark database; the development database is never used by default');
  process.exit(2);
}
const config = loadConfig({
  NODE_ENV: 'development',
  LOG_LEVEL: 'silent',
  SEED_ON_START: 'never',
  DB_STATEMENT_TIMEOUT_MS: '600000',
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: process.env.DATA_DIR }),
});
let exec: Exec;
let close: () => Promise<void>;
if (config.databaseUrl) {
  const db = await openDatabase(config);
  await db.orm.migrator.up();
  await db.close();
  const client = new pg.Client({ connectionString: config.databaseUrl });
  await client.connect();
  await client.query('set synchronous_commit = off');
  exec = (sql, params) => client.query(sql, params);
  close = () => client.end();
} else {
  const { pglite } = await openEmbedded(config.dataDir);
  const db = await openDatabase(config, { pglite });
  await db.orm.migrator.up();
  exec = (sql, params) => pglite.query(sql, params) as Promise<{ rows: Record<string, unknown>[] }>;
  close = () => db.close();
}
// The read model's triggers would recompute items, facts and links per 5,000-row statement: off
// while writing (this session only; superuser, as bench databases are), one rebuild at the end.
const triggersOff = await exec('set session_replication_role = replica').then(
  () => true,
  () => false,
);
const target = config.databaseUrl ? `${new URL(config.databaseUrl).pathname.slice(1)} (PostgreSQL)` : `${config.dataDir} (PGlite)`;
console.log(`bench:data: ${N.toLocaleString('en')} institutions, seed ${SEED}, into ${target}`);

const RECORD_TABLES = [
  'institution', 'person', 'post', 'tenure', 'relation', 'agreement', 'agreement_party', 'agreement_action', 'event_series', 'event',
  'participation', 'visit', 'visit_member', 'document', 'document_party', 'commitment', 'topic', 'tagging', 'source', 'citation', 'claim',
];
const existing = Number((await exec('select count(*)::int as n from institution')).rows[0]!.n);
if (existing > 0) {
  if (!args.force) {
    console.error(`the database already has ${existing} institutions; pass --force to replace its records (users and tokens are kept)`);
    await close();
    process.exit(2);
  }
  await exec(`truncate ${RECORD_TABLES.map((t) => `"${t}"`).join(', ')} cascade`);
}

/** Quotes one array element for a PostgreSQL array literal. */
function element(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  const text = typeof value === 'boolean' ? (value ? 't' : 'f') : String(value);
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const CREATED = '2026-01-01T00:00:00Z';

/** Buffers rows of one table and writes them 5,000 at a time: INSERT … SELECT FROM unnest(…). */
class Table {
  private rows: unknown[][] = [];
  count = 0;
  constructor(
    readonly name: string,
    readonly columns: [string, string][],
    /** Tables this one references: written first, so foreign keys always find their rows. */
    readonly references: Table[] = [],
  ) {}
  async add(...row: unknown[]): Promise<void> {
    this.rows.push(row);
    this.count++;
    if (this.rows.length >= 5000) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    for (const table of this.references) await table.flush();
    const arrays = this.columns.map((_, c) => `{${this.rows.map((r) => element(r[c])).join(',')}}`);
    const names = this.columns.map(([n]) => `"${n}"`).join(', ');
    const unnest = this.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    await exec(
      `insert into "${this.name}" (${names}, created_at, updated_at) select *, '${CREATED}'::timestamptz, '${CREATED}'::timestamptz from unnest(${unnest})`,
      arrays,
    );
    this.rows = [];
  }
}

const institution = new Table('institution', [['id', 'uuid'], ['name', 'text'], ['name_key', 'text'], ['acronym', 'text'], ['kind', 'text'], ['country', 'text'], ['parent_id', 'uuid'], ['search_text', 'text']]);
const person = new Table('person', [['id', 'uuid'], ['name', 'text'], ['country', 'text'], ['search_text', 'text']]);
const agreement = new Table('agreement', [['id', 'uuid'], ['title', 'text'], ['kind', 'text'], ['status', 'text'], ['effective_from', 'date'], ['expires_on', 'date'], ['confidential', 'boolean']]);
const event = new Table('event', [['id', 'uuid'], ['title', 'text'], ['kind', 'text'], ['status', 'text'], ['start_date', 'text'], ['end_date', 'text'], ['city', 'text'], ['country', 'text'], ['confidential', 'boolean'], ['search_text', 'text']], [institution]);
const visit = new Table('visit', [['id', 'uuid'], ['title', 'text'], ['delegation_of_id', 'uuid'], ['host_id', 'uuid'], ['direction', 'text'], ['purpose', 'text'], ['status', 'text'], ['start_date', 'text'], ['end_date', 'text'], ['country', 'text'], ['confidential', 'boolean']], [institution]);
const document = new Table('document', [['id', 'uuid'], ['title', 'text'], ['kind', 'text'], ['date', 'text'], ['confidential', 'boolean'], ['search_text', 'text']]);
const tables = {
  institution,
  person,
  relation: new Table('relation', [['id', 'uuid'], ['kind', 'text'], ['subject_institution_id', 'uuid'], ['subject_person_id', 'uuid'], ['object_id', 'uuid'], ['role', 'text'], ['start_date', 'text'], ['end_date', 'text']], [institution, person]),
  agreement,
  agreementParty: new Table('agreement_party', [['id', 'uuid'], ['agreement_id', 'uuid'], ['institution_id', 'uuid'], ['role', 'text'], ['signed_on', 'date']], [institution, agreement]),
  agreementAction: new Table('agreement_action', [['id', 'uuid'], ['agreement_id', 'uuid'], ['kind', 'text'], ['date', 'date'], ['party_id', 'uuid']], [institution, agreement]),
  event,
  participation: new Table('participation', [['id', 'uuid'], ['event_id', 'uuid'], ['institution_id', 'uuid'], ['person_id', 'uuid'], ['on_behalf_of_id', 'uuid'], ['role', 'text'], ['rsvp', 'text']], [institution, person, event]),
  visit,
  visitMember: new Table('visit_member', [['id', 'uuid'], ['visit_id', 'uuid'], ['person_id', 'uuid'], ['institution_id', 'uuid'], ['role', 'text']], [institution, person, visit]),
  document,
  documentParty: new Table('document_party', [['id', 'uuid'], ['document_id', 'uuid'], ['institution_id', 'uuid'], ['role', 'text'], ['date', 'text']], [institution, document]),
  commitment: new Table('commitment', [['id', 'uuid'], ['title', 'text'], ['status', 'text'], ['due_date', 'text'], ['owner_institution_id', 'uuid'], ['made_at_event_id', 'uuid'], ['made_in_agreement_id', 'uuid'], ['made_in_document_id', 'uuid'], ['confidential', 'boolean']], [institution, event, agreement, document]),
};

// ── The world: regions, communities, institutions ─────────────────────────────────────────────

const COUNTRIES = Object.keys(countries.getAlpha2Codes()).sort();
const REGIONS = 10;
const COMMUNITY = 50; // institutions per community: most cooperation stays close to home
const communities = Math.max(REGIONS, Math.ceil(N / COMMUNITY));
const regionOfCommunity = (c: number) => c % REGIONS;
const countriesOfRegion = Array.from({ length: REGIONS }, (_, r) => COUNTRIES.filter((_, i) => i % REGIONS === r));

const KINDS = [
  ['OMBUDSMAN', 25], ['NHRI', 12], ['GOVERNMENT_BODY', 20], ['NGO', 20], ['ACADEMIC', 8], ['MEDIA', 5],
  ['NETWORK', 1.5], ['INTERGOVERNMENTAL_ORGANIZATION', 0.5], ['IGO_BODY', 3], ['OTHER', 5],
] as const;
const LABEL: Record<string, string> = {
  OMBUDSMAN: 'Ombudsman Office', NHRI: 'Human Rights Commission', GOVERNMENT_BODY: 'Ministry', NGO: 'Rights Foundation', ACADEMIC: 'Institute',
  MEDIA: 'Gazette', NETWORK: 'Network', INTERGOVERNMENTAL_ORGANIZATION: 'Intergovernmental Organisation', IGO_BODY: 'Commission', OTHER: 'Council',
};

const ids: string[] = [];
const kindOf: string[] = [];
const regionOf: Int8Array = new Int8Array(N);
const networksByRegion: number[][] = Array.from({ length: REGIONS }, () => []);
const networks: number[] = [];
const igos: number[] = [];
for (let i = 0; i < N; i++) {
  ids.push(uuid());
  const kind = i === 0 ? 'NETWORK' : weighted(KINDS);
  kindOf.push(kind);
  regionOf[i] = regionOfCommunity(Math.floor(i / COMMUNITY));
  if (kind === 'NETWORK') {
    networks.push(i);
    networksByRegion[regionOf[i]!]!.push(i);
  }
  if (kind === 'INTERGOVERNMENTAL_ORGANIZATION') igos.push(i);
}
if (igos.length === 0) igos.push(1);
for (let i = 0; i < N; i++) {
  const kind = kindOf[i]!;
  const international = kind === 'NETWORK' || kind === 'INTERGOVERNMENTAL_ORGANIZATION' || kind === 'IGO_BODY';
  const country = international ? null : pick(countriesOfRegion[regionOf[i]!]!);
  const name = `${LABEL[kind]} ${String(i).padStart(7, '0')}${country ? ` of ${country}` : ''}`;
  const acronym = international ? `X${i.toString(36).toUpperCase()}` : null;
  // A body's parent is an organisation written before it (foreign keys are checked per statement).
  const earlier = kind === 'IGO_BODY' ? igos.filter((g) => g < i) : [];
  const parent = earlier.length > 0 ? ids[pick(earlier)]! : null;
  await tables.institution.add(ids[i], name, foldForSearch(name), acronym, kind, country, parent, foldForSearch([name, acronym ?? ''].join(' \u0001 ')));
}

/** A partner for `i`: mostly from its community, often from its region, sometimes anywhere. */
function partnerOf(i: number): number {
  const c = Math.floor(i / COMMUNITY);
  const u = random();
  let j: number;
  if (u < 0.6) j = c * COMMUNITY + int(COMMUNITY);
  else if (u < 0.9) j = (regionOfCommunity(c) + REGIONS * int(Math.ceil(communities / REGIONS))) * COMMUNITY + int(COMMUNITY);
  else j = int(N);
  if (j >= N) j = int(N);
  return j === i ? (i + 1) % N : j;
}
/** A network to join: regional ones mostly; big ones more often (preferential). */
function networkFor(i: number): number {
  const regional = networksByRegion[regionOf[i]!]!;
  const list = regional.length > 0 && chance(0.75) ? regional : networks;
  return list[Math.floor(list.length * random() ** 2.5)]!;
}

const PERSONS = Math.max(10, Math.round(N / 10));
const people: string[] = [];
for (let p = 0; p < PERSONS; p++) {
  people.push(uuid());
  const name = `Person ${String(p).padStart(7, '0')}`;
  await tables.person.add(people[p], name, pick(COUNTRIES), foldForSearch(name));
}

// ── Relations (~4 per institution: memberships, bodies, partnerships) ─────────────────────────

async function relation(kind: string, subject: number | null, person: number | null, object: number, role: string | null) {
  const start = partialDate(1995, 2025);
  const end = chance(0.4) ? later(start, 8).text : null;
  await tables.relation.add(uuid(), kind, subject === null ? null : ids[subject], person === null ? null : people[person], ids[object], role, start.text, end);
}
for (let i = 0; i < N; i++) {
  const kind = kindOf[i]!;
  if (kind === 'IGO_BODY') continue; // parent link only
  const memberships = kind === 'NETWORK' ? int(2) : weighted([[0, 2], [1, 4], [2, 3], [3, 1]] as const);
  const joined = new Set<number>();
  for (let m = 0; m < memberships; m++) {
    const network = networkFor(i);
    if (network === i || joined.has(network)) continue;
    joined.add(network);
    await relation(chance(0.1) ? 'OBSERVER_IN' : 'MEMBER_OF', i, null, network, chance(0.2) ? 'full member' : null);
  }
  if (kind === 'NHRI' && chance(0.7)) await relation('ACCREDITED_BY', i, null, 0, pick(['A status', 'B status']));
  const partners = weighted([[0, 1], [1, 2], [2, 3], [3, 2], [4, 1]] as const);
  for (let k = 0; k < partners; k++) {
    await relation(weighted([['PARTNER_OF', 3], ['COOPERATES_WITH', 5], ['AFFILIATED_WITH', 1], ['OTHER', 1]] as const), i, null, partnerOf(i), null);
  }
}
for (let i = 0; i < N; i++) if (kindOf[i] === 'IGO_BODY') await relation('BODY_OF', i, null, pick(igos), null);
for (let p = 0; p < PERSONS; p++) if (chance(0.5)) await relation('REPRESENTS', null, p, int(N), 'liaison');

// ── Agreements (parties and their ledger) ──────────────────────────────────────────────────────

const AGREEMENTS = Math.round(N * 0.7);
const agreementIds: string[] = [];
for (let a = 0; a < AGREEMENTS; a++) {
  const id = uuid();
  agreementIds.push(id);
  const effective = partialDate(1998, 2025, 'day');
  const status = weighted([['IN_FORCE', 45], ['EXPIRED', 20], ['SIGNED', 10], ['DRAFT', 8], ['NEGOTIATION', 7], ['TERMINATED', 5], ['SUSPENDED', 3], ['SUPERSEDED', 2]] as const);
  const unsigned = status === 'DRAFT' || status === 'NEGOTIATION';
  const expires = chance(0.6) ? `${effective.year + between(2, 6)}-${pad(effective.month)}-${pad(effective.day)}` : null;
  await tables.agreement.add(id, `Cooperation agreement ${a}`, weighted([['MEMORANDUM_OF_UNDERSTANDING', 5], ['COOPERATION_AGREEMENT', 3], ['ACTION_PLAN', 1], ['JOINT_DECLARATION', 1]] as const), status, unsigned ? null : day(effective), unsigned ? null : expires, chance(0.05) || unsigned);
  const first = int(N);
  const parties = new Set([first]);
  const size = chance(0.85) ? 2 : between(3, 6);
  for (let tries = 0; parties.size < size && tries < 20; tries++) parties.add(partnerOf(first));
  for (const party of parties) {
    const signed = unsigned ? null : day(effective);
    await tables.agreementParty.add(uuid(), id, ids[party], 'PARTY', signed);
    if (signed) await tables.agreementAction.add(uuid(), id, 'SIGNATURE', signed, ids[party]);
  }
  if (!unsigned) await tables.agreementAction.add(uuid(), id, 'ENTRY_INTO_FORCE', day(effective), null);
  if (status === 'EXPIRED' && expires) await tables.agreementAction.add(uuid(), id, 'EXPIRY', expires, null);
}

// ── Events with participants ───────────────────────────────────────────────────────────────────

const EVENTS = Math.round(N / 8);
const eventIds: string[] = [];
for (let e = 0; e < EVENTS; e++) {
  const id = uuid();
  eventIds.push(id);
  const start = partialDate(2000, 2026);
  const end = start.text.length === 10 && chance(0.5) ? later(start, 0).text : null;
  const status = start.year >= 2026 ? weighted([['PLANNED', 3], ['CONFIRMED', 2], ['CANCELLED', 1]] as const) : weighted([['HELD', 90], ['CANCELLED', 5], ['POSTPONED', 5]] as const);
  const host = int(N);
  const title = `${pick(['Forum', 'Conference', 'Workshop', 'Assembly', 'Symposium'])} ${e}`;
  await tables.event.add(id, title, weighted([['FORUM', 2], ['CONFERENCE', 3], ['WORKSHOP', 3], ['GENERAL_ASSEMBLY', 1], ['SYMPOSIUM', 1], ['SESSION', 1]] as const), status, start.text, end, `City ${host % 997}`, pick(countriesOfRegion[regionOf[host]!]!), chance(0.03), foldForSearch(title));
  const size = weighted([[between(3, 8), 75], [between(9, 20), 23], [between(21, 50), 2]] as const);
  const seen = new Set([host]);
  const delegates = new Set<number>();
  await tables.participation.add(uuid(), id, ids[host], null, null, 'HOST', 'ATTENDED');
  for (let tries = 0; seen.size < size && tries < size * 3; tries++) {
    const who = partnerOf(host);
    if (seen.has(who)) continue;
    seen.add(who);
    const rsvp = status === 'HELD' ? weighted([['ATTENDED', 85], ['NO_SHOW', 5], ['DECLINED', 10]] as const) : weighted([['INVITED', 4], ['CONFIRMED', 5], ['DECLINED', 1]] as const);
    const role = weighted([['PARTICIPANT', 6], ['DELEGATE', 2], ['SPEAKER', 1], ['OBSERVER', 1]] as const);
    const person = chance(0.1) ? int(PERSONS) : -1;
    if (person >= 0 && !delegates.has(person)) {
      delegates.add(person);
      await tables.participation.add(uuid(), id, null, people[person], ids[who], role, rsvp);
    } else await tables.participation.add(uuid(), id, ids[who], null, null, role, rsvp);
  }
}

// ── Visits ─────────────────────────────────────────────────────────────────────────────────────

const VISITS = Math.round(N * 1.4);
for (let v = 0; v < VISITS; v++) {
  const id = uuid();
  const delegation = int(N);
  const host = chance(0.9) ? partnerOf(delegation) : null;
  const start = partialDate(2000, 2026);
  const end = start.text.length === 10 ? later(start, 0).text : null;
  await tables.visit.add(id, `Visit ${v}`, ids[delegation], host === null ? null : ids[host], pick(['INBOUND', 'OUTBOUND']), weighted([['OFFICIAL', 4], ['STUDY_VISIT', 3], ['MUTUAL_VISIT', 2], ['ASSESSMENT_MISSION', 1], ['MONITORING', 1]] as const), start.year >= 2026 ? 'PLANNED' : weighted([['HELD', 92], ['CANCELLED', 5], ['POSTPONED', 3]] as const), start.text, end, host === null ? pick(COUNTRIES) : null, chance(0.05));
  const members = new Set<number>([delegation, host ?? -1]);
  const extra = weighted([[0, 6], [1, 3], [2, 1]] as const);
  for (let m = 0; m < extra; m++) {
    const who = partnerOf(delegation);
    if (members.has(who)) continue;
    members.add(who);
    await tables.visitMember.add(uuid(), id, null, ids[who], 'MEMBER');
  }
  const persons = new Set<number>();
  for (let m = int(3); m > 0; m--) persons.add(int(PERSONS));
  for (const [k, p] of [...persons].entries()) await tables.visitMember.add(uuid(), id, people[p], null, k === 0 ? 'HEAD' : 'MEMBER');
}

// ── Documents and commitments ──────────────────────────────────────────────────────────────────

const DOCUMENTS = Math.round(N * 1.4);
const documentIds: string[] = [];
for (let d = 0; d < DOCUMENTS; d++) {
  const id = uuid();
  documentIds.push(id);
  const date = partialDate(1998, 2026);
  const title = `${pick(['Report', 'Declaration', 'Statement', 'Appeal', 'Resolution'])} ${d}`;
  await tables.document.add(id, title, weighted([['REPORT', 4], ['DECLARATION', 1], ['STATEMENT', 3], ['APPEAL', 1], ['RESOLUTION', 1]] as const), date.text, chance(0.03), foldForSearch(title));
  const issuer = int(N);
  await tables.documentParty.add(uuid(), id, ids[issuer], 'ISSUER', null);
  const others = weighted([[0, 6], [1, 3], [between(2, 4), 1]] as const);
  const seen = new Set([issuer]);
  for (let k = 0; k < others; k++) {
    const who = partnerOf(issuer);
    if (seen.has(who)) continue;
    seen.add(who);
    await tables.documentParty.add(uuid(), id, ids[who], weighted([['CO_ISSUER', 4], ['ENDORSED_BY', 3], ['APPROVED_BY', 1], ['ADDRESSED_TO', 2]] as const), null);
  }
}
const COMMITMENTS = Math.round(N * 0.3);
for (let c = 0; c < COMMITMENTS; c++) {
  const source = int(3);
  await tables.commitment.add(uuid(), `Commitment ${c}`, weighted([['OPEN', 3], ['IN_PROGRESS', 3], ['DONE', 3], ['DROPPED', 1]] as const), partialDate(2005, 2028).text, ids[int(N)], source === 0 ? pick(eventIds) : null, source === 1 ? pick(agreementIds) : null, source === 2 ? pick(documentIds) : null, chance(0.03));
}

for (const table of Object.values(tables)) await table.flush();
console.log(`wrote rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (triggersOff) {
  await exec('set session_replication_role = origin');
  const rebuilding = Date.now();
  await exec('select accord_rebuild_read_model()');
  console.log(`rebuilt the read model in ${((Date.now() - rebuilding) / 1000).toFixed(1)} s; vacuuming and analyzing…`);
}
// Sets hint bits and the visibility map now, so the first benchmark does not pay for it.
await exec('vacuum (analyze)');

const counts = Object.fromEntries(Object.values(tables).map((t) => [t.name, t.count]));
const timelineItems =
  Number((await exec(`select count(*)::int as n from relation where start_date is not null`)).rows[0]!.n) +
  Number((await exec(`select count(*)::int as n from relation where end_date is not null`)).rows[0]!.n) +
  counts.agreement_action! + counts.event! + counts.visit! + counts.document! + counts.commitment!;
console.table(counts);
console.log(`timeline items (relation starts and ends, agreement actions, events, visits, documents, commitments): ${timelineItems.toLocaleString('en')}`);
if (args['count-edges']) {
  // Distinct institution pairs with at least one record between them (every kind, confidential included).
  const t0 = Date.now();
  const { rows } = await exec(`select count(*)::int as n from (
      select least(subject_institution_id, object_id) a, greatest(subject_institution_id, object_id) b from relation where subject_institution_id is not null
      union select least(p.institution_id, q.institution_id), greatest(p.institution_id, q.institution_id) from agreement_party p join agreement_party q on q.agreement_id = p.agreement_id and p.institution_id < q.institution_id
      union select least(x.i, y.i), greatest(x.i, y.i) from (select event_id, coalesce(institution_id, on_behalf_of_id) i from participation) x join (select event_id, coalesce(institution_id, on_behalf_of_id) i from participation) y on y.event_id = x.event_id and x.i < y.i
      union select least(x.i, y.i), greatest(x.i, y.i) from (select id v, delegation_of_id i from visit union select id, host_id from visit where host_id is not null union select visit_id, institution_id from visit_member where institution_id is not null) x
            join (select id v, delegation_of_id i from visit union select id, host_id from visit where host_id is not null union select visit_id, institution_id from visit_member where institution_id is not null) y on y.v = x.v and x.i < y.i
      union select least(p.institution_id, q.institution_id), greatest(p.institution_id, q.institution_id) from document_party p join document_party q on q.document_id = p.document_id and p.institution_id < q.institution_id
    ) pairs`);
  console.log(`distinct network edges (institution pairs): ${Number(rows[0]!.n).toLocaleString('en')} (counted in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`bench:data done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
await close();
