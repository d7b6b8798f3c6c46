/*
 * CSV injection (OWASP): a spreadsheet treats a cell beginning with =, +, -, @, a tab or a
 * carriage return as a formula (`=HYPERLINK("http://x","y")`, `+A1`, `@SUM(…)`). Every cell the
 * server writes goes through neutralizeCell, which prefixes such a cell with a single quote so it
 * is shown as text. A plain number (`-3`, `-0.5`) is left alone: a spreadsheet reads it as a
 * number, not a formula.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

export function neutralizeCell(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}
