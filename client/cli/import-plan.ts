// From parsed rows to the writes of one import: which rows create and which update (--upsert: by
// the `id` column, or an institution's identifier), names in ID fields resolved — to another row of
// the file (by name, title, acronym, alias or identifier; a ref to that row's operation), else on
// the server like every CLI name (refs.ts), or `SCHEME:VALUE` identifiers —, updates reduced to the
// fields that differ, and the writes ordered so a row comes after the rows it refers to.
import type { AccordClient, ImportOperationInput, RecordType } from '../index.js';
import type { Cli } from './context.js';
import { INPUT_FIELDS } from '../generated/inputs.js';
import { type ImportRow, labelOf, missingRequired, mutationOf, type Problem } from './import-rows.js';
import type { KindSpec, Row } from './kinds.js';
import { findRecords, looksLikeId, type RefType } from './refs.js';
import { fold } from './text.js';

export type PlannedRow = ImportRow & {
  /** What the row is called (its name or title), for reports. */
  label: string;
  mode: 'create' | 'update' | 'unchanged';
  /** Fields an update changes (for the report). */
  changed: string[];
  /** The write, once planned. */
  operation?: ImportOperationInput;
  /** ID fields that name another row of the file: its write must come first, and its ID goes at `path`. */
  links: { path: string[]; row: PlannedRow }[];
  /** Set after the import: the record written. */
  writtenId?: string;
};

/** Every name a row goes by in the file (folded): name/title, acronym, aliases, identifiers. */
export function rowNames(row: ImportRow): string[] {
  const v = row.input;
  const names = [labelOf(row), v.acronym, ...(Array.isArray(v.aliases) ? v.aliases : []), ...identifierKeys(v.identifiers)];
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && n.trim() !== '').map(fold))];
}

/** "SCHEME:VALUE" keys of an identifiers list. */
export function identifierKeys(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((i) => i as { scheme?: unknown; value?: unknown }).filter((i) => typeof i.scheme === 'string' && typeof i.value === 'string').map((i) => `${String(i.scheme).toUpperCase()}:${String(i.value)}`);
}

/** Institutions by identifier ("WIKIDATA:Q1" → { id, name }), read once when a file needs it. */
export class IdentifierIndex {
  #map: Map<string, { id: string; name: string }> | undefined;
  constructor(private readonly client: AccordClient) {}
  async get(key: string): Promise<{ id: string; name: string } | undefined> {
    if (!this.#map) {
      this.#map = new Map();
      for await (const record of this.client.allInstitutionRecords({})) {
        for (const key of identifierKeys(record.identifiers)) this.#map.set(key, { id: record.id, name: record.name });
      }
    }
    return this.#map.get(key.replace(/^([^:]+):/, (_, s: string) => `${s.toUpperCase()}:`));
  }
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_-]*:\S/;

type Resolution = { id: string } | { problem: Problem };

/** Resolves names on the server, each (type, text) once: identifiers from the index, the rest through batched search. */
async function resolveOnServer(client: AccordClient, identifiers: IdentifierIndex, wanted: { type: RefType; text: string }[]): Promise<Map<string, Resolution>> {
  const out = new Map<string, Resolution>();
  const byType = new Map<RefType, string[]>();
  for (const { type, text } of wanted) {
    const key = `${type}\u0000${fold(text)}`;
    if (out.has(key)) continue;
    if (IDENTIFIER.test(text) && !looksLikeId(text) && (type === 'Institution' || type === 'InstitutionOrPerson')) {
      const hit = await identifiers.get(text);
      if (hit) {
        out.set(key, { id: hit.id });
        continue;
      }
    }
    out.set(key, { problem: { field: '', code: 'NOT_FOUND', message: '' } });
    byType.set(type, [...(byType.get(type) ?? []), text]);
  }
  for (const [type, texts] of byType) {
    const found = await findRecords(client, type, texts);
    texts.forEach((text, i) => {
      const f = found[i]!;
      const noun = type === 'InstitutionOrPerson' ? 'institution or person' : type.toLowerCase();
      let resolution: Resolution;
      if (f.status === 'found') resolution = { id: f.record.id };
      else if (f.status === 'none') resolution = { problem: { field: '', code: 'NOT_FOUND', message: `no ${noun} in the file or on the server is named ${JSON.stringify(text)}` } };
      else {
        const names = f.candidates.slice(0, 3).map((c) => `${c.title}${c.acronym ? ` (${c.acronym})` : ''} ${c.id}`);
        resolution = { problem: { field: '', code: 'AMBIGUOUS', message: `${JSON.stringify(text)} matches ${f.candidates.length} records (${names.join('; ')}${f.candidates.length > 3 ? '; …' : ''}); give the ID` } };
      }
      out.set(`${type}\u0000${fold(text)}`, resolution);
    });
  }
  return out;
}

const setAt = (target: Record<string, unknown>, path: string[], value: unknown) => {
  let parent = target as Record<string, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  parent[path.at(-1)!] = value;
};

/** A comparable form of a value: blanks are null, objects without null fields and with sorted keys. */
function canonical(value: unknown): string {
  const clean = (v: unknown): unknown => {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) return null;
    if (Array.isArray(v)) return v.map(clean);
    if (typeof v === 'object') {
      const entries = Object.entries(v as Row).filter(([k, x]) => k !== '__typename' && clean(x) !== null);
      return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, clean(x)]));
    }
    return v;
  };
  return JSON.stringify(clean(value));
}

/** The record's current value of an input field (`parentId` → parent.id, `topicIds` → topics[].id). */
function currentValue(record: Row, field: string): unknown {
  if (field in record) return record[field];
  if (field.endsWith('Ids')) {
    const list = record[`${field.slice(0, -3)}s`];
    return Array.isArray(list) ? list.map((x) => (x as Row)?.id) : undefined;
  }
  if (field.endsWith('Id')) {
    const ref = record[field.slice(0, -2)];
    return ref === undefined ? undefined : ((ref as Row | null)?.id ?? null);
  }
  return undefined;
}

export type PlanOptions = { upsert: boolean; identifiers: IdentifierIndex; progress: (done: number, total: number, what: string) => void };

/** Plans the import of `rows` (see the file comment); problems stay on their rows. */
export async function planImport(cli: Cli, kind: KindSpec, rows: ImportRow[], options: PlanOptions): Promise<PlannedRow[]> {
  const client = cli.client;
  const identifiers = options.identifiers;
  const planned: PlannedRow[] = rows.map((row) => ({ ...row, label: labelOf(row), mode: 'create', changed: [], links: [] }));

  // 1. Create or update: the `id` column (with --upsert), else an identifier an institution already has.
  const current = new Map<PlannedRow, Row>();
  if (options.upsert) {
    // Which record each row names (its id, or an identifier an institution has), then all of them
    // read in a few requests (nodes(ids:), 100 to a request) rather than one request per row.
    const targets: { row: PlannedRow; id: string }[] = [];
    for (const row of planned) {
      let id = row.id;
      if (!id && kind.type === 'Institution') {
        for (const key of identifierKeys(row.input.identifiers)) id ??= (await identifiers.get(key))?.id ?? null;
      }
      if (!id) continue;
      if (!kind.update) row.problems.push({ field: 'id', code: 'INVALID_VALUE', message: `${kind.command} cannot be updated by an import` });
      else targets.push({ row, id });
    }
    options.progress(0, targets.length, 'finding records to update');
    const records = targets.length ? await client.recordsByIds(kind.type as RecordType, targets.map((t) => t.id)) : [];
    options.progress(targets.length, targets.length, 'finding records to update');
    for (const [i, { row, id }] of targets.entries()) {
      const record = records[i];
      if (record) {
        current.set(row, record as Row);
        row.mode = 'update';
        row.id = id;
      } else {
        row.problems.push({ field: row.columns.get('id') ?? 'id', code: 'NOT_FOUND', message: `no ${kind.type.toLowerCase()} has the ID ${JSON.stringify(id)}` });
      }
    }
  } else if (!kind.create) {
    for (const row of planned) row.problems.push({ field: 'row', code: 'INVALID_VALUE', message: `${kind.command} can only be updated (use --upsert with an id column)` });
  }
  for (const row of planned) {
    if (row.mode === 'create' && kind.create) {
      const missing = missingRequired(kind, row);
      for (const field of missing) row.problems.push({ field: row.columns.get(field.name) ?? field.name.replace(/Ids?$/, ''), code: 'REQUIRED', message: 'is required' });
    }
  }

  // 2. Names in ID fields: another row of the file (of this kind), else the server.
  const byName = new Map<string, PlannedRow[]>();
  for (const row of planned) for (const name of rowNames(row)) byName.set(name, [...(byName.get(name) ?? []), row]);
  const onServer: { row: PlannedRow; ref: (typeof planned)[number]['refs'][number] }[] = [];
  for (const row of planned) {
    for (const ref of row.refs) {
      const inFile = ref.type === kind.type && !looksLikeId(ref.text) ? (byName.get(fold(ref.text)) ?? []) : [];
      if (inFile.length > 1) {
        row.problems.push({ field: ref.column, code: 'AMBIGUOUS', message: `${JSON.stringify(ref.text)} matches lines ${inFile.map((r) => r.line).join(', ')} of the file` });
      } else if (inFile.length === 1) {
        const target = inFile[0]!;
        if (target === row) row.problems.push({ field: ref.column, code: 'CYCLE', message: 'a record cannot refer to itself' });
        else if (target.mode === 'update' && target.id) setAt(row.input, ref.path, target.id);
        else row.links.push({ path: ref.path, row: target });
      } else onServer.push({ row, ref });
    }
  }
  options.progress(0, onServer.length, 'resolving names');
  const resolved = await resolveOnServer(client, identifiers, onServer.map(({ ref }) => ref));
  for (const { row, ref } of onServer) {
    const found = resolved.get(`${ref.type}\u0000${fold(ref.text)}`)!;
    if ('id' in found) setAt(row.input, ref.path, found.id);
    else row.problems.push({ ...found.problem, field: ref.column });
  }

  // 3. Updates: only the fields that differ from the record (an emptied cell clears the field).
  for (const [row, record] of current) {
    const input: Record<string, unknown> = { id: row.id, version: record.version };
    const fields = INPUT_FIELDS[kind.update!.input] ?? [];
    const inFile = new Set(row.links.map((r) => r.path[0]));
    for (const field of fields) {
      if (field.name === 'id' || field.name === 'version') continue;
      if (field.name in row.input) {
        if (inFile.has(field.name) || canonical(row.input[field.name]) !== canonical(currentValue(record, field.name))) {
          input[field.name] = row.input[field.name];
          row.changed.push(field.name);
        }
      } else if (row.empty.includes(field.name) && canonical(currentValue(record, field.name)) !== 'null') {
        input[field.name] = null;
        row.changed.push(field.name);
      }
    }
    row.input = input;
    if (row.changed.length === 0) row.mode = 'unchanged';
  }

  // 4. Writes, each after the rows it refers to; a loop of references is refused.
  const state = new Map<PlannedRow, 'visiting' | 'done'>();
  const order: PlannedRow[] = [];
  const visit = (row: PlannedRow, chain: PlannedRow[]): void => {
    if (state.get(row) === 'done') return;
    if (state.get(row) === 'visiting') {
      for (const r of chain.slice(chain.indexOf(row))) r.problems.push({ field: 'row', code: 'CYCLE', message: `the rows on lines ${chain.slice(chain.indexOf(row)).map((c) => c.line).join(', ')} refer to each other in a loop` });
      return;
    }
    state.set(row, 'visiting');
    for (const link of row.links) visit(link.row, [...chain, row]);
    state.set(row, 'done');
    order.push(row);
  };
  for (const row of planned) visit(row, []);
  const create = kind.create ? mutationOf(kind.create.input) : '';
  const update = kind.update ? mutationOf(kind.update.input) : '';
  for (const row of order) {
    if (row.mode === 'unchanged') continue;
    row.operation = { mutation: row.mode === 'update' ? update : create, input: row.input };
  }
  return order;
}
