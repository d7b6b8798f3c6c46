import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';
import { builders, InstitutionKind } from './timeline.fixtures.js';

/*
 * SIGTERM during an export (server.close() is what main.ts runs on SIGTERM): the export ends at
 * its next page with a truncation marker, within the grace period, instead of being cut off by a
 * closed database; a request arriving after the signal gets a clean 503, not a reset connection.
 */

let t: TestServer;
let closed = false;

beforeAll(async () => {
  t = await startTestServer({ env: { SHUTDOWN_GRACE_MS: '400' } });
  const em = t.db.orm.em.fork();
  const b = builders(em);
  for (let i = 0; i < 400; i++) b.institution(`Shutdown Institution ${String(i).padStart(3, '0')}`, InstitutionKind.OTHER);
  await em.flush();
});
afterAll(async () => {
  if (!closed) await t?.close();
});

describe('shutdown', () => {
  // On the embedded in-memory database the 400 pages are written before the signal can come (the
  // export is too fast to interrupt); PostgreSQL exercises the path.
  it.skipIf(!process.env.DATABASE_URL)('ends an in-flight export with a truncation marker and refuses later requests with 503', async () => {
    const base = t.url.replace('/graphql', '');
    const response = await fetch(`${base}/export`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminToken}` },
      // One row per page: 400 pages, several seconds — still running when the signal comes.
      body: JSON.stringify({ query: '{ institutions(first: 1) { nodes { name } } }' }),
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let text = new TextDecoder().decode((await reader.read()).value);
    const closing = t.server.close();
    closed = true;
    const late = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminToken}` },
      body: '{"query":"{ me { name } }"}',
    });
    expect(late.status).toBe(503);
    expect(late.headers.get('retry-after')).toBe('1');
    expect(((await late.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('SHUTTING_DOWN');
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await closing;
    const lines = text.trim().split('\r\n');
    expect(lines.length).toBeLessThan(401);
    expect(lines.at(-1)).toBe('# truncated: the server is shutting down; run the export again for the rest');
    expect(lines.slice(1, -1).every((l) => l.startsWith('Shutdown Institution'))).toBe(true);
    await t.close().catch(() => {});
  });
});
