// `accord network …` and `accord path …` against the real server (in process, tests/harness/cli.ts), on a small chain: Alpha —relation— Beta —event— Gamma —document— Delta; Epsilon alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../client/cli/exit-codes.js';
import { cliRunner } from '../harness/cli.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
const id: Record<string, string> = {};

/** `accord …args` in process against the test server, as the administrator. */
const accord = cliRunner(() => ({ url: t.url, token: t.adminToken }));

async function create(mutation: string, input: Record<string, unknown>) {
  const res = await t.post({ query: `mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { userErrors { code } } }`, variables: { input } });
  expect(res.json.data[mutation].userErrors).toEqual([]);
}

beforeAll(async () => {
  t = await startTestServer();
  for (const name of ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon']) {
    id[name] = (await t.client.createInstitution({ name: `Cli Graph ${name}`, kind: 'OMBUDSMAN', country: 'AZ' })).id;
  }
  await create('createRelation', { kind: 'PARTNER_OF', subjectInstitutionId: id.Alpha, objectId: id.Beta, startDate: '2020' });
  await create('createEvent', {
    title: 'Cli Graph Forum',
    kind: 'FORUM',
    status: 'HELD',
    startDate: '2023-05-02',
    participations: [{ institutionId: id.Beta, role: 'HOST' }, { institutionId: id.Gamma, role: 'PARTICIPANT' }],
  });
  await create('createDocument', {
    title: 'Cli Graph Declaration',
    kind: 'DECLARATION',
    date: '2024',
    parties: [{ institutionId: id.Gamma, role: 'ISSUER' }, { institutionId: id.Delta, role: 'CO_ISSUER' }],
  });
});
afterAll(() => t?.close());

describe('accord network and accord path', () => {
  it.concurrent('network show prints the institutions by distance and the links with why and when', async () => {
    const r = await accord(['network', 'show', 'cli graph alpha', '--hops', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Cli Graph Alpha: 2 institutions within 2 hops, 2 links/);
    expect(r.stdout).toMatch(/^HOPS\s+INSTITUTION\s+KIND\s+COUNTRY\s+LINKS\s+WEIGHT$/m);
    expect(r.stdout).toMatch(/^1\s+Cli Graph Beta\s+OMBUDSMAN\s+AZ/m);
    expect(r.stdout).toMatch(/^2\s+Cli Graph Gamma/m);
    expect(r.stdout).toMatch(/^Cli Graph Beta\s+Cli Graph Gamma\s+1\s+1\s+2023-05-02\s+event$/m);
  });

  it.concurrent('network show --json and --dot', async () => {
    const json = await accord(['--json', 'network', 'show', id.Beta!]);
    expect(json.code).toBe(0);
    const hood = JSON.parse(json.stdout);
    expect(hood.nodes.map((n: { institution: { name: string } }) => n.institution.name).sort()).toEqual(['Cli Graph Alpha', 'Cli Graph Beta', 'Cli Graph Gamma']);
    const dot = await accord(['network', 'show', 'cli graph beta', '--dot']);
    expect(dot.stdout).toMatch(/^graph cooperation \{/);
    expect(dot.stdout).toContain(`"${id.Beta}" -- "${id.Gamma}"`);
  });

  it.concurrent('path explains every hop; no path is an answer (exit 0)', async () => {
    const r = await accord(['path', 'cli graph alpha', 'cli graph delta']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Cli Graph Alpha → Cli Graph Delta: 1 shortest path of 3 hops$/m);
    expect(r.stdout).toMatch(/1\. Cli Graph Alpha → Cli Graph Beta .*relation/);
    expect(r.stdout).toMatch(/EVENT\s+Cli Graph Forum\s+2023-05-02\s+weight 1 \(event\) × 1 \(HELD\)$/m);
    expect(r.stdout).toMatch(/DOCUMENT\s+Cli Graph Declaration\s+2024/);
    const none = await accord(['path', 'cli graph alpha', 'cli graph epsilon']);
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/not connected/);
    const short = await accord(['--json', 'path', 'cli graph alpha', 'cli graph delta', '--max-hops', '2']);
    expect(JSON.parse(short.stdout)).toMatchObject({ status: 'NO_PATH', message: 'no path of at most 2 hops', paths: [] });
  });

  it.concurrent('network partners and metrics', async () => {
    const partners = await accord(['network', 'partners', 'cli graph beta']);
    expect(partners.code, partners.stderr).toBe(0);
    expect(partners.stdout.trim().split('\n').slice(1).map((l) => l.split(/\s{2,}/)[0])).toEqual(['Cli Graph Alpha', 'Cli Graph Gamma']);
    const metrics = await accord(['network', 'metrics', 'cli graph beta', '--records', 'relation,events']);
    expect(metrics.stdout).toMatch(/partners \(degree\)\s+2/);
    expect(metrics.stdout).toMatch(/ego betweenness\s+1 \(normalised 1\)/);
  });

  it.concurrent('refuses bad options with exit code 2', async () => {
    const r = await accord(['network', 'show', 'cli graph alpha', '--records', 'gossip']);
    expect(r.code).toBe(ExitCode.USAGE);
    expect(r.stderr).toMatch(/unknown record kind GOSSIP/);
    const hops = await accord(['network', 'show', 'cli graph alpha', '--hops', '4']);
    expect(hops.code).toBe(ExitCode.USAGE);
    expect(hops.stderr).toMatch(/hops: must be between 1 and 3/);
    const date = await accord(['path', 'a', 'b', '--from', '2024-13']);
    expect(date.code).toBe(ExitCode.USAGE);
  });
});
