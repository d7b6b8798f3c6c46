import { DateTime } from 'luxon';
import { expandRule, movesOf, parseRecurrence } from '../../records/event/recurrence.js';
import { parsePartialDate, partialDateBounds } from '../../kernel/partial-date.js';
import { addDays, daysBetween } from '../../kernel/days.js';

/*
 * When something scheduled happens, as local days and — when times are known — as instants.
 *
 * Rules (shared by the agenda, the conflict check and the iCalendar feed):
 * - Dates may be partial ("2025", "2025-06"): the span covers every day the partial date may
 *   mean, and is `approximate`.
 * - An item is *timed* when it has a time zone and a start or end time (both dates then have the
 *   day). Its instants are computed in its own IANA zone with luxon, so 09:00 Europe/Berlin is
 *   08:00Z in winter and 07:00Z in summer, also for each occurrence of a recurring event.
 *   Without a start time it starts at midnight; without an end time it lasts to the end of its
 *   last day (local midnight), as the registry does not know when it ends.
 * - Otherwise it is *all-day*: a range of local (floating) days, [startDay, endDay] inclusive.
 * - Two timed items are compared as instants (half-open: touching is no overlap); when either is
 *   all-day they are compared as local days, each in its own zone.
 */

export type Precision = 'YEAR' | 'MONTH' | 'DAY';

export type Dated = {
  startDate?: string | null;
  endDate?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  timeZone?: string | null;
  recurrence?: string | null;
  /** Start days of occurrences left out (EXDATE). */
  recurrenceExceptions?: readonly string[] | null;
  /** Occurrences with a status of their own, some moved to another day. */
  occurrenceChanges?: readonly { date: string; movedTo?: string | null }[] | null;
};

export type Span = {
  /** First and last local day it covers (inclusive), YYYY-MM-DD. */
  startDay: string;
  endDay: string;
  /** The coarsest precision of its dates. */
  precision: Precision;
  approximate: boolean;
  allDay: boolean;
  /** Instants, when timed. */
  start: DateTime | null;
  end: DateTime | null;
  timeZone: string | null;
  /** Of an occurrence of a recurring item: its start day under the rule (differs from startDay when it was moved). */
  ruleDay?: string;
};

const RANK: Record<Precision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

export function precisionOf(...dates: (string | null | undefined)[]): Precision {
  let worst: Precision = 'DAY';
  for (const d of dates) {
    const p = d ? parsePartialDate(d)?.precision : undefined;
    if (p && RANK[p] < RANK[worst]) worst = p;
  }
  return worst;
}


function isTimed(d: Dated): boolean {
  return !!d.timeZone && (!!d.startTime || !!d.endTime) && precisionOf(d.startDate, d.endDate) === 'DAY';
}

/** Instants of a timed item on the given local days, in its own zone. */
function instants(d: Dated, startDay: string, endDay: string): { start: DateTime; end: DateTime } | null {
  const zone = d.timeZone!;
  const start = DateTime.fromISO(`${startDay}T${d.startTime ?? '00:00'}`, { zone });
  let end = d.endTime
    ? DateTime.fromISO(`${endDay}T${d.endTime}`, { zone })
    : DateTime.fromISO(endDay, { zone }).plus({ days: 1 }).startOf('day');
  if (!start.isValid || !end.isValid) return null;
  if (end <= start) end = start; // never negative (the event rules refuse it; stay safe for old rows)
  return { start, end };
}

/** The span of a non-recurring item (or of the first occurrence of a recurring one); null without a start date. */
export function spanOf(d: Dated): Span | null {
  if (!d.startDate || !parsePartialDate(d.startDate)) return null;
  const endText = d.endDate && parsePartialDate(d.endDate) ? d.endDate : d.startDate;
  const startDay = partialDateBounds(d.startDate).earliest;
  let endDay = partialDateBounds(endText).latest;
  if (endDay < startDay) endDay = startDay;
  const precision = precisionOf(d.startDate, endText);
  return daySpan(d, startDay, endDay, precision);
}

function daySpan(d: Dated, startDay: string, endDay: string, precision: Precision): Span {
  const timed = precision === 'DAY' && isTimed(d) ? instants(d, startDay, endDay) : null;
  return {
    startDay,
    endDay,
    precision,
    approximate: precision !== 'DAY',
    allDay: timed === null,
    start: timed?.start ?? null,
    end: timed?.end ?? null,
    timeZone: d.timeZone ?? null,
  };
}

/** Whether the item repeats (a valid rule on a day-precision start). */
export function recurrenceOf(d: Dated) {
  if (!d.recurrence || precisionOf(d.startDate) !== 'DAY' || !d.startDate) return null;
  const parsed = parseRecurrence(d.recurrence);
  return parsed.ok ? parsed : null;
}

/**
 * The occurrences of an item whose local days overlap [from, to] (inclusive days): each
 * occurrence of a recurring event but its exceptions, moved ones on their new days (each as long
 * as the first, at the same local times), else its own span.
 */
export function occurrenceSpans(d: Dated, from: string, to: string, cap = 50): Span[] {
  const first = spanOf(d);
  if (!first) return [];
  const rule = recurrenceOf(d);
  if (!rule) return first.startDay <= to && first.endDay >= from ? [first] : [];
  const length = daysBetween(first.startDay, first.endDay);
  const occurrences = expandRule(first.startDay, length, rule.rule, { from, to }, cap, d.recurrenceExceptions ?? [], movesOf(d.occurrenceChanges));
  return occurrences.map((o) => ({ ...daySpan(d, o.startDate, o.endDate, 'DAY'), ruleDay: o.ruleDate }));
}

/** An occurrence as the rule places it (its RECURRENCE-ID), whether or not it was moved. */
export function ruleOccurrenceSpan(d: Dated, ruleDay: string): Span | null {
  const first = spanOf(d);
  if (!first || !recurrenceOf(d)) return null;
  return { ...daySpan(d, ruleDay, addDays(ruleDay, daysBetween(first.startDay, first.endDay)), 'DAY'), ruleDay };
}

/** The local days a span covers as seen from `zone` (timed spans move with the zone; all-day spans do not). */
export function daysIn(span: Span, zone: string | null): { startDay: string; endDay: string } {
  if (!zone || span.allDay || !span.start || !span.end) return { startDay: span.startDay, endDay: span.endDay };
  const start = span.start.setZone(zone);
  // The end is exclusive: an event ending at midnight does not occupy the next day.
  const last = span.end > span.start ? span.end.minus({ milliseconds: 1 }).setZone(zone) : start;
  return { startDay: start.toISODate()!, endDay: last.toISODate()! };
}

/** A sort key in milliseconds: the start instant when timed, else local midnight of the first day in `zone` (UTC by default). */
export function sortKey(span: Span, zone: string | null): number {
  if (span.start) return span.start.toMillis();
  return DateTime.fromISO(span.startDay, { zone: zone ?? 'UTC' }).toMillis();
}

export type Overlap = {
  /** Local days both may cover (for all-day comparisons), or the overlap's days in UTC (timed). */
  fromDay: string;
  toDay: string;
  start: DateTime | null;
  end: DateTime | null;
  approximate: boolean;
};

/** Whether two spans overlap: as instants when both are timed, else as local days. */
export function overlap(a: Span, b: Span): Overlap | null {
  if (a.start && a.end && b.start && b.end) {
    const start = a.start > b.start ? a.start : b.start;
    const end = a.end < b.end ? a.end : b.end;
    if (!(start < end)) return null;
    return {
      fromDay: start.toUTC().toISODate()!,
      toDay: end.minus({ milliseconds: 1 }).toUTC().toISODate()!,
      start: start.toUTC(),
      end: end.toUTC(),
      approximate: false,
    };
  }
  const fromDay = a.startDay > b.startDay ? a.startDay : b.startDay;
  const toDay = a.endDay < b.endDay ? a.endDay : b.endDay;
  if (fromDay > toDay) return null;
  return { fromDay, toDay, start: null, end: null, approximate: a.approximate || b.approximate };
}

/** Today (YYYY-MM-DD) in an IANA zone (UTC by default). */
export function todayIn(zone: string | null, now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone: zone ?? 'UTC' }).toISODate()!;
}
