// `accord <kind> list|show|create|update|delete` for every record kind of client/cli/kinds.ts.
// Options come from the schema's input types (fields.ts). Writes send an Idempotency-Key and,
// for update and delete, the version read (--version N) — or, with --force, the current one.
import { randomUUID } from 'node:crypto';
import { type Command, Option } from 'commander';
import { INPUT_FIELDS } from '../generated/inputs.js';
import { type Cli, cliOf, type Io } from './context.js';
import { usageError } from './errors.js';
import { addFieldOptions, inputFromOptions, readInputOption } from './fields.js';
import { KINDS, type KindSpec, pick, type Row } from './kinds.js';
import { addOutputOptions, type OutputOptions, printRows } from './output.js';
import { parsePositiveInt } from './options.js';
import { resolveRef } from './refs.js';

type WriteOptions = { version?: number; force?: boolean; dryRun?: boolean; idempotencyKey?: string; input?: string; unset?: string[] } & Row;

const table = (cli: Cli) => (h: string[], r: (string | null)[][]) => cli.table(h, r, cli.errColor);
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The record `text` names (an ID, or a name resolved through search), as { id, title }. */
export async function recordOf(cli: Cli, kind: KindSpec, text: string) {
  return resolveRef(cli.client, kind.type, text, table(cli));
}

/** The name or title of a nested record (an institution, a person, an event …), if it has one. */
const nameOf = (value: unknown): string | undefined => {
  const row = value && typeof value === 'object' ? (value as Row) : undefined;
  const name = row?.name ?? row?.title;
  return name === undefined || name === null ? undefined : String(name);
};

/**
 * What a record is called in messages: its name or title; records without one by what they link:
 * a relation by its two sides, a tenure by its holder and post, a participation by who took part
 * (in which role, at which event), a citation by its source and the record it supports.
 */
const titleOf = (record: Row): string => {
  const named = record.name ?? record.title ?? record.measure;
  if (named !== undefined && named !== null) return String(named);
  const [subject, object] = [nameOf(record.subject), nameOf(record.object)];
  if (subject && object && typeof record.kind === 'string') return `${subject} — ${record.kind.toLowerCase().replaceAll('_', ' ')} → ${object}`;
  const [person, post] = [nameOf(record.person), nameOf(record.post)];
  if (person && post) return `${person}, ${post}`;
  const who = nameOf(record.institution) ?? person;
  if (who && typeof record.role === 'string') {
    const event = nameOf(record.event);
    return `${who} (${record.role.toLowerCase().replaceAll('_', ' ')})${event ? ` at ${event}` : ''}`;
  }
  const source = nameOf(record.source);
  if (source) {
    const cited = record.record && typeof record.record === 'object' ? titleOf(record.record as Row) : undefined;
    return cited && cited !== String((record.record as Row).id) ? `${source} for ${cited}` : source;
  }
  return String(record.id);
};

/** A short one-line description of a nested record: its name or title, else its scalar fields. */
function brief(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  const row = value as Row;
  // A record of a field typed `Node` (a topic's records, a commitment's owner, a cited record) says what type it is.
  if (typeof row.__typename === 'string' && row.id !== undefined && Object.keys(row).every((k) => ['__typename', 'id', 'name', 'title', 'measure', 'kind', 'subject', 'object'].includes(k))) {
    const title = titleOf(row);
    if (title === String(row.id)) return `${row.__typename} ${row.id}`;
    return depth === 0 ? `${row.__typename}: ${title}` : title;
  }
  const name = row.name ?? row.title;
  if (depth > 0 && name) return String(name);
  const parts = Object.entries(row)
    .filter(([k, v]) => !['id', '__typename', 'version', 'createdAt', 'updatedAt', 'name', 'title', 'countryName'].includes(k) && v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? (Array.isArray(v) ? v.map((i) => brief(i, depth + 1)).join('; ') : brief(v, depth + 1)) : String(v)}`);
  const text = [name, ...(name ? [] : parts)].filter(Boolean).join(', ') + (name && parts.length ? `  (${parts.slice(0, 4).join(', ')})` : '');
  return text || [row.__typename, row.id].filter(Boolean).join(' ') || '—';
}

/** Prints a record as `label  value` lines (nested records one per line, by name). */
export function printRecord(cli: Cli, record: Row): void {
  if (cli.opts.json) {
    cli.printJson(record);
    return;
  }
  const { bold, dim } = cli.color;
  cli.print(bold(titleOf(record)));
  const entries = Object.entries(record).filter(([k]) => k !== '__typename');
  const width = Math.max(...entries.map(([k]) => k.length)) + 2;
  for (const [key, value] of entries) {
    const lines = Array.isArray(value) ? (value.length ? value.map(brief) : [dim('—')]) : [value === null ? dim('—') : brief(value)];
    for (const [i, line] of lines.entries()) cli.print(`  ${(i === 0 ? key : '').padEnd(width)}${line}`);
  }
}

/** --version / --force / --dry-run / --idempotency-key / --input / --unset, shared by writes. */
function addWriteOptions(command: Command, { versioned, unset }: { versioned: boolean; unset: boolean }): Command {
  if (versioned) {
    command
      .addOption(new Option('--version <n>', 'the version you read (from `show`); refused with CONFLICT if the record changed since').argParser(parsePositiveInt))
      .option('--force', 'write over the current version without checking (reads it just before writing)');
  }
  if (unset) command.option('--unset <field>', 'clear this field (repeatable)', collect);
  return command
    .option('--input <json>', 'fields as a JSON object, inline or @file.json (options given as well override it)')
    .option('--dry-run', 'resolve names and check the command, print what would be sent, write nothing')
    .option('--idempotency-key <key>', 'retrying with the same key never writes twice (default: a new random key)');
}

async function versionFor(cli: Cli, kind: KindSpec, id: string, options: WriteOptions): Promise<number> {
  if (options.version !== undefined) return options.version;
  if (!options.force) throw usageError('give --version N (the version you read, shown by `show`), or --force to write over the current version');
  const current = await kind.show(cli.client, id);
  return Number(current.version);
}

function announce(cli: Cli, verb: string, kind: KindSpec, result: unknown, fallbackTitle?: string): void {
  if (cli.opts.json) {
    cli.printJson(typeof result === 'string' ? { deletedId: result } : result);
    return;
  }
  const record = (typeof result === 'object' && result ? result : {}) as Row;
  const id = typeof result === 'string' ? result : String(record.id ?? '');
  const version = record.version !== undefined ? `, version ${record.version}` : '';
  const title = record.id ? titleOf(record) : (fallbackTitle ?? id);
  cli.print(`${verb} ${kind.type.toLowerCase()} ${title} (${id}${version})`);
}

function dryRun(cli: Cli, action: string, kind: KindSpec, input: Row): void {
  if (cli.opts.json) {
    cli.printJson({ dryRun: true, action, type: kind.type, input });
    return;
  }
  cli.print(`would ${action} ${kind.type.toLowerCase()} with:`);
  cli.print(JSON.stringify(input, null, 2));
  cli.note('dry run: nothing written');
}

function registerList(group: Command, kind: KindSpec, io: Io): void {
  const list = addOutputOptions(group.command('list').description(`list ${kind.command}${kind.list ? ', filtered' : ''}`));
  if (kind.list) {
    addFieldOptions(list, { input: kind.list.filter });
    list.option('-n, --limit <n>', 'show at most N', parsePositiveInt, 50).option('-a, --all', 'every match (ignores --limit)');
  }
  for (const parent of kind.listOf ?? []) list.option(`--${parent.option} <name-or-id>`, parent.about);
  list.action(async (options: OutputOptions & Row & { limit?: number; all?: boolean }, command: Command) => {
    const cli = cliOf(command, io);
    const columns = kind.columns.map(([header, path]) => [header, (row: Row) => pick(row, path)] as [string, (row: Row) => string | number | boolean | null]);
    if (kind.listOf) {
      const parent = kind.listOf.find((p) => options[p.option] !== undefined);
      if (!parent) throw usageError(`give ${kind.listOf.map((p) => `--${p.option}`).join(' or ')}`);
      const found = await resolveRef(cli.client, parent.type, String(options[parent.option]), table(cli));
      const rows = await parent.rows(cli.client, found.id);
      printRows(cli, options, columns, rows, { totalCount: rows.length, [kind.command]: rows });
      return;
    }
    const filter = await inputFromOptions(cli, { input: kind.list!.filter, self: kind.type }, options);
    const limit = options.all ? Number.POSITIVE_INFINITY : (options.limit ?? 50);
    const rows: Row[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page = await kind.list!.page(cli.client, { filter, first: Math.min(100, limit - rows.length), after });
      totalCount = page.totalCount;
      rows.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      cli.progress(`reading ${kind.command}… ${rows.length} of ${totalCount}`);
    } while (after && rows.length < limit);
    cli.progress(null);
    printRows(cli, options, columns, rows, { totalCount, [kind.command]: rows });
    if (!cli.opts.json && !options.csv && totalCount > rows.length) cli.note(cli.errColor.dim(`${rows.length} of ${totalCount} shown; use --all or --limit`));
  });
}

function registerWrites(group: Command, kind: KindSpec, io: Io): void {
  const noun = kind.type.toLowerCase();
  const aNoun = `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
  if (kind.create) {
    const spec = { input: kind.create.input, self: kind.type };
    const create = addWriteOptions(group.command(kind.create.verb === 'added' ? 'add' : 'create').description(`create ${aNoun}`), { versioned: false, unset: false });
    if (kind.create.verb === 'added') create.alias('create');
    addFieldOptions(create, spec).action(async (options: WriteOptions, command: Command) => {
      const cli = cliOf(command, io);
      const input = await inputFromOptions(cli, spec, options, await readInputOption(options.input));
      const missing = INPUT_FIELDS[spec.input]!.filter((f) => f.required && input[f.name] === undefined && f.type !== 'Boolean');
      if (missing.length) throw usageError(`missing ${missing.map((f) => `--${f.name.replace(/Ids?$/, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ')}`);
      if (options.dryRun) return dryRun(cli, 'create', kind, input);
      const created = await kind.create!.run(cli.client, input, { idempotencyKey: options.idempotencyKey ?? randomUUID() });
      announce(cli, kind.create!.verb ?? 'created', kind, created);
    });
  }
  if (kind.update) {
    const spec = { input: kind.update.input, self: kind.type };
    const update = addWriteOptions(group.command('update').description(`change fields of ${aNoun} (only the fields given)`), { versioned: true, unset: true });
    addFieldOptions(update.argument('<name-or-id>', `the ${noun}`), spec).action(async (text: string, options: WriteOptions, command: Command) => {
      const cli = cliOf(command, io);
      const record = await recordOf(cli, kind, text);
      const changes = await inputFromOptions(cli, spec, options, await readInputOption(options.input), options.unset);
      if (Object.keys(changes).length === 0) throw usageError('nothing to change: give the fields to change (see --help)');
      const version = options.dryRun && options.version === undefined ? undefined : await versionFor(cli, kind, record.id, options);
      const input = { ...changes, id: record.id, ...(version !== undefined ? { version } : {}) };
      if (options.dryRun) {
        const current = await kind.show(cli.client, record.id);
        const diff = Object.fromEntries(Object.entries(changes).map(([k, after]) => [k, { before: current[k] ?? current[k.replace(/Id$/, '')] ?? null, after }]));
        if (cli.opts.json) cli.printJson({ dryRun: true, action: 'update', type: kind.type, id: record.id, version: current.version, changes: diff });
        else {
          cli.print(`would update ${noun} ${titleOf(current)} (${record.id}, version ${current.version}):`);
          for (const [k, { before, after }] of Object.entries(diff)) cli.print(`  ${k}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
          cli.note('dry run: nothing written');
        }
        return;
      }
      const updated = await kind.update!.run(cli.client, input, { idempotencyKey: options.idempotencyKey ?? randomUUID() });
      announce(cli, 'updated', kind, updated);
    });
  }
  if (kind.remove) {
    const spec = { input: kind.remove.input, self: kind.type };
    const detach = INPUT_FIELDS[spec.input]!.find((f) => f.name.startsWith('detach') || f.name === 'removeActions');
    const remove = addWriteOptions(group.command('delete').alias('remove').description(`delete ${aNoun}`), { versioned: true, unset: false }).argument('<name-or-id>', `the ${noun}`);
    if (detach) remove.option('--detach', detach.description ?? 'also detach or delete what refers to it instead of refusing');
    remove.action(async (text: string, options: WriteOptions & { detach?: boolean }, command: Command) => {
      const cli = cliOf(command, io);
      const record = await recordOf(cli, kind, text);
      if (options.dryRun) {
        const current = await kind.show(cli.client, record.id);
        dryRun(cli, 'delete', kind, { id: record.id, title: titleOf(current), version: current.version, ...(detach ? { [detach.name]: options.detach === true } : {}) });
        return;
      }
      const version = await versionFor(cli, kind, record.id, options);
      const input = { id: record.id, version, ...(detach ? { [detach.name]: options.detach === true } : {}) };
      // A record named by its ID (a relation, a tenure …) is announced by what it links, read before it goes.
      const title = record.title !== record.id || cli.opts.json ? record.title : titleOf(await kind.show(cli.client, record.id));
      const deleted = await kind.remove!.run(cli.client, input, { idempotencyKey: options.idempotencyKey ?? randomUUID() });
      announce(cli, kind.remove!.verb ?? 'deleted', kind, deleted, title);
    });
  }
}

/** Adds the generic commands to every kind's group (creating the group where none exists yet). */
export function registerRecords(program: Command, io: Io): void {
  for (const kind of KINDS) {
    let group = program.commands.find((c) => c.name() === kind.command);
    if (!group) group = program.command(kind.command).aliases(kind.aliases).description(kind.about);
    const has = (name: string) => group!.commands.some((c) => c.name() === name);
    if (!has('list') && (kind.list || kind.listOf)) registerList(group, kind, io);
    if (!has('show')) {
      group
        .command('show')
        .description(`one ${kind.type.toLowerCase()} with everything it links to`)
        .argument('<name-or-id>', kind.list ? 'an ID, or a name or title (any word order; exact match wins)' : 'its ID')
        .action(async (text: string, _options: unknown, command: Command) => {
          const cli = cliOf(command, io);
          const record = await recordOf(cli, kind, text);
          printRecord(cli, await kind.show(cli.client, record.id));
        });
    }
    registerWrites(group, kind, io);
  }
}
