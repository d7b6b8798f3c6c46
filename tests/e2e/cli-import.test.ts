// `accord import <kind> <file>` and `accord export institutions` → edit → `import --upsert`, in
// process against the real server on the seed dataset, through the server's importRecords (one
// transaction, all or nothing).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ExitCode } from '../../client/cli/exit-codes.js';
import { cliRunner, csvRows } from '../harness/cli.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let dir: string;
const accord = cliRunner(() => ({ url: t.url, token: t.adminToken }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const count = async () => (await t.client.institutions({ first: 1 })).totalCount;

beforeAll(async () => {
  t = await startTestServer({ seed: true });
  dir = mkdtempSync(join(tmpdir(), 'accord-import-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const institutionsCsv = [
  'name,acronym,kind,country,parent,website,description,aliases,identifiers',
  'International Ombudsman Institute,IOI,network,,,https://www.theioi.org,"Global association,\nfounded in 1978",,WIKIDATA:Q1348046',
  'IOI European Region,,NETWORK,,IOI,,,,',
  'Organization of Islamic Cooperation,,INTERGOVERNMENTAL_ORGANIZATION,,,,,,',
  'OIC Ombudsman Assoc,OICOA,network,,,,,,',
  'Bad Row,,charity,QQ,,not a url,,,',
  'Human Rights Unit of the OIC,,igo body,,oic,,,,',
].join('\r\n');

describe('accord import institutions (all or nothing)', () => {
  it('--dry-run checks every row on the server, names the file\'s lines (a quoted line break counts), flags duplicates with their score, writes nothing', async () => {
    const before = await count();
    const r = await accord(['import', 'institutions', file('dry.csv', institutionsCsv), '--dry-run']);
    expect(r.code).toBe(ExitCode.INPUT_REFUSED);
    expect(r.stdout).toMatch(/^line 2 {2}ok {7}International Ombudsman Institute$/m);
    // Line 3 is the rest of line 2's quoted description.
    expect(r.stdout).toMatch(/^line 4 {2}ok {7}IOI European Region$/m);
    expect(r.stdout).toMatch(/^line 5 {2}invalid {2}name: an institution with this name already exists without a country \(DUPLICATE\)\n {17}warning: possible duplicate of Organization of Islamic Cooperation \(\S+\): same name as "Organization of Islamic Cooperation", score [\d.]+$/m);
    // An acronym of an existing institution: a likely duplicate, with the search score.
    expect(r.stdout).toMatch(/^line 6 {2}ok {7}OIC Ombudsman Assoc\n {17}warning: possible duplicate of OIC Ombudsman Association \(\S+\): .*score [\d.]+$/m);
    expect(r.stdout).toMatch(/^line 7 {2}invalid {2}kind: "charity" is not one of academic, .* \(INVALID_FORMAT\)$/m);
    expect(r.stdout).toMatch(/^line 8 {2}ok {7}Human Rights Unit of the OIC$/m);
    expect(r.stdout).toMatch(/Dry run of .*dry\.csv: 4 of 6 rows are fine, 2 have errors\. Nothing was written\.\n$/);
    expect(r.stderr).toBe('error: 2 of 6 rows have errors\n');
    expect(await count()).toBe(before);
  });

  it('a file with bad rows writes nothing (atomic, the default) and names the lines', async () => {
    const before = await count();
    const r = await accord(['import', 'institutions', file('atomic.csv', institutionsCsv)]);
    expect(r.code).toBe(ExitCode.INPUT_REFUSED);
    expect(r.stdout).toMatch(/^line 5 {2}refused {2}name: an institution with this name already exists without a country \(DUPLICATE\)$/m);
    expect(r.stdout).toMatch(/^line 7 {2}refused {2}kind: "charity"/m);
    expect(r.stdout).toMatch(/^Nothing was written: 2 of 6 rows have errors \(lines 5, 7\); the import is all or nothing/m);
    expect(r.stderr).toBe('error: 2 of 6 rows refused; nothing was written\n');
    expect(await count()).toBe(before);
  });

  it('a good file is written in one transaction: parents from the file and the server, identifiers', async () => {
    const good = institutionsCsv.split('\r\n').filter((_, i) => i !== 3 && i !== 5).join('\r\n').replace('OIC Ombudsman Assoc,OICOA', 'Ombudsman Network Test,ONT');
    const before = await count();
    const r = await accord(['--json', 'import', 'institutions', file('good.csv', good)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ kind: 'institutions', dryRun: false, atomic: true, total: 4, created: 4, refused: 0 });
    expect(report.rows.map((row: { line: number; status: string }) => [row.line, row.status])).toEqual([[2, 'created'], [4, 'created'], [5, 'created'], [6, 'created']]);
    expect(await count()).toBe(before + 4);
    const region = await t.client.institution(report.rows[1].id);
    expect(region).toMatchObject({ name: 'IOI European Region', parent: { acronym: 'IOI' } });
    const ioi = await t.client.institution(report.rows[0].id);
    expect(ioi).toMatchObject({ description: 'Global association,\nfounded in 1978', identifiers: [{ scheme: 'WIKIDATA', value: 'Q1348046' }] });
    const unit = await t.client.institution(report.rows[3].id);
    expect(unit.parent?.acronym).toBe('OIC');
  });

  it('--no-atomic writes the good rows in batches and reports the bad ones', async () => {
    const csv = ['name,kind,country,parent', 'Batch Body A,ngo,az,', 'Batch Body B,ngo,az,Batch Body A', 'Batch Body C,charity,az,', 'Batch Body D,ngo,az,Batch Body C', 'Batch Body E,ngo,az,'].join('\n');
    const before = await count();
    const r = await accord(['import', 'institutions', file('batches.csv', csv), '--no-atomic', '--batch-size', '2']);
    expect(r.code).toBe(ExitCode.INPUT_REFUSED);
    expect(r.stdout).toMatch(/^line 4 {2}refused {2}kind: "charity" is not one of/m);
    expect(r.stdout).toMatch(/^line 5 {2}refused {2}parent: refers to line 4, which has errors \(REFERS_TO_REFUSED\)$/m);
    expect(r.stdout).toMatch(/Imported .*batches\.csv: 3 created, 2 refused\.\n$/);
    expect(await count()).toBe(before + 3);
  });

  it('refuses a file it cannot read as a whole (exit 5) and an unknown kind (exit 2), writing nothing', async () => {
    const before = await count();
    const typo = await accord(['import', 'institutions', file('typo.csv', 'name,kind,contry\nX,ngo,AZ\n')]);
    expect(typo.code).toBe(ExitCode.INPUT_REFUSED);
    expect(typo.stderr).toMatch(/^error: .*typo\.csv: unknown column "contry" for institutions \(columns: .*country/);
    const broken = await accord(['import', 'institutions', file('broken.csv', 'name,kind\n"Unclosed,ngo\n')]);
    expect(broken.code).toBe(ExitCode.INPUT_REFUSED);
    expect(broken.stderr).toMatch(/not valid CSV: Quote Not Closed/);
    const kind = await accord(['import', 'charities', file('x.csv', 'name\nX\n')]);
    expect(kind.code).toBe(ExitCode.USAGE);
    expect(kind.stderr).toMatch(/cannot import "charities": one of institutions, people, /);
    expect(await count()).toBe(before);
  });

  it('a VIEWER token cannot import (exit 8, nothing written)', async () => {
    const before = await count();
    const viewer = await t.tokenFor('VIEWER');
    const r = await accord(['import', 'institutions', file('viewer.csv', 'name,kind\nViewer Body,ngo\n')], { token: viewer });
    expect(r.code).toBe(ExitCode.NOT_AUTHORISED);
    expect(r.stderr).toMatch(/^error: .*FORBIDDEN|^error: .*not allowed/);
    expect(await count()).toBe(before);
  });
});

describe('accord import <kind>: every record kind, names resolved like the CLI', () => {
  it('people from JSON, with the line each object starts on', async () => {
    const json = `[
  {"name": "Import Person One", "country": "AZ", "aliases": ["I. P. One"]},
  {
    "name": "Import Person Two",
    "country": "QQ"
  }
]`;
    const r = await accord(['import', 'people', file('people.json', json)]);
    expect(r.code).toBe(ExitCode.INPUT_REFUSED);
    expect(r.stdout).toMatch(/^line 3 {2}refused {2}country: /m);
    expect((await t.client.people({ filter: { search: 'Import Person' } })).totalCount).toBe(0);
  });

  it('relations with subject and object by name, acronym and identifier; events with nested participations', async () => {
    const ids = await accord(['import', 'institutions', file('wd.csv', 'name,kind,identifiers\nIdentifier Test Office,ombudsman,WIKIDATA:Q999001\n')]);
    expect(ids.code).toBe(0);
    const csv = ['kind,subject institution,object,start date,description', 'COOPERATES_WITH,OIC,WIKIDATA:Q999001,2024,By acronym and identifier', 'member_of,Identifier Test Office,European Network of Ombudspersons for Children,2025-03,By names'].join('\n');
    const r = await accord(['--json', 'import', 'relations', file('relations.csv', csv)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [first, second] = JSON.parse(r.stdout).rows;
    expect(await t.client.relation(first.id)).toMatchObject({ kind: 'COOPERATES_WITH', startDate: '2024', subject: { acronym: 'OIC' }, object: { name: 'Identifier Test Office' } });
    expect(await t.client.relation(second.id)).toMatchObject({ kind: 'MEMBER_OF', startDate: '2025-03', object: { name: 'European Network of Ombudspersons for Children' } });

    const events = JSON.stringify([{ title: 'Import Test Forum', kind: 'forum', status: 'planned', startDate: '2027-05', country: 'AZ', participations: [{ institutionId: 'European Network of National Human Rights Institutions', role: 'organiser' }] }]);
    const e = await accord(['--json', 'import', 'events', file('events.json', events)]);
    expect(e.stderr).toBe('');
    const event = await t.client.event(JSON.parse(e.stdout).rows[0].id);
    expect(event.participations.map((p) => [p.institution?.name, p.role])).toEqual([['European Network of National Human Rights Institutions', 'ORGANISER']]);
  });

  it('an unknown or ambiguous name is refused on its line, with the candidates', async () => {
    const csv = ['kind,subject institution,object', 'COOPERATES_WITH,Nowhere Institute,OIC', 'COOPERATES_WITH,sector,OIC'].join('\n');
    const r = await accord(['import', 'relations', file('bad-relations.csv', csv)]);
    expect(r.code).toBe(ExitCode.INPUT_REFUSED);
    expect(r.stdout).toMatch(/^line 2 {2}refused {2}subject institution: no institution in the file or on the server is named "Nowhere Institute" \(NOT_FOUND\)$/m);
    expect(r.stdout).toMatch(/^line 3 {2}refused {2}subject institution: "sector" matches \d+ records \(.*\); give the ID \(AMBIGUOUS\)$/m);
  });
});

describe('export → edit in a spreadsheet → import --upsert', () => {
  it('changes exactly the edited fields of the edited records', async () => {
    const exported = await accord(['export', 'institutions', '--csv']);
    expect(exported.code).toBe(0);
    const rows = csvRows(exported.stdout);
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const enoc = rows.find((r) => r[col('name')] === 'European Network of Ombudspersons for Children')!;
    const ennhri = rows.find((r) => r[col('name')] === 'European Network of National Human Rights Institutions')!;
    const before = await Promise.all([t.client.institution(enoc[col('id')]!), t.client.institution(ennhri[col('id')]!)]);
    enoc[col('website')] = 'https://enoc.example.org';
    ennhri[col('description')] = 'Edited in a spreadsheet';
    const { stringify } = await import('csv-stringify/sync');
    const r = await accord(['import', 'institutions', file('edited.csv', stringify(rows)), '--upsert']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^line +\d+ {2}updated {4}European Network of Ombudspersons for Children: website {2}\S+$/m);
    expect(r.stdout).toMatch(/^line +\d+ {2}updated {4}European Network of National Human Rights Institutions: description {2}\S+$/m);
    expect(r.stdout).toMatch(new RegExp(`Imported .*edited\\.csv: 2 updated, ${rows.length - 3} unchanged\\.\\n$`));
    const after = await Promise.all([t.client.institution(enoc[col('id')]!), t.client.institution(ennhri[col('id')]!)]);
    expect(after[0]).toEqual({ ...before[0], website: 'https://enoc.example.org', version: before[0].version + 1, updatedAt: expect.any(String) });
    expect(after[1]).toEqual({ ...before[1], description: 'Edited in a spreadsheet', version: before[1].version + 1, updatedAt: expect.any(String) });
    const again = await accord(['import', 'institutions', file('edited.csv', stringify(rows)), '--upsert']);
    expect(again.stdout).toMatch(/: \d+ unchanged\.\n$/);
  });
});

describe('import --upsert reads the records it updates in batches', () => {
  /** The GraphQL operations `accord …args` sends (by name), in order. */
  const operationsOf = async (args: string[]) => {
    const sent: string[] = [];
    const realFetch = globalThis.fetch;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      if (String(input) === t.url) sent.push(/^\s*(?:query|mutation)\s+(\w+)/.exec(JSON.parse(String(init?.body)).query)?.[1] ?? 'anonymous');
      return realFetch(input, init);
    });
    try {
      return { result: await accord(args), sent };
    } finally {
      spy.mockRestore();
    }
  };

  it('an upsert of 50 rows sends as many requests as one of 5 (one nodes(ids:) read per 100 rows, not one per row)', async () => {
    const names = Array.from({ length: 50 }, (_, i) => `Upsert Batch Institute ${String(i + 1).padStart(2, '0')}`);
    const created = await accord(['import', 'institutions', file('batch.csv', ['name,kind', ...names.map((n) => `${n},ngo`)].join('\n'))]);
    expect(created.code).toBe(0);
    const exported = await accord(['export', 'institutions', '--csv']);
    const [header, ...rows] = csvRows(exported.stdout);
    const col = (name: string) => header!.indexOf(name);
    const ours = rows.filter((r) => names.includes(r[col('name')]!));
    expect(ours).toHaveLength(50);
    for (const row of ours) row[col('description')] = `Edited: ${row[col('name')]}`;
    const { stringify } = await import('csv-stringify/sync');
    const five = await operationsOf(['import', 'institutions', file('upsert-5.csv', stringify([header!, ...ours.slice(0, 5)])), '--upsert']);
    const fifty = await operationsOf(['import', 'institutions', file('upsert-50.csv', stringify([header!, ...ours])), '--upsert']);
    expect(five.result.stdout).toMatch(/: 5 updated\.\n$/);
    expect(fifty.result.stdout).toMatch(/: 45 updated, 5 unchanged\.\n$/);
    console.log(`requests for an upsert of 5 rows: ${five.sent.length} (${five.sent.join(', ')}); of 50 rows: ${fifty.sent.length} (${[...new Set(fifty.sent)].map((op) => `${op} ×${fifty.sent.filter((o) => o === op).length}`).join(', ')})`);
    expect(fifty.sent).toEqual(five.sent);
  });

  it('a row whose id names no record of the kind (unknown, or another type) is refused with its line, nothing written', async () => {
    const unknown = Buffer.from('Institution:00000000-0000-4000-8000-000000000000').toString('base64url');
    const person = (await t.client.people({ first: 1 })).nodes[0]!.id;
    const csv = ['id,name,kind', `${unknown},Nowhere,ngo`, `${person},Somebody,ngo`].join('\n');
    const before = await count();
    const r = await accord(['import', 'institutions', file('unknown-ids.csv', csv), '--upsert']);
    expect(r.code).toBe(ExitCode.INPUT_REFUSED);
    expect(r.stdout).toMatch(new RegExp(`^line 2 {2}refused {2}id: no institution has the ID "${unknown}" \\(NOT_FOUND\\)$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^line 3 {2}refused {2}id: no institution has the ID "${person}" \\(NOT_FOUND\\)$`, 'm'));
    expect(await count()).toBe(before);
  });
});
