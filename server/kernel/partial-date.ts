import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * A date known to the year, the month or the day: "2024", "2024-10", "2024-10-02".
 * Sources often give only a year ("the second mission, in 2023"); the registry keeps exactly
 * what is known and compares by the range a partial date covers.
 */
export type PartialDate = string;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type Precision = 'YEAR' | 'MONTH' | 'DAY';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Null if `text` is not a valid partial date (also rejects 2023-02-30). */
export function parsePartialDate(text: string): { year: number; month?: number; day?: number; precision: Precision } | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1000) return null;
  if (m[2] === undefined) return { year, precision: 'YEAR' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: 'MONTH' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'DAY' };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last day a partial date covers, as YYYY-MM-DD. */
export function partialDateBounds(text: string): { earliest: string; latest: string } {
  const p = parsePartialDate(text);
  if (!p) throw new RangeError(`not a partial date: ${text}`);
  const month0 = p.month ?? 1;
  const month1 = p.month ?? 12;
  const day0 = p.day ?? 1;
  const day1 = p.day ?? daysInMonth(p.year, month1);
  return { earliest: `${p.year}-${pad(month0)}-${pad(day0)}`, latest: `${p.year}-${pad(month1)}-${pad(day1)}` };
}

export function earliestOf(text: string | null | undefined): string | null {
  return text ? partialDateBounds(text).earliest : null;
}

export function latestOf(text: string | null | undefined): string | null {
  return text ? partialDateBounds(text).latest : null;
}

/** True when an interval from `start` to `end` is possible (end does not lie wholly before start). */
export function isOrderedRange(start: string | null | undefined, end: string | null | undefined): boolean {
  if (!start || !end) return true;
  return partialDateBounds(end).latest >= partialDateBounds(start).earliest;
}

/** Today as YYYY-MM-DD in UTC (the registry's reference day for derived statuses). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export enum TemporalStatus {
  UPCOMING = 'UPCOMING',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}

/** Derived, never stored: where today falls relative to a (partial) start and end. */
export function temporalStatus(start: string | null | undefined, end: string | null | undefined, today = todayIso()): TemporalStatus {
  if (start && partialDateBounds(start).earliest > today) return TemporalStatus.UPCOMING;
  if (end && partialDateBounds(end).latest < today) return TemporalStatus.ENDED;
  return TemporalStatus.ACTIVE;
}

function parseValue(value: unknown): PartialDate {
  if (typeof value !== 'string' || parsePartialDate(value) === null) {
    throw new GraphQLError('PartialDate must be "YYYY", "YYYY-MM" or "YYYY-MM-DD" and a real date', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const PartialDateScalar = new GraphQLScalarType<PartialDate, string>({
  name: 'PartialDate',
  description: 'A date known to the year, month or day: "2024", "2024-10" or "2024-10-02".',
  serialize: (value) => String(value),
  parseValue,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('PartialDate must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseValue(ast.value);
  },
});
