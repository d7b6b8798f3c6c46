import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

/*
 * Every entry point runs GraphQL through one execution path: /export obeys the same validation
 * rules, limits and production settings as /graphql, and bad export input is a 400 naming the
 * field and the reason, never a 500.
 */

let prod: TestServer;
let token: string;

beforeAll(async () => {
  prod = await startTestServer({ seed: true, env: { NODE_ENV: 'production', EXPORT_MAX_ROWS: '5' } });
  token = await prod.tokenFor('VIEWER');
});
afterAll(() => prod?.close());

const exportUrl = () => prod.url.replace('/graphql', '/export');
async function postExport(body: unknown) {
  const response = await fetch(exportUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: response.status, text, json };
}

describe('production rules on every entry point', () => {
  it('refuses introspection on /graphql plainly, without saying how to turn it on', async () => {
    const res = await prod.post({ query: '{ __schema { types { name } } }' }, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.json)).not.toMatch(/introspection: true|enable|ApolloServer/i);
  });

  it('refuses introspection and hides suggestions on /export too', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Institution") { fields { name } } }']) {
      const res = await postExport({ query });
      expect(res.status, query).toBe(400);
      expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.text).not.toMatch(/introspection: true|enable/i);
    }
    const typo = await postExport({ query: '{ institutionz { nodes { name } } }' });
    expect(typo.status).toBe(400);
    expect(typo.text).not.toMatch(/Did you mean/);
  });

  it('applies the same limits on /export as on /graphql', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: institutions { nodes { name } }`).join(' ');
    const res = await postExport({ query: `{ ${aliases} }` });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].message).toMatch(/Aliases/);
  });
});

describe('bad export input', () => {
  it('answers 400 with the field and the reason, never 500', async () => {
    const cases = [
      { body: { name: 'stats' }, field: 'groupBy' },
      { body: { name: 'stats', variables: { groupBy: ['NOPE'] } }, field: 'groupBy' },
      { body: { name: 'events', variables: { filter: { kind: ['NOPE'] } } }, field: 'filter' },
      { body: { name: 'stats', variables: { groupBy: 42 } }, field: 'groupBy' },
    ];
    for (const { body, field } of cases) {
      const res = await postExport(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.json.errors[0].message, JSON.stringify(res.json)).toContain(field);
    }
    const get = await fetch(`${exportUrl()}/stats.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(get.status).toBe(400);
  });

  it('coerces groupBy given as one string to a list, with its column', async () => {
    const res = await postExport({ name: 'stats', variables: { groupBy: 'TYPE' } });
    expect(res.status).toBe(200);
    expect(res.text.split('\r\n')[0]).toBe('type,count');
  });

  it('stops at the row cap with a clear truncation marker', async () => {
    const res = await postExport({ name: 'institutions' });
    expect(res.status).toBe(200);
    const lines = res.text.trim().split('\r\n');
    expect(lines.length).toBe(1 + 5 + 1);
    expect(lines.at(-1)).toMatch(/^# truncated: .*5 rows/);
  });
});
