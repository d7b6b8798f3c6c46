import { parse } from 'csv-parse/browser/esm/sync';

/** One institution to create, from the file line it starts on. */
export type ImportRow = { line: number; input: Record<string, unknown> };
export type ParsedFile = { rows: ImportRow[]; ignoredColumns: string[]; problem: string | null };

/** Columns (CSV headers, JSON keys) → createInstitution's input fields. Nothing is checked here: the API's rules decide. */
const FIELDS: Record<string, string> = {
  name: 'name',
  kind: 'kind',
  country: 'country',
  acronym: 'acronym',
  website: 'website',
  description: 'description',
  aliases: 'aliases',
  status: 'status',
};
export const COLUMNS = Object.keys(FIELDS);

/** Line (1-based) of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function toInput(source: Record<string, unknown>, ignored: Set<string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(source)) {
    const field = FIELDS[key.trim().toLowerCase()];
    if (!field) {
      ignored.add(key);
      continue;
    }
    if (raw === null || raw === undefined || raw === '') continue;
    if (field === 'aliases') input.aliases = Array.isArray(raw) ? raw : String(raw).split(/[|;]/).map((a) => a.trim()).filter(Boolean);
    else if (field === 'kind' || field === 'status') input[field] = String(raw).trim().toUpperCase().replace(/[\s-]+/g, '_');
    else input[field] = typeof raw === 'string' ? raw.trim() : raw;
  }
  return input;
}

/** A CSV with a header line; each record's line is where it starts in the file (quoted fields may span lines). */
export function parseCsv(text: string): ParsedFile {
  const ignored = new Set<string>();
  let records: { record: Record<string, string>; raw: string; info: { bytes: number } }[];
  try {
    records = parse(text, { columns: true, info: true, raw: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    return { rows: [], ignoredColumns: [], problem: `The file is not valid CSV: ${(error as Error).message}` };
  }
  const rows = records.map(({ record, raw, info }) => {
    // `bytes` is where the record ends; it starts `raw.length` before, after any blank lines it swallowed.
    const start = info.bytes - raw.length + (raw.length - raw.replace(/^[\r\n]+/, '').length);
    return { line: lineAt(text, start), input: toInput(record, ignored) };
  });
  return { rows, ignoredColumns: [...ignored], problem: rows.length === 0 ? 'The file has a header line but no rows.' : null };
}

/** Offsets where each element of the top-level JSON array starts (strings and nesting skipped). */
function elementOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (expectElement && depth === 1) {
      offsets.push(i);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1 && c === '[') expectElement = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return offsets;
}

/** A JSON array of objects with the same keys as the CSV columns (aliases may be an array). */
export function parseJson(text: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { rows: [], ignoredColumns: [], problem: `The file is not valid JSON: ${(error as Error).message}` };
  }
  if (!Array.isArray(data)) return { rows: [], ignoredColumns: [], problem: 'The JSON file must be an array of objects, one per institution.' };
  const offsets = elementOffsets(text);
  const ignored = new Set<string>();
  const rows = data.map((item, i) => ({
    line: lineAt(text, offsets[i] ?? 0),
    input: item && typeof item === 'object' && !Array.isArray(item) ? toInput(item as Record<string, unknown>, ignored) : {},
  }));
  return { rows, ignoredColumns: [...ignored], problem: rows.length === 0 ? 'The array is empty.' : null };
}

export function parseImportFile(name: string, text: string): ParsedFile {
  return /\.json$/i.test(name) || /^\s*\[/.test(text) ? parseJson(text) : parseCsv(text);
}
