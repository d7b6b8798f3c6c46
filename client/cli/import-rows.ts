// The rows of an import file as mutation inputs, for any record kind of kinds.ts: columns are the
// fields of the kind's create (and, with --upsert, update) input, matched loosely (`parent`,
// `parentId`, `parent_id`; `topics`, `topic`, `topicIds`); values parsed by field type (enums in
// any case, partial dates, numbers, booleans; lists `;`-separated in CSV; nested inputs as JSON);
// names in ID fields kept as references to resolve (import-refs.ts).
import { INPUT_FIELDS, type InputField } from '../generated/inputs.js';
import { flagOf, parseValue, REF_FIELDS } from './fields.js';
import { invalidFile, type RawRow } from './import-file.js';
import type { KindSpec } from './kinds.js';
import type { RefType } from './refs.js';

/** What is wrong with a row: the column (as the file names it), a message, a UserErrorCode-like word. */
export type Problem = { field: string; message: string; code: string };

/** A name in an ID field, to resolve: where it goes in the input, the text, the record type. */
export type Ref = { path: string[]; text: string; type: RefType; column: string };

export type ImportRow = {
  line: number;
  /** The input as parsed (ID fields hold names until resolved). */
  input: Record<string, unknown>;
  /** Fields whose cell was empty (cleared on update). */
  empty: string[];
  refs: Ref[];
  /** The `id` column (with --upsert: the record to update). */
  id: string | null;
  problems: Problem[];
  warnings: string[];
  /** Column header by input field, to report errors in the file's words. */
  columns: Map<string, string>;
};

/** The list separator inside a CSV cell. */
export const LIST_SEPARATOR = ';';
/** Columns every kind accepts besides its fields: the record's ID (for --upsert) and its version (ignored). */
const EXTRA = new Set(['id', 'version']);

const norm = (text: string) => text.toLowerCase().replace(/[\s_-]/g, '');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The mutation an input type belongs to: CreatePersonInput → createPerson, CiteSourceInput → citeSource. */
export const mutationOf = (inputType: string) => lowerFirst(inputType.replace(/Input$/, ''));

/** Every spelling a column may use for a field. */
function namesOf(field: InputField): string[] {
  const base = field.name.replace(/Ids?$/, '');
  return [field.name, flagOf(field), base, `${base}s`].map(norm);
}

/** The kind's fields (create ∪ update), each with the names a column may use. */
export function fieldsOf(kind: KindSpec): Map<string, InputField> {
  const byName = new Map<string, InputField>();
  for (const input of [kind.create?.input, kind.update?.input]) {
    for (const field of INPUT_FIELDS[input ?? ''] ?? []) {
      if (EXTRA.has(field.name)) continue;
      for (const name of namesOf(field)) if (!byName.has(name)) byName.set(name, field);
    }
  }
  return byName;
}

/** Column header → field; an unknown column refuses the file (a typo would otherwise drop data). */
export function mapColumns(file: string, kind: KindSpec, headers: string[]): Map<string, InputField | null> {
  const fields = fieldsOf(kind);
  const map = new Map<string, InputField | null>();
  const unknown: string[] = [];
  for (const header of headers) {
    if (header === '\u0000fields') continue;
    if (EXTRA.has(norm(header))) map.set(header, null);
    else if (fields.has(norm(header))) map.set(header, fields.get(norm(header))!);
    else unknown.push(header);
  }
  if (unknown.length) {
    const known = [...new Set([...fields.values()].map(flagOf))];
    throw invalidFile(file, `unknown column ${unknown.map((k) => JSON.stringify(k)).join(', ')} for ${kind.command} (columns: ${known.join(', ')}, id)`);
  }
  const seen = new Map<string, string>();
  for (const [header, field] of map) {
    if (!field) continue;
    const other = seen.get(field.name);
    if (other) throw invalidFile(file, `columns ${JSON.stringify(other)} and ${JSON.stringify(header)} are the same field (${field.name})`);
    seen.set(field.name, header);
  }
  return map;
}

const isBlank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** "WIKIDATA:Q1;GANHRI:AZ" → [{scheme, value}] (a JSON list is read as JSON). */
function identifiersFrom(text: string): unknown {
  return text
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      if (colon <= 0) throw new Error(`${JSON.stringify(part)} is not SCHEME:VALUE`);
      return { scheme: part.slice(0, colon).trim(), value: part.slice(colon + 1).trim() };
    });
}

/** One scalar value of a field (a list item, or the value itself). */
function scalar(field: InputField, value: unknown): unknown {
  if (typeof value === 'number' && (field.type === 'Int' || field.type === 'Float')) return value;
  if (typeof value === 'boolean' && field.type === 'Boolean') return value;
  if (typeof value !== 'string' && typeof value !== 'number') throw new Error('must be a text');
  const text = String(value).trim();
  if (field.type === 'Boolean') {
    const yes = ['true', 'yes', 'y', '1'].includes(text.toLowerCase());
    if (!yes && !['false', 'no', 'n', '0'].includes(text.toLowerCase())) throw new Error('must be true or false');
    return yes;
  }
  try {
    return parseValue(field, text);
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(message.startsWith('one of') ? `${JSON.stringify(text)} is not ${message}` : `${JSON.stringify(text)}: ${message}`);
  }
}

/** The value of one cell for `field`, and the refs inside it (paths relative to the field). */
function cellValue(field: InputField, raw: unknown, self: RefType): { value: unknown; refs: { path: string[]; text: string; type: RefType }[] } {
  const refs: { path: string[]; text: string; type: RefType }[] = [];
  const refType = REF_FIELDS[field.name];
  const target = refType === 'self' ? self : refType;
  const nested = INPUT_FIELDS[field.type];
  let items: unknown[] | unknown = raw;
  if (typeof raw === 'string' && nested) {
    const text = raw.trim();
    if (field.type === 'InstitutionIdentifierInput' && !/^[[{]/.test(text)) items = identifiersFrom(text);
    else {
      try {
        items = JSON.parse(text);
      } catch {
        throw new Error(`must be JSON (${field.list ? 'a list of objects' : 'an object'} with ${nested.map((f) => f.name).join(', ')})`);
      }
    }
  } else if (typeof raw === 'string' && field.list) items = raw.split(LIST_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  const one = (item: unknown, path: string[]): unknown => {
    if (target) {
      if (typeof item !== 'string' || item.trim() === '') throw new Error('must be a name or an ID');
      refs.push({ path, text: item.trim(), type: target });
      return item.trim();
    }
    if (nested) {
      if (!item || typeof item !== 'object' || Array.isArray(item)) throw new Error(`must be an object with ${nested.map((f) => f.name).join(', ')}`);
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(item as Record<string, unknown>)) {
        const sub = nested.find((f) => f.name === key);
        if (!sub) throw new Error(`unknown field ${JSON.stringify(key)} (one of ${nested.map((f) => f.name).join(', ')})`);
        if (v === null || v === undefined) continue;
        const inner = cellValue(sub, v, self);
        out[key] = inner.value;
        for (const r of inner.refs) refs.push({ ...r, path: [...path, key, ...r.path] });
      }
      return out;
    }
    return scalar(field, item);
  };
  if (field.list) {
    const list = Array.isArray(items) ? items : [items];
    return { value: list.map((item, i) => one(item, [String(i)])), refs };
  }
  if (Array.isArray(items)) throw new Error('must be one value, not a list');
  return { value: one(items, []), refs };
}

/** Parses the rows of a file for `kind`. Problems stay on their row (the file as a whole is fine). */
export function parseRows(kind: KindSpec, rows: RawRow[], columns: Map<string, InputField | null>): ImportRow[] {
  return rows.map(({ line, values }) => {
    const row: ImportRow = { line, input: {}, empty: [], refs: [], id: null, problems: [], warnings: [], columns: new Map() };
    if (typeof values['\u0000fields'] === 'string') row.problems.push({ field: 'row', code: 'INVALID_FORMAT', message: values['\u0000fields'] });
    for (const [header, raw] of Object.entries(values)) {
      if (header === '\u0000fields') continue;
      const field = columns.get(header) ?? columns.get(header.trim());
      if (field === null) {
        if (norm(header) === 'id' && !isBlank(raw)) row.id = String(raw).trim();
        continue;
      }
      if (!field) continue; // JSON keys are checked for the whole file first
      row.columns.set(field.name, header);
      if (isBlank(raw)) {
        row.empty.push(field.name);
        continue;
      }
      try {
        const { value, refs } = cellValue(field, raw, kind.type);
        row.input[field.name] = value;
        for (const ref of refs) row.refs.push({ ...ref, path: [field.name, ...ref.path], column: header });
      } catch (error) {
        row.problems.push({ field: header, code: 'INVALID_FORMAT', message: (error as Error).message });
      }
    }
    return row;
  });
}

/** The headers of a file: the CSV header row, or every key of the JSON objects. */
export function headersOf(rows: RawRow[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row.values)) keys.add(key);
  return [...keys];
}

/** Required create fields a row lacks. */
export function missingRequired(kind: KindSpec, row: ImportRow): InputField[] {
  const failed = new Set(row.problems.map((p) => p.field));
  return (INPUT_FIELDS[kind.create?.input ?? ''] ?? []).filter(
    (f) => f.required && row.input[f.name] === undefined && f.type !== 'Boolean' && !EXTRA.has(f.name) && !failed.has(row.columns.get(f.name) ?? ''),
  );
}

/** The text a row goes by (name, title …), for reports and duplicate checks. */
export function labelOf(row: ImportRow): string {
  const v = row.input;
  const text = v.name ?? v.title ?? v.measure ?? v.quote ?? v.role ?? v.kind;
  return typeof text === 'string' ? text : `line ${row.line}`;
}
