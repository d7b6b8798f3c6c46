import http from 'node:http';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createErrorFormatter } from '../../server/api/format-error.js';
import { HeavyLane } from '../../server/api/heavy-lane.js';
import { startTestServer, type TestServer } from '../harness/server.js';

/*
 * No single caller can starve the others: a per-caller rate limit and concurrency cap (429 with
 * Retry-After), a cost limit that counts page sizes given as variables, and the heavy lane
 * (SERVER_BUSY, 503 with Retry-After, once its queue is full). And operators can see it: /metrics.
 */

let t: TestServer;
let viewer: string;

beforeAll(async () => {
  t = await startTestServer({
    seed: true,
    env: { RATE_LIMIT_MAX: '40', RATE_LIMIT_WINDOW_MS: '60000', CALLER_CONCURRENCY_MAX: '3', HEAVY_CONCURRENCY: '1', HEAVY_QUEUE_MAX: '0' },
  });
  viewer = await t.tokenFor('VIEWER');
});
afterAll(() => t?.close());

const as = (token: string) => ({ authorization: `Bearer ${token}` });
const base = () => t.url.replace('/graphql', '');

describe('per-caller limits', () => {
  it('answers 429 with Retry-After past the rate limit, per token, and keeps /healthz open', async () => {
    const other = await t.tokenFor('VIEWER');
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 45; i++) {
      const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...as(viewer) }, body: '{"query":"{ me { name } }"}' });
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        expect(((await res.json()) as { code: string }).code).toBe('RATE_LIMITED');
      } else await res.text();
    }
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(40);
    expect(statuses.at(-1)).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // Another caller is not affected, nor are the probes.
    expect((await t.post({ query: '{ me { name } }' }, as(other))).status).toBe(200);
    expect((await fetch(`${base()}/healthz`)).status).toBe(200);
  });

  it('caps the requests one caller has in flight at once', async () => {
    const token = await t.tokenFor('VIEWER');
    // Three requests whose bodies are still arriving are in flight (the cap counts from the first byte).
    const url = new URL(t.url);
    const open = Array.from({ length: 3 }, () => {
      const request = http.request({ host: url.hostname, port: url.port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '200', authorization: `Bearer ${token}` } });
      request.on('error', () => {});
      request.write('{"query":');
      return request;
    });
    await new Promise((r) => setTimeout(r, 300));
    const fourth = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...as(token) }, body: '{"query":"{ me { name } }"}' });
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get('retry-after')).toBe('1');
    expect(((await fourth.json()) as { code: string }).code).toBe('RATE_LIMITED');
    for (const request of open) request.destroy();
    await new Promise((r) => setTimeout(r, 300));
    // Once they are gone, the caller is served again.
    expect((await t.post({ query: '{ me { name } }' }, as(token))).status).toBe(200);
  });
});

describe('cost limit', () => {
  const fields = 'name acronym kind status country website description aliases';
  const one = (i: number) =>
    `a${i}: institutions(first: $n) { nodes { ${fields} children { ${fields} parent { ${fields} children { ${fields} parent { ${fields} } } } } } }`;
  const query = `query($n: Int) { ${Array.from({ length: 20 }, (_, i) => one(i)).join(' ')} }`;

  it('counts page sizes given as variables like literals', async () => {
    const literal = await t.post({ query: query.replaceAll('$n', '100').replace('query($n: Int)', 'query') }, as(await t.tokenFor('VIEWER')));
    expect(literal.status).toBe(400);
    const variables = await t.post({ query, variables: { n: 100 } }, as(await t.tokenFor('VIEWER')));
    expect(variables.status).toBe(400);
    expect(variables.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(variables.json.errors[0].message).toMatch(/Cost limit/);
    const small = await t.post({ query, variables: { n: 2 } }, as(await t.tokenFor('VIEWER')));
    expect(small.status).toBe(200);
  });
});

describe('heavy lane', () => {
  it('refuses an expensive operation with SERVER_BUSY, 503 and Retry-After while the lane is full, and lets light ones through', async () => {
    const heavy = '{ stats(groupBy: [YEAR, COUNTRY]) { total } }';
    const token = await t.tokenFor('VIEWER');
    // HEAVY_CONCURRENCY 1, HEAVY_QUEUE_MAX 0: holding the one slot fills the lane.
    const release = await t.server.heavyLane.acquire();
    try {
      const busy = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...as(token) }, body: JSON.stringify({ query: heavy }) });
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toBe('2');
      expect(((await busy.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('SERVER_BUSY');
      // A light query is not in the lane.
      expect((await t.post({ query: '{ institutions(first: 1) { totalCount } }' }, as(token))).status).toBe(200);
    } finally {
      release();
    }
    expect((await t.post({ query: heavy }, as(token))).status).toBe(200);
  });

  it('queues up to its limit and refuses after the wait', async () => {
    const lane = new HeavyLane({ concurrency: 1, queueMax: 1, queueTimeoutMs: 50 });
    const first = await lane.acquire();
    const second = lane.acquire();
    await expect(lane.acquire()).rejects.toMatchObject({ extensions: { code: 'SERVER_BUSY' } });
    first();
    (await second)();
    const held = await lane.acquire();
    await expect(lane.acquire()).rejects.toMatchObject({ extensions: { code: 'SERVER_BUSY' } });
    held();
    expect(lane.running).toBe(0);
  });
});

describe('database capacity', () => {
  // PostgreSQL only: on the embedded database, Kysely's single connection queues requests behind an
  // open transaction before they reach the session's wait limit (tested below with a long statement).
  it.skipIf(!process.env.DATABASE_URL)('answers SERVER_BUSY (503, Retry-After) when every pooled connection is taken, not DATABASE_UNAVAILABLE', async () => {
    const small = await startTestServer({ env: { DB_POOL_MAX: '1', DB_CONNECT_TIMEOUT_MS: '300', AUTH_DEV_MODE: 'true' } });
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      // Hold the only connection in an open transaction.
      const holding = small.db.orm.em.fork().transactional(async (em) => {
        await em.execute('select 1');
        await held;
      });
      await new Promise((r) => setTimeout(r, 100));
      const res = await small.post({ query: '{ institutions(first: 1) { totalCount } }' }, { authorization: '' });
      release();
      await holding;
      expect(res.status).toBe(503);
      expect(res.json.errors[0].extensions.code).toBe('SERVER_BUSY');
      // And once the connection is free again, everything answers.
      expect((await small.post({ query: '{ institutions(first: 1) { totalCount } }' }, { authorization: '' })).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it.skipIf(!process.env.DATABASE_URL)('reports a statement cut by the statement timeout as QUERY_TIMEOUT', async () => {
    const error = await t.db.orm.em
      .fork()
      .transactional(async (em) => {
        await em.execute('set local statement_timeout = 50');
        await em.execute('select pg_sleep(2)');
      })
      .catch((e: unknown) => e);
    const format = createErrorFormatter(pino({ level: 'silent' }), () => t.db.pool());
    const formatted = format({ message: 'x', path: ['stats'] }, new GraphQLError('x', { originalError: error as Error, path: ['stats'] }));
    expect(formatted.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(formatted.message).not.toMatch(/canceling|statement_timeout|pg_/);
  });
});

describe.skipIf(!!process.env.DATABASE_URL)('the embedded database on a thread of its own', () => {
  it('answers /healthz during a long statement, cuts the statement at its limit (QUERY_TIMEOUT), answers SERVER_BUSY until it ends, then serves again', async () => {
    const small = await startTestServer({ env: { DB_STATEMENT_TIMEOUT_MS: '500', DB_CONNECT_TIMEOUT_MS: '300', AUTH_DEV_MODE: 'true' } });
    try {
      const long = small.db.orm.em
        .fork()
        .execute('select pg_sleep(3)')
        .catch((e: unknown) => e);
      await new Promise((r) => setTimeout(r, 50));
      // The HTTP thread is free while PGlite works on its thread.
      const health = await fetch(`${small.url.replace('/graphql', '')}/healthz`);
      expect(health.status).toBe(200);
      expect(small.db.pool()?.inUse).toBe(1);
      // The statement is answered at its limit, as PostgreSQL's statement_timeout would be.
      const error = await long;
      const format = createErrorFormatter(pino({ level: 'silent' }), () => small.db.pool());
      expect(format({ message: 'x', path: ['stats'] }, new GraphQLError('x', { originalError: error as Error, path: ['stats'] })).extensions?.code).toBe('QUERY_TIMEOUT');
      // PGlite cannot interrupt it: until it ends, others are told the server is busy (not left waiting).
      expect(small.db.pool()?.inUse).toBe(1);
      const busy = await small.post({ query: '{ institutions(first: 1) { totalCount } }' }, { authorization: '' });
      expect(busy.status).toBe(503);
      expect(busy.json.errors[0].extensions.code).toBe('SERVER_BUSY');
      // Once it has ended, everything answers again.
      await expect
        .poll(async () => (await small.post({ query: '{ institutions(first: 1) { totalCount } }' }, { authorization: '' })).status, { timeout: 20_000, interval: 250 })
        .toBe(200);
    } finally {
      await small.close();
    }
  });
});

describe('metrics', () => {
  it('serves Prometheus text with requests, latency, statements, pool, heavy lane, refusals, memory and event-loop delay', async () => {
    await t.post({ query: 'query Probe { institutions(first: 1) { totalCount } }' }, as(await t.tokenFor('VIEWER')));
    const res = await fetch(`${base()}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/accord_graphql_requests_total\{operation="Probe",outcome="ok"\} 1/);
    expect(text).toMatch(/accord_graphql_request_duration_seconds_bucket\{le="[^"]+",operation="Probe",outcome="ok"\}/);
    expect(text).toMatch(/accord_sql_statements_per_request_count\{operation="Probe"\} 1/);
    expect(text).toMatch(/accord_heavy_lane\{state="capacity"\} 1/);
    expect(text).toMatch(/accord_heavy_lane_refused_total [1-9]/);
    expect(text).toMatch(/accord_http_responses_total\{status="429"\} [1-9]/);
    expect(text).toMatch(/accord_http_responses_total\{status="503"\} [1-9]/);
    expect(text).toMatch(/accord_rate_limited_total\{limit="rate"\} [1-9]/);
    expect(text).toMatch(/accord_process_resident_memory_bytes \d/);
    expect(text).toMatch(/accord_nodejs_eventloop_lag_p99_seconds \d/);
    if (t.db.engine === 'postgresql') expect(text).toMatch(/accord_db_pool_connections\{state="max"\} 10/);
  });

  it('is not public in production', async () => {
    const prod = await startTestServer({ env: { NODE_ENV: 'production', METRICS_TOKEN: 'm'.repeat(32) } });
    try {
      const url = prod.url.replace('/graphql', '/metrics');
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: as(await prod.tokenFor('VIEWER')) })).status).toBe(401);
      expect((await fetch(url, { headers: as('m'.repeat(32)) })).status).toBe(200);
      expect((await fetch(url, { headers: as(prod.adminToken) })).status).toBe(200);
    } finally {
      await prod.close();
    }
  });
});
