// Reading an import file: CSV (csv-parse, RFC 4180; a header row) or JSON (an array of objects,
// or {"<kind>": […]}), each row with the line of the file it starts on — a CSV record whose
// quoted field spans lines starts on its first line; a JSON object on the line of its "{".
import { extname } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { CliError } from './errors.js';
import { ExitCode } from './exit-codes.js';

export type FileFormat = 'csv' | 'json';

/** One row: its line, and its values by column as written (CSV cells are text; JSON keeps its types). */
export type RawRow = { line: number; values: Record<string, unknown> };

export const invalidFile = (file: string, message: string) => new CliError(ExitCode.INPUT_REFUSED, 'INVALID_FILE', `${file}: ${message}`);

export function formatOf(file: string, explicit?: string): FileFormat {
  if (explicit === 'csv' || explicit === 'json') return explicit;
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  throw new CliError(ExitCode.USAGE, 'USAGE', `cannot tell the format of ${JSON.stringify(file)}: name it .csv or .json, or pass --format csv|json`);
}

export function readRows(file: string, text: string, format: FileFormat, key: string): RawRow[] {
  return format === 'csv' ? readCsv(file, text) : readJson(file, text, key);
}

type Parsed = { record: string[]; info: { lines: number; empty_lines: number } };

function readCsv(file: string, text: string): RawRow[] {
  let records: Parsed[];
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] }) as unknown as Parsed[];
  } catch (error) {
    if (error instanceof CsvError) throw invalidFile(file, `not valid CSV: ${error.message}`);
    throw error;
  }
  if (records.length === 0) throw invalidFile(file, 'is empty (expected a header row)');
  // A record starts on the line after the previous one ends, past the blank lines skipped since.
  let previousEnd = 0;
  let previousEmpty = 0;
  const lines = records.map(({ info }) => {
    const start = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    return start;
  });
  const header = records[0]!.record.map((h) => h.trim());
  const duplicate = header.find((h, i) => header.findIndex((o) => o.toLowerCase() === h.toLowerCase()) !== i);
  if (duplicate !== undefined) throw invalidFile(file, `column ${JSON.stringify(duplicate)} appears twice in the header`);
  const rows: RawRow[] = [];
  for (const [index, { record }] of records.entries()) {
    if (index === 0 || record.every((f) => f.trim() === '')) continue;
    const values: Record<string, unknown> = {};
    header.forEach((column, i) => {
      if (record[i] !== undefined) values[column] = record[i];
    });
    if (record.length !== header.length) values['\u0000fields'] = `has ${record.length} fields, the header has ${header.length}`;
    rows.push({ line: lines[index]!, values });
  }
  return rows;
}

/** Lines on which the items of the top-level array (or of the root object's first array) start. */
function itemLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let arrayDepth = -1;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
    if (expectValue && depth === arrayDepth && c !== ']') {
      lines.push(line);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (c === '[' && arrayDepth === -1 && depth <= 2) {
        arrayDepth = depth;
        expectValue = true;
      }
    } else if (c === ']' || c === '}') {
      if (depth === arrayDepth && c === ']') return lines;
      depth--;
    } else if (c === ',' && depth === arrayDepth) expectValue = true;
  }
  return lines;
}

function readJson(file: string, text: string, key: string): RawRow[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    throw invalidFile(file, `not valid JSON: ${(error as Error).message}`);
  }
  const wrapped = document && typeof document === 'object' && !Array.isArray(document) ? Object.values(document as Record<string, unknown>) : [];
  const items = Array.isArray(document) ? document : wrapped.length === 1 && Array.isArray(wrapped[0]) ? (wrapped[0] as unknown[]) : null;
  if (!items) throw invalidFile(file, `expected a JSON array of objects (or {"${key}": […]})`);
  const lines = itemLines(body);
  return items.map((item, index): RawRow => {
    const line = lines[index] ?? index + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) return { line, values: { '\u0000fields': 'is not an object' } };
    return { line, values: item as Record<string, unknown> };
  });
}
