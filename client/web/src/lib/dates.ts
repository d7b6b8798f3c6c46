// Dates as people read them: partial dates at their precision ("May 2025", "2023"), ranges,
// and relative hints ("in 3 weeks", "2 months ago"). Partial dates are "YYYY", "YYYY-MM" or
// "YYYY-MM-DD" strings (the API's PartialDate and LocalDate scalars).

export type PartialDateParts = { year: number; month?: number; day?: number };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(value: string): PartialDateParts | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  return { year: Number(y), month: m ? Number(m) : undefined, day: d ? Number(d) : undefined };
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

const utc = (p: PartialDateParts) => new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));

/** "18 June 2025", "May 2025", "2023"; with `approximate`, "18 June 2025 (approx.)". */
export function formatPartialDate(value: string | null | undefined, options: { approximate?: boolean; short?: boolean } = {}): string {
  if (!value) return '';
  const parts = parsePartialDate(value);
  if (!parts) return value;
  let text: string;
  if (parts.day !== undefined) text = (options.short ? shortDayFormat : dayFormat).format(utc(parts));
  else if (parts.month !== undefined) text = monthFormat.format(utc(parts));
  else text = String(parts.year);
  return options.approximate ? `${text} (approx.)` : text;
}

/** A start–end range at the precision of each end: "2–3 October 2024", "May–June 2025", "2023 – May 2025". */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start) return end ? `until ${formatPartialDate(end)}` : '';
  if (!end || end === start) return formatPartialDate(start);
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (a && b && a.year === b.year && a.day !== undefined && b.day !== undefined && a.month === b.month) {
    return `${a.day}–${formatPartialDate(end)}`;
  }
  if (a && b && a.year === b.year && a.day === undefined && b.day === undefined && a.month && b.month) {
    const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(utc(a));
    return `${monthName}–${formatPartialDate(end)}`;
  }
  if (a && b && a.year === b.year && a.day !== undefined && b.day !== undefined) {
    const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc(a));
    return `${dayMonth} – ${formatPartialDate(end)}`;
  }
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/**
 * "in 3 weeks", "2 months ago", "today" for a day-precision date; a month or year is compared by
 * the days it covers ("this month", "last year"). Null when the date cannot be read.
 */
export function relativeHint(value: string | null | undefined, today: string = todayIso()): string | null {
  if (!value) return null;
  const parts = parsePartialDate(value);
  const now = parsePartialDate(today);
  if (!parts || !now) return null;
  if (parts.day === undefined) {
    if (parts.month === undefined) return relative.format(parts.year - now.year, 'year');
    return relative.format((parts.year - now.year) * 12 + (parts.month - (now.month ?? 1)), 'month');
  }
  const days = Math.round((utc(parts).getTime() - utc(now).getTime()) / 86_400_000);
  const abs = Math.abs(days);
  if (abs < 14) return relative.format(days, 'day');
  if (abs < 60) return relative.format(Math.round(days / 7), 'week');
  if (abs < 730) return relative.format(Math.round(days / 30.4), 'month');
  return relative.format(Math.round(days / 365.25), 'year');
}

const instantFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** An instant (ISO date-time) in the reader's time zone: "3 Dec 2026, 10:15". */
export function formatInstant(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : instantFormat.format(date);
}

/** Whether a partial date may fall on or after a day: "2025-05" is on or after 2025-05-20 (its last days are). */
export function mayBeOnOrAfter(value: string, day: string): boolean {
  return value >= day.slice(0, value.length);
}
