// `accord import <kind> <file>`: records of any kind from a CSV or JSON file, through the server's
// `importRecords` (many writes in one transaction). Rows are parsed (import-rows.ts) and planned
// (import-plan.ts: names resolved, upsert targets found, updates reduced to what changed); then
// --atomic (the default) sends every write in ONE transaction — a file with a bad row writes
// nothing and names the line —, --no-atomic sends batches and writes every good row. --dry-run
// checks every row on the server (rolled back) and looks for duplicates with their search score.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { Option } from 'commander';
import { AccordHttpError, type SearchableType } from '../index.js';
import { type Cli, cliOf, type Io } from './context.js';
import { CliError, usageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { importAll } from './backup.js';
import { formatOf, invalidFile, readRows } from './import-file.js';
import { IdentifierIndex, identifierKeys, type PlannedRow, planImport, rowNames } from './import-plan.js';
import { headersOf, mapColumns, parseRows } from './import-rows.js';
import { KINDS, type KindSpec } from './kinds.js';
import { parsePositiveInt } from './options.js';
import { fold } from './text.js';

/** The server's limit of writes per importRecords request. */
export const MAX_WRITES = 10_000;

type ImportOptions = { all?: boolean; dryRun?: boolean; format?: 'csv' | 'json'; upsert?: boolean; atomic: boolean; batchSize: number };

type Status = 'created' | 'updated' | 'unchanged' | 'valid' | 'invalid' | 'refused' | 'not written';

export async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw usageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

/** A progress bar on stderr (only on a terminal; Cli.progress decides), redrawn at most every 1%. */
function progressBar(cli: Cli): (done: number, total: number, what: string) => void {
  let last = '';
  return (done, total, what) => {
    const width = 30;
    const filled = total ? Math.round((width * done) / total) : width;
    const percent = total ? Math.floor((100 * done) / total) : 100;
    const key = `${what}${percent}`;
    if (key === last) return;
    last = key;
    cli.progress(`${what} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  };
}

const SEARCHABLE = new Set(['INSTITUTION', 'PERSON', 'EVENT', 'DOCUMENT', 'AGREEMENT', 'VISIT', 'COMMITMENT', 'SOURCE', 'TOPIC']);

/** Dry run: rows to be created that look like a record already there (search score shown), or like an earlier row. */
async function findDuplicates(cli: Cli, kind: KindSpec, rows: PlannedRow[], identifiers: IdentifierIndex, progress: ReturnType<typeof progressBar>): Promise<void> {
  const creates = rows.filter((r) => r.mode === 'create' && r.problems.length === 0);
  const seen = new Map<string, PlannedRow>();
  for (const row of [...creates].sort((a, b) => a.line - b.line)) {
    const key = fold(row.label);
    const earlier = seen.get(key);
    if (earlier) row.warnings.push(`same ${row.input.name !== undefined ? 'name' : 'title'} as line ${earlier.line}`);
    else seen.set(key, row);
  }
  for (const row of creates) {
    for (const key of identifierKeys(row.input.identifiers)) {
      const hit = await identifiers.get(key);
      if (hit) row.warnings.push(`identifier ${key} is already ${hit.name} (${hit.id}); --upsert would update it`);
    }
  }
  const type = kind.type.toUpperCase();
  if (!SEARCHABLE.has(type)) return;
  // Every row's name, acronym and first aliases, searched 25 to a request.
  const queries = creates.map((row) => [row.label, row.input.acronym, ...(Array.isArray(row.input.aliases) ? row.input.aliases.slice(0, 3) : [])].filter((q): q is string => typeof q === 'string' && q.trim().length > 1));
  const flat = queries.flat();
  const results: Awaited<ReturnType<Cli['client']['searchMany']>> = [];
  for (let start = 0; start < flat.length; start += 250) {
    progress(start, flat.length, 'looking for duplicates');
    results.push(...(await cli.client.searchMany(flat.slice(start, start + 250), { types: [type as SearchableType], first: 5 })));
  }
  let at = 0;
  for (const [index, row] of creates.entries()) {
    const names = new Set(rowNames(row));
    const found = queries[index]!.map((query) => ({ query, hits: results[at++]!.filter((h) => h.allWords) }));
    for (const { query, hits } of found) {
      const match = hits.find((h) => {
        const node = h.node as { acronym?: string | null; aliases?: string[] };
        return [h.title, h.matchedName, node.acronym, ...(node.aliases ?? [])].some((n) => typeof n === 'string' && names.has(fold(n)));
      });
      const similar = hits.find((h) => h.score >= 1.5 * query.split(/\s+/).length);
      const hit = match ?? (query === row.label ? similar : undefined);
      if (!hit) continue;
      const via = hit.matchedName && names.has(fold(hit.matchedName)) ? `"${hit.matchedName}" matches` : match ? `same name as "${query}"` : `similar to "${query}"`;
      row.warnings.push(`possible duplicate of ${hit.title} (${hit.node.id}): ${via}, score ${Math.round(hit.score * 100) / 100}`);
      break;
    }
  }
}

/** A userError path ["input", "parentId"] in the file's words ("parent"). */
function columnOf(row: PlannedRow, path: string[]): string {
  const rest = path[0] === 'input' ? path.slice(1) : path;
  if (rest.length === 0) return 'row';
  const column = row.columns.get(rest[0]!);
  return column ? [column, ...rest.slice(1)].join('.') : rest.join('.');
}

type Sent = { committed: boolean; failed: number };

/** Sends `rows` as one importRecords request; records each row's written ID or refusals. */
async function sendBatch(cli: Cli, rows: PlannedRow[], dryRun: boolean): Promise<Sent> {
  const index = new Map(rows.map((r, i) => [r, i]));
  const operations = rows.map((row) => {
    const input = structuredClone(row.operation!.input) as Record<string, unknown>;
    const refs: { path: string[]; operation: number }[] = [];
    for (const link of row.links) {
      const at = index.get(link.row);
      if (at !== undefined) refs.push({ path: link.path, operation: at });
      else {
        // Written by an earlier batch (--no-atomic): its ID is known.
        let parent = input;
        for (const key of link.path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
        parent[link.path.at(-1)!] = link.row.writtenId;
      }
    }
    return { mutation: row.operation!.mutation, input, ...(refs.length ? { refs } : {}) };
  });
  let payload: Awaited<ReturnType<Cli['client']['importRecords']>>;
  try {
    payload = await cli.client.importRecords({ operations, dryRun });
  } catch (error) {
    if (error instanceof AccordHttpError && error.status === 413) {
      throw new CliError(ExitCode.INPUT_REFUSED, 'INPUT_REFUSED', `the server refused a request of ${rows.length} writes as too large (its BODY_LIMIT_BYTES); use --no-atomic --batch-size ${Math.max(1, Math.floor(rows.length / 4))}`);
    }
    throw error;
  }
  for (const result of payload.results) {
    const row = rows[result.index]!;
    if (result.userErrors.length) {
      for (const e of result.userErrors) row.problems.push({ field: columnOf(row, e.field), message: e.message, code: e.code });
    } else if (result.id && (payload.committed || dryRun)) row.writtenId = result.id;
  }
  return { committed: payload.committed, failed: payload.failed };
}

/** Rows whose linked rows cannot be written are refused too (a child of a refused parent). */
function refuseDependents(rows: PlannedRow[]): void {
  for (const row of rows) {
    for (const link of row.links) {
      if (link.row.problems.length && !row.problems.some((p) => p.code === 'REFERS_TO_REFUSED')) {
        row.problems.push({ field: columnOf(row, link.path), code: 'REFERS_TO_REFUSED', message: `refers to line ${link.row.line}, which ${link.row.problems.length ? 'has errors' : 'was not written'}` });
      }
    }
  }
}

type Outcome = { statuses: Map<PlannedRow, Status>; written: boolean };

async function run(cli: Cli, rows: PlannedRow[], options: ImportOptions, progress: ReturnType<typeof progressBar>): Promise<Outcome> {
  const dryRun = options.dryRun === true;
  refuseDependents(rows);
  const statuses = new Map<PlannedRow, Status>();
  const okStatus = (row: PlannedRow): Status => (dryRun ? 'valid' : row.mode === 'update' ? 'updated' : row.mode === 'unchanged' ? 'unchanged' : 'created');
  const sendable = () => rows.filter((r) => r.operation && r.problems.length === 0);
  let written = false;
  if (options.atomic || dryRun) {
    const batch = sendable();
    const anyLocal = rows.some((r) => r.problems.length > 0);
    if (batch.length > MAX_WRITES) throw usageError(`${batch.length} writes: one transaction takes at most ${MAX_WRITES}; split the file or use --no-atomic`);
    if (batch.length) {
      progress(0, batch.length, `${dryRun || anyLocal ? 'checking' : 'writing'} ${batch.length} rows in one transaction`);
      const sent = await sendBatch(cli, batch, dryRun || anyLocal);
      written = sent.committed;
      progress(batch.length, batch.length, `${dryRun || anyLocal ? 'checked' : 'wrote'} ${batch.length} rows`);
    }
    refuseDependents(rows);
    for (const row of rows) statuses.set(row, row.problems.length ? (dryRun ? 'invalid' : 'refused') : dryRun || written || row.mode === 'unchanged' ? okStatus(row) : 'not written');
    return { statuses, written };
  }
  // --no-atomic: batches in order; a batch with refused rows is sent again without them.
  const all = sendable();
  let done = 0;
  for (let start = 0; start < all.length; start += options.batchSize) {
    let batch = all.slice(start, start + options.batchSize);
    while (batch.length) {
      refuseDependents(batch);
      batch = batch.filter((r) => r.problems.length === 0);
      if (!batch.length) break;
      const sent = await sendBatch(cli, batch, false);
      if (sent.committed) {
        written = true;
        break;
      }
      batch = batch.filter((r) => r.problems.length === 0);
    }
    done = Math.min(all.length, start + options.batchSize);
    progress(done, all.length, 'importing');
  }
  refuseDependents(rows);
  for (const row of rows) statuses.set(row, row.problems.length ? 'refused' : okStatus(row));
  return { statuses, written };
}

function report(cli: Cli, file: string, kind: KindSpec, rows: PlannedRow[], outcome: Outcome, options: ImportOptions): void {
  const dryRun = options.dryRun === true;
  const sorted = [...rows].sort((a, b) => a.line - b.line);
  const count = (s: Status) => sorted.filter((r) => outcome.statuses.get(r) === s).length;
  const bad = count('refused') + count('invalid');
  if (cli.opts.json) {
    cli.printJson({
      file,
      kind: kind.command,
      dryRun,
      atomic: options.atomic,
      total: rows.length,
      ...(dryRun ? { valid: count('valid'), invalid: count('invalid') } : { created: count('created'), updated: count('updated'), unchanged: count('unchanged'), refused: count('refused'), notWritten: count('not written') }),
      rows: sorted.map((r) => ({
        line: r.line,
        status: outcome.statuses.get(r),
        action: r.mode,
        name: r.label,
        ...(r.mode !== 'create' && r.id ? { id: r.id } : r.writtenId && outcome.written ? { id: r.writtenId } : {}),
        ...(r.changed.length ? { changed: r.changed } : {}),
        ...(r.problems.length ? { errors: r.problems } : {}),
        ...(r.warnings.length ? { warnings: r.warnings } : {}),
      })),
    });
    return;
  }
  const { green, red, yellow, dim } = cli.color;
  const width = String(Math.max(...sorted.map((r) => r.line))).length;
  const quiet = sorted.length > 100;
  const verbs: Record<Status, string> = { created: 'created', updated: 'updated', unchanged: 'unchanged', valid: 'ok', invalid: 'invalid', refused: 'refused', 'not written': 'ok' };
  const verbWidth = Math.max(...sorted.map((r) => verbs[outcome.statuses.get(r)!].length));
  for (const row of sorted) {
    const status = outcome.statuses.get(row)!;
    if (quiet && !row.problems.length && !row.warnings.length) continue;
    const label = `line ${String(row.line).padStart(width)}`;
    const verb = verbs[status].padEnd(verbWidth);
    const indent = ' '.repeat(label.length + verbWidth + 4);
    if (row.problems.length) {
      for (const [i, p] of row.problems.entries()) cli.print(`${i === 0 ? `${label}  ${red(verb)}  ` : indent}${p.field}: ${p.message} (${p.code})`);
    } else {
      const action = row.mode === 'update' && dryRun ? ` (update: ${row.changed.join(', ')})` : row.mode === 'unchanged' && dryRun ? ' (unchanged)' : row.mode === 'update' ? `: ${row.changed.join(', ')}` : '';
      const id = (status === 'created' || status === 'updated' || status === 'unchanged') && (row.writtenId ?? (row.mode !== 'create' ? row.id : null));
      cli.print(`${label}  ${green(verb)}  ${row.label}${action}${id ? dim(`  ${id}`) : ''}`.trimEnd());
    }
    for (const warning of row.warnings) cli.print(`${indent}${yellow('warning')}: ${warning}`);
  }
  if (quiet) cli.print(dim(`(${sorted.length} rows: only those with errors or warnings are listed)`));
  const summary = (parts: [number, string][]) => parts.filter(([n]) => n > 0).map(([n, s]) => `${n} ${s}`).join(', ') || 'nothing to do';
  if (dryRun) {
    cli.print(`Dry run of ${file}: ${count('valid')} of ${rows.length} rows are fine${bad ? `, ${bad} ${bad === 1 ? 'has' : 'have'} errors` : ''}. Nothing was written.`);
  } else if (options.atomic && bad) {
    const lines = sorted.filter((r) => r.problems.length).map((r) => r.line);
    cli.print(`Nothing was written: ${bad} of ${rows.length} rows ${bad === 1 ? 'has' : 'have'} errors (line${lines.length === 1 ? '' : 's'} ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''}); the import is all or nothing (--no-atomic writes the good rows).`);
  } else {
    cli.print(`Imported ${file}: ${summary([[count('created'), 'created'], [count('updated'), 'updated'], [count('unchanged'), 'unchanged'], [count('refused'), 'refused']])}.`);
  }
}

const kindOf = (name: string) => KINDS.find((k) => k.command === name || k.aliases.includes(name));

export function registerImport(program: Command, io: Io): void {
  const importable = KINDS.filter((k) => k.create || k.update).map((k) => k.command);
  program
    .command('import')
    .description('create or update records of any kind from a CSV or JSON file, all or nothing')
    .argument('<kind>', `the record kind: ${importable.join(', ')} (without it: institutions)`)
    .argument('[file]', 'a .csv or .json file ("-" reads stdin; then give --format)')
    .option('--all', 'restore a whole-registry archive written by `export --all` into a registry without records (ADMIN): accord import --all <file>')
    .option('--dry-run', 'check every row on the server and look for duplicates, write nothing')
    .option('--upsert', 'rows with an id (or an institution identifier already known) update that record, changing only the fields that differ')
    .option('--no-atomic', 'write every good row, in batches, instead of all or nothing')
    .addOption(new Option('--batch-size <n>', 'writes per request with --no-atomic').argParser(parsePositiveInt).default(1000))
    .addOption(new Option('--format <format>', 'file format, when the name does not tell').choices(['csv', 'json']))
    .addHelpText(
      'after',
      `
Columns (CSV header row, or JSON object keys) are the fields of the kind's create input
(\`accord <kind> create --help\`), in any order and case: \`parent\`, \`parentId\` or \`parent_id\`;
names allowed in ID fields (another row of the file, else resolved on the server like every
name; an institution also by identifier, SCHEME:VALUE); lists separated by ";" in CSV; nested
inputs as JSON. An "id" column (as \`accord export\` writes) is ignored, or with --upsert names the
record to update. Errors name the file's lines.
Exit code 5 when any row is refused (with --atomic, the default, nothing is then written).`,
    )
    .action(async (kindName: string, file: string | undefined, options: ImportOptions, command: Command) => {
      const cli = cliOf(command, io);
      if (options.all) {
        if (file !== undefined) throw usageError('import --all takes only the archive file');
        return importAll(cli, kindName);
      }
      cli.retryRateLimited = true;
      if (file === undefined) [kindName, file] = ['institutions', kindName];
      const kind = kindOf(kindName);
      if (!kind || !(kind.create || kind.update)) throw usageError(`cannot import ${JSON.stringify(kindName)}: one of ${importable.join(', ')}`);
      if (file === '-' && !options.format) throw usageError('reading stdin needs --format csv|json');
      const format = formatOf(file, options.format);
      const raw = readRows(file, await readInput(file), format, kind.command);
      const dryRun = options.dryRun === true;
      if (raw.length === 0) {
        if (cli.opts.json) cli.printJson({ file, kind: kind.command, dryRun, total: 0, rows: [] });
        else cli.note(`${file} has no rows; nothing to import`);
        return;
      }
      const columns = mapColumns(file, kind, headersOf(raw));
      if (![...columns.values()].some(Boolean)) throw invalidFile(file, 'has no column of a field');
      const progress = progressBar(cli);
      const identifiers = new IdentifierIndex(cli.client);
      let outcome: Outcome;
      let rows: PlannedRow[];
      try {
        rows = await planImport(cli, kind, parseRows(kind, raw, columns), { upsert: options.upsert === true, identifiers, progress });
        if (dryRun) await findDuplicates(cli, kind, rows, identifiers, progress);
        outcome = await run(cli, rows, options, progress);
      } finally {
        cli.progress(null);
      }
      report(cli, file, kind, rows, outcome, options);
      const bad = rows.filter((r) => r.problems.length > 0).length;
      if (bad > 0) {
        const message = dryRun ? `${bad} of ${rows.length} rows ${bad === 1 ? 'has' : 'have'} errors` : options.atomic ? `${bad} of ${rows.length} rows refused; nothing was written` : `${bad} of ${rows.length} rows refused`;
        throw new CliError(ExitCode.INPUT_REFUSED, 'INPUT_REFUSED', message, { refused: bad, total: rows.length });
      }
    });
}
