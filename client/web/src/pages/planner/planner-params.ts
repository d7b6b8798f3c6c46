import type { AgendaItemKind } from '../../gql/graphql';
import { todayIso } from '../../lib/dates';
import { AGENDA_KINDS } from './planner-query';

export type PlannerView = 'month' | 'week' | 'agenda';

/** The planner's state, kept in its URL: /planner?view=month&date=2026-11-01&tz=Asia/Baku&kinds=EVENT,VISIT */
export type PlannerParams = {
  view: PlannerView;
  /** A day in the period shown (YYYY-MM-DD). */
  date: string;
  /** The reader's IANA time zone: where timed entries are placed and "today" is. */
  timeZone: string;
  kinds: AgendaItemKind[];
  includeClosed: boolean;
  institution: string | null;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Agenda view: this many days from the chosen day. */
export const AGENDA_DAYS = 90;

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function readPlannerParams(search: URLSearchParams): PlannerParams {
  const view = search.get('view');
  const date = search.get('date') ?? '';
  const tz = search.get('tz') ?? '';
  const kinds = (search.get('kinds') ?? '').split(',').filter((k): k is AgendaItemKind => (AGENDA_KINDS as string[]).includes(k));
  return {
    view: view === 'week' || view === 'agenda' ? view : 'month',
    date: DAY.test(date) && !Number.isNaN(Date.parse(date)) ? date : todayIso(),
    timeZone: tz && isTimeZone(tz) ? tz : browserTimeZone(),
    kinds,
    includeClosed: search.get('closed') === '1',
    institution: search.get('institution'),
  };
}

export function plannerSearch(p: PlannerParams): string {
  const search = new URLSearchParams();
  search.set('view', p.view);
  search.set('date', p.date);
  if (p.timeZone !== browserTimeZone()) search.set('tz', p.timeZone);
  if (p.kinds.length) search.set('kinds', p.kinds.join(','));
  if (p.includeClosed) search.set('closed', '1');
  if (p.institution) search.set('institution', p.institution);
  return `?${search.toString()}`;
}

// Calendar arithmetic on YYYY-MM-DD strings (as UTC days, so no local-time surprises).
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return toDay(d);
}

export function addMonths(day: string, n: number): string {
  const d = toDate(`${day.slice(0, 7)}-01`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return toDay(d);
}

/** Monday of the week the day is in. */
export function weekStart(day: string): string {
  const weekday = (toDate(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The days a view shows: a month as six weeks from the Monday on or before the 1st (as the calendar draws it). */
export function windowOf(view: PlannerView, date: string): { from: string; to: string } {
  if (view === 'week') {
    const from = weekStart(date);
    return { from, to: addDays(from, 6) };
  }
  if (view === 'agenda') return { from: date, to: addDays(date, AGENDA_DAYS - 1) };
  const from = weekStart(`${date.slice(0, 7)}-01`);
  return { from, to: addDays(from, 41) };
}

/** The period a step of Previous/Next moves to. */
export function stepDate(view: PlannerView, date: string, direction: 1 | -1): string {
  if (view === 'month') return addMonths(date, direction);
  if (view === 'week') return addDays(date, 7 * direction);
  return addDays(date, AGENDA_DAYS * direction);
}

const monthTitle = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayTitle = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "November 2026", "2 – 8 Nov 2026", "3 Dec 2026 – 2 Mar 2027". */
export function periodTitle(view: PlannerView, date: string): string {
  if (view === 'month') return monthTitle.format(toDate(date));
  const { from, to } = windowOf(view, date);
  return `${dayTitle.format(toDate(from))} – ${dayTitle.format(toDate(to))}`;
}

/** The wall-clock date and time of an instant in a time zone: "2025-06-18T09:00". */
export function wallTime(instant: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
