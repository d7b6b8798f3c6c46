// A small RFC 4180 CSV reader and writer (no dependency): comma-separated fields, records ended by
// CRLF or LF, fields that contain the separator, a quote or a line break enclosed in double
// quotes, a quote inside a quoted field written twice (""). A leading UTF-8 byte-order mark
// (as Excel writes it) is skipped; blank lines are skipped.

export type CsvRecord = {
  /** The fields, unquoted. */
  fields: string[];
  /** 1-based line on which the record starts (a quoted field may span several lines). */
  line: number;
};

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

export type CsvOptions = {
  /** Field separator (one character); default ",". */
  separator?: string;
};

/** Parses CSV text into records. Throws CsvSyntaxError on malformed quoting. */
export function parseCsv(text: string, options: CsvOptions = {}): CsvRecord[] {
  const sep = options.separator ?? ',';
  if (sep.length !== 1 || sep === '"' || sep === '\r' || sep === '\n') throw new Error(`invalid CSV separator ${JSON.stringify(sep)}`);
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  const n = text.length;

  let fields: string[] = [];
  let recordLine = line;
  let field = '';
  // true once anything (a character, a separator or quotes) was read for the current record
  let started = false;

  const endRecord = () => {
    fields.push(field);
    // A blank line is no record.
    if (!(fields.length === 1 && fields[0] === '' && !started)) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
    started = false;
  };

  while (i < n) {
    const c = text[i];
    if (c === '"') {
      if (field !== '') {
        throw new CsvSyntaxError('a double quote inside an unquoted field (enclose the field in quotes and double the quote)', line, i - lineStart + 1);
      }
      started = true;
      const openLine = line;
      const openColumn = i - lineStart + 1;
      i++;
      for (;;) {
        if (i >= n) throw new CsvSyntaxError('unterminated quoted field', openLine, openColumn);
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') {
          line++;
          lineStart = i + 1;
        }
        field += q;
        i++;
      }
      // After the closing quote: a separator, a line end or the end of the text.
      const next = text[i];
      if (i < n && next !== sep && next !== '\n' && next !== '\r') {
        throw new CsvSyntaxError(`unexpected ${JSON.stringify(next)} after a closing quote`, line, i - lineStart + 1);
      }
      continue;
    }
    if (c === sep) {
      fields.push(field);
      field = '';
      started = true;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      lineStart = i;
      recordLine = line;
      continue;
    }
    started = true;
    field += c;
    i++;
  }
  if (started || field !== '' || fields.length > 0) endRecord();
  return records;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV field, quoted when it has to be. */
export function csvField(value: string | null | undefined, separator = ','): string {
  const text = value ?? '';
  if (NEEDS_QUOTES.test(text) || text.includes(separator)) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** One CSV record ended by CRLF (RFC 4180). */
export function csvRecord(values: readonly (string | null | undefined)[], separator = ','): string {
  return `${values.map((v) => csvField(v, separator)).join(separator)}\r\n`;
}
