// The embedded database (PGlite) on its own thread: how /healthz and a light GraphQL query answer
// while one long statement runs (5 million rows counted, ≈5 s on PGlite here), with the statement
// limit at 2 s. Not a test: it prints figures.
//
//   npm run -s bench:embedded
import 'reflect-metadata';
import pino from 'pino';
import { startServer } from '../server/app/app.js';
import { loadConfig } from '../server/kernel/config.js';

const config = loadConfig({
  PORT: '0', DATA_DIR: ':memory:', SEED_ON_START: 'always', LOG_LEVEL: 'silent', AUTH_DEV_MODE: 'true', SHUTDOWN_GRACE_MS: '0',
  DB_STATEMENT_TIMEOUT_MS: '2000', DB_CONNECT_TIMEOUT_MS: '1000',
});
const server = await startServer(config, { log: pino({ level: 'silent' }) });
const base = server.url;
const timed = async (what: () => Promise<string>) => {
  const start = performance.now();
  const outcome = await what();
  return `${(performance.now() - start).toFixed(0).padStart(5)} ms  ${outcome}`;
};
const health = () => timed(async () => `/healthz ${(await fetch(`${base}/healthz`)).status}`);
const light = () =>
  timed(async () => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ institutions(first: 5) { totalCount } }"}' });
    const body = (await res.json()) as { errors?: { extensions: { code: string } }[] };
    return `light query ${res.status} ${body.errors?.[0]?.extensions.code ?? 'ok'}`;
  });

console.log('idle:');
console.log(`  ${await health()}\n  ${await light()}`);
const started = performance.now();
const long = server.db.orm.em
  .fork()
  .execute('select count(*) from generate_series(1, 5000000)')
  .then(
    () => `finished after ${(performance.now() - started).toFixed(0)} ms`,
    (e: { code?: string }) => `answered ${e.code} after ${(performance.now() - started).toFixed(0)} ms`,
  );
await new Promise((r) => setTimeout(r, 100));
console.log('during the long statement:');
console.log(`  ${await health()}\n  ${await light()}`);
console.log(`  the long statement: ${await long}`);
await new Promise((r) => setTimeout(r, 4000));
console.log('after it ended:');
console.log(`  ${await health()}\n  ${await light()}`);
await server.close();
