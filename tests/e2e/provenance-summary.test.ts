// Provenance in use: `uncited: true` on every list, and the summary of records and fields
// without a citation, by kind — on the seed dataset plus records entered without a source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: true });
});
afterAll(() => t?.close());

async function gql(query: string, variables?: Record<string, unknown>) {
  const res = await t.post({ query, variables });
  expect(res.json.errors).toBeUndefined();
  return { data: res.json.data, sql: res.json.extensions?.sqlStatements as number };
}

/** totalCount of a list for uncited: true and false. */
async function split(list: string): Promise<[number, number]> {
  const { data } = await gql(`{ a: ${list}(filter: { uncited: true }, first: 100) { totalCount } b: ${list}(filter: { uncited: false }, first: 100) { totalCount } }`);
  return [data.a.totalCount, data.b.totalCount];
}

const LISTS = ['institutions', 'people', 'posts', 'relations', 'events', 'eventSeriesList', 'visits', 'documents', 'agreements', 'commitments', 'topics', 'sources'];

describe('uncited: true on every list', () => {
  it('finds nothing uncited in the seed except its topics (the registry’s own categories)', async () => {
    for (const list of LISTS) {
      const [uncited, cited] = await split(list);
      if (list === 'topics') {
        expect(uncited, list).toBe(14);
        expect(cited, list).toBe(1); // "Mine action": its description holds facts and cites them
      } else {
        expect(uncited, list).toBe(0);
      }
    }
  });

  it('lists a record entered without a source until it cites one', async () => {
    const { data } = await gql(`mutation { createInstitution(input: { name: "Ombudsman of Nowhere", kind: OMBUDSMAN }) { institution { id } userErrors { message } } }`);
    const id = data.createInstitution.institution.id;
    const uncited = async () =>
      (await gql('{ institutions(filter: { uncited: true }, first: 10) { nodes { id name } } }')).data.institutions.nodes.map((n: { id: string }) => n.id);
    expect(await uncited()).toEqual([id]);
    const { data: sources } = await gql('{ sources(filter: { search: "Azernews" }, first: 1) { nodes { id } } }');
    const cite = await gql(`mutation($input: CiteSourceInput!) { citeSource(input: $input) { citation { fields basis } userErrors { message } } }`, {
      input: { recordId: id, sourceId: sources.sources.nodes[0].id, quote: 'Azernews reports', fields: ['name'] },
    });
    expect(cite.data.citeSource).toEqual({ citation: { fields: ['name'], basis: 'QUOTED' }, userErrors: [] });
    expect(await uncited()).toEqual([]);
  });

  it('refuses an INFERRED citation without its reason, and changes nothing', async () => {
    const { data } = await gql('{ institutions(first: 1) { nodes { id citations { id } } } sources(filter: { kind: [REGISTRY_EDITORS] }, first: 1) { nodes { id } } }');
    const institution = data.institutions.nodes[0];
    const res = await gql(`mutation($input: CiteSourceInput!) { citeSource(input: $input) { citation { id } userErrors { field code message } } }`, {
      input: { recordId: institution.id, sourceId: data.sources.nodes[0].id, basis: 'INFERRED', fields: ['kind'] },
    });
    expect(res.data.citeSource.citation).toBeNull();
    expect(res.data.citeSource.userErrors[0]).toMatchObject({ field: ['input', 'reason'] });
    const after = await gql(`query($id: ID!) { node(id: $id) { ... on Institution { citations { id } } } }`, { id: institution.id });
    expect(after.data.node.citations).toHaveLength(institution.citations.length);
  });
});

describe('provenanceSummary', () => {
  it('counts, by kind, the records and field values without a citation and those only inferred — in one statement', async () => {
    const { data, sql } = await gql(`{ provenanceSummary(types: ["Event", "Institution", "Document", "Topic"]) {
      records uncitedRecords uncitedFields inferredFields
      kinds { recordType records uncitedRecords fields { field withValue uncited inferred } } } }`);
    expect(sql).toBe(1);
    const summary = data.provenanceSummary;
    const kind = (type: string) => summary.kinds.find((k: { recordType: string }) => k.recordType === type);
    const field = (type: string, name: string) => kind(type).fields.find((f: { field: string }) => f.field === name);
    expect(summary.kinds.map((k: { recordType: string }) => k.recordType)).toEqual(['Institution', 'Event', 'Document', 'Topic']);
    // Event start dates: the OIC Ombudsman Association's two meetings, Aliyeva's media interviews,
    // the OIC events of 2024 and the first Children's Rights Month are the registry editors' dates.
    expect(field('Event', 'startDate')).toMatchObject({ inferred: 5, uncited: 0 });
    expect(field('Document', 'date')).toMatchObject({ inferred: 2, uncited: 0 }); // the Baku Declaration, Aliyeva's address
    expect(field('Institution', 'website')).toEqual({ field: 'website', withValue: 0, uncited: 0, inferred: 0 });
    expect(kind('Topic')).toMatchObject({ records: 15, uncitedRecords: 14 });
    expect(summary.records).toBe(summary.kinds.reduce((n: number, k: { records: number }) => n + k.records, 0));
  });

  it('refuses an unknown kind', async () => {
    const res = await t.post({ query: '{ provenanceSummary(types: ["Spaceship"]) { records } }' });
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('accord provenance', () => {
  it('prints the uncited and inferred fields by kind, or the summary as JSON', async () => {
    const { spawn } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const root = fileURLToPath(new URL('../../', import.meta.url));
    // The server runs in this process: the CLI must run asynchronously.
    const run = (args: string[]) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [`${root}bin/accord.js`, ...args], {
          cwd: root,
          env: { ...process.env, ACCORD_URL: t.url, ACCORD_TOKEN: t.adminToken, NO_COLOR: '1' },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
    const table = await run(['provenance', '--type', 'Event,Document']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^KIND\s+RECORDS\s+UNCITED\s+FIELDS UNCITED\s+FIELDS INFERRED$/m);
    expect(table.stdout).toMatch(/^Event\s+\d+\s+0\s+.*startDate 5/m);
    expect(table.stderr).toMatch(/records cite nothing/);
    const json = JSON.parse((await run(['--json', 'provenance', '--type', 'Topic'])).stdout);
    expect(json.kinds).toEqual([expect.objectContaining({ recordType: 'Topic', records: 15, uncitedRecords: 14 })]);
  });
});
