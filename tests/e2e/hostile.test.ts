// Hostile input over HTTP against the real server: a seeded flood of documents and requests that
// must all be refused with a 4xx (never a 5xx, never an internal error), then ≥1,000 seeded
// random valid operations generated from the schema that must never fail on the server's side.
// The generators live in tests/harness/hostile/. The figures printed here are the ones quoted in
// SECURITY.md.
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccordSchema } from '../../server/app/schema.js';
import { clientOperationsRefusedByLimits } from '../harness/hostile/client-operations.js';
import { runAll, send, postJson } from '../harness/hostile/http.js';
import { hostileProbes, judgeFlood, judgeValidOperations } from '../harness/hostile/probes.js';
import { SEED } from '../harness/hostile/random.js';
import { collectPools, type Pools, randomValidOperations } from '../harness/hostile/schema-walk.js';
import { startTestServer, type TestServer } from '../harness/server.js';

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

describe('hostile input', () => {
  let t: TestServer;
  let schema: GraphQLSchema;
  let pools: Pools;

  beforeAll(async () => {
    t = await startTestServer({ seed: true });
    schema = await buildAccordSchema();
    pools = await collectPools(schema, (body) => t.post(body));
  });
  afterAll(() => t?.close());

  it('keeps the limits generous enough for every client operation', () => {
    expect(clientOperationsRefusedByLimits(schema)).toEqual([]);
  });

  it('refuses ≥1,000 hostile documents and requests with a 4xx and a documented code, never a 5xx', { timeout: 300_000 }, async () => {
    const probes = hostileProbes(schema, pools);
    expect(probes.length).toBeGreaterThanOrEqual(1000);
    const started = Date.now();
    // Anonymous, as an attacker would be; the probes meant to reach the resolvers sign in.
    const replies = await runAll(probes, (p) => send(t.url, p.answer ? t.adminToken : null, p));
    const report = judgeFlood(probes, replies);
    console.log(
      `hostile flood: ${probes.length} requests in ${seconds(started)} s — ` +
        `${report.refused} refused with a 4xx, ${probes.length - report.refused - report.serverErrors} answered (2xx, client errors only), ${report.serverErrors} with a 5xx`,
    );
    for (const [kind, { n, statuses }] of report.byKind) {
      console.log(`  ${kind.padEnd(32)} ${String(n).padStart(4)}  ${[...statuses].map(([s, c]) => `${s}×${c}`).join(' ')}`);
    }
    expect(report.problems).toEqual([]);
    expect(report.serverErrors).toBe(0);
  });

  it('still serves normally after the flood', async () => {
    expect((await fetch(`${t.server.url}/healthz`)).status).toBe(200);
    const res = await t.post({ query: '{ institutions(first: 5) { totalCount nodes { id name } } }' });
    expect(res.status).toBe(200);
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.institutions.nodes.length).toBeGreaterThan(0);
  });

  // Found by the random operations below (it was an INTERNAL_SERVER_ERROR); cursors now carry
  // the ordering they were made for (server/api/relay.ts).
  it('refuses a cursor from another ordering with BAD_USER_INPUT', async () => {
    const page = await t.post({ query: '{ institutions(first: 2) { pageInfo { endCursor } } }' });
    const cursor = page.json.data.institutions.pageInfo.endCursor;
    const res = await t.post({
      query: 'query($c: String) { institutions(after: $c, orderBy: {field: CREATED_AT}) { totalCount } }',
      variables: { c: cursor },
    });
    expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers ≥1,000 random valid operations from the schema without a server-side error', { timeout: 600_000 }, async () => {
    const { operations, discarded } = randomValidOperations(schema, pools, SEED + 2, 1000);
    expect(operations.length).toBe(1000);
    const started = Date.now();
    const replies = await runAll(operations, (op) => send(t.url, t.adminToken, postJson('valid', op)));
    const report = judgeValidOperations(operations, replies);
    console.log(
      `random valid operations: ${operations.length} sent (${discarded} generated ones failed local validation and were not sent) ` +
        `in ${seconds(started)} s — ${report.withData} answered without errors, ` +
        `error codes ${JSON.stringify(Object.fromEntries(report.codes))}, ${report.serverErrors} with a 5xx; ` +
        `${pools.ids.length} real IDs of ${pools.byType.size} types and ${[...pools.cursors.values()].flat().length} cursors in the pools`,
    );
    expect(report.problems).toEqual([]);
    expect(report.serverErrors).toBe(0);
    expect(report.codes.get('INTERNAL_SERVER_ERROR') ?? 0).toBe(0);
    // Not degenerate: a good share of the operations are answered in full.
    expect(report.withData).toBeGreaterThan(400);
  });
});
