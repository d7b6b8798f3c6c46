// Command-line options made from the schema's input types (client/generated/inputs.ts), so every
// field of every create/update/filter input has an option without a hand-written list:
//   institutionId → --institution <name-or-id> (resolved by name),  topicIds → --topic (repeatable),
//   enums checked against their values (any case, - for _), numbers, booleans as --x/--no-x,
//   dates as YYYY, YYYY-MM or YYYY-MM-DD, nested inputs (participants, parties …) as JSON.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { ENUM_VALUES, INPUT_FIELDS, type InputField } from '../generated/inputs.js';
import type { Cli } from './context.js';
import { usageError } from './errors.js';
import { looksLikeId, type RefType, resolveRef } from './refs.js';

/** Which record an ID field points at ('self' = the record kind being written, e.g. parentId). */
export const REF_FIELDS: Record<string, RefType | 'self'> = {
  institutionId: 'Institution', onBehalfOfId: 'Institution', delegationOfId: 'Institution', hostId: 'Institution',
  ownerId: 'Institution', publisherId: 'Institution', subjectInstitutionId: 'Institution', objectId: 'Institution',
  issuerId: 'Institution', partyId: 'Institution', participantId: 'InstitutionOrPerson', subjectId: 'InstitutionOrPerson',
  personId: 'Person', subjectPersonId: 'Person', signatoryId: 'Person',
  eventId: 'Event', madeAtEventId: 'Event', adoptedAtId: 'Event', atEventId: 'Event', seriesId: 'EventSeries',
  agreementId: 'Agreement', renewsId: 'Agreement', madeInAgreementId: 'Agreement',
  madeInDocumentId: 'Document', evidenceDocumentId: 'Document', documentId: 'Document', outcomeId: 'Document',
  postId: 'Post', sourceId: 'Source', topicId: 'Topic', topicIds: 'Topic', visitId: 'Visit', recordId: 'Any', userId: 'User',
  parentId: 'self',
};

/** Fields that are not options: the record's ID is the command's argument, --version is the concurrency check. */
const NOT_OPTIONS = new Set(['id', 'version']);

const SCALAR_HINT: Record<string, string> = {
  PartialDate: 'YYYY, YYYY-MM or YYYY-MM-DD',
  LocalDate: 'YYYY-MM-DD (YYYY or YYYY-MM allowed)',
  DateTimeISO: 'YYYY-MM-DD or an ISO timestamp',
  Int: 'a whole number',
  Float: 'a number',
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Fields named like a global option (client/cli.ts): the global option would take the value
 * (`documents update X --url …` changed the server address), so they get another flag. An import
 * column may still be called by the field's name.
 */
const GLOBAL_OPTION_CLASH: Record<string, string> = { url: 'link' };

/** The option's long name: `institutionId` → institution, `topicIds` → topic, `aliases` → alias. */
export function flagOf(field: InputField): string {
  let name = field.name;
  if (REF_FIELDS[name] && name.endsWith('Ids')) name = name.slice(0, -3);
  else if (REF_FIELDS[name] && name.endsWith('Id')) name = name.slice(0, -2);
  else if (name === 'aliases') name = 'alias';
  else if (GLOBAL_OPTION_CLASH[name]) name = GLOBAL_OPTION_CLASH[name];
  return kebab(name);
}

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** YYYY / YYYY-MM / YYYY-MM-DD → a full day: the first of the period, or the last for an upper bound. */
export function fullDay(value: string, end: boolean): string {
  const m = PARTIAL_DATE.exec(value.trim());
  if (!m) throw new InvalidArgumentError('must be a date YYYY, YYYY-MM or YYYY-MM-DD');
  const [, y, mo, d] = m;
  if (d) return `${y}-${mo}-${d}`;
  if (!end) return `${y}-${mo ?? '01'}-01`;
  const month = mo ? Number(mo) : 12;
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return `${y}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

const isUpperBound = (name: string) => /^(to|until)$|Before$|^before$/.test(name);

/** Parses one command-line value for a field (refs stay text until resolved). */
export function parseValue(field: InputField, raw: string): unknown {
  const values = ENUM_VALUES[field.type];
  if (values) {
    const value = raw.trim().toUpperCase().replaceAll('-', '_').replaceAll(' ', '_');
    if (!values.includes(value)) throw new InvalidArgumentError(`one of ${values.map((v) => v.toLowerCase().replaceAll('_', '-')).join(', ')}`);
    return value;
  }
  switch (field.type) {
    case 'Int':
      if (!/^-?\d+$/.test(raw.trim())) throw new InvalidArgumentError('must be a whole number');
      return Number(raw);
    case 'Float':
      if (!Number.isFinite(Number(raw)) || raw.trim() === '') throw new InvalidArgumentError('must be a number');
      return Number(raw);
    case 'PartialDate':
      if (!PARTIAL_DATE.test(raw.trim())) throw new InvalidArgumentError('must be a date YYYY, YYYY-MM or YYYY-MM-DD');
      return raw.trim();
    case 'LocalDate':
      return fullDay(raw, isUpperBound(field.name));
    case 'DateTimeISO':
      return PARTIAL_DATE.test(raw.trim()) ? `${fullDay(raw, isUpperBound(field.name))}T${isUpperBound(field.name) ? '23:59:59.999' : '00:00:00.000'}Z` : raw;
    case 'String':
    case 'ID':
      return raw;
    default:
      if (INPUT_FIELDS[field.type]) {
        try {
          return JSON.parse(raw);
        } catch {
          throw new InvalidArgumentError(`must be JSON (an object with ${INPUT_FIELDS[field.type]!.map((f) => f.name).join(', ')})`);
        }
      }
      return raw;
  }
}

export type FieldOptionsSpec = {
  /** The GraphQL input type, e.g. CreatePersonInput or EventFilter. */
  input: string;
  /** Fields left out (e.g. `search`, given as an argument). */
  skip?: string[];
  /** Mark the schema's required fields as required options. */
  requireRequired?: boolean;
};

/** Adds one option per input field to `command`. */
export function addFieldOptions(command: Command, spec: FieldOptionsSpec): Command {
  const fields = INPUT_FIELDS[spec.input];
  if (!fields) throw new Error(`no input type ${spec.input} in the schema`);
  for (const field of fields) {
    if (NOT_OPTIONS.has(field.name) || spec.skip?.includes(field.name)) continue;
    const flag = flagOf(field);
    if (command.options.some((o) => o.long === `--${flag}`)) continue;
    if (field.type === 'Boolean' && !field.list) {
      command.addOption(new Option(`--${flag}`, field.description ?? field.name));
      command.addOption(new Option(`--no-${flag}`, `not ${flag}`).hideHelp());
      continue;
    }
    const ref = REF_FIELDS[field.name];
    const enumValues = ENUM_VALUES[field.type];
    const nested = INPUT_FIELDS[field.type];
    const hint = ref ? 'name-or-id' : enumValues ? 'value' : nested ? 'json' : field.type === 'String' ? 'text' : 'value';
    const about = [
      field.description ?? '',
      enumValues ? `(${enumValues.map((v) => v.toLowerCase().replaceAll('_', '-')).join(', ')})` : '',
      SCALAR_HINT[field.type] ? `(${SCALAR_HINT[field.type]})` : '',
      nested ? `(JSON: ${nested.map((f) => f.name).join(', ')}; names allowed for IDs)` : '',
      field.list ? '[repeatable]' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const option = new Option(`--${flag} <${hint}>`, about || field.name);
    if (field.list) {
      option.argParser((raw: string, previous: unknown[] | undefined) => {
        const parts = enumValues || field.type === 'String' && field.name !== 'aliases' ? raw.split(',').map((p) => p.trim()).filter(Boolean) : [raw];
        const parsed = parts.flatMap((p) => {
          const value = parseValue(field, p);
          return Array.isArray(value) ? value : [value];
        });
        return [...(previous ?? []), ...parsed];
      });
    } else {
      option.argParser((raw: string, previous: unknown) => {
        if (previous !== undefined) throw new InvalidArgumentError(`given twice (--${flag} takes one value)`);
        return parseValue(field, raw);
      });
    }
    if (spec.requireRequired && field.required) option.makeOptionMandatory();
    command.addOption(option);
  }
  return command;
}

/** Camel-case key commander uses for a flag ("made-at-event" → "madeAtEvent"). */
const attributeOf = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The input object from a command's parsed options (plus `base`, e.g. from --input JSON): names
 * resolved to IDs, `unset` fields sent as null.
 */
export async function inputFromOptions(
  cli: Cli,
  spec: FieldOptionsSpec & { self?: RefType },
  options: Record<string, unknown>,
  base: Record<string, unknown> = {},
  unset: string[] = [],
): Promise<Record<string, unknown>> {
  const fields = INPUT_FIELDS[spec.input]!;
  const input: Record<string, unknown> = { ...base };
  for (const field of fields) {
    if (NOT_OPTIONS.has(field.name) || spec.skip?.includes(field.name)) continue;
    const value = options[attributeOf(flagOf(field))];
    if (value !== undefined) input[field.name] = value;
  }
  for (const name of unset) {
    const field = fields.find((f) => f.name === name || flagOf(f) === name);
    if (!field || NOT_OPTIONS.has(field.name)) throw usageError(`--unset ${name}: no such field (one of ${fields.filter((f) => !NOT_OPTIONS.has(f.name)).map(flagOf).join(', ')})`);
    if (field.required) throw usageError(`--unset ${name}: the field is required`);
    input[field.name] = null;
  }
  return resolveRefs(cli, input, spec.input, spec.self);
}

/** Replaces names in ID fields (also inside nested inputs) by the IDs they resolve to. */
export async function resolveRefs(cli: Cli, input: Record<string, unknown>, inputType: string, self?: RefType): Promise<Record<string, unknown>> {
  const fields = INPUT_FIELDS[inputType] ?? [];
  const table = (h: string[], r: (string | null)[][]) => cli.table(h, r, cli.errColor);
  const out: Record<string, unknown> = { ...input };
  for (const field of fields) {
    const value = out[field.name];
    if (value === undefined || value === null) continue;
    const ref = REF_FIELDS[field.name];
    const target = ref === 'self' ? self : ref;
    if (target) {
      const one = async (v: unknown) => (typeof v === 'string' && !(looksLikeId(v) && (await isId(cli, v))) ? (await resolveRef(cli.client, target, v, table)).id : v);
      out[field.name] = Array.isArray(value) ? await Promise.all(value.map(one)) : await one(value);
    } else if (INPUT_FIELDS[field.type]) {
      const nested = async (v: unknown) => (v && typeof v === 'object' ? resolveRefs(cli, v as Record<string, unknown>, field.type, self) : v);
      out[field.name] = Array.isArray(value) ? await Promise.all(value.map(nested)) : await nested(value);
    }
  }
  return out;
}

async function isId(cli: Cli, text: string): Promise<boolean> {
  return (await cli.client.node(text).catch(() => null)) !== null;
}

/** Reads --input: a JSON object given inline or as @file. */
export async function readInputOption(value: string | undefined): Promise<Record<string, unknown>> {
  if (value === undefined) return {};
  let text = value;
  if (value.startsWith('@')) {
    const { readFile } = await import('node:fs/promises');
    try {
      text = await readFile(value.slice(1), 'utf8');
    } catch (error) {
      throw usageError(`--input ${value}: ${(error as Error).message}`);
    }
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw usageError(`--input: must be a JSON object (${(error as Error).message})`);
  }
}
