// The `accord` CLI against the real server on the seed dataset: in process (tests/harness/cli.ts),
// and as a user runs it — a child process (bin/accord.js → tsx → client/cli.ts) — for what only a
// process shows: the environment, stdin, exit status, a closed pipe. Read-only checks run concurrently.
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../client/cli/exit-codes.js';
import { cliRunner, spawnCli, spawnCliProcess, csvRows } from '../harness/cli.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let dir: string;

/** `accord …args` in process against the test server, as the administrator unless told otherwise. */
const accord = cliRunner(() => ({ url: t.url, token: t.adminToken }));

/** A local port nothing listens on. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const count = async () => (await t.client.institutions({ first: 1 })).totalCount;

beforeAll(async () => {
  t = await startTestServer({ seed: true });
  dir = mkdtempSync(join(tmpdir(), 'accord-cli-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('accord institutions (read-only)', () => {
  it.concurrent('exits 8 without a valid token', async () => {
    const anonymous = await accord(['institutions', 'search', 'oic'], { token: null });
    expect(anonymous.code).toBe(ExitCode.NOT_AUTHORISED);
    expect(anonymous.stderr).toMatch(/^error: .*UNAUTHENTICATED/);
    const revoked = await accord(['institutions', 'search', 'oic'], { token: `acc_${'x'.repeat(43)}` });
    expect(revoked.code).toBe(ExitCode.NOT_AUTHORISED);
  });

  it.concurrent('search prints a table of name, acronym, kind, country', async () => {
    const r = await accord(['institutions', 'search', 'oic']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+ACRONYM\s+KIND\s+COUNTRY$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/)[0])).toEqual([
      'OIC Council of Foreign Ministers',
      'OIC Ombudsman Association',
      'Organization of Islamic Cooperation',
    ]);
    expect(lines[1]).toMatch(/^OIC Council of Foreign Ministers\s+IGO_BODY\s*$/);
    expect(lines[3]).toMatch(/^Organization of Islamic Cooperation\s+OIC\s+INTERGOVERNMENTAL_ORGANIZATION\s*$/);
  });

  it.concurrent('search --json gives the total and the institutions; --limit and --country narrow it', async () => {
    const r = await accord(['--json', 'institutions', 'search', 'a', '--country', 'az', '--limit', '2']);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.totalCount).toBeGreaterThan(2);
    expect(body.institutions).toHaveLength(2);
    expect(Object.keys(body.institutions[0])).toEqual(expect.arrayContaining(['id', 'name', 'acronym', 'kind', 'country', 'countryName', 'version']));
    expect(body.institutions.every((i: { country: string }) => i.country === 'AZ')).toBe(true);
  });

  it.concurrent('show by acronym gives details with parent and children', async () => {
    const r = await accord(['institutions', 'show', 'OIC']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Organization of Islamic Cooperation \(OIC\)\n/);
    expect(r.stdout).toMatch(/^ {2}kind\s+INTERGOVERNMENTAL_ORGANIZATION$/m);
    expect(r.stdout).toMatch(/^ {2}children\s+Independent Permanent Human Rights Commission\s+IGO_BODY$/m);
    expect(r.stdout).toMatch(/^\s+OIC Council of Foreign Ministers\s+IGO_BODY$/m);
  });

  it.concurrent('show --json, case-insensitive acronym ("unesco"), then by its global ID', async () => {
    const r = await accord(['--json', 'institutions', 'show', 'unesco']);
    expect(r.code).toBe(0);
    const unesco = JSON.parse(r.stdout);
    expect(unesco).toMatchObject({ name: 'United Nations Educational, Scientific and Cultural Organization', acronym: 'UNESCO', kind: 'INTERGOVERNMENTAL_ORGANIZATION', parent: null, children: [] });
    expect(Object.keys(unesco)).toEqual(
      expect.arrayContaining(['id', 'name', 'acronym', 'aliases', 'kind', 'country', 'countryName', 'website', 'description', 'parent', 'children', 'createdAt', 'updatedAt', 'version']),
    );
    const iphrc = (await t.client.searchInstitutions('permanent human rights commission')).edges[0].node;
    const byId = await accord(['--json', 'institutions', 'show', iphrc.id]);
    expect(JSON.parse(byId.stdout)).toMatchObject({ name: 'Independent Permanent Human Rights Commission', parent: { acronym: 'OIC' } });
  });

  it.concurrent('show by an alias, ignoring case ("azerbaijani ombudsman institution")', async () => {
    const r = await accord(['--json', 'institutions', 'show', 'azerbaijani ombudsman institution']);
    expect(r.code).toBe(0);
    const az = JSON.parse(r.stdout);
    expect(az).toMatchObject({ country: 'AZ', kind: 'OMBUDSMAN' });
    expect(az.children.length).toBeGreaterThanOrEqual(4);
  });

  it.concurrent('an ambiguous name exits 3 and lists the candidates with their IDs', async () => {
    const r = await accord(['institutions', 'show', 'ombudsman']);
    expect(r.code).toBe(ExitCode.AMBIGUOUS);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: "ombudsman" matches \d+ institutions:\n/);
    expect(r.stderr).toMatch(/^NAME\s+ACRONYM\s+COUNTRY\s+ID$/m);
    expect(r.stderr).toMatch(/^Commissioner for Human Rights \(Ombudsman\) of the Republic of Azerbaijan\s+AZ\s+\S{20,}$/m);
    expect(r.stderr).toMatch(/^OIC Ombudsman Association\s+\S{20,}$/m);
    expect(r.stderr).toMatch(/^Regional Ombudsman centres\s+AZ\s+\S{20,}$/m);
  });

  it.concurrent('--json errors are one JSON line on stderr (ambiguous: the candidates)', async () => {
    const r = await accord(['--json', 'institutions', 'show', 'sector']);
    expect(r.code).toBe(ExitCode.AMBIGUOUS);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const { error } = JSON.parse(lines[0]);
    expect(error).toMatchObject({ exitCode: 3, code: 'AMBIGUOUS' });
    expect(error.total).toBe(error.candidates.length);
    expect(error.candidates.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining([
        'Children’s Rights Protection Sector',
        'Sector for Ensuring the Right to Equality',
        'Sector for Work with Families of Martyrs and War Veterans',
        'Sector for the Protection of the Rights of Martyr Families, War Participants and Migrants',
      ]),
    );
    expect(error.candidates[0]).toEqual({ id: expect.any(String), name: expect.any(String), acronym: null, kind: 'OTHER', country: 'AZ' });
  });

  it.concurrent('an unknown name exits 4 with one line', async () => {
    const r = await accord(['institutions', 'show', 'No Such Body']);
    expect(r.code).toBe(ExitCode.NOT_FOUND);
    expect(r.stderr).toBe('error: no institution matches "No Such Body"\n');
  });

  it.concurrent('list --kind network --all', async () => {
    const r = await accord(['institutions', 'list', '--kind', 'network', '--all']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').slice(1).map((l) => l.split(/\s{2,}/)[0])).toEqual([
      'European Network of National Human Rights Institutions',
      'European Network of Ombudspersons for Children',
      'OIC Ombudsman Association',
    ]);
  });

  it.concurrent('usage errors exit 2: a bad --kind value, a missing argument', async () => {
    const [badKind, missing] = await Promise.all([accord(['institutions', 'search', 'x', '--kind', 'charity']), accord(['institutions', 'show'])]);
    expect(badKind.code).toBe(ExitCode.USAGE);
    expect(badKind.stderr).toMatch(/argument 'charity' is invalid\. unknown kind CHARITY; one of OMBUDSMAN,/);
    expect(missing.code).toBe(ExitCode.USAGE);
    expect(missing.stderr).toMatch(/missing required argument 'name-or-id'/);
  });

  it.concurrent('an unreachable server exits 6 with one line, no stack (stack only with --debug)', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/graphql`;
    const [plain, debug] = await Promise.all([accord(['institutions', 'search', 'oic'], { url }), accord(['--debug', 'institutions', 'search', 'oic'], { url })]);
    expect(plain.code).toBe(ExitCode.UNREACHABLE);
    expect(plain.stderr).toBe(`error: cannot reach ${url}: connect ECONNREFUSED 127.0.0.1:${port}\n`);
    expect(debug.code).toBe(ExitCode.UNREACHABLE);
    expect(debug.stderr).toMatch(/AccordNetworkError: cannot reach .*\n\s+at /);
  });
});

describe('accord import and export', () => {
  // The import itself (every kind, atomic, --upsert, line numbers) is tested in cli-import.test.ts.
  it('reads JSON from stdin and reports as JSON (all rows good: exit 0) — a child process, for its stdin', async () => {
    const rows = [{ name: 'Ombudsman of Türkiye', kind: 'OMBUDSMAN', country: 'TR', aliases: ['Kamu Denetçiliği Kurumu'], parent: null }];
    const r = await spawnCli(['--json', 'import', '-', '--format', 'json'], { url: t.url, token: t.adminToken, input: JSON.stringify(rows) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      file: '-',
      kind: 'institutions',
      dryRun: false,
      total: 1,
      created: 1,
      refused: 0,
      rows: [{ line: 1, status: 'created', name: 'Ombudsman of Türkiye', id: expect.any(String) }],
    });
  });

  it('pages past 100: search --limit 110 and list --all after importing 120 rows', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({ name: `Paging Test Body ${String(i + 1).padStart(3, '0')}`, kind: 'NGO', country: 'AZ' }));
    const imported = await accord(['import', file('many.json', JSON.stringify(rows))]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Imported .*many\.json: 120 created\.\n$/);
    const [search, list] = await Promise.all([
      accord(['--json', 'institutions', 'search', 'paging test body', '--limit', '110']),
      accord(['--json', 'institutions', 'list', '--all']),
    ]);
    const found = JSON.parse(search.stdout);
    expect(found.totalCount).toBe(120);
    expect(found.institutions).toHaveLength(110);
    expect(found.institutions[109].name).toBe('Paging Test Body 110');
    const all = JSON.parse(list.stdout);
    expect(all.institutions).toHaveLength(await count());
    expect(all.totalCount).toBe(all.institutions.length);
    expect(new Set(all.institutions.map((i: { id: string }) => i.id)).size).toBe(all.institutions.length);
  });

  it('export --csv streams every institution in the import format; export --json as an array', async () => {
    const imported = await accord(['import', 'institutions', file('export-me.csv', [
      'name,acronym,kind,status,parent,website,description,aliases,identifiers',
      'International Ombudsman Institute,IOI,network,,,https://www.theioi.org,"Global association of ombudsman institutions, founded in 1978",IOI Vienna,WIKIDATA:Q1348046',
      'IOI European Region,,NETWORK,inactive,IOI,,,,',
      'Public Defender (Ombudsman) of Georgia,,ombudsman,,,https://ombudsman.ge,,Public Defender of Georgia;Sakhalkho Damtsveli,',
    ].join('\n').replace(',ombudsman,,', ',ombudsman,,'))]);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    const [csvOut, jsonOut] = await Promise.all([accord(['export', 'institutions', '--csv']), accord(['export', 'institutions', '--json'])]);
    expect(csvOut.code).toBe(0);
    const records = csvRows(csvOut.stdout);
    expect(records[0]).toEqual(['name', 'acronym', 'kind', 'status', 'country', 'parent', 'website', 'description', 'aliases', 'identifiers', 'id']);
    expect(records.length - 1).toBe(await count());
    expect(records).toContainEqual([
      'International Ombudsman Institute', 'IOI', 'NETWORK', 'ACTIVE', '', '', 'https://www.theioi.org',
      'Global association of ombudsman institutions, founded in 1978', 'IOI Vienna', 'WIKIDATA:Q1348046', expect.any(String),
    ]);
    expect(records.find((r) => r[0] === 'IOI European Region')?.slice(3, 6)).toEqual(['INACTIVE', '', 'International Ombudsman Institute']);

    expect(jsonOut.code).toBe(0);
    const items = JSON.parse(jsonOut.stdout);
    expect(items).toHaveLength(records.length - 1);
    expect(items.find((i: { name: string }) => i.name === 'Public Defender (Ombudsman) of Georgia')).toEqual({
      name: 'Public Defender (Ombudsman) of Georgia',
      acronym: null,
      kind: 'OMBUDSMAN',
      status: 'ACTIVE',
      country: null,
      parent: null,
      website: 'https://ombudsman.ge',
      description: null,
      aliases: ['Public Defender of Georgia', 'Sakhalkho Damtsveli'],
      identifiers: [],
      id: expect.any(String),
    });
  });
});

describe('accord as a child process (bin/accord.js): environment, exit status, pipes', () => {
  it.concurrent('takes ACCORD_URL and ACCORD_TOKEN from the environment; exits 8 without a valid token', async () => {
    const ok = await spawnCli(['--json', 'institutions', 'show', 'OIC'], { url: t.url, token: t.adminToken });
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ acronym: 'OIC' });
    const anonymous = await spawnCli(['institutions', 'search', 'oic'], { url: t.url, token: null });
    expect(anonymous.code).toBe(ExitCode.NOT_AUTHORISED);
    expect(anonymous.stderr).toMatch(/^error: .*UNAUTHENTICATED/);
  });

  it.concurrent('exits 6 on an unreachable server with one line on stderr and nothing on stdout', async () => {
    const url = `http://127.0.0.1:${await freePort()}/graphql`;
    const r = await spawnCli(['institutions', 'search', 'oic'], { url, token: t.adminToken });
    expect(r).toMatchObject({ code: ExitCode.UNREACHABLE, stdout: '' });
    expect(r.stderr).toMatch(/^error: cannot reach .*ECONNREFUSED.*\n$/);
  });

  it.concurrent('exits 2 on a usage error, 0 for --version', async () => {
    const [usage, version] = await Promise.all([spawnCli(['institutions', 'frobnicate'], { url: t.url }), spawnCli(['--version'], { url: t.url })]);
    expect(usage.code).toBe(ExitCode.USAGE);
    expect(usage.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(version).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  });

  it.concurrent('stops quietly with exit 0 when the reader closes the pipe early (`accord export … | head`)', async () => {
    const child = spawnCliProcess(['export', 'institutions', '--csv'], { url: t.url, token: t.adminToken });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.destroy(); // closed before the command writes its first line: every write meets EPIPE
    const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
  });
});
