import { describe, expect, it } from 'vitest';
import type { InstitutionRecordFragment } from '../index.js';
import { CliError } from './errors.js';
import { checkRow, csvLine, CSV_HEADER, formatOf, readRows } from './institution-rows.js';
import { parseCsv } from './csv.js';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof CliError) return { exitCode: error.exitCode, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('reading import files', () => {
  it('maps CSV columns by header (any case, any order) and numbers rows by line', () => {
    const rows = readRows('f.csv', 'Kind,NAME,aliases,id\nnetwork,ENOC,a; b ;,SW5z\n\nngo,X,,\n', 'csv');
    expect(rows.map((r) => [r.row, r.values])).toEqual([
      [2, { kind: 'network', name: 'ENOC', aliases: ['a', ' b ', ''] }],
      [4, { kind: 'ngo', name: 'X', aliases: [''] }],
    ]);
  });

  it('refuses a file without the required columns, with unknown or repeated columns (exit 5)', () => {
    expect(refusal(() => readRows('f.csv', 'name,acronym\nX,Y\n', 'csv'))).toEqual({ exitCode: 5, message: 'f.csv: missing required column kind (header: name,acronym)' });
    expect(refusal(() => readRows('f.csv', 'name,kind,contry\n', 'csv')).message).toMatch(/unknown column "contry"/);
    expect(refusal(() => readRows('f.csv', 'name,kind,name\n', 'csv')).message).toMatch(/"name" appears twice/);
    expect(refusal(() => readRows('f.csv', '', 'csv')).message).toMatch(/is empty/);
    expect(refusal(() => readRows('f.csv', 'name,kind\n"x,y\n', 'csv')).message).toBe('f.csv: not valid CSV: line 2, column 1: unterminated quoted field');
  });

  it('flags a row with the wrong number of fields', () => {
    const [row] = readRows('f.csv', 'name,kind\nA,NGO,extra\n', 'csv');
    expect(row.problems).toEqual([{ field: 'row', code: 'INVALID_FORMAT', message: 'has 3 fields, the header has 2' }]);
  });

  it('reads JSON arrays (or {institutions: […]}) with aliases as a list or a ;-separated text', () => {
    const rows = readRows('f.json', JSON.stringify({ institutions: [{ name: 'A', kind: 'NGO', aliases: ['x'] }, { name: 'B', kind: 'NGO', aliases: 'y;z', id: 'ignored' }, 7] }), 'json');
    expect(rows.map((r) => [r.row, r.values, r.problems.map((p) => p.message)])).toEqual([
      [1, { name: 'A', kind: 'NGO', aliases: ['x'] }, []],
      [2, { name: 'B', kind: 'NGO', aliases: ['y', 'z'] }, []],
      [3, {}, ['is not an object']],
    ]);
    expect(refusal(() => readRows('f.json', '{"name": 1}', 'json')).message).toMatch(/expected a JSON array/);
    expect(refusal(() => readRows('f.json', '[{', 'json')).message).toMatch(/not valid JSON/);
  });

  it('tells the format from the file name', () => {
    expect(formatOf('a/B.CSV')).toBe('csv');
    expect(formatOf('x.txt', 'json')).toBe('json');
    expect(refusal(() => formatOf('x.txt')).exitCode).toBe(2);
  });
});

describe('checking a row', () => {
  it('normalises kinds and countries and drops blank values', () => {
    const checked = checkRow({ row: 2, values: { name: ' Ombudsman of Georgia ', kind: 'ombudsman', status: 'Inactive', country: 'ge', acronym: ' ', aliases: ['a', 'a', ' '], parent: ' ' }, problems: [] });
    expect(checked).toEqual({ row: 2, input: { name: 'Ombudsman of Georgia', kind: 'OMBUDSMAN', status: 'INACTIVE', country: 'GE', aliases: ['a'] }, parent: null, problems: [] });
    expect(checkRow({ row: 3, values: { name: 'x', kind: 'igo body' }, problems: [] }).input.kind).toBe('IGO_BODY');
  });

  it('reports every problem of a row with the server error codes', () => {
    const { problems } = checkRow({ row: 5, values: { name: '', kind: 'charity', status: 'closed', country: 'QQ', website: 'ftp://x', acronym: 'A'.repeat(51) }, problems: [] });
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'name:REQUIRED',
      'kind:INVALID_FORMAT',
      'status:INVALID_FORMAT',
      'country:INVALID_COUNTRY',
      'website:INVALID_FORMAT',
      'acronym:TOO_LONG',
    ]);
  });
});

describe('export lines', () => {
  it('write the import columns plus id, quoting as needed', () => {
    // Only the fields export reads (the fragment gains fields as the schema grows).
    const record = {
      id: 'SW5z',
      name: 'A, B',
      acronym: null,
      kind: 'NGO',
      status: 'MERGED',
      country: 'AZ',
      countryName: 'Azerbaijan',
      version: 1,
      aliases: ['x', 'y'],
      website: null,
      description: 'say "hi"',
      parent: { id: 'P', name: 'Parent', acronym: null, kind: 'NGO', country: null, countryName: null, version: 1 },
    } as unknown as InstitutionRecordFragment;
    const line = csvLine(record);
    expect(parseCsv(CSV_HEADER + line).map((r) => r.fields)).toEqual([
      ['name', 'acronym', 'kind', 'status', 'country', 'parent', 'website', 'description', 'aliases', 'id'],
      ['A, B', '', 'NGO', 'MERGED', 'AZ', 'Parent', '', 'say "hi"', 'x;y', 'SW5z'],
    ]);
  });
});
