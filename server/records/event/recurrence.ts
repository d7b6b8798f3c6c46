/**
 * The safe subset of RFC 5545 recurrence rules that events accept: yearly events only
 * (the Children's Rights Month, 20 October – 20 November every year).
 *
 *   FREQ=YEARLY [;INTERVAL=n] [;COUNT=n | ;UNTIL=YYYYMMDD[THHMMSSZ]] [;BYMONTH=m,…] [;BYMONTHDAY=d,…]
 *
 * Anything else (other frequencies, BYDAY, BYSETPOS …) is refused, so expansion stays cheap and
 * predictable. Occurrences are computed on read, never stored.
 */

import { addDays } from '../../kernel/days.js';

export type YearlyRule = {
  interval: number;
  count?: number;
  /** Last possible occurrence day, YYYY-MM-DD. */
  until?: string;
  byMonth?: number[];
  byMonthDay?: number[];
};

export type ParsedRecurrence = { ok: true; rule: YearlyRule; canonical: string } | { ok: false; message: string };

const ALLOWED = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYMONTH', 'BYMONTHDAY'] as const;
type Part = (typeof ALLOWED)[number];

function integerList(text: string, min: number, max: number, allowNegative: boolean): number[] | null {
  const items = text.split(',');
  const out: number[] = [];
  for (const item of items) {
    if (!/^[+-]?\d{1,2}$/.test(item)) return null;
    const n = Number(item);
    const abs = Math.abs(n);
    if (abs < min || abs > max || (n < 0 && !allowNegative)) return null;
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseUntil(text: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Parses and checks a recurrence rule; returns the rule and its canonical text. */
export function parseRecurrence(text: string): ParsedRecurrence {
  const body = text.trim().toUpperCase().replace(/^RRULE:/, '');
  if (body === '') return { ok: false, message: 'must not be blank' };
  const parts = new Map<Part, string>();
  for (const piece of body.split(';')) {
    const eq = piece.indexOf('=');
    const key = (eq > 0 ? piece.slice(0, eq) : piece) as Part;
    const value = eq > 0 ? piece.slice(eq + 1) : '';
    if (!ALLOWED.includes(key)) {
      return { ok: false, message: `"${key}" is not supported; use FREQ=YEARLY with INTERVAL, COUNT, UNTIL, BYMONTH or BYMONTHDAY` };
    }
    if (parts.has(key)) return { ok: false, message: `${key} is given twice` };
    if (value === '') return { ok: false, message: `${key} needs a value` };
    parts.set(key, value);
  }
  if (parts.get('FREQ') !== 'YEARLY') return { ok: false, message: 'only FREQ=YEARLY is supported' };
  const rule: YearlyRule = { interval: 1 };
  const canonical = ['FREQ=YEARLY'];
  const interval = parts.get('INTERVAL');
  if (interval !== undefined) {
    if (!/^\d{1,3}$/.test(interval) || Number(interval) < 1 || Number(interval) > 100) {
      return { ok: false, message: 'INTERVAL must be a whole number from 1 to 100' };
    }
    rule.interval = Number(interval);
    canonical.push(`INTERVAL=${rule.interval}`);
  }
  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  if (count !== undefined && until !== undefined) return { ok: false, message: 'COUNT and UNTIL cannot both be given' };
  if (count !== undefined) {
    if (!/^\d{1,4}$/.test(count) || Number(count) < 1 || Number(count) > 1000) {
      return { ok: false, message: 'COUNT must be a whole number from 1 to 1000' };
    }
    rule.count = Number(count);
    canonical.push(`COUNT=${rule.count}`);
  }
  if (until !== undefined) {
    const day = parseUntil(until);
    if (!day) return { ok: false, message: 'UNTIL must be a date YYYYMMDD (or YYYYMMDDTHHMMSSZ)' };
    rule.until = day;
    canonical.push(`UNTIL=${until}`);
  }
  const byMonth = parts.get('BYMONTH');
  if (byMonth !== undefined) {
    const months = integerList(byMonth, 1, 12, false);
    if (!months) return { ok: false, message: 'BYMONTH must list months from 1 to 12' };
    rule.byMonth = months.sort((a, b) => a - b);
    canonical.push(`BYMONTH=${rule.byMonth.join(',')}`);
  }
  const byMonthDay = parts.get('BYMONTHDAY');
  if (byMonthDay !== undefined) {
    const days = integerList(byMonthDay, 1, 31, true);
    if (!days) return { ok: false, message: 'BYMONTHDAY must list days from 1 to 31 (or -31 to -1 from the month end)' };
    rule.byMonthDay = days;
    canonical.push(`BYMONTHDAY=${days.join(',')}`);
  }
  return { ok: true, rule, canonical: canonical.join(';') };
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;


export type Occurrence = { startDate: string; endDate: string };

/**
 * Expands a yearly rule from `start` (YYYY-MM-DD; it is always the first occurrence, as in RFC 5545)
 * into occurrences lasting `durationDays` that overlap [from, to], at most `cap` of them.
 */
export function expandYearly(
  start: string,
  durationDays: number,
  rule: YearlyRule,
  window: { from?: string | null; to?: string | null } = {},
  cap = 50,
): Occurrence[] {
  const [startYear, startMonth, startDay] = start.split('-').map(Number) as [number, number, number];
  const out: Occurrence[] = [];
  let seen = 0;
  for (let year = startYear; year <= 9999; year += rule.interval) {
    const days = new Set<string>();
    for (const month of rule.byMonth ?? [startMonth]) {
      const last = daysInMonth(year, month);
      for (const d of rule.byMonthDay ?? [startDay]) {
        const day = d < 0 ? last + d + 1 : d;
        if (day >= 1 && day <= last) days.add(iso(year, month, day));
      }
    }
    if (year === startYear) days.add(start);
    for (const day of [...days].sort()) {
      if (day < start) continue;
      if (rule.until && day > rule.until) return out;
      seen += 1;
      if (rule.count !== undefined && seen > rule.count) return out;
      if (window.to && day > window.to) return out;
      const end = addDays(day, durationDays);
      if (!window.from || end >= window.from) out.push({ startDate: day, endDate: end });
      if (out.length >= cap) return out;
    }
  }
  return out;
}
