// Capacity under expensive callers: the latency of a simple query and of /healthz while 0, 1,
// 10 and 25 callers (each with a token of its own) loop an expensive request — 10 aliased
// `stats` over all 8 dimensions. Shows that the heavy lane and the per-caller limits keep light
// queries answering. Prints figures; it is not a test and asserts nothing.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/accord_bench_trust npm run bench:capacity
//   (fill it first: npm run bench:data -- --institutions 20000)
//
// Options: --levels 0,1,10,25  --seconds 15 (per level)  --pool 10 (DB_POOL_MAX)
// The server's own settings (HEAVY_CONCURRENCY, RATE_LIMIT_MAX, …) come from the environment.
import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { startServer } from '../server/app/app.js';
import { openDatabase } from '../server/db/database.js';
import { loadConfig } from '../server/kernel/config.js';
import { Role } from '../server/kernel/role.js';
import { createUserWithToken } from '../server/records/auth/auth.service.js';

const { values: args } = parseArgs({
  options: {
    levels: { type: 'string', default: '0,1,10,25' },
    seconds: { type: 'string', default: '15' },
    pool: { type: 'string', default: '10' },
  },
});
const LEVELS = args.levels!.split(',').map(Number);
const SECONDS = Number(args.seconds);

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl && !process.env.DATA_DIR) {
  console.error('set DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite) to a database filled by `npm run bench:data`');
  process.exit(2);
}
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'production',
  PORT: '0',
  LOG_LEVEL: 'silent',
  SEED_ON_START: 'never',
  AUTH_DEV_MODE: 'false',
  DB_POOL_MAX: args.pool,
});
const db = await openDatabase(config);
const em = db.orm.em.fork();
const institutions = Number((await em.execute<{ n: number }[]>('select count(*)::int as n from institution'))[0]!.n);
const tokens: string[] = [];
for (let i = 0; i <= Math.max(...LEVELS); i++) {
  const { token } = await createUserWithToken(em.fork() as never, { email: `capacity-${Date.now()}-${i}@bench.local`, name: `Caller ${i}`, role: Role.VIEWER });
  tokens.push(token);
}
const server = await startServer(config, { db, log: pino({ level: 'silent' }) });
const endpoint = `${server.url}/graphql`;

const DIMENSIONS = 'TYPE, YEAR, COUNTRY, KIND, STATUS, TOPIC, INSTITUTION_KIND, INSTITUTION';
const EXPENSIVE = `{ ${Array.from({ length: 10 }, (_, i) => `s${i}: stats(groupBy: [${DIMENSIONS}]) { total truncated }`).join(' ')} }`;
const SIMPLE = '{ institutions(first: 10) { nodes { name country } } }';

async function post(query: string, token: string): Promise<{ status: number; code?: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  const text = await res.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[]; code?: string }).errors?.[0]?.extensions?.code ?? (JSON.parse(text) as { code?: string }).code;
  } catch {}
  return { status: res.status, code, ms: performance.now() - started };
}

const pct = (values: number[], p: number) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

console.log(`machine: ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.versions.node}, ${db.engine}, ${institutions.toLocaleString('en')} institutions`);
console.log(`settings: DB_POOL_MAX ${config.db.poolMax}, HEAVY_CONCURRENCY ${config.heavy.concurrency}, HEAVY_QUEUE_MAX ${config.heavy.queueMax}, HEAVY_QUEUE_TIMEOUT_MS ${config.heavy.queueTimeoutMs}, DB_STATEMENT_TIMEOUT_MS ${config.db.statementTimeoutMs}, ${SECONDS} s per level`);
console.log('\n| expensive callers | simple p50 | simple p95 | simple errors | /healthz p50 | expensive answered | expensive refused (503/429) | expensive other errors |');
console.log('|---|---|---|---|---|---|---|---|');

let idle: number | undefined;
for (const level of LEVELS) {
  const stopAt = performance.now() + SECONDS * 1000;
  const expensive = { ok: 0, refused: 0, other: 0 };
  const callers = tokens.slice(1, level + 1).map(async (token) => {
    while (performance.now() < stopAt) {
      const r = await post(EXPENSIVE, token);
      if (r.status === 200 && !r.code) expensive.ok++;
      else if (r.status === 503 || r.status === 429) {
        expensive.refused++;
        await new Promise((resolve) => setTimeout(resolve, 200)); // a polite client honours Retry-After, briefly
      } else expensive.other++;
    }
  });
  const simple: number[] = [];
  let simpleErrors = 0;
  const health: number[] = [];
  // Light traffic: one caller asking a simple query, one probe on /healthz, each in a loop.
  const light = (async () => {
    await new Promise((resolve) => setTimeout(resolve, level ? 1000 : 0)); // let the expensive callers get going
    while (performance.now() < stopAt) {
      const r = await post(SIMPLE, tokens[0]!);
      if (r.status === 200 && !r.code) simple.push(r.ms);
      else simpleErrors++;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const probe = (async () => {
    while (performance.now() < stopAt) {
      const started = performance.now();
      await (await fetch(`${server.url}/healthz`)).text();
      health.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  await Promise.all([...callers, light, probe]);
  const p50 = pct(simple, 50);
  idle ??= p50;
  console.log(
    `| ${level} | ${p50.toFixed(1)} ms${level && idle ? ` (${(p50 / idle).toFixed(1)}×)` : ''} | ${pct(simple, 95).toFixed(1)} ms | ${simpleErrors} of ${simple.length + simpleErrors} | ${pct(health, 50).toFixed(1)} ms | ${expensive.ok} | ${expensive.refused} | ${expensive.other} |`,
  );
}

await server.close();
