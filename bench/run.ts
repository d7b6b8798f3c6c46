// Latency, throughput and SQL statements per request of the read paths that grow with the data:
// timeline (first and deep page), neighbourhood (2 and 3 hops), shortest path, and aggregates
// (network metrics, top partners, `stats`). Starts the real server in-process over the given
// database (filled by `npm run bench:data`), signs in as a new user and sends GraphQL over HTTP.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/accord_bench npm run bench
//   DATA_DIR=/tmp/accord-bench npm run bench -- --requests 50
//
// Options: --requests N   sequential requests per scenario for the latency percentiles (default 100)
//          --concurrency C  parallel clients for the throughput phase (default 8)
//          --seconds S      length of the throughput phase (default 5)
//          --only REGEX     only scenarios whose name matches
//          --role VIEWER|EDITOR|ADMIN  role of the benchmark user (default VIEWER: confidential filters on)
//          --out FILE       also write the results as JSON
// Timeline and `stats` scenarios run when the schema has those queries (they are another area's).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { startServer } from '../server/app/app.js';
import { loadConfig } from '../server/kernel/config.js';
import { openDatabase } from '../server/db/database.js';
import { toGlobalId } from '../server/kernel/global-id.js';
import { Role } from '../server/kernel/role.js';
import { createUserWithToken } from '../server/records/auth/auth.service.js';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '5' },
    only: { type: 'string' },
    role: { type: 'string', default: 'VIEWER' },
    out: { type: 'string' },
  },
});
const REQUESTS = Number(args.requests);
const CONCURRENCY = Number(args.concurrency);
const SECONDS = Number(args.seconds);
const only = args.only ? new RegExp(args.only, 'i') : null;

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl && !process.env.DATA_DIR) {
  console.error('set DATABASE_URL (PostgreSQL) or DATA_DIR (embedded PGlite) to a database filled by `npm run bench:data`');
  process.exit(2);
}
const config = loadConfig({
  NODE_ENV: 'test',
  PORT: '0',
  LOG_LEVEL: 'silent',
  SEED_ON_START: 'never',
  DB_POOL_MAX: String(Math.max(10, CONCURRENCY + 2)),
  // One caller sends every request: the per-caller limit (600 a minute) would answer fast scenarios with 429s.
  RATE_LIMIT_MAX: '1000000',
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: process.env.DATA_DIR }),
});
const db = await openDatabase(config);
const em = db.orm.em.fork();
const institutions = Number((await em.execute<{ n: number }[]>('select count(*)::int as n from institution'))[0]!.n);
if (institutions === 0) {
  console.error('no institutions: fill the database first with `npm run bench:data -- --institutions N`');
  await db.close();
  process.exit(2);
}
const { token } = await createUserWithToken(em.fork() as never, { email: `bench-${Date.now()}@bench.local`, name: 'Benchmark', role: args.role as Role });
const server = await startServer(config, { db, log: pino({ level: 'silent' }), exposeSqlStatements: true });
const endpoint = `${server.url}/graphql`;

// ── Machine and data ──────────────────────────────────────────────────────────────────────────

const engine = databaseUrl ? ((await em.execute<{ v: string }[]>('select version() as v'))[0]!.v.split(' on ')[0] ?? 'PostgreSQL') : 'PGlite 0.5 (embedded)';
const count = async (table: string) => Number((await em.execute<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0]!.n);
const data = {
  institutions,
  relations: await count('relation'),
  agreementParties: await count('agreement_party'),
  participations: await count('participation'),
  visits: await count('visit'),
  documentParties: await count('document_party'),
};
const machine = `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.versions.node}, ${engine}`;
console.log(`machine: ${machine}`);
console.log(`data: ${Object.entries(data).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}`);
console.log(`role ${args.role}; ${REQUESTS} sequential requests per scenario, then ${CONCURRENCY} clients for ${SECONDS} s\n`);

// ── Inputs (deterministic) ────────────────────────────────────────────────────────────────────

const sample = (await em.execute<{ id: string }[]>(`select id from institution order by md5(id::text) limit 200`)).map((r) => toGlobalId('Institution', r.id));
// The busiest institutions (most relations): the worst case for timelines and neighbourhoods.
const busiest = (
  await em.execute<{ id: string }[]>(`select object_id as id from relation group by object_id order by count(*) desc, object_id limit 5`)
).map((r) => toGlobalId('Institution', r.id));
const pairs = sample.map((from, i) => [from, sample[(i + 7) % sample.length]!] as const);

type Response = { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[]; extensions?: { sqlStatements?: number } };
async function post(query: string, variables: Record<string, unknown>): Promise<Response> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Response;
}

const introspection = (await post('{ __schema { queryType { fields { name } } } }', {})).data as { __schema: { queryType: { fields: { name: string }[] } } };
const schemaFields = new Set(introspection.__schema.queryType.fields.map((f) => f.name));

// ── Scenarios ─────────────────────────────────────────────────────────────────────────────────

type Scenario = { name: string; query: string; variables: (i: number) => Record<string, unknown> };
const scenarios: Scenario[] = [];
const notes: string[] = [];

const TIMELINE = `query($ids: [ID!], $first: Int!, $after: String) {
  timeline(institutionIds: $ids, first: $first, after: $after) { edges { cursor node { kind date title } } pageInfo { endCursor hasNextPage } }
}`;
/** The cursor after `pages` pages of 100 (a deep position), or null when the timeline is shorter. */
async function deepCursor(ids: string[] | null, pages: number): Promise<string | null> {
  let after: string | null = null;
  for (let p = 0; p < pages; p++) {
    const res = await post(TIMELINE, { ids, first: 100, after });
    const page = (res.data?.timeline as { pageInfo: { endCursor: string | null; hasNextPage: boolean } } | undefined)?.pageInfo;
    if (!page?.hasNextPage) return null;
    after = page.endCursor;
  }
  return after;
}

if (schemaFields.has('timeline')) {
  scenarios.push({ name: 'timeline: one institution, first page (20)', query: TIMELINE, variables: (i) => ({ ids: [sample[i % sample.length]], first: 20 }) });
  scenarios.push({ name: 'timeline: busiest institution, first page (20)', query: TIMELINE, variables: (i) => ({ ids: [busiest[i % busiest.length]], first: 20 }) });
  scenarios.push({ name: 'timeline: busiest institution, first page (100)', query: TIMELINE, variables: (i) => ({ ids: [busiest[i % busiest.length]], first: 100 }) });
  const deepHub = await deepCursor([busiest[0]!], 20);
  if (deepHub) scenarios.push({ name: 'timeline: busiest institution, page 101 of 20 (after 2,000)', query: TIMELINE, variables: () => ({ ids: [busiest[0]], first: 20, after: deepHub }) });
  scenarios.push({ name: 'timeline: whole registry, first page (20)', query: TIMELINE, variables: () => ({ ids: null, first: 20 }) });
  const deepAll = await deepCursor(null, 50);
  if (deepAll) scenarios.push({ name: 'timeline: whole registry, page 251 of 20 (after 5,000)', query: TIMELINE, variables: () => ({ ids: null, first: 20, after: deepAll }) });
} else notes.push('`timeline` is not in the schema yet: timeline scenarios skipped.');

const HOOD = `query($id: ID!, $hops: Int!, $limit: Int!) {
  neighbourhood(institutionId: $id, hops: $hops, limit: $limit) {
    truncated nodes { distance weight institution { id name kind } }
    edges { source { id } target { id } weight interactions firstInteraction lastInteraction }
  }
}`;
scenarios.push({ name: 'neighbourhood: 2 hops, limit 50', query: HOOD, variables: (i) => ({ id: sample[i % sample.length], hops: 2, limit: 50 }) });
scenarios.push({ name: 'neighbourhood: 2 hops, limit 200', query: HOOD, variables: (i) => ({ id: sample[i % sample.length], hops: 2, limit: 200 }) });
scenarios.push({ name: 'neighbourhood: 3 hops, limit 200', query: HOOD, variables: (i) => ({ id: sample[i % sample.length], hops: 3, limit: 200 }) });
scenarios.push({ name: 'neighbourhood: 3 hops, limit 500', query: HOOD, variables: (i) => ({ id: sample[i % sample.length], hops: 3, limit: 500 }) });
scenarios.push({ name: 'neighbourhood: busiest, 2 hops, limit 200', query: HOOD, variables: (i) => ({ id: busiest[i % busiest.length], hops: 2, limit: 200 }) });
const HOOD_RECORDS = HOOD.replace('firstInteraction lastInteraction', 'firstInteraction lastInteraction records(first: 3) { kind summary date record { id } }');
scenarios.push({ name: 'neighbourhood: 2 hops, limit 50, with records', query: HOOD_RECORDS, variables: (i) => ({ id: sample[i % sample.length], hops: 2, limit: 50 }) });

const PATH = `query($from: ID!, $to: ID!, $maxHops: Int!) {
  connectionPath(fromId: $from, toId: $to, maxHops: $maxHops) {
    status hops explored
    paths { weight institutions { id name } steps { weight firstInteraction lastInteraction records(first: 3) { kind summary date } } }
  }
}`;
scenarios.push({ name: 'shortest path: random pairs, maxHops 6', query: PATH, variables: (i) => ({ from: pairs[i % pairs.length]![0], to: pairs[i % pairs.length]![1], maxHops: 6 }) });
scenarios.push({ name: 'shortest path: random pairs, maxHops 2 (mostly NO_PATH)', query: PATH, variables: (i) => ({ from: pairs[i % pairs.length]![0], to: pairs[i % pairs.length]![1], maxHops: 2 }) });

const METRICS = `query($id: ID!) {
  cooperationMetrics(institutionId: $id) { degree weightedDegree interactions egoBetweenness clusteringCoefficient egoNetworkSize byYear { year interactions weight partners } }
  topPartners(institutionId: $id, first: 10) { target { id name } weight interactions lastInteraction }
}`;
scenarios.push({ name: 'aggregates: metrics + top partners', query: METRICS, variables: (i) => ({ id: sample[i % sample.length] }) });
scenarios.push({ name: 'aggregates: metrics + top partners, busiest', query: METRICS, variables: (i) => ({ id: busiest[i % busiest.length] }) });
if (schemaFields.has('stats')) {
  const STATS = `query($groupBy: [StatsDimension!]!) { stats(groupBy: $groupBy) { total truncated groups { count year kind } } }`;
  scenarios.push({ name: 'aggregates: stats by year and kind', query: STATS, variables: () => ({ groupBy: ['YEAR', 'KIND'] }) });
  const STATS_ONE = `query($id: ID!) { stats(groupBy: [YEAR], filter: { institutionId: [$id] }) { total groups { count year } } }`;
  scenarios.push({ name: 'aggregates: stats of one institution by year', query: STATS_ONE, variables: (i) => ({ id: sample[i % sample.length] }) });
} else notes.push('`stats` is not in the schema yet: its scenarios skipped.');

// ── Measurement ───────────────────────────────────────────────────────────────────────────────

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

type Result = {
  scenario: string;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  rps: number;
  sqlMin: number;
  sqlMax: number;
  errors: number;
  firstError?: string;
  peakRssMb: number;
};

async function measure(s: Scenario): Promise<Result> {
  let errors = 0;
  let firstError: string | undefined;
  const statements: number[] = [];
  const call = async (i: number) => {
    const res = await post(s.query, s.variables(i));
    if (res.errors?.length) {
      errors++;
      firstError ??= `${res.errors[0]!.extensions?.code}: ${res.errors[0]!.message}`;
    }
    if (res.extensions?.sqlStatements !== undefined) statements.push(res.extensions.sqlStatements);
  };
  for (let i = 0; i < 5; i++) await call(i);
  statements.length = 0;
  const latencies: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    await call(i);
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  let done = 0;
  const until = performance.now() + SECONDS * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, w) => {
      for (let i = w; performance.now() < until; i += CONCURRENCY) {
        await call(i);
        done++;
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  return {
    scenario: s.name,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    rps: done / elapsed,
    sqlMin: Math.min(...statements),
    sqlMax: Math.max(...statements),
    errors,
    firstError,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const results: Result[] = [];
const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const header = `| scenario | p50 ms | p95 ms | p99 ms | max ms | req/s @${CONCURRENCY} | SQL/request | errors | peak RSS MB |`;
console.log(header);
console.log(`|${header.split('|').slice(1, -1).map(() => '---').join('|')}|`);
for (const s of scenarios) {
  if (only && !only.test(s.name)) continue;
  const r = await measure(s);
  results.push(r);
  const sql = r.sqlMin === r.sqlMax ? `${r.sqlMin}` : `${r.sqlMin}–${r.sqlMax}`;
  console.log(
    `| ${r.scenario} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.rps.toFixed(1)} | ${sql} | ${r.errors}${r.firstError ? ` (${r.firstError.slice(0, 80)})` : ''} | ${r.peakRssMb.toFixed(0)} |`,
  );
}
for (const note of notes) console.log(`\nnote: ${note}`);
console.log(`\npeak RSS of this process (server + load generator): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
if (args.out) writeFileSync(args.out, `${JSON.stringify({ machine, data, role: args.role, requests: REQUESTS, concurrency: CONCURRENCY, seconds: SECONDS, results, notes }, null, 2)}\n`);
await server.close();
