// The import page's file reading: each row carries the line of the file it starts on.
import { describe, expect, it } from 'vitest';
import { parseCsv, parseJson } from './parse-import';

describe('CSV', () => {
  it('gives each row the line it starts on, across quoted line breaks and blank lines', () => {
    const text = 'name,kind,country,aliases\n"Office of the\nOmbudsman",ombudsman,AZ,Ombudsman AZ|Human Rights Commissioner\n\nUNESCO,intergovernmental organization,FR,\r\nBad row,NOT A KIND,ZZ,\n';
    const { rows, problem } = parseCsv(text);
    expect(problem).toBeNull();
    expect(rows.map((r) => r.line)).toEqual([2, 5, 6]);
    expect(rows[0]!.input).toEqual({ name: 'Office of the\nOmbudsman', kind: 'OMBUDSMAN', country: 'AZ', aliases: ['Ombudsman AZ', 'Human Rights Commissioner'] });
    expect(rows[1]!.input).toEqual({ name: 'UNESCO', kind: 'INTERGOVERNMENTAL_ORGANIZATION', country: 'FR' });
    expect(rows[2]!.input.kind).toBe('NOT_A_KIND'); // the API decides
  });

  it('lists unknown columns as ignored and reports a file that is not CSV', () => {
    expect(parseCsv('name,kind,fax\nA,NGO,123\n').ignoredColumns).toEqual(['fax']);
    expect(parseCsv('name,kind\n"unclosed,NGO\n').problem).toMatch(/not valid CSV/);
  });
});

describe('JSON', () => {
  it('gives each element the line it starts on', () => {
    const text = '[\n  {"name": "A, [b]", "kind": "NGO"},\n\n  {\n    "name": "C \\"q\\"",\n    "kind": "NHRI", "aliases": ["c"]\n  }\n]';
    const { rows } = parseJson(text);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(rows[1]!.input).toEqual({ name: 'C "q"', kind: 'NHRI', aliases: ['c'] });
  });

  it('refuses what is not an array', () => {
    expect(parseJson('{"name": "x"}').problem).toMatch(/array/);
  });
});
