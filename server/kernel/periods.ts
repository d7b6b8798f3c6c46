import { getMetadataStorage, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { parsePartialDate, partialDateBounds, TemporalStatus, temporalStatus, todayIso } from './partial-date.js';

// Periods with partial start and end dates (tenures, relations): overlap, derived status, ordering.
// TemporalStatus lives in partial-date.ts; it is registered for GraphQL once, here.
if (!getMetadataStorage().enums.some((e) => e.enumObj === TemporalStatus)) {
  registerEnumType(TemporalStatus, {
    name: 'TemporalStatus',
    description: 'Where today falls relative to a period with (partial) start and end dates. Derived when read, never stored.',
    valuesConfig: {
      UPCOMING: { description: 'The start date lies wholly after today.' },
      ACTIVE: { description: 'Started (or no start date) and not ended (or no end date).' },
      ENDED: { description: 'The end date lies wholly before today.' },
    },
  });
}

export { TemporalStatus, temporalStatus };

/** A partial date in a mutation input ("2024", "2024-05", "2024-05-17"); null/blank clears. */
export const partialDateInput = z
  .string()
  .trim()
  .refine((v) => v === '' || parsePartialDate(v) !== null, { message: 'must be "YYYY", "YYYY-MM" or "YYYY-MM-DD" and a real date' })
  .nullish()
  .transform((v) => (v === undefined ? undefined : v === null || v === '' ? null : v));

export type Period = { startDate?: string | null; endDate?: string | null };

const MIN_DAY = '0000-01-01';
const MAX_DAY = '9999-12-31';

/** First and last day a period may cover; an open end reaches to the beginning/end of time. */
function span(p: Period): [string, string] {
  return [p.startDate ? partialDateBounds(p.startDate).earliest : MIN_DAY, p.endDate ? partialDateBounds(p.endDate).latest : MAX_DAY];
}

/** True when two periods share at least one possible day (partial dates by the days they cover). */
export function periodsOverlap(a: Period, b: Period): boolean {
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return a0 <= b1 && b0 <= a1;
}

const RANK: Record<TemporalStatus, number> = { ACTIVE: 0, UPCOMING: 1, ENDED: 2 };

/**
 * Orders periods "current first": active ones (latest start first), then upcoming ones (soonest
 * first), then ended ones (most recently ended first). Ties keep their incoming order.
 */
export function currentFirst<T extends Period>(rows: readonly T[], today = todayIso()): T[] {
  const keyed = rows.map((row, index) => {
    const status = temporalStatus(row.startDate, row.endDate, today);
    const [start, end] = span(row);
    return { row, index, rank: RANK[status], status, start, end };
  });
  keyed.sort((x, y) => {
    if (x.rank !== y.rank) return x.rank - y.rank;
    let c = 0;
    if (x.status === TemporalStatus.ACTIVE) c = y.start.localeCompare(x.start);
    else if (x.status === TemporalStatus.UPCOMING) c = x.start.localeCompare(y.start);
    else c = y.end.localeCompare(x.end);
    return c || x.index - y.index;
  });
  return keyed.map((k) => k.row);
}

/** Keeps the rows whose derived status is one of `statuses` (all rows when none are given). */
export function withStatus<T extends Period>(rows: readonly T[], statuses: readonly TemporalStatus[] | null | undefined, today = todayIso()): T[] {
  if (!statuses?.length) return [...rows];
  const wanted = new Set(statuses);
  return rows.filter((row) => wanted.has(temporalStatus(row.startDate, row.endDate, today)));
}

/** A period with neither start nor end date is unknown: it may have held on any day, or on none. */
export function isPeriodUnknown(start: string | null | undefined, end: string | null | undefined): boolean {
  return !start && !end;
}
