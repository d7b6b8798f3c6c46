import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

describe('HTTP surface', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.close());

  it('reports liveness and readiness', async () => {
    const base = t.server.url;
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: t.db.engine });
  });

  it('keeps CSRF prevention on: simple GETs and text/plain POSTs are refused', async () => {
    const get = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    const plain = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(plain.status).toBeGreaterThanOrEqual(400);
    expect(plain.status).toBeLessThan(500);
    const preflighted = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await preflighted.json()).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('refuses mutations over GET', async () => {
    const q = encodeURIComponent('mutation { createInstitution(input: {name: "x", kind: NGO}) { institution { id } } }');
    const res = await fetch(`${t.url}?query=${q}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
    expect((await t.client.institutions()).totalCount).toBe(0);
  });

  it('caps the request body size', async () => {
    const res = await t.post({ query: `{ __typename } # ${'x'.repeat(2 * 1024 * 1024)}` });
    expect(res.status).toBe(413);
  });

  it('answers malformed JSON and documents with 400, never 500', async () => {
    expect((await t.post('{"query": ')).status).toBe(400);
    const syntax = await t.post({ query: '{ institutions( }' });
    expect(syntax.status).toBe(400);
    expect(syntax.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknownField = await t.post({ query: '{ nope }' });
    expect(unknownField.status).toBe(400);
    expect(unknownField.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('production mode', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => t?.close());

  it('disables introspection and field suggestions, and sends no stack traces', async () => {
    const introspection = await t.post({ query: '{ __schema { types { name } } }' });
    expect(introspection.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await t.post({ query: '{ institutionz { totalCount } }' });
    expect(JSON.stringify(typo.json)).not.toMatch(/Did you mean/);
    const notFound = await t.post({ query: '{ institution(id: "x") { id } }' });
    for (const res of [introspection, typo, notFound]) {
      for (const error of res.json.errors) expect(error.extensions.stacktrace).toBeUndefined();
    }
  });
});

describe('database outage', () => {
  it('fails requests fast with DATABASE_UNAVAILABLE and readiness with 503, while staying alive', async () => {
    // A PostgreSQL URL where nothing listens: every statement fails to connect.
    const t = await startTestServer({
      noAdmin: true,
      env: { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/accord', MIGRATE_ON_START: 'false', DB_CONNECT_TIMEOUT_MS: '1000', AUTH_DEV_MODE: 'true' },
    });
    try {
      const started = Date.now();
      const res = await t.post({ query: '{ institutions { totalCount } }' });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(res.json.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(res.json.errors[0].message).not.toMatch(/127\.0\.0\.1|ECONN|\.ts|\.js/);
      expect((await fetch(`${t.server.url}/readyz`)).status).toBe(503);
      // With a token, authentication itself needs the database: also a clean 503.
      const withToken = await t.post({ query: '{ me { name } }' }, { authorization: `Bearer acc_${'x'.repeat(43)}` });
      expect(withToken.status).toBe(503);
      expect(withToken.json.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect((await fetch(`${t.server.url}/healthz`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
