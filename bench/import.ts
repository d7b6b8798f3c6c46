// Bulk import: `accord import` of a generated file of N institutions (a tenth of them with a parent
// that is another row of the file, by acronym) and then of N relations between them (subject and
// object by name), each as ONE transaction through importRecords, on a fresh database. Prints the
// times; it is not a test and asserts nothing.
//
//   npm run bench:import                          (embedded PGlite in memory, 10,000 rows)
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/accord_bench_import npm run bench:import -- --rows 10000 [--kinds institutions]
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import pino from 'pino';
import { run } from '../client/cli.js';
import { startServer } from '../server/app/app.js';
import { openDatabase } from '../server/db/database.js';
import { loadConfig } from '../server/kernel/config.js';
import { Role } from '../server/kernel/role.js';
import { createUserWithToken } from '../server/records/auth/auth.service.js';

const { values: args } = parseArgs({ options: { rows: { type: 'string', default: '10000' }, kinds: { type: 'string', default: 'institutions,relations' } } });
const KINDS = args.kinds!.split(',');
const N = Number(args.rows);

const config = loadConfig({
  ...process.env,
  NODE_ENV: 'production',
  PORT: '0',
  LOG_LEVEL: 'silent',
  SEED_ON_START: 'never',
  AUTH_DEV_MODE: 'false',
  ...(process.env.DATABASE_URL ? {} : { DATA_DIR: ':memory:' }),
  // One transaction = one request: 10,000 rows of this file are ≈2 MB, above the 1 MiB default.
  BODY_LIMIT_BYTES: process.env.BODY_LIMIT_BYTES ?? String(8 * 1024 * 1024),
});
const db = await openDatabase(config);
const server = await startServer(config, { db, log: pino({ level: 'silent' }) });
const { token } = await createUserWithToken(db.orm.em.fork() as never, { email: `import-${Date.now()}@bench.local`, name: 'Importer', role: Role.EDITOR });

const dir = mkdtempSync(join(os.tmpdir(), 'accord-bench-import-'));
const name = (i: number) => `Bench Institution ${String(i).padStart(6, '0')}`;
const institutions = Array.from({ length: N }, (_, i) => [
  name(i),
  `BI${i}`,
  i % 5 === 0 ? 'OMBUDSMAN' : 'NGO',
  ['AZ', 'GE', 'TR', 'FR', 'DE'][i % 5],
  i % 10 === 9 ? `BI${i - 9}` : '',
  `Generated row ${i}, with a comma`,
  `Alias ${i};Other alias ${i}`,
]);
const relations = Array.from({ length: N }, (_, i) => ['COOPERATES_WITH', name(i), name((i * 7 + 1) % N), String(2000 + (i % 25))]);
const institutionsFile = join(dir, 'institutions.csv');
const relationsFile = join(dir, 'relations.csv');
writeFileSync(institutionsFile, stringify([['name', 'acronym', 'kind', 'country', 'parent', 'description', 'aliases'], ...institutions]));
writeFileSync(relationsFile, stringify([['kind', 'subject institution', 'object', 'startDate'], ...relations]));

const sink = () => new (class extends Writable {
  text = '';
  override _write(chunk: Buffer, _e: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
})();

async function timed(label: string, argv: string[]) {
  const out = sink();
  const err = sink();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const code = await run(['node', 'accord', '--url', `${server.url}/graphql`, '--token', token, '--timeout', '600', ...argv], { stdout: out as never, stderr: err as never, env: {} });
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  const last = out.text.trimEnd().split('\n').at(-1);
  const load = os.loadavg()[0]!.toFixed(1);
  console.log(`| ${label} | ${N.toLocaleString('en')} | ${seconds.toFixed(1)} s | ${((user + system) / 1e6).toFixed(1)} s | ${Math.round(N / seconds).toLocaleString('en')} rows/s | ${load} | exit ${code}: ${last}${code ? ` ${err.text.trim()}` : ''} |`);
}

console.log(`machine: ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.versions.node}, ${db.engine}`);
console.log(`BODY_LIMIT_BYTES ${config.bodyLimitBytes}; CPU = this process (CLI, server${db.engine === 'pglite' ? ' and PGlite' : ''}); load = 1-minute load average after the run`);
console.log('\n| import | rows | wall time | CPU time | rate | load | result |');
console.log('|---|---|---|---|---|---|---|');
if (KINDS.includes('institutions')) await timed('institutions (one transaction)', ['import', 'institutions', institutionsFile]);
if (KINDS.includes('relations')) await timed('relations, names resolved (one transaction)', ['import', 'relations', relationsFile]);

rmSync(dir, { recursive: true, force: true });
await server.close();
