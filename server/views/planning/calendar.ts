import ical, { type ICalEventData, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import countries from 'i18n-iso-countries';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { toGlobalId } from '../../kernel/global-id.js';
import type { Agreement } from '../../records/agreement/agreement.entity.js';
import type { Commitment } from '../../records/commitment/commitment.entity.js';
import type { Event } from '../../records/event/event.entity.js';
import { ScheduleStatus } from '../../records/event/event.enums.js';
import { needsUpdateReason } from '../../records/event/schedule.js';
import type { Visit } from '../../records/visit/visit.entity.js';
import { milestonesOf } from './sources.js';
import { addDays } from '../../kernel/days.js';
import { occurrenceSpans, recurrenceOf, ruleOccurrenceSpan, type Span, spanOf } from './span.js';
import { untilOf } from '../../records/event/recurrence.js';

/*
 * The iCalendar (RFC 5545) feed: events (recurring ones once, with their RRULE and EXDATE), visits,
 * agreement deadlines and, when asked, commitment due dates.
 *
 * - UIDs are stable: "<type>-<uuid>[-<milestone>]@accord", so calendar apps update entries in
 *   place; SEQUENCE is the record's version − 1 (0 when created, +1 on every change).
 * - Timed events are written in their own zone (DTSTART;TZID=Europe/Berlin:…), with the zone's
 *   VTIMEZONE from timezones-ical-library, generated from the current IANA time-zone database
 *   (the zone's current rules: Mexico City without summer time since 2022).
 * - Whole-day entries use VALUE=DATE with an exclusive DTEND. Dates known only to the month or
 *   year cover the days they may mean, are marked "(date approximate)" and do not block time
 *   (TRANSP:TRANSPARENT); so do deadlines.
 * - Events and visits still PLANNED or CONFIRMED after their last day carry X-ACCORD-NEEDS-UPDATE:TRUE
 *   and say so first in their description.
 * - CANCELLED events and visits stay in the feed with STATUS:CANCELLED (so subscribers drop them);
 *   PLANNED and POSTPONED are TENTATIVE, CONFIRMED and HELD are CONFIRMED.
 */

export type FeedRecords = { events: Event[]; visits: Visit[]; agreements: Agreement[]; commitments: Commitment[] };

export type FeedOptions = {
  /** Calendar name shown by subscribers. */
  name: string;
  /** Suggested refresh interval for subscribers, in seconds. */
  ttlSeconds?: number;
  /** The feed's window: agreement milestones outside it are left out (an agreement is fetched when any one is inside). */
  window?: { from: string; to: string };
};

const UID_DOMAIN = 'accord';

const STATUS: Record<ScheduleStatus, ICalEventStatus> = {
  [ScheduleStatus.PLANNED]: ICalEventStatus.TENTATIVE,
  [ScheduleStatus.POSTPONED]: ICalEventStatus.TENTATIVE,
  [ScheduleStatus.CONFIRMED]: ICalEventStatus.CONFIRMED,
  [ScheduleStatus.HELD]: ICalEventStatus.CONFIRMED,
  [ScheduleStatus.CANCELLED]: ICalEventStatus.CANCELLED,
};

const utcDay = (day: string) => DateTime.fromISO(day, { zone: 'UTC' });

function location(parts: (string | null | undefined)[], country: string | null | undefined): string | null {
  const name = country ? (countries.getName(country, 'en') ?? country) : null;
  const text = [...parts, name].filter((p): p is string => !!p && p.trim() !== '').join(', ');
  return text || null;
}

/**
 * The RRULE (UNTIL in the value type DTSTART has, RFC 5545 §3.3.10) and the EXDATE line of the
 * occurrences left out, as ical-generator inserts them.
 */
function rruleFor(event: Event, span: Span): string | null {
  const rule = recurrenceOf(event);
  if (!rule) return null;
  const until = untilOf(rule.rule);
  const parts = rule.canonical.split(';').map((part) => {
    if (!part.startsWith('UNTIL=') || !until) return part;
    if (span.allDay) return `UNTIL=${until.replaceAll('-', '')}`;
    // DATE-TIME with a TZID: UNTIL is the last occurrence's start, as a UTC instant.
    const last = DateTime.fromISO(`${until}T${event.startTime ?? '00:00'}`, { zone: event.timeZone! });
    return `UNTIL=${last.toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'")}`;
  });
  const lines = [`RRULE:${parts.join(';')}`];
  const exceptions = [...(event.recurrenceExceptions ?? [])].sort();
  if (exceptions.length > 0) {
    const compact = (day: string) => day.replaceAll('-', '');
    lines.push(
      span.allDay
        ? `EXDATE;VALUE=DATE:${exceptions.map(compact).join(',')}`
        : `EXDATE;TZID=${event.timeZone}:${exceptions.map((d) => `${compact(d)}T${(event.startTime ?? '00:00').replace(':', '')}00`).join(',')}`,
    );
  }
  return lines.join('\n');
}

function timing(span: Span): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'> {
  if (span.allDay || !span.start || !span.end) {
    return { start: utcDay(span.startDay), end: utcDay(addDays(span.endDay, 1)), allDay: true };
  }
  if (span.timeZone && span.timeZone !== 'UTC') return { start: span.start, end: span.end, timezone: span.timeZone };
  return { start: span.start.toUTC(), end: span.end.toUTC() };
}

const approximateNote = (span: Span, recorded: string | null | undefined) =>
  span.approximate ? `Date known only to the ${span.precision === 'YEAR' ? 'year' : 'month'}: ${recorded}.` : null;

/** Subscribers see that the status is out of date (still PLANNED or CONFIRMED after the last day). */
const reviewNote = (record: Event | Visit) => {
  const reason = needsUpdateReason(record);
  return reason ? `Needs update: ${reason}.` : null;
};
const needsUpdateX = (record: Event | Visit): [string, string][] => (needsUpdateReason(record) ? [['X-ACCORD-NEEDS-UPDATE', 'TRUE']] : []);

const text = (...lines: (string | null | undefined)[]) => lines.filter((l): l is string => !!l).join('\n\n') || null;

/** Builds the feed (a string in RFC 5545 format, CRLF line ends). */
export function buildCalendar(records: FeedRecords, options: FeedOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Accord', product: 'Accord registry', language: 'EN' },
    ttl: options.ttlSeconds ?? 3600,
    // VTIMEZONE definitions from timezones-ical-library (the IANA database, kept current).
    timezone: { name: null, generator: (zone: string) => tzlib_get_ical_block(zone)[0] ?? null },
  });

  for (const event of records.events) {
    const span = spanOf(event);
    if (!span) continue;
    const entry = calendar.createEvent({
      id: `event-${event.id}@${UID_DOMAIN}`,
      sequence: Math.max(0, event.version - 1),
      stamp: event.updatedAt,
      created: event.createdAt,
      lastModified: event.updatedAt,
      ...timing(span),
      summary: span.approximate ? `${event.title} (date approximate)` : event.title,
      description: text(reviewNote(event), approximateNote(span, event.startDate), event.status === ScheduleStatus.POSTPONED ? 'Postponed.' : null, event.description),
      location: location([event.venue, event.city], event.country),
      status: STATUS[event.status],
      transparency: span.approximate ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      repeating: rruleFor(event, span),
      categories: [{ name: event.kind }],
    });
    entry.x([
      ['X-ACCORD-ID', toGlobalId('Event', event.id)],
      ['X-ACCORD-STATUS', event.status],
      ['X-ACCORD-DATE-PRECISION', span.precision],
      ...needsUpdateX(event),
    ]);
    // An occurrence with a status of its own, or moved: the same UID with its RECURRENCE-ID, the
    // start the rule gives it, and its own DTSTART/DTEND (RFC 5545 §3.8.4.4).
    if (!entry.repeating()) continue;
    for (const change of event.occurrenceChanges ?? []) {
      const ruled = ruleOccurrenceSpan(event, change.date);
      if (!ruled) continue;
      const moved = change.movedTo ? occurrenceSpans(event, change.movedTo, change.movedTo, 50).find((o) => o.ruleDay === change.date) : ruled;
      if (!moved) continue;
      const own = calendar.createEvent({
        id: `event-${event.id}@${UID_DOMAIN}`,
        sequence: Math.max(0, event.version - 1),
        stamp: event.updatedAt,
        ...timing(moved),
        recurrenceId: timing(ruled).start,
        summary: event.title,
        location: location([event.venue, event.city], event.country),
        status: STATUS[change.status],
        categories: [{ name: event.kind }],
      });
      own.x([
        ['X-ACCORD-ID', toGlobalId('Event', event.id)],
        ['X-ACCORD-STATUS', change.status],
      ]);
    }
  }

  for (const visit of records.visits) {
    const span = spanOf(visit);
    if (!span) continue;
    const entry = calendar.createEvent({
      id: `visit-${visit.id}@${UID_DOMAIN}`,
      sequence: Math.max(0, visit.version - 1),
      stamp: visit.updatedAt,
      created: visit.createdAt,
      lastModified: visit.updatedAt,
      ...timing(span),
      summary: span.approximate ? `${visit.title} (date approximate)` : visit.title,
      description: text(reviewNote(visit), approximateNote(span, visit.startDate), visit.status === ScheduleStatus.POSTPONED ? 'Postponed.' : null, visit.description),
      location: location([visit.place], visit.country),
      status: STATUS[visit.status],
      transparency: span.approximate ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      categories: [{ name: 'VISIT' }, { name: visit.purpose }],
    });
    entry.x([
      ['X-ACCORD-ID', toGlobalId('Visit', visit.id)],
      ['X-ACCORD-STATUS', visit.status],
      ['X-ACCORD-DATE-PRECISION', span.precision],
      ...needsUpdateX(visit),
    ]);
  }

  const LABEL = { REVIEW: 'Review due', EXPIRY: 'Expires', NOTICE_DEADLINE: 'Notice deadline (auto-renewal)' } as const;
  for (const agreement of records.agreements) {
    for (const m of milestonesOf(agreement)) {
      if (options.window && (m.date < options.window.from || m.date > options.window.to)) continue;
      const entry = calendar.createEvent({
        id: `agreement-${agreement.id}-${m.kind.toLowerCase().replace('_', '-')}@${UID_DOMAIN}`,
        sequence: Math.max(0, agreement.version - 1),
        stamp: agreement.updatedAt,
        created: agreement.createdAt,
        lastModified: agreement.updatedAt,
        start: utcDay(m.date),
        end: utcDay(addDays(m.date, 1)),
        allDay: true,
        summary: `${LABEL[m.kind]}: ${agreement.title}`,
        description: m.kind === 'NOTICE_DEADLINE' ? `Last day to give notice against the automatic renewal (expires ${addDays(m.date, agreement.noticePeriodDays ?? 0)}).` : null,
        transparency: ICalEventTransparency.TRANSPARENT,
        categories: [{ name: 'AGREEMENT' }, { name: m.kind }],
      });
      entry.x([
        ['X-ACCORD-ID', toGlobalId('Agreement', agreement.id)],
        ['X-ACCORD-STATUS', agreement.status],
      ]);
    }
  }

  for (const commitment of records.commitments) {
    const span = spanOf({ startDate: commitment.dueDate });
    if (!span) continue;
    const entry = calendar.createEvent({
      id: `commitment-${commitment.id}-due@${UID_DOMAIN}`,
      sequence: Math.max(0, commitment.version - 1),
      stamp: commitment.updatedAt,
      created: commitment.createdAt,
      lastModified: commitment.updatedAt,
      ...timing(span),
      summary: `Due: ${commitment.title}${span.approximate ? ' (date approximate)' : ''}`,
      description: text(approximateNote(span, commitment.dueDate), commitment.description),
      transparency: ICalEventTransparency.TRANSPARENT,
      categories: [{ name: 'COMMITMENT' }],
    });
    entry.x([
      ['X-ACCORD-ID', toGlobalId('Commitment', commitment.id)],
      ['X-ACCORD-STATUS', commitment.status],
    ]);
  }

  return calendar.toString();
}
