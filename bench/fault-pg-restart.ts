// Restarts the local PostgreSQL while Accord is under write load and checks the promises of the
// Trust issue: the process keeps running, requests during the outage fail fast with
// DATABASE_UNAVAILABLE, service resumes within 10 s of the database coming back, and every
// acknowledged write is in the database exactly once.
//
//   npm run fault:pg-restart            (needs DATABASE_URL's server to be this machine's cluster)
//
// Skips (exit 0) when no local cluster can be restarted with pg_ctlcluster.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import pino from 'pino';
import pg from 'pg';
import { startServer } from '../server/app/app.js';
import { loadConfig } from '../server/kernel/config.js';
import { createUserWithToken } from '../server/records/auth/auth.service.js';
import { Role } from '../server/kernel/role.js';
import { openDatabase } from '../server/db/database.js';

const baseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const cluster = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql').sort().at(-1) : undefined;
if (!cluster || !/127\.0\.0\.1|localhost/.test(baseUrl)) {
  console.log('fault:pg-restart skipped: no local PostgreSQL cluster to restart');
  process.exit(0);
}

const dbName = `accord_fault_${process.pid}`;
const admin = new pg.Client({ connectionString: baseUrl.replace(/\/[^/]*$/, '/postgres') });
await admin.connect();
await admin.query(`create database ${dbName}`);
await admin.end();
const url = baseUrl.replace(/\/[^/]*$/, `/${dbName}`);

const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, PORT: '0', LOG_LEVEL: 'silent', DB_CONNECT_TIMEOUT_MS: '1000', SEED_ON_START: 'never' });
const db = await openDatabase(config);
await db.orm.migrator.up();
const { token } = await createUserWithToken(db.orm.em.fork(), { email: 'fault@test', name: 'Fault test', role: Role.ADMIN });
const server = await startServer(config, { db, log: pino({ level: process.env.FAULT_LOG_LEVEL ?? 'silent' }) });
const endpoint = `${server.url}/graphql`;

type Outcome = { ok: boolean; code?: string; ms: number };
async function write(i: number): Promise<Outcome> {
  const started = Date.now();
  try {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `mutation { createInstitution(input: {name: "Fault write ${i}", kind: OTHER}) { institution { id } userErrors { code } } }` }),
      signal: AbortSignal.timeout(15_000),
    });
    const json = (await res.json()) as { data?: { createInstitution?: { institution?: { id: string } } }; errors?: { extensions?: { code?: string } }[] };
    const ok = Boolean(json.data?.createInstitution?.institution?.id);
    return { ok, code: json.errors?.[0]?.extensions?.code, ms: Date.now() - started };
  } catch (error) {
    return { ok: false, code: `client:${(error as Error).name}`, ms: Date.now() - started };
  }
}

const acknowledged: number[] = [];
const failures: Outcome[] = [];
let i = 0;
let stop = false;
let restartedAt = 0;
let backAt = 0;
let firstSuccessAfterBack = 0;

async function writer(): Promise<void> {
  while (!stop) {
    const n = i++;
    const outcome = await write(n);
    if (outcome.ok) {
      acknowledged.push(n);
      if (backAt && !firstSuccessAfterBack) firstSuccessAfterBack = Date.now();
    } else {
      failures.push(outcome);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

const writers = Array.from({ length: 4 }, () => writer());
await new Promise((r) => setTimeout(r, 2_000));
restartedAt = Date.now();
execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', 'stop', '-m', 'fast']);
await new Promise((r) => setTimeout(r, 2_000));
execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', 'start']);
backAt = Date.now();
const deadline = Date.now() + 15_000;
while (!firstSuccessAfterBack && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
await new Promise((r) => setTimeout(r, 2_000));
stop = true;
await Promise.all(writers);

const check = await new pg.Client({ connectionString: url });
await check.connect();
const rows = (await check.query(`select name, count(*)::int as n from institution where name like 'Fault write %' group by name`)).rows as { name: string; n: number }[];
await check.end();
const stored = new Map(rows.map((r) => [Number(r.name.slice('Fault write '.length)), r.n]));
const lost = acknowledged.filter((n) => !stored.has(n));
const duplicated = rows.filter((r) => r.n > 1);
const outageCodes = [...new Set(failures.map((f) => f.code))];
const slowestFailure = Math.max(0, ...failures.map((f) => f.ms));
const recovery = firstSuccessAfterBack ? (firstSuccessAfterBack - backAt) / 1000 : Number.POSITIVE_INFINITY;

const alive = (await fetch(`${server.url}/healthz`)).status === 200;
await server.close();
const cleanup = new pg.Client({ connectionString: baseUrl.replace(/\/[^/]*$/, '/postgres') });
await cleanup.connect();
await cleanup.query(`drop database if exists ${dbName} with (force)`);
await cleanup.end();

console.log(JSON.stringify({
  writesAttempted: i,
  writesAcknowledged: acknowledged.length,
  writesFoundInDatabase: rows.length,
  lost: lost.length,
  duplicated: duplicated.length,
  failedDuringOutage: failures.length,
  outageErrorCodes: outageCodes,
  slowestFailedRequestMs: slowestFailure,
  outageSeconds: (backAt - restartedAt) / 1000,
  recoverySecondsAfterDatabaseBack: recovery,
  processStayedUp: alive,
}, null, 2));

const ok = lost.length === 0 && duplicated.length === 0 && recovery <= 10 && alive && outageCodes.every((c) => c === 'DATABASE_UNAVAILABLE' || c === undefined);
console.log(ok ? 'fault:pg-restart passed' : 'fault:pg-restart FAILED');
process.exit(ok ? 0 : 1);
