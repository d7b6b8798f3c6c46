import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, csvField, csvRecord, parseCsv } from './csv.js';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv (RFC 4180)', () => {
  it('reads records ended by CRLF or LF, with or without a final line break', () => {
    expect(fields('a,b\r\nc,d\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(fields('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('keeps empty fields, including trailing ones', () => {
    expect(fields('a,,c,\n,,\n')).toEqual([['a', '', 'c', ''], ['', '', '']]);
  });

  it('unquotes fields with separators, doubled quotes and line breaks', () => {
    expect(fields('"a,b","say ""hi""","two\r\nlines",""\n')).toEqual([['a,b', 'say "hi"', 'two\r\nlines', '']]);
  });

  it('keeps spaces (they are part of the field) and Unicode', () => {
    expect(fields(' a , Azərbaycan ,’\n')).toEqual([[' a ', ' Azərbaycan ', '’']]);
  });

  it('skips a byte-order mark and blank lines, and reports where each record starts', () => {
    const records = parseCsv('\uFEFFname,kind\n\n"multi\nline",X\nlast,Y\n');
    expect(records).toEqual([
      { fields: ['name', 'kind'], line: 1 },
      { fields: ['multi\nline', 'X'], line: 3 },
      { fields: ['last', 'Y'], line: 5 },
    ]);
  });

  it('accepts another separator', () => {
    expect(parseCsv('a;"b;c"\n', { separator: ';' }).map((r) => r.fields)).toEqual([['a', 'b;c']]);
  });

  it('refuses an unterminated quoted field, with its position', () => {
    const error = (() => {
      try {
        parseCsv('a,b\nc,"never closed\nmore\n');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).message).toBe('line 2, column 3: unterminated quoted field');
  });

  it('refuses text after a closing quote and a quote inside an unquoted field', () => {
    expect(() => parseCsv('"a"b,c\n')).toThrow(/line 1, column 4: unexpected "b" after a closing quote/);
    expect(() => parseCsv('ok\nO"Brien,x\n')).toThrow(/line 2, column 2: a double quote inside an unquoted field/);
  });
});

describe('csvRecord', () => {
  it('quotes only what needs it and ends records with CRLF', () => {
    expect(csvRecord(['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded', null, undefined, ''])).toBe(
      'plain,"a,b","say ""hi""","two\nlines"," padded",,,\r\n',
    );
    expect(csvField('x;y', ';')).toBe('"x;y"');
  });

  it('round-trips any fields through parseCsv', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'ə', ',', '"', '\n', '\r', ' ', ';', 'Z'), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((r) => csvRecord(r)).join('');
        expect(parseCsv(text).map((r) => r.fields)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
