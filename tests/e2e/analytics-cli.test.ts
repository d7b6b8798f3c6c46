// `accord timeline`, `accord partners`, `accord stats` and `accord export <query> --csv` against the
// real server on the seed dataset (in process, tests/harness/cli.ts). The CSV exports use the
// server's /export route.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../client/cli/exit-codes.js';
import { cliRunner, csvRows } from '../harness/cli.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let dir: string;

/** `accord …args` in process against the test server, as the administrator. */
const cli = cliRunner(() => ({ url: t.url, token: t.adminToken }));
const accord = (args: string[]) => cli(args);

beforeAll(async () => {
  t = await startTestServer({ seed: true });
  dir = mkdtempSync(join(tmpdir(), 'accord-analytics-cli-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const lines = (text: string) => text.trimEnd().split('\n');
const columns = (line: string) => line.split(/\s{2,}/);

describe('accord timeline', () => {
  it.concurrent('shows the OIC Ombudsman Association’s board meeting and general assembly of May 2025', async () => {
    const r = await accord(['timeline', 'OIC Ombudsman Association']);
    expect(r.code).toBe(0);
    const [header, ...rows] = lines(r.stdout);
    expect(columns(header!)).toEqual(['DATE', 'KIND', 'TITLE', 'STATUS', 'WITH']);
    expect(rows.map((l) => columns(l).slice(0, 3))).toEqual(
      expect.arrayContaining([
        ['2025-05', 'event', 'Board of Directors meeting of the OIC Ombudsman Association (2025)'],
        ['2025-05', 'event', 'General Assembly of the OIC Ombudsman Association (2025)'],
        // The membership has no date in the sources: shown last, undated.
        ['undated', 'relation start', 'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan joins OIC Ombudsman Association (when: not recorded)'],
      ]),
    );
    expect(r.stderr).toMatch(/^3 of 3 items \(2025: 2, undated: 1\)\n$/);
  });

  it.concurrent('shows the Baku Forum on 2024-10-02 and the Baku Declaration for the Ombudsman of Azerbaijan', async () => {
    const r = await accord(['timeline', 'ombudsman of azerbaijan', '--from', '2024-10-02', '--to', '2024-10-02', '--kind', 'event,document']);
    expect(r.code).toBe(0);
    // Items dated only "2024" may fall on that day too; they come first (coarser dates first).
    const rows = lines(r.stdout).slice(1).map((l) => columns(l).slice(0, 3));
    expect(rows.filter((row) => row[0] === '2024-10-02')).toEqual([
      ['2024-10-02', 'event', 'International Baku Forum of Ombudsmen'],
      ['2024-10-02', 'document', 'Baku Declaration'],
    ]);
    expect(rows.slice(0, -2).every((row) => row[0] === '2024')).toBe(true);
  });

  it.concurrent('--with gives the shared history; --json the items and counts', async () => {
    const r = await accord(['--json', 'timeline', 'ombudsman of azerbaijan', '--with', 'oic ombudsman association', '--topic', 'climate-justice']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).totalCount).toBe(0);
    const both = JSON.parse((await accord(['--json', 'timeline', 'ombudsman of azerbaijan', '--with', 'oic ombudsman association'])).stdout);
    expect(both.totalCount).toBe(3);
    expect(both.items.map((i: { title: string }) => i.title).sort()).toEqual([
      'Board of Directors meeting of the OIC Ombudsman Association (2025)',
      'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan joins OIC Ombudsman Association (when: not recorded)',
      'General Assembly of the OIC Ombudsman Association (2025)',
    ]);
    expect(both.counts.byKind).toEqual(expect.arrayContaining([{ kind: 'EVENT', count: 2 }, { kind: 'RELATION_START', count: 1 }]));
  });

  it.concurrent('refuses bad options (exit 2) and unknown names (exit 4)', async () => {
    expect((await accord(['timeline', 'OIC', '--kind', 'party'])).code).toBe(ExitCode.USAGE);
    expect((await accord(['timeline', 'OIC', '--from', '2024-13'])).code).toBe(ExitCode.USAGE);
    expect((await accord(['timeline'])).code).toBe(ExitCode.USAGE);
    const missing = await accord(['timeline', 'Ombudsman of Atlantis']);
    expect(missing.code).toBe(ExitCode.NOT_FOUND);
    expect(missing.stderr).toMatch(/no institution matches/);
  });
});

describe('accord partners', () => {
  it.concurrent('lists memberships and partners on a day', async () => {
    const r = await accord(['partners', 'ombudsman of azerbaijan', '--as-of', '2025-05-14']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/on 2025-05-14\n {2}member of {3}OIC Ombudsman Association\n/);
    const table = lines(r.stdout).slice(lines(r.stdout).findIndex((l) => l.startsWith('PARTNER')));
    // The seed dates no start for the membership: listed, flagged as of unknown period.
    expect(table.slice(1).map((l) => columns(l)[0])).toContain('OIC Ombudsman Association (period unknown)');
    const json = JSON.parse((await accord(['--json', 'partners', 'OIC Ombudsman Association', '--as-of', '2025-05-14'])).stdout);
    expect(json.members).toHaveLength(1);
    expect((await accord(['partners', 'OIC Ombudsman Association', '--as-of', '2025-02-30'])).code).toBe(ExitCode.USAGE);
  });

  it.concurrent('--since shows what changed', async () => {
    const r = await accord(['--json', 'partners', 'OIC Ombudsman Association', '--since', '2024-01-01', '--as-of', '2025-01-01']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ from: '2024-01-01', to: '2025-01-01', partnersGained: [], partnersLost: [] });
  });
});

describe('accord stats', () => {
  it.concurrent('--by year (the default) and --by year,type for some record types', async () => {
    const r = await accord(['stats', '--by', 'year,type', '--type', 'events,documents', '--from', '2024', '--to', '2024']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map(columns)).toEqual([
      ['YEAR', 'TYPE', 'COUNT'],
      ['2024', 'document', '1'],
      ['2024', 'event', '5'],
    ]);
    expect(r.stderr).toBe('6 records\n');
  });

  it.concurrent('--by country and --by topic', async () => {
    const country = await accord(['--json', 'stats', '--by', 'country', '--type', 'event']);
    const groups = JSON.parse(country.stdout).groups as { country: string | null; count: number }[];
    expect(groups.find((g) => g.country === 'IR')?.count).toBe(2);
    const topic = await accord(['stats', '--by', 'topic', '--type', 'events']);
    expect(lines(topic.stdout).map(columns)).toContainEqual(['Climate justice', '2']);
    expect((await accord(['stats', '--by', 'colour'])).code).toBe(ExitCode.USAGE);
  });
});

describe('accord export <query> --csv', () => {
  it.concurrent('export timeline streams the timeline as CSV, institutions by name', async () => {
    const r = await accord(['export', 'timeline', 'OIC Ombudsman Association', '--csv']);
    expect(r.code).toBe(0);
    const [header, ...rows] = csvRows(r.stdout);
    expect(header).toEqual(['date', 'endDate', 'kind', 'title', 'status', 'country', 'institutions', 'sources', 'id']);
    const board = rows.find((row) => row[3]!.startsWith('Board of Directors'))!;
    expect(board.slice(0, 7)).toEqual([
      '2025-05',
      '2025-05',
      'EVENT',
      'Board of Directors meeting of the OIC Ombudsman Association (2025)',
      'HELD',
      'IR',
      'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan; OIC Ombudsman Association',
    ]);
    expect(board[7]).toBe('Accord registry editors; Azernews, 14 May 2025'); // the date is the editors' inference
  });

  it.concurrent('export events --filter, export stats and export query <file>', async () => {
    const events = await accord(['export', 'events', '--filter', '{"country": ["IR"]}']);
    expect(events.code).toBe(0);
    const rows = csvRows(events.stdout);
    expect(rows.slice(1).map((row) => row[0]).sort()).toEqual([
      'Board of Directors meeting of the OIC Ombudsman Association (2025)',
      'General Assembly of the OIC Ombudsman Association (2025)',
    ]);
    const board = rows.find((row) => row[0]!.startsWith('Board'))!;
    expect(board[rows[0]!.indexOf('parent')]).toBe(''); // the article does not make the board meeting part of the assembly

    const stats = await accord(['export', 'stats', '--by', 'type', '--type', 'visits,agreements']);
    expect(csvRows(stats.stdout)).toEqual([
      ['type', 'count'],
      ['VISIT', '3'],
    ]);

    const file = join(dir, 'networks.graphql');
    writeFileSync(file, 'query Networks($k: [InstitutionKind!]) { institutions(filter: { kind: $k }) { nodes { name acronym children { name } } } }');
    const custom = await accord(['export', 'query', file, '--variables', '{"k": ["NETWORK"]}']);
    expect(custom.code).toBe(0);
    expect(csvRows(custom.stdout)).toEqual([
      ['name', 'acronym', 'children'],
      ['European Network of National Human Rights Institutions', '', ''],
      ['European Network of Ombudspersons for Children', '', ''],
      ['OIC Ombudsman Association', '', ''],
    ]);
  });

  it.concurrent('reports refusals with the usual exit codes', async () => {
    const bad = await accord(['export', 'events', '--filter', '{"nope": 1}']);
    expect(bad.code).toBe(ExitCode.USAGE); // BAD_USER_INPUT (400): the filter has no such field
    expect((await accord(['export', 'events', '--filter', 'nope'])).code).toBe(ExitCode.USAGE);
    expect((await accord(['export', 'query', join(dir, 'missing.graphql')])).code).toBe(ExitCode.USAGE);
    expect((await accord(['--json', 'export', 'events'])).code).toBe(ExitCode.USAGE);
  });
});
