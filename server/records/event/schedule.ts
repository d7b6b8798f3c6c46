import { z } from 'zod';
import { UserError, UserErrorCode } from '../../kernel/errors.js';
import { isOrderedRange, parsePartialDate, partialDateBounds, todayIso } from '../../kernel/partial-date.js';
import { ScheduleStatus } from './event.enums.js';
import { canMove, moveRefusal, SCHEDULE_MOVES } from './event.lifecycle.js';
import { parseRecurrence } from './recurrence.js';

/*
 * Date, time and status rules shared by events and visits.
 */

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A partial date in an input (the PartialDate scalar already checks it; this keeps services honest). */
export const partialDate = z
  .string()
  .refine((v) => parsePartialDate(v) !== null, { message: 'must be "YYYY", "YYYY-MM" or "YYYY-MM-DD" and a real date' })
  .nullish();

/** A local time of day HH:MM (24 h); blank means none. */
export const timeOfDay = z
  .string()
  .trim()
  .refine((v) => v === '' || TIME.test(v), { message: 'must be a time of day HH:MM (24 h), e.g. "09:30"' })
  .nullish()
  .transform((v) => (v === undefined ? undefined : v ? v : null));

/** The canonical IANA name of a time zone, or null if the runtime does not know it. */
export function canonicalTimeZone(name: string): string | null {
  // IANA names only: "Asia/Baku", "UTC"; not offsets such as "+04:00" (which Intl also accepts).
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name) || /^(GMT|UTC)?[+-]/i.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** An IANA time zone; blank means none; stored in its canonical spelling. */
export const timeZone = z
  .string()
  .trim()
  .max(64, { message: 'must be at most 64 characters' })
  .refine((v) => v === '' || canonicalTimeZone(v) !== null, { message: 'must be an IANA time zone, e.g. "Asia/Baku" or "Europe/Paris"' })
  .nullish()
  .transform((v) => (v === undefined ? undefined : v ? canonicalTimeZone(v) : null));

function isDayPrecision(date: string | null | undefined): boolean {
  return !!date && parsePartialDate(date)?.precision === 'DAY';
}

export type Schedule = {
  startDate?: string | null;
  endDate?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  timeZone?: string | null;
};

/** Checks the (final) dates and times of an event or visit; returns every problem found. */
export function scheduleErrors(s: Schedule): UserError[] {
  const errors: UserError[] = [];
  if (!isOrderedRange(s.startDate, s.endDate)) {
    errors.push(UserError.of(['input', 'endDate'], UserErrorCode.INVALID_DATE_RANGE, `ends (${s.endDate}) before it starts (${s.startDate})`));
  }
  if (s.startTime && !isDayPrecision(s.startDate)) {
    errors.push(UserError.of(['input', 'startTime'], UserErrorCode.INVALID_FORMAT, 'a start time needs a start date with the day (YYYY-MM-DD)'));
  }
  if (s.endTime && !isDayPrecision(s.endDate ?? s.startDate)) {
    errors.push(UserError.of(['input', 'endTime'], UserErrorCode.INVALID_FORMAT, 'an end time needs an end (or start) date with the day (YYYY-MM-DD)'));
  }
  if ((s.startTime || s.endTime) && !s.timeZone) {
    errors.push(UserError.of(['input', 'timeZone'], UserErrorCode.REQUIRED, 'is required when times are given'));
  }
  const singleDay = !s.endDate || s.endDate === s.startDate;
  if (s.startTime && s.endTime && singleDay && isDayPrecision(s.startDate) && s.endTime <= s.startTime) {
    errors.push(UserError.of(['input', 'endTime'], UserErrorCode.INVALID_DATE_RANGE, `ends (${s.endTime}) before or when it starts (${s.startTime}) on the same day`));
  }
  return errors;
}

/** A lifecycle move of an event or visit; null when allowed. */
export function scheduleMoveError(from: ScheduleStatus, to: ScheduleStatus): UserError | null {
  if (canMove(SCHEDULE_MOVES, from, to)) return null;
  return UserError.of(['input', 'status'], UserErrorCode.INVALID_TRANSITION, moveRefusal(SCHEDULE_MOVES, from, to));
}

/** Something cannot have been HELD if it starts after today. */
export function heldInFutureError(status: ScheduleStatus, startDate: string | null | undefined, field: string[], today = todayIso()): UserError | null {
  if (status !== ScheduleStatus.HELD || !startDate) return null;
  if (partialDateBounds(startDate).earliest <= today) return null;
  return UserError.of(field, UserErrorCode.INVALID_VALUE, `cannot be HELD: it starts ${startDate}, after today (${today})`);
}

const OPEN_STATUSES: ReadonlySet<ScheduleStatus> = new Set([ScheduleStatus.PLANNED, ScheduleStatus.CONFIRMED]);

/**
 * The status of one occurrence of a recurring event: its own when one was recorded for it
 * (occurrenceChanges); else the event's status for occurrences that have started, and for a later
 * occurrence of an event recorded HELD, PLANNED (it is still to come).
 */
export function occurrenceStatus(
  recorded: ScheduleStatus,
  occurrenceStart: string,
  changes: readonly { date: string; status: ScheduleStatus }[] = [],
  today = todayIso(),
): ScheduleStatus {
  const own = changes.find((c) => c.date === occurrenceStart);
  if (own) return own.status;
  return recorded === ScheduleStatus.HELD && occurrenceStart > today ? ScheduleStatus.PLANNED : recorded;
}

/**
 * Why an event or visit (or one occurrence) needs its status updated: it is still PLANNED or
 * CONFIRMED although its last day (of a partial date: the last day it may mean) has passed.
 * Null when its status can still be true.
 */
export function staleStatusReason(
  status: ScheduleStatus,
  dates: { startDate?: string | null; endDate?: string | null },
  options: { recurring?: boolean; today?: string } = {},
): string | null {
  const today = options.today ?? todayIso();
  const last = dates.endDate ?? dates.startDate;
  if (!OPEN_STATUSES.has(status) || !last || !parsePartialDate(last)) return null;
  const lastDay = partialDateBounds(last).latest;
  if (lastDay >= today) return null;
  const ended = last === lastDay ? `ended on ${lastDay}` : `ended by ${lastDay} (${last})`;
  return options.recurring
    ? `still ${status} although its occurrence that ${ended} has passed: record it as HELD (later occurrences stay scheduled), POSTPONED or CANCELLED`
    : `still ${status} although it ${ended}: record whether it was HELD, POSTPONED or CANCELLED`;
}

/** staleStatusReason of an event (recurring or not) or a visit, as recorded. */
export function needsUpdateReason(
  record: { status: ScheduleStatus; startDate?: string | null; endDate?: string | null; recurrence?: string | null },
  today = todayIso(),
): string | null {
  const recurring = !!record.recurrence && parsePartialDate(record.startDate ?? '')?.precision === 'DAY' && parseRecurrence(record.recurrence).ok;
  return staleStatusReason(record.status, record, { recurring, today });
}

/** The `needsUpdate` and `needsUpdateReason` fields of a view entry, from a reason (or null). */
export function reviewFields(reason: string | null): { needsUpdate: boolean; needsUpdateReason: string | null } {
  return { needsUpdate: reason !== null, needsUpdateReason: reason };
}
