import { type AuditResult, serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../server/api/limits.js';
import { startTestServer, type TestServer } from '../harness/server.js';

/**
 * SHOULD-level recommendations of the GraphQL-over-HTTP spec that Accord deliberately does not
 * follow, by audit name; each is explained in SECURITY.md. A new warning fails the test so that
 * it gets looked at (and documented) rather than slipping by.
 */
const DOCUMENTED_WARNINGS = new Set([
  // Apollo answers documents it refuses with 400 whatever the Accept header, as SECURITY.md explains.
  'SHOULD use 200 status code on document parsing failure when accepting application/json',
  'SHOULD use 200 status code on document validation failure when accepting application/json',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
]);

describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.close());

  it('passes every MUST audit; the SHOULD warnings are the documented ones', async () => {
    const results: AuditResult[] = [];
    for (const audit of serverAudits({ url: t.url })) results.push(await audit.fn());

    const describeFailure = async (r: AuditResult) =>
      r.status === 'ok' ? r.name : `${r.name}: ${r.reason} (HTTP ${r.response.status} ${(await r.response.clone().text()).replace(/\s+/g, ' ').slice(0, 200)})`;
    const failures = results.filter((r) => r.status === 'error');
    const warnings = results.filter((r) => r.status === 'warn');
    const notices = results.filter((r) => r.status === 'notice');

    const count = (level: string) => results.filter((r) => r.name.startsWith(`${level} `));
    const passed = (level: string) => count(level).filter((r) => r.status === 'ok').length;
    console.log(
      `graphql-http audits: ${results.length} run; MUST ${passed('MUST')}/${count('MUST').length} passed, ` +
        `SHOULD ${passed('SHOULD')}/${count('SHOULD').length}, MAY ${passed('MAY')}/${count('MAY').length}`,
    );
    for (const w of warnings) console.log(`  SHOULD warning: ${await describeFailure(w)}`);
    for (const n of notices) console.log(`  MAY notice:     ${await describeFailure(n)}`);

    expect(await Promise.all(failures.map(describeFailure))).toEqual([]);
    expect(warnings.map((w) => w.name).filter((name) => !DOCUMENTED_WARNINGS.has(name))).toEqual([]);
  });

  it('refuses batched requests (JSON arrays) with 400', async () => {
    for (const batch of [[], [{ query: '{ __typename }' }], [{ query: '{ __typename }' }, { query: '{ __typename }' }]]) {
      const res = await t.post(batch);
      expect(res.status).toBe(400);
      expect(res.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('answers a refused document with 400 and a code for either Accept header', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const tooDeep = `{ institution(id: "x") { ${'parent { '.repeat(MAX_DEPTH)}id${' }'.repeat(MAX_DEPTH)} } }`;
      const res = await t.post({ query: tooDeep }, { accept });
      expect(res.status).toBe(400);
      expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});
