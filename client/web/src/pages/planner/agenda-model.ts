import type { PlannerWindowQuery } from '../../gql/graphql';
import { formatDateRange, formatPartialDate } from '../../lib/dates';

export type AgendaEntry = PlannerWindowQuery['agenda']['items'][number];
export type ConflictEntry = PlannerWindowQuery['conflicts']['items'][number];

/** "09:00" in the time zone. */
export function clockTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

/** When an entry is, as precisely as it is known: "June 2025 (approx.)", "2–3 October 2024", "18 June 2025, 09:00–12:00". */
export function entryWhen(item: AgendaEntry, timeZone: string): string {
  if (item.approximate) return formatPartialDate(item.recordedDate ?? item.startDate, { approximate: true });
  const days = formatDateRange(item.startDate, item.endDate);
  if (item.allDay || !item.startsAt) return days;
  const start = clockTime(item.startsAt, timeZone);
  const end = item.endsAt && item.endDate === item.startDate ? `–${clockTime(item.endsAt, timeZone)}` : '';
  return `${days}, ${start}${end}`;
}

/** Entries grouped under the month they start in ("November 2026"); those known only to the year under the year. */
export function byMonth(items: AgendaEntry[]): { month: string; items: AgendaEntry[] }[] {
  const groups = new Map<string, AgendaEntry[]>();
  for (const item of items) {
    const key = item.approximate && item.precision === 'YEAR' ? item.startDate.slice(0, 4) : item.startDate.slice(0, 7);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].map(([key, list]) => ({ month: key.length === 4 ? `${key} (date known to the year only)` : formatPartialDate(key), items: list }));
}
