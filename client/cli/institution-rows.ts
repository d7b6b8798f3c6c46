// The institution file format shared by `accord import` and `accord export institutions`:
// CSV with a header row, or JSON (an array of objects with the same keys). Reading, checking a row
// locally (the rules the server applies, so --dry-run can report them) and writing a record.
import { extname } from 'node:path';
import {
  type CreateInstitutionInput,
  INSTITUTION_KINDS,
  INSTITUTION_STATUSES,
  type InstitutionKind,
  type InstitutionRecordFragment,
  isInstitutionKind,
  isInstitutionStatus,
} from '../index.js';
import { CliError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { csvRecord, CsvSyntaxError, parseCsv } from './csv.js';
import { isCountryCode } from './options.js';

/** The columns, in export order. `name` and `kind` are required. */
export const COLUMNS = ['name', 'acronym', 'kind', 'status', 'country', 'parent', 'website', 'description', 'aliases'] as const;
export type Column = (typeof COLUMNS)[number];
const REQUIRED: Column[] = ['name', 'kind'];
/** Written by export, ignored by import (records are always created). */
const IGNORED = new Set(['id']);
/** Separates aliases inside the CSV `aliases` cell. */
export const ALIAS_SEPARATOR = ';';

export type FileFormat = 'csv' | 'json';

/** One row of an import file, before checking. `row` is the CSV line (header = 1) or JSON position (1-based). */
export type RawRow = { row: number; values: Partial<Record<Column, string | string[] | null>>; problems: Problem[] };

/** What is wrong with a row; `code` uses the server's UserErrorCode words, plus AMBIGUOUS. */
export type Problem = { field: string; message: string; code: string };

/** A checked row: the mutation input (without parentId) and the parent text to resolve. */
export type CheckedRow = {
  row: number;
  input: CreateInstitutionInput;
  parent: string | null;
  problems: Problem[];
};

const refused = (file: string, message: string) => new CliError(ExitCode.INPUT_REFUSED, 'INVALID_FILE', `${file}: ${message}`);

export function formatOf(file: string, explicit?: string): FileFormat {
  if (explicit === 'csv' || explicit === 'json') return explicit;
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  throw new CliError(ExitCode.USAGE, 'USAGE', `cannot tell the format of ${JSON.stringify(file)}: name it .csv or .json, or pass --format csv|json`);
}

function checkKeys(file: string, keys: string[]): void {
  const unknown = keys.filter((k) => !(COLUMNS as readonly string[]).includes(k) && !IGNORED.has(k));
  if (unknown.length) throw refused(file, `unknown column ${unknown.map((k) => JSON.stringify(k)).join(', ')} (columns: ${COLUMNS.join(', ')})`);
}

/** Reads the rows of an import file. A file that cannot be read as a whole is refused (exit 5). */
export function readRows(file: string, text: string, format: FileFormat): RawRow[] {
  return format === 'csv' ? readCsv(file, text) : readJson(file, text);
}

function readCsv(file: string, text: string): RawRow[] {
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw refused(file, `not valid CSV: ${error.message}`);
    throw error;
  }
  if (records.length === 0) throw refused(file, 'is empty (expected a header row: name,kind,…)');
  const [header, ...data] = records;
  const keys = header.fields.map((h) => h.trim().toLowerCase());
  const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
  if (duplicate !== undefined) throw refused(file, `column ${JSON.stringify(duplicate)} appears twice in the header`);
  checkKeys(file, keys);
  const missing = REQUIRED.filter((c) => !keys.includes(c));
  if (missing.length) throw refused(file, `missing required column ${missing.join(', ')} (header: ${header.fields.join(',')})`);

  const rows: RawRow[] = [];
  for (const record of data) {
    if (record.fields.every((f) => f.trim() === '')) continue;
    const row: RawRow = { row: record.line, values: {}, problems: [] };
    if (record.fields.length !== keys.length) {
      row.problems.push({ field: 'row', code: 'INVALID_FORMAT', message: `has ${record.fields.length} fields, the header has ${keys.length}` });
    }
    keys.forEach((key, index) => {
      if (IGNORED.has(key)) return;
      const value = record.fields[index];
      if (value === undefined) return;
      row.values[key as Column] = key === 'aliases' ? value.split(ALIAS_SEPARATOR) : value;
    });
    rows.push(row);
  }
  return rows;
}

function readJson(file: string, text: string): RawRow[] {
  let document: unknown;
  try {
    document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw refused(file, `not valid JSON: ${(error as Error).message}`);
  }
  const items = Array.isArray(document)
    ? document
    : document && typeof document === 'object' && Array.isArray((document as { institutions?: unknown }).institutions)
      ? (document as { institutions: unknown[] }).institutions
      : null;
  if (!items) throw refused(file, 'expected a JSON array of institutions (or {"institutions": […]})');
  const keys = new Set<string>();
  for (const item of items) if (item && typeof item === 'object' && !Array.isArray(item)) for (const k of Object.keys(item)) keys.add(k);
  checkKeys(file, [...keys]);

  return items.map((item, index): RawRow => {
    const row: RawRow = { row: index + 1, values: {}, problems: [] };
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      row.problems.push({ field: 'row', code: 'INVALID_FORMAT', message: 'is not an object' });
      return row;
    }
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      if (IGNORED.has(key) || value === null || value === undefined) continue;
      const column = key as Column;
      if (column === 'aliases' && Array.isArray(value) && value.every((v) => typeof v === 'string')) row.values.aliases = value;
      else if (column === 'aliases' && typeof value === 'string') row.values.aliases = value.split(ALIAS_SEPARATOR);
      else if (typeof value === 'string') row.values[column] = value;
      else row.problems.push({ field: key, code: 'INVALID_FORMAT', message: column === 'aliases' ? 'must be a list of texts' : 'must be a text' });
    }
    return row;
  });
}

const text = (value: string | string[] | null | undefined): string | null => {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed === '' ? null : trimmed;
};

function tooLong(problems: Problem[], field: string, value: string | null, max: number): void {
  if (value !== null && value.length > max) problems.push({ field, code: 'TOO_LONG', message: `must be at most ${max} characters` });
}

/** Checks one row locally with the server's rules (required, kinds, country codes, URLs, lengths). */
export function checkRow(raw: RawRow): CheckedRow {
  const problems = [...raw.problems];
  const v = raw.values;
  const name = text(v.name);
  if (name === null) problems.push({ field: 'name', code: 'REQUIRED', message: 'must not be blank' });
  tooLong(problems, 'name', name, 300);

  const kindText = text(v.kind);
  let kind: InstitutionKind = 'OTHER';
  if (kindText === null) problems.push({ field: 'kind', code: 'REQUIRED', message: `must be one of ${INSTITUTION_KINDS.join(', ')}` });
  else {
    const normalized = kindText.toUpperCase().replace(/[\s-]+/g, '_');
    if (isInstitutionKind(normalized)) kind = normalized;
    else problems.push({ field: 'kind', code: 'INVALID_FORMAT', message: `${JSON.stringify(kindText)} is not one of ${INSTITUTION_KINDS.join(', ')}` });
  }

  const statusText = text(v.status);
  const status = statusText?.toUpperCase() ?? null;
  if (status !== null && !isInstitutionStatus(status)) {
    problems.push({ field: 'status', code: 'INVALID_FORMAT', message: `${JSON.stringify(statusText)} is not one of ${INSTITUTION_STATUSES.join(', ')}` });
  }

  const country = text(v.country)?.toUpperCase() ?? null;
  if (country !== null && !isCountryCode(country)) {
    problems.push({ field: 'country', code: 'INVALID_COUNTRY', message: `${JSON.stringify(country)} is not an ISO 3166-1 alpha-2 country code, e.g. "AZ"` });
  }

  const website = text(v.website);
  if (website !== null && !(/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(website) && URL.canParse(website))) {
    problems.push({ field: 'website', code: 'INVALID_FORMAT', message: `${JSON.stringify(website)} is not an http(s) URL` });
  }
  tooLong(problems, 'website', website, 500);

  const acronym = text(v.acronym);
  tooLong(problems, 'acronym', acronym, 50);
  const description = text(v.description);
  tooLong(problems, 'description', description, 20_000);

  const aliasList = Array.isArray(v.aliases) ? v.aliases : [];
  const aliases = [...new Set(aliasList.map((a) => a.trim()).filter(Boolean))];
  if (aliases.length > 50) problems.push({ field: 'aliases', code: 'TOO_MANY', message: 'at most 50 aliases' });
  if (aliases.some((a) => a.length > 300)) problems.push({ field: 'aliases', code: 'TOO_LONG', message: 'each alias must be at most 300 characters' });

  const input: CreateInstitutionInput = { name: name ?? '', kind };
  if (acronym !== null) input.acronym = acronym;
  if (status !== null && isInstitutionStatus(status)) input.status = status;
  if (country !== null) input.country = country;
  if (website !== null) input.website = website;
  if (description !== null) input.description = description;
  if (aliases.length) input.aliases = aliases;
  return { row: raw.row, input, parent: text(v.parent), problems };
}

/** The values of one exported record, by column (parent by name; aliases as a list). */
export function exportValues(record: InstitutionRecordFragment) {
  return {
    name: record.name,
    acronym: record.acronym,
    kind: record.kind,
    status: record.status,
    country: record.country,
    parent: record.parent?.name ?? null,
    website: record.website,
    description: record.description,
    aliases: record.aliases,
    id: record.id,
  } satisfies Record<Column | 'id', unknown>;
}

export const CSV_HEADER = csvRecord([...COLUMNS, 'id']);

export function csvLine(record: InstitutionRecordFragment): string {
  const v = exportValues(record);
  return csvRecord([v.name, v.acronym, v.kind, v.status, v.country, v.parent, v.website, v.description, v.aliases.join(ALIAS_SEPARATOR), v.id]);
}
