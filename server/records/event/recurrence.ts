import ICAL from 'ical.js';
import { addDays, daysBetween } from '../../kernel/days.js';

/**
 * Recurrence rules of events: RFC 5545 RRULE values, parsed and expanded by ical.js (Mozilla's
 * maintained iCalendar implementation), e.g.
 *
 *   FREQ=YEARLY                          every year on the start day (the Children's Rights Month)
 *   FREQ=MONTHLY;BYDAY=3TH               monthly coordination calls on the third Thursday
 *   FREQ=YEARLY;BYMONTH=6;BYDAY=3TH      the third Thursday of June
 *
 * Day-level frequencies only (DAILY, WEEKLY, MONTHLY, YEARLY) with INTERVAL, COUNT or UNTIL and
 * the BY* parts; ical.js silently drops parts it does not know, so they are refused here first.
 * Occurrences are computed on read, never stored; exceptions (EXDATE) are the start days left out.
 */

export type Rule = { recur: ICAL.Recur };

export type ParsedRecurrence = { ok: true; rule: Rule; canonical: string } | { ok: false; message: string };

const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const ALLOWED = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYMONTH', 'BYMONTHDAY', 'BYDAY', 'BYSETPOS', 'BYWEEKNO', 'BYYEARDAY', 'WKST'];
const UNTIL = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/;

/** Parses and checks a recurrence rule; returns the rule and its canonical text. */
export function parseRecurrence(text: string): ParsedRecurrence {
  const body = text.trim().toUpperCase().replace(/^RRULE:/, '');
  if (body === '') return { ok: false, message: 'must not be blank' };
  const parts = new Map<string, string>();
  for (const piece of body.split(';')) {
    const [key = '', value = ''] = piece.split('=', 2);
    if (!ALLOWED.includes(key)) return { ok: false, message: `"${key}" is not supported; use FREQ with INTERVAL, COUNT, UNTIL and BY… parts (RFC 5545)` };
    if (parts.has(key)) return { ok: false, message: `${key} is given twice` };
    if (value === '') return { ok: false, message: `${key} needs a value` };
    parts.set(key, value);
  }
  if (!FREQUENCIES.includes(parts.get('FREQ') ?? '')) return { ok: false, message: `FREQ must be one of ${FREQUENCIES.join(', ')}` };
  const interval = parts.get('INTERVAL');
  if (interval !== undefined && !(/^\d{1,3}$/.test(interval) && Number(interval) >= 1 && Number(interval) <= 100)) {
    return { ok: false, message: 'INTERVAL must be a whole number from 1 to 100' };
  }
  const count = parts.get('COUNT');
  if (count !== undefined && !(/^\d{1,4}$/.test(count) && Number(count) >= 1 && Number(count) <= 1000)) {
    return { ok: false, message: 'COUNT must be a whole number from 1 to 1000' };
  }
  const until = parts.get('UNTIL');
  if (count !== undefined && until !== undefined) return { ok: false, message: 'COUNT and UNTIL cannot both be given' };
  if (until !== undefined && !isRealDay(until)) return { ok: false, message: 'UNTIL must be a date YYYYMMDD (or YYYYMMDDTHHMMSSZ)' };
  try {
    const recur = ICAL.Recur.fromString(body);
    return { ok: true, rule: { recur }, canonical: recur.toString() };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'is not a valid RFC 5545 rule' };
  }
}

function isRealDay(until: string): boolean {
  const m = UNTIL.exec(until);
  if (!m) return false;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  return Number(m[1]) >= 1000 && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
}

/** The rule's last possible occurrence day (UNTIL), YYYY-MM-DD, if it has one. */
export function untilOf(rule: Rule): string | null {
  return rule.recur.until ? rule.recur.until.toString().slice(0, 10) : null;
}

export { daysBetween };

/** One occurrence; `ruleDate` is its start day under the rule (RECURRENCE-ID), `startDate` differs when it was moved. */
export type Occurrence = { startDate: string; endDate: string; ruleDate: string };

/** Occurrences moved to another day, by their start day under the rule. */
export type Moves = ReadonlyMap<string, string>;

/** The moves recorded in an event's per-occurrence changes. */
export function movesOf(changes: readonly { date: string; movedTo?: string | null }[] | null | undefined): Moves {
  return new Map((changes ?? []).filter((c) => c.movedTo && c.movedTo !== c.date).map((c) => [c.date, c.movedTo!]));
}

/** Iterations at most before giving up (a daily rule over 27 years). */
const MAX_STEPS = 10_000;

/**
 * Expands a rule from `start` (YYYY-MM-DD; always the first occurrence, as in RFC 5545) into
 * occurrences lasting `durationDays` that overlap [from, to], leaving out the `exceptions`
 * (start days) and placing `moves` on their new days, at most `cap` of them, by start day.
 */
export function expandRule(
  start: string,
  durationDays: number,
  rule: Rule,
  window: { from?: string | null; to?: string | null } = {},
  cap = 50,
  exceptions: readonly string[] = [],
  moves: Moves = new Map(),
): Occurrence[] {
  const out: Occurrence[] = [];
  const skip = new Set(exceptions);
  const place = (ruleDate: string): Occurrence => {
    const startDate = moves.get(ruleDate) ?? ruleDate;
    return { startDate, endDate: addDays(startDate, durationDays), ruleDate };
  };
  const inWindow = (o: Occurrence) => (!window.to || o.startDate <= window.to) && (!window.from || o.endDate >= window.from);
  const iterator = rule.recur.iterator(ICAL.Time.fromDateString(start));
  for (let step = 0, next = iterator.next(); next && step < MAX_STEPS; step++, next = iterator.next()) {
    const day = next.toString().slice(0, 10);
    if (window.to && day > window.to) break;
    if (skip.has(day)) continue;
    const occurrence = place(day);
    if (inWindow(occurrence)) out.push(occurrence);
    if (out.length >= cap) break;
  }
  // Occurrences of later rule days moved into the window (the loop stopped at its end).
  for (const day of moves.keys()) {
    if (window.to && day > window.to && !skip.has(day) && inWindow(place(day))) out.push(place(day));
  }
  return out.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.ruleDate.localeCompare(b.ruleDate)).slice(0, cap);
}
