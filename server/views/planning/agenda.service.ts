import countries from 'i18n-iso-countries';
import type { RequestContext } from '../../api/context.js';
import { BadInputError } from '../../kernel/errors.js';
import { toGlobalId } from '../../kernel/global-id.js';
import { Agreement } from '../../records/agreement/agreement.entity.js';
import { Commitment } from '../../records/commitment/commitment.entity.js';
import { Event } from '../../records/event/event.entity.js';
import type { ScheduleStatus } from '../../records/event/event.enums.js';
import { needsUpdateReason, occurrenceStatus, reviewFields, staleStatusReason } from '../../records/event/schedule.js';
import { Visit } from '../../records/visit/visit.entity.js';
import { type Agenda, type AgendaItem, AgendaItemKind, DatePrecision } from './planning.types.js';
import { findAgreements, findCommitments, findEvents, findVisits, MILESTONE_STATUSES, milestonesOf } from './sources.js';
import { addDays } from '../../kernel/days.js';
import { daysIn, occurrenceSpans, recurrenceOf, type Span, sortKey, spanOf } from './span.js';
import { type Scope, scopeOf, type Window, type WindowArgs, windowOf, zoneArgument } from './window.js';

export const MAX_AGENDA_ITEMS = 500;
export const DEFAULT_AGENDA_ITEMS = 200;

export type AgendaArgs = WindowArgs & {
  institutionId?: string | null;
  personId?: string | null;
  kinds?: AgendaItemKind[] | null;
  includeClosed?: boolean | null;
  first?: number | null;
};

/** An agenda entry before it is cut to the page: the item and its sort key. */
export type Entry = { item: AgendaItem; sort: number };

const KIND_ORDER = Object.values(AgendaItemKind);

const MILESTONE_KIND = {
  REVIEW: AgendaItemKind.AGREEMENT_REVIEW,
  EXPIRY: AgendaItemKind.AGREEMENT_EXPIRY,
  NOTICE_DEADLINE: AgendaItemKind.AGREEMENT_NOTICE_DEADLINE,
} as const;

function placeOf(parts: (string | null | undefined)[], country: string | null | undefined): string | null {
  const name = country ? (countries.getName(country, 'en') ?? country) : null;
  const text = [...parts, name].filter((p): p is string => !!p && p.trim() !== '').join(', ');
  return text || null;
}

function itemOf(
  kind: AgendaItemKind,
  record: Event | Visit | Agreement | Commitment,
  span: Span,
  zone: string | null,
  extra: { recordedDate: string | null; recurring: boolean; place: string | null; title?: string; status?: string; needsUpdate?: string | null },
): Entry {
  const days = daysIn(span, zone);
  const globalId = toGlobalId(record.constructor.name, record.id);
  return {
    sort: sortKey(span, zone),
    item: {
      key: `${globalId}/${kind}/${span.startDay}`,
      kind,
      title: extra.title ?? record.title,
      record,
      status: extra.status ?? record.status,
      ...reviewFields(extra.needsUpdate ?? null),
      startDate: days.startDay,
      endDate: days.endDay,
      recordedDate: extra.recordedDate,
      precision: span.precision as DatePrecision,
      approximate: span.approximate,
      allDay: span.allDay,
      startsAt: span.start?.toJSDate() ?? null,
      endsAt: span.end?.toJSDate() ?? null,
      timeZone: span.timeZone,
      recurring: extra.recurring,
      place: extra.place,
      confidential: record.confidential,
    },
  };
}

const overlaps = (days: { startDay: string; endDay: string }, w: Window) => days.startDay <= w.to && days.endDay >= w.from;

/** Entries of events (each occurrence of recurring ones) in the window. */
export function eventEntries(events: Event[], window: Window, zone: string | null, cap = 50): Entry[] {
  const out: Entry[] = [];
  for (const event of events) {
    const recurring = recurrenceOf(event) !== null;
    // One day of slack each side, then keep what falls in the window as seen from `zone`.
    const spans = occurrenceSpans(event, addDays(window.from, -1), addDays(window.to, 1), cap);
    for (const span of spans) {
      if (!overlaps(daysIn(span, zone), window)) continue;
      // Each occurrence has its own status: later ones of an event recorded HELD are still to come.
      const status = recurring ? occurrenceStatus(event.status, span.ruleDay ?? span.startDay, event.occurrenceChanges) : event.status;
      out.push(
        itemOf(AgendaItemKind.EVENT, event, span, zone, {
          recordedDate: recurring ? span.startDay : (event.startDate ?? null),
          recurring,
          place: placeOf([event.venue, event.city], event.country),
          status,
          needsUpdate: recurring ? staleStatusReason(status, { startDate: span.startDay, endDate: span.endDay }, { recurring }) : needsUpdateReason(event),
        }),
      );
    }
  }
  return out;
}

export function visitEntries(visits: Visit[], window: Window, zone: string | null): Entry[] {
  const out: Entry[] = [];
  for (const visit of visits) {
    const span = spanOf(visit);
    if (!span || !overlaps(daysIn(span, zone), window)) continue;
    out.push(
      itemOf(AgendaItemKind.VISIT, visit, span, zone, {
        recordedDate: visit.startDate ?? null,
        recurring: false,
        place: placeOf([visit.place], visit.country),
        needsUpdate: needsUpdateReason(visit),
      }),
    );
  }
  return out;
}

const dayOnly = (date: string): Span => ({
  startDay: date,
  endDay: date,
  precision: 'DAY',
  approximate: false,
  allDay: true,
  start: null,
  end: null,
  timeZone: null,
});

export function agreementEntries(agreements: Agreement[], window: Window, kinds: Set<AgendaItemKind>): Entry[] {
  const out: Entry[] = [];
  for (const agreement of agreements) {
    for (const m of milestonesOf(agreement)) {
      const kind = MILESTONE_KIND[m.kind];
      if (!kinds.has(kind) || m.date < window.from || m.date > window.to) continue;
      out.push(itemOf(kind, agreement, dayOnly(m.date), null, { recordedDate: m.date, recurring: false, place: null }));
    }
  }
  return out;
}

export function commitmentEntries(commitments: Commitment[], window: Window): Entry[] {
  const out: Entry[] = [];
  for (const commitment of commitments) {
    const span = spanOf({ startDate: commitment.dueDate });
    if (!span || !overlaps(span, window)) continue;
    out.push(itemOf(AgendaItemKind.COMMITMENT_DUE, commitment, span, null, { recordedDate: commitment.dueDate ?? null, recurring: false, place: null }));
  }
  return out;
}

export function sortEntries(entries: Entry[]): AgendaItem[] {
  return entries
    .sort(
      (a, b) =>
        a.sort - b.sort ||
        KIND_ORDER.indexOf(a.item.kind) - KIND_ORDER.indexOf(b.item.kind) ||
        a.item.title.localeCompare(b.item.title) ||
        a.item.key.localeCompare(b.item.key),
    )
    .map((e) => e.item);
}

export type Collected = { window: Window; zone: string | null; items: AgendaItem[] };

/**
 * Every agenda entry of the window for the scope: one statement per record type asked for
 * (events, visits, agreements, commitments), then all in memory.
 */
export async function collectAgenda(
  ctx: RequestContext,
  window: Window,
  zone: string | null,
  options: { scope?: Scope; kinds?: Set<AgendaItemKind>; includeClosed?: boolean; statuses?: ScheduleStatus[] | null },
): Promise<AgendaItem[]> {
  const kinds = options.kinds ?? new Set(KIND_ORDER);
  const wants = (...k: AgendaItemKind[]) => k.some((x) => kinds.has(x));
  const statuses = options.statuses;
  const [events, visits, agreements, commitments] = await Promise.all([
    wants(AgendaItemKind.EVENT) ? findEvents(ctx.em, { window, scope: options.scope, includeCancelled: options.includeClosed, statuses }) : [],
    wants(AgendaItemKind.VISIT) ? findVisits(ctx.em, { window, scope: options.scope, includeCancelled: options.includeClosed, statuses }) : [],
    wants(AgendaItemKind.AGREEMENT_REVIEW, AgendaItemKind.AGREEMENT_EXPIRY, AgendaItemKind.AGREEMENT_NOTICE_DEADLINE)
      ? findAgreements(ctx.em, { window, scope: options.scope, statuses: MILESTONE_STATUSES })
      : [],
    wants(AgendaItemKind.COMMITMENT_DUE) ? findCommitments(ctx.em, { window, scope: options.scope, includeClosed: options.includeClosed }) : [],
  ]);
  ctx.records.prime(Event, events);
  ctx.records.prime(Visit, visits);
  ctx.records.prime(Agreement, agreements);
  ctx.records.prime(Commitment, commitments);
  return sortEntries([
    ...eventEntries(events, window, zone),
    ...visitEntries(visits, window, zone),
    ...agreementEntries(agreements, window, kinds),
    ...commitmentEntries(commitments, window),
  ]);
}

export async function agenda(ctx: RequestContext, args: AgendaArgs): Promise<Agenda> {
  const zone = zoneArgument(args.timeZone);
  const window = windowOf(args);
  const scope = scopeOf(args);
  const first = args.first ?? DEFAULT_AGENDA_ITEMS;
  if (!Number.isInteger(first) || first < 1 || first > MAX_AGENDA_ITEMS) throw new BadInputError('first', `must be between 1 and ${MAX_AGENDA_ITEMS}`);
  const kinds = args.kinds?.length ? new Set(args.kinds) : undefined;
  const items = await collectAgenda(ctx, window, zone, { scope, kinds, includeClosed: args.includeClosed ?? false });
  return { from: window.from, to: window.to, timeZone: zone, items: items.slice(0, first), totalCount: items.length, truncated: items.length > first };
}
