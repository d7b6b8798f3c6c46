// Output of record commands: a table (default), --json, or --csv (with --bom for Excel).
// CSV cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) are
// prefixed with an apostrophe, so an exported name like "=HYPERLINK(…)" stays text.
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import type { Cli } from './context.js';

export type OutputOptions = { csv?: boolean; bom?: boolean };

export type Column<T> = [header: string, cell: (row: T) => string | number | boolean | null | undefined];

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as text, with formula triggers neutralised (numbers and booleans stay as they are). */
export function safeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** CSV text (header row first, CRLF line ends), formula-safe; with a UTF-8 byte-order mark when `bom`. */
export function toCsv(headers: string[], rows: unknown[][], bom = false): string {
  const text = stringify([headers, ...rows.map((row) => row.map(safeCell))], { record_delimiter: 'windows' });
  return bom ? `\uFEFF${text}` : text;
}

/** --csv and --bom on a command that prints rows. */
export function addOutputOptions(command: Command): Command {
  return command
    .option('--csv', 'CSV with a header row instead of a table (cells starting with = + - @ are prefixed with \')')
    .option('--bom', 'with --csv: start with a UTF-8 byte-order mark (for Excel)');
}

/** Prints rows as a table, JSON (`json` is what --json prints) or CSV. */
export function printRows<T>(cli: Cli, options: OutputOptions, columns: Column<T>[], rows: T[], json: unknown): void {
  if (cli.opts.json) {
    cli.printJson(json);
    return;
  }
  const cells = rows.map((row) => columns.map(([, cell]) => cell(row)));
  if (options.csv) {
    cli.io.stdout.write(toCsv(columns.map(([header]) => header), cells, options.bom));
    return;
  }
  if (rows.length > 0) cli.print(cli.table(columns.map(([header]) => header), cells.map((row) => row.map((c) => (c === null || c === undefined ? '' : String(c))))));
}
