import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

/* No token reaches the logs: not in a URL (`?token=`), not in an Authorization header, at any level. */

let t: TestServer;
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});

beforeAll(async () => {
  t = await startTestServer({ log: pino({ level: 'trace' }, sink) });
});
afterAll(() => t?.close());

const base = () => t.url.replace('/graphql', '');

describe('log redaction', () => {
  it('keeps ?token= out of every log line, the 404 handler included', async () => {
    const secret = `acc_${'s'.repeat(43)}`;
    const urls = [
      `/calendar.ics/?token=${secret}`,
      `/calendar.ics?kinds=event&token=${secret}`,
      `/calendar.ics?TOKEN=${secret}&x=1`,
      `/nope?token=${encodeURIComponent(secret)}`,
      `/export/institutions.csv?token=${secret}`,
    ];
    for (const url of urls) await fetch(base() + url);
    const notFound = await fetch(`${base()}/calendar.ics/?token=${secret}`);
    expect(notFound.status).toBe(404);
    expect(await notFound.text()).not.toContain(secret);
    expect(lines.some((l) => l.includes('not found'))).toBe(true);
    expect(lines.filter((l) => l.includes(secret) || l.includes('sssssssss'))).toEqual([]);
    expect(lines.some((l) => l.includes('token=[REDACTED]'))).toBe(true);
  });

  it('keeps Authorization headers out of every log line', async () => {
    const secret = `acc_${'h'.repeat(43)}`;
    await t.post({ query: '{ me { name } }' }, { authorization: `Bearer ${secret}` });
    await fetch(`${base()}/nope`, { headers: { authorization: `Bearer ${secret}` } });
    expect(lines.filter((l) => l.includes('hhhhhhhhh'))).toEqual([]);
  });
});
