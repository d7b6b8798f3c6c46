// `accord import <file>`: creates institutions from a CSV or JSON file (see institution-rows.ts).
//
// Every row is checked locally first (required columns, kinds, country codes, URLs, lengths) and
// its parent resolved: by name, acronym or alias against the other rows of the file, else against
// the server (exact match or global ID only). Rows are then created parents first, one mutation
// each; a refused row is reported with its row number and the server's userErrors and the others go
// on. --dry-run does the checks (and looks for existing duplicates) without writing anything.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { Option } from 'commander';
import { AccordGraphQLError, AccordUserInputError, type AccordClient } from '../index.js';
import { type Cli, cliOf, type Io } from './context.js';
import { CliError, usageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { type CheckedRow, checkRow, formatOf, type Problem, readRows } from './institution-rows.js';
import { findInstitution } from './resolve.js';
import { displayName, fold } from './text.js';

type RowState = CheckedRow & {
  /** The file row this row's parent is, if the parent is in the file. */
  parentRow?: CheckedRow;
  /** The parent's global ID, if the parent is already on the server. */
  parentId?: string;
  parentLabel?: string;
  status: 'pending' | 'valid' | 'invalid' | 'created' | 'refused';
  id?: string;
};

type ImportOptions = { dryRun?: boolean; format?: 'csv' | 'json' };

async function readInput(file: string): Promise<string> {
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

/** Links each row to its parent: another row of the file (by name, acronym or alias), else a record on the server. */
async function linkParents(client: AccordClient, rows: RowState[]): Promise<void> {
  const byKey = new Map<string, RowState[]>();
  for (const row of rows) {
    const keys = new Set([row.input.name, row.input.acronym ?? '', ...(row.input.aliases ?? [])].map(fold).filter(Boolean));
    for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  const onServer = new Map<string, Awaited<ReturnType<typeof findInstitution>>>();
  for (const row of rows) {
    if (row.parent === null) continue;
    const key = fold(row.parent);
    const inFile = byKey.get(key) ?? [];
    if (inFile.length > 1) {
      row.problems.push({ field: 'parent', code: 'AMBIGUOUS', message: `${JSON.stringify(row.parent)} matches rows ${inFile.map((r) => r.row).join(', ')} of the file` });
      continue;
    }
    if (inFile.length === 1) {
      if (inFile[0] === row) row.problems.push({ field: 'parent', code: 'CYCLE', message: 'an institution cannot be its own parent' });
      else row.parentRow = inFile[0];
      continue;
    }
    let found = onServer.get(key);
    if (!found) {
      found = await findInstitution(client, row.parent, { exactOnly: true });
      onServer.set(key, found);
    }
    if (found.status === 'found') {
      row.parentId = found.institution.id;
      row.parentLabel = displayName(found.institution);
    } else if (found.status === 'ambiguous') {
      const names = found.candidates.slice(0, 5).map((c) => `${displayName(c)}${c.country ? ` [${c.country}]` : ''} ${c.id}`);
      row.problems.push({ field: 'parent', code: 'AMBIGUOUS', message: `${JSON.stringify(row.parent)} matches ${found.total} institutions (${names.join('; ')}); give the parent's ID` });
    } else {
      const near = found.near?.length ? ` (did you mean ${found.near.map((c) => JSON.stringify(c.name)).join(' or ')}?)` : '';
      row.problems.push({ field: 'parent', code: 'NOT_FOUND', message: `no institution in the file or on the server is named ${JSON.stringify(row.parent)}${near}` });
    }
  }
  // A chain of in-file parents must not loop.
  for (const row of rows) {
    const seen = new Set<CheckedRow>([row]);
    for (let p = row.parentRow as RowState | undefined; p; p = p.parentRow as RowState | undefined) {
      if (seen.has(p)) {
        row.problems.push({ field: 'parent', code: 'CYCLE', message: 'the parents in the file form a loop' });
        break;
      }
      seen.add(p);
    }
  }
}

/** Rows that share a name and country with an earlier row, or (dry run) with a record on the server. */
async function findDuplicates(client: AccordClient, rows: RowState[], checkServer: boolean, cli: Cli): Promise<void> {
  const firstRow = new Map<string, RowState>();
  for (const row of rows) {
    const key = `${fold(row.input.name)}\u0000${row.input.country ?? ''}`;
    const earlier = firstRow.get(key);
    if (earlier) row.problems.push({ field: 'name', code: 'DUPLICATE', message: `same name and country as row ${earlier.row}` });
    else firstRow.set(key, row);
  }
  if (!checkServer) return;
  let done = 0;
  for (const row of rows) {
    cli.progress(`checking row ${++done}/${rows.length} against the server…`);
    if (row.problems.length) continue;
    const page = await client.institutionRecords({ filter: { search: row.input.name }, first: 100 });
    const clash = page.nodes.find((i) => fold(i.name) === fold(row.input.name) && (i.country ?? null) === (row.input.country ?? null));
    if (clash) {
      const where = clash.country ? `in ${clash.country}` : 'without a country';
      row.problems.push({ field: 'name', code: 'DUPLICATE', message: `an institution with this name already exists ${where} (id ${clash.id})` });
    }
  }
  cli.progress(null);
}

/** Depth of the in-file parent chain, so parents are created before their children. */
function depth(row: RowState): number {
  let d = 0;
  for (let p = row.parentRow as RowState | undefined; p && d <= 1000; p = p.parentRow as RowState | undefined) d++;
  return d;
}

function reportRows(cli: Cli, rows: RowState[], dryRun: boolean): void {
  const { green, red, dim } = cli.color;
  const width = String(Math.max(...rows.map((r) => r.row))).length;
  for (const row of [...rows].sort((a, b) => a.row - b.row)) {
    const label = `row ${String(row.row).padStart(width)}`;
    if (row.status === 'created' || row.status === 'valid') {
      const parent = row.parentRow ? `, parent: row ${row.parentRow.row}` : row.parentLabel ? `, parent: ${row.parentLabel}` : '';
      const verb = row.status === 'created' ? green('created') : green('ok     ');
      cli.print(`${label}  ${verb}  ${displayName({ name: row.input.name, acronym: row.input.acronym ?? null })}${dim(parent)}${row.id ? dim(`  ${row.id}`) : ''}`);
    } else {
      const verb = red(dryRun ? 'invalid' : 'refused');
      row.problems.forEach((p, i) => {
        const head = i === 0 ? `${label}  ${verb}  ` : ' '.repeat(label.length + 11);
        cli.print(`${head}${p.field}: ${p.message} (${p.code})`);
      });
    }
  }
}

export function registerImport(program: Command, io: Io): void {
  program
    .command('import')
    .description('create institutions from a CSV or JSON file')
    .argument('<file>', 'a .csv or .json file ("-" reads stdin; then give --format)')
    .option('--dry-run', 'check every row (and look for existing duplicates) without writing anything')
    .addOption(new Option('--format <format>', 'file format, when the name does not tell').choices(['csv', 'json']))
    .addHelpText(
      'after',
      `
Columns (CSV header row, or JSON object keys): name and kind are required;
  acronym, status (default ACTIVE), country (ISO alpha-2), parent (name, acronym, alias or ID; a
  row of the file or an existing institution), website, description, aliases (separated by ";" in
  CSV, a list in JSON).
  An "id" column (as written by \`accord export institutions\`) is ignored.
Rows are numbered by line (the CSV header is row 1) or by position in the JSON array.
Exit code 5 when any row is refused; the other rows are still created (unless --dry-run).`,
    )
    .action(async (file: string, options: ImportOptions, command: Command) => {
      const cli = cliOf(command, io);
      const dryRun = options.dryRun === true;
      if (file === '-' && !options.format) throw usageError('reading stdin needs --format csv|json');
      const format = formatOf(file, options.format);
      const rows: RowState[] = readRows(file, await readInput(file), format).map((raw) => ({ ...checkRow(raw), status: 'pending' }));
      if (rows.length === 0) {
        if (cli.opts.json) cli.printJson({ file, dryRun, total: 0, created: 0, refused: 0, rows: [] });
        else cli.note(`${file} has no rows; nothing to import`);
        return;
      }

      await linkParents(cli.client, rows);
      await findDuplicates(cli.client, rows, dryRun, cli);

      // Parents first; a row whose parent row fails is not sent.
      const order = [...rows].sort((a, b) => depth(a) - depth(b) || a.row - b.row);
      let done = 0;
      try {
        for (const row of order) {
          if (!dryRun) cli.progress(`importing ${++done}/${rows.length}…`);
          const parent = row.parentRow as RowState | undefined;
          if (parent && (parent.status === 'invalid' || parent.status === 'refused')) {
            row.problems.push({ field: 'parent', code: 'PARENT_REFUSED', message: `the parent (row ${parent.row}) ${dryRun ? 'has errors' : 'was not imported'}` });
          }
          if (row.problems.length) {
            row.status = dryRun ? 'invalid' : 'refused';
            continue;
          }
          if (dryRun) {
            row.status = 'valid';
            continue;
          }
          try {
            const parentId = parent?.id ?? row.parentId;
            const created = await cli.client.createInstitution(parentId ? { ...row.input, parentId } : row.input);
            row.status = 'created';
            row.id = created.id;
          } catch (error) {
            if (error instanceof AccordUserInputError) {
              row.problems.push(...error.userErrors.map((e): Problem => ({ field: fieldName(e.field), message: e.message, code: e.code })));
            } else if (error instanceof AccordGraphQLError && error.code === 'BAD_USER_INPUT') {
              row.problems.push({ field: 'row', code: 'INVALID_FORMAT', message: error.message });
            } else throw error;
            row.status = 'refused';
          }
        }
      } catch (error) {
        // Stopped part-way (server unreachable, server error): say which rows were written.
        if (rows.some((r) => r.status === 'created')) {
          for (const row of rows.filter((r) => r.status === 'pending')) {
            row.status = 'refused';
            row.problems.push({ field: 'row', code: 'NOT_SENT', message: 'not sent: the import stopped' });
          }
          cli.progress(null);
          report(cli, file, rows, dryRun);
        }
        throw error;
      } finally {
        cli.progress(null);
      }
      report(cli, file, rows, dryRun);
      const bad = rows.filter((r) => r.status === 'refused' || r.status === 'invalid').length;
      if (bad > 0) {
        const message = dryRun ? `${bad} of ${rows.length} rows ${bad === 1 ? 'has' : 'have'} errors` : `${bad} of ${rows.length} rows refused`;
        throw new CliError(ExitCode.INPUT_REFUSED, 'INPUT_REFUSED', message, { refused: bad, total: rows.length });
      }
    });
}

function fieldName(path: string[]): string {
  const rest = path[0] === 'input' ? path.slice(1) : path;
  const name = rest.join('.') || 'row';
  return name === 'parentId' ? 'parent' : name;
}

function report(cli: Cli, file: string, rows: RowState[], dryRun: boolean): void {
  const ok = rows.filter((r) => r.status === 'created' || r.status === 'valid').length;
  const bad = rows.length - ok;
  if (cli.opts.json) {
    cli.printJson({
      file,
      dryRun,
      total: rows.length,
      [dryRun ? 'valid' : 'created']: ok,
      [dryRun ? 'invalid' : 'refused']: bad,
      rows: [...rows]
        .sort((a, b) => a.row - b.row)
        .map((r) => ({
          row: r.row,
          status: r.status,
          name: r.input.name,
          ...(r.id ? { id: r.id } : {}),
          ...(r.problems.length ? { errors: r.problems } : {}),
        })),
    });
    return;
  }
  reportRows(cli, rows, dryRun);
  cli.print(
    dryRun
      ? `Dry run of ${file}: ${ok} of ${rows.length} rows would be created${bad ? `, ${bad} ${bad === 1 ? 'has' : 'have'} errors` : ''}. Nothing was written.`
      : `Imported ${ok} of ${rows.length} rows from ${file}${bad ? `; ${bad} refused (nothing written for ${bad === 1 ? 'it' : 'them'})` : ''}.`,
  );
}
