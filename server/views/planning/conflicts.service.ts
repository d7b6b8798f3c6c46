import { type FilterQuery, raw } from '@mikro-orm/core';
import type { RequestContext } from '../../api/context.js';
import { BadInputError } from '../../kernel/errors.js';
import { Event } from '../../records/event/event.entity.js';
import { ParticipationRole, RsvpStatus, ScheduleStatus } from '../../records/event/event.enums.js';
import { Participation } from '../../records/event/participation.entity.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { Person } from '../../records/person/person.entity.js';
import { foldForSearch } from '../../kernel/text.js';
import { Visit } from '../../records/visit/visit.entity.js';
import { VisitMember } from '../../records/visit/visit-member.entity.js';
import { ConflictKind, ScheduleConflict } from './planning.types.js';
import { findEvents, findVisits } from './sources.js';
import { addDays } from '../../kernel/days.js';
import { type Overlap, occurrenceSpans, overlap, type Span, sortKey, spanOf, todayIn } from './span.js';
import { type Scope, scopeOf, type Window, type WindowArgs, windowOf } from './window.js';

/*
 * Overlap detection between events and visits that share a person (participant, speaker,
 * delegation member), a host institution or a venue. Conflicts are warnings: they are reported
 * (in create/update payloads and by `conflicts`), never refused.
 *
 * - CANCELLED and POSTPONED items take part in no conflict (their dates are not meant any more).
 * - A declined RSVP does not count as taking part.
 * - An event never clashes with the events it is part of (or their parts): a board meeting within
 *   its general assembly, a side event within COP29.
 * - Timed items compare as instants in their own zones, others as local days (see span.ts);
 *   approximate (month/year) dates give `approximate` conflicts: they may overlap.
 */

type Planned = Event | Visit;

type Subjects = {
  persons: Set<string>;
  hosts: Set<string>;
  /** Folded "venue|city" (city may be blank); null without a venue. */
  venue: string | null;
  venueLabel: string | null;
  /** Every institution involved in any way (for the institution scope). */
  institutions: Set<string>;
};

type Item = { record: Planned; key: string; spans: Span[]; subjects: Subjects };

const INACTIVE = new Set([ScheduleStatus.CANCELLED, ScheduleStatus.POSTPONED]);
/** How far ahead the occurrences of a recurring event are checked for warnings. */
const RECURRING_HORIZON_YEARS = 3;

const keyOf = (record: Planned) => `${record instanceof Event ? 'Event' : 'Visit'}:${record.id}`;

function emptySubjects(): Subjects {
  return { persons: new Set(), hosts: new Set(), venue: null, venueLabel: null, institutions: new Set() };
}

function venueKey(event: Event): string | null {
  if (!event.venue?.trim()) return null;
  return `${foldForSearch(event.venue)}|${foldForSearch(event.city ?? '')}`;
}

/** Same venue: same folded venue, and the same city unless one of them gives none. */
function sameVenue(a: string, b: string): boolean {
  const [va, ca] = a.split('|');
  const [vb, cb] = b.split('|');
  return va === vb && (!ca || !cb || ca === cb);
}

/** Participations and delegation members of these records, as subjects (two statements). */
async function loadSubjects(ctx: RequestContext, records: Planned[]): Promise<Map<string, Subjects>> {
  const events = records.filter((r): r is Event => r instanceof Event);
  const visits = records.filter((r): r is Visit => r instanceof Visit);
  const [participations, members] = await Promise.all([
    events.length ? ctx.em.find(Participation, { event: { $in: events.map((e) => e.id) } }) : [],
    visits.length ? ctx.em.find(VisitMember, { visit: { $in: visits.map((v) => v.id) } }) : [],
  ]);
  const subjects = new Map<string, Subjects>();
  for (const event of events) {
    const s = emptySubjects();
    s.venue = venueKey(event);
    s.venueLabel = event.venue?.trim() ? [event.venue.trim(), event.city].filter(Boolean).join(', ') : null;
    subjects.set(keyOf(event), s);
  }
  for (const visit of visits) {
    const s = emptySubjects();
    if (visit.host) {
      s.hosts.add(visit.host.id);
      s.institutions.add(visit.host.id);
    }
    s.institutions.add(visit.delegationOf.id);
    subjects.set(keyOf(visit), s);
  }
  for (const p of participations) {
    const s = subjects.get(`Event:${p.event.id}`);
    if (!s) continue;
    if (p.institution) s.institutions.add(p.institution.id);
    if (p.onBehalfOf) s.institutions.add(p.onBehalfOf.id);
    if (p.rsvp === RsvpStatus.DECLINED) continue;
    if (p.person) s.persons.add(p.person.id);
    if (p.institution && p.role === ParticipationRole.HOST) s.hosts.add(p.institution.id);
  }
  for (const m of members) {
    const s = subjects.get(`Visit:${m.visit.id}`);
    if (!s) continue;
    if (m.person) s.persons.add(m.person.id);
    if (m.institution) s.institutions.add(m.institution.id);
  }
  return subjects;
}

/** For each event, the events it is part of (all the way up): one recursive statement. */
async function loadAncestors(ctx: RequestContext, events: Event[]): Promise<Map<string, Set<string>>> {
  const ancestors = new Map<string, Set<string>>();
  const withParent = events.filter((e) => e.parent);
  if (withParent.length === 0) return ancestors;
  const ids = withParent.map((e) => e.id);
  const rows = await ctx.em.execute<{ id: string; ancestor_id: string }[]>(
    `with recursive chain(id, ancestor_id, depth) as (
       select id, parent_id, 1 from event where parent_id is not null and id in (${ids.map(() => '?').join(', ')})
       union all
       select c.id, e.parent_id, c.depth + 1 from chain c join event e on e.id = c.ancestor_id
        where e.parent_id is not null and c.depth < 100
     ) select id, ancestor_id from chain`,
    ids,
  );
  for (const row of rows) {
    const set = ancestors.get(row.id) ?? new Set<string>();
    set.add(row.ancestor_id);
    ancestors.set(row.id, set);
  }
  return ancestors;
}

function related(a: Planned, b: Planned, ancestors: Map<string, Set<string>>): boolean {
  if (!(a instanceof Event) || !(b instanceof Event)) return false;
  return !!ancestors.get(a.id)?.has(b.id) || !!ancestors.get(b.id)?.has(a.id);
}

/** The earliest overlap between two items' occurrences (inside the window when one is given). */
function firstOverlap(a: Item, b: Item, window?: Window): Overlap | null {
  let best: Overlap | null = null;
  for (const sa of a.spans) {
    for (const sb of b.spans) {
      const o = overlap(sa, sb);
      if (!o || (window && (o.toDay < window.from || o.fromDay > window.to))) continue;
      if (!best || o.fromDay < best.fromDay || (o.fromDay === best.fromDay && !o.approximate && best.approximate)) best = o;
    }
  }
  return best;
}

type Shared = { kind: ConflictKind; subject: string };

function sharedSubjects(a: Subjects, b: Subjects): Shared[] {
  const out: Shared[] = [];
  for (const p of a.persons) if (b.persons.has(p)) out.push({ kind: ConflictKind.PERSON, subject: p });
  for (const h of a.hosts) if (b.hosts.has(h)) out.push({ kind: ConflictKind.HOST, subject: h });
  if (a.venue && b.venue && sameVenue(a.venue, b.venue)) out.push({ kind: ConflictKind.VENUE, subject: a.venue });
  return out;
}

function describeDates(record: Planned): string {
  const start = record.startDate ?? '?';
  const end = record.endDate && record.endDate !== record.startDate ? ` – ${record.endDate}` : '';
  const time = record instanceof Event && record.startTime ? ` ${record.startTime}${record.endTime ? `–${record.endTime}` : ''} ${record.timeZone ?? ''}`.trimEnd() : '';
  return `${start}${end}${time}`;
}

async function finish(ctx: RequestContext, raw: { a: Item; b: Item; shared: Shared; o: Overlap }[]): Promise<ScheduleConflict[]> {
  const personIds = [...new Set(raw.filter((r) => r.shared.kind === ConflictKind.PERSON).map((r) => r.shared.subject))];
  const institutionIds = [...new Set(raw.filter((r) => r.shared.kind === ConflictKind.HOST).map((r) => r.shared.subject))];
  const [people, institutions] = await Promise.all([
    ctx.records.byId(Person).loadMany(personIds),
    ctx.records.byId(Institution).loadMany(institutionIds),
  ]);
  const name = new Map<string, string>();
  for (const p of people) if (p instanceof Person) name.set(p.id, p.name);
  for (const i of institutions) if (i instanceof Institution) name.set(i.id, i.name);
  return raw.map(({ a, b, shared, o }) => {
    const other = `"${b.record.title}" (${describeDates(b.record)})`;
    const may = o.approximate ? 'may overlap' : 'overlaps';
    const venue = shared.kind === ConflictKind.VENUE ? a.subjects.venueLabel : null;
    const who = name.get(shared.subject) ?? 'someone';
    const message =
      shared.kind === ConflictKind.PERSON
        ? `${who} also takes part in ${other}, which ${may} this one`
        : shared.kind === ConflictKind.HOST
          ? `${who} also hosts ${other}, which ${may} this one`
          : `the venue ${venue} is also used by ${other}, which ${may} this one`;
    return Object.assign(new ScheduleConflict(), {
      kind: shared.kind,
      record: a.record,
      other: b.record,
      venue,
      from: o.fromDay,
      to: o.toDay,
      startsAt: o.start?.toJSDate() ?? null,
      endsAt: o.end?.toJSDate() ?? null,
      approximate: o.approximate,
      message,
      personId: shared.kind === ConflictKind.PERSON ? shared.subject : null,
      institutionId: shared.kind === ConflictKind.HOST ? shared.subject : null,
    });
  });
}

const ORDER = [ConflictKind.PERSON, ConflictKind.HOST, ConflictKind.VENUE];

/** By the overlap's first day; certain before approximate; then by time, kind and title. */
function byStart(a: { o: Overlap; a: Item; b: Item; shared: Shared }, b: { o: Overlap; a: Item; b: Item; shared: Shared }): number {
  return (
    a.o.fromDay.localeCompare(b.o.fromDay) ||
    Number(a.o.approximate) - Number(b.o.approximate) ||
    (a.o.start?.toMillis() ?? 0) - (b.o.start?.toMillis() ?? 0) ||
    ORDER.indexOf(a.shared.kind) - ORDER.indexOf(b.shared.kind) ||
    a.b.record.title.localeCompare(b.b.record.title) ||
    a.b.key.localeCompare(b.b.key)
  );
}

function startsFirst(x: Item, y: Item): boolean {
  const kx = x.spans[0] ? sortKey(x.spans[0], null) : 0;
  const ky = y.spans[0] ? sortKey(y.spans[0], null) : 0;
  return kx !== ky ? kx < ky : x.record.title !== y.record.title ? x.record.title < y.record.title : x.key < y.key;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Conflicts of one event or visit with the others (for the warnings of create/update payloads),
 * optionally only those about one person or host institution.
 */
export async function conflictsOf(
  ctx: RequestContext,
  record: Planned,
  only?: { personId?: string; institutionId?: string },
): Promise<ScheduleConflict[]> {
  if (INACTIVE.has(record.status) || !record.startDate) return [];
  const first = spanOf(record);
  if (!first) return [];
  const horizon = addDays(todayIn(null) > first.startDay ? todayIn(null) : first.startDay, 366 * RECURRING_HORIZON_YEARS);
  const spans = record instanceof Event && record.recurrence ? occurrenceSpans(record, first.startDay, horizon) : [first];
  if (spans.length === 0) return [];
  const window: Window = { from: spans[0]!.startDay, to: spans.map((s) => s.endDay).sort().at(-1)! };

  const subjects = (await loadSubjects(ctx, [record])).get(keyOf(record)) ?? emptySubjects();
  if (only?.personId) {
    subjects.hosts.clear();
    subjects.venue = null;
    subjects.persons = new Set([...subjects.persons].filter((p) => p === only.personId));
  }
  if (only?.institutionId) {
    subjects.persons.clear();
    subjects.venue = null;
    subjects.hosts = new Set([...subjects.hosts].filter((h) => h === only.institutionId));
  }
  const persons = [...subjects.persons];
  const hosts = [...subjects.hosts];
  if (persons.length === 0 && hosts.length === 0 && !subjects.venue) return [];

  // Only candidates that share something with the record.
  const eventShares: string[] = [];
  const eventParams: unknown[] = [];
  if (persons.length) {
    eventShares.push(`p.person_id in (${placeholders(persons.length)}) and p.rsvp <> 'DECLINED'`);
    eventParams.push(...persons);
  }
  if (hosts.length) {
    eventShares.push(`p.role = 'HOST' and p.institution_id in (${placeholders(hosts.length)})`);
    eventParams.push(...hosts);
  }
  const eventCondition = (a: string) =>
    [
      ...(eventShares.length ? [`${a}.id in (select p.event_id from participation p where ${eventShares.map((s) => `(${s})`).join(' or ')})`] : []),
      ...(subjects.venue ? [`${a}.venue is not null`] : []),
    ].join(' or ');
  const visitShares: ((a: string) => string)[] = [];
  const visitParams: unknown[] = [];
  if (hosts.length) {
    visitShares.push((a) => `${a}.host_id in (${placeholders(hosts.length)})`);
    visitParams.push(...hosts);
  }
  if (persons.length) {
    visitShares.push((a) => `${a}.id in (select m.visit_id from visit_member m where m.person_id in (${placeholders(persons.length)}))`);
    visitParams.push(...persons);
  }
  const q = { window, includeCancelled: false, excludePostponed: true };
  const [events, visits] = await Promise.all([
    findEvents(ctx.em, {
      ...q,
      extra: { events: [{ [raw((a) => `(${eventCondition(a)})`, eventParams)]: [] } as FilterQuery<Event>] },
    }),
    visitShares.length
      ? findVisits(ctx.em, {
          ...q,
          extra: { visits: [{ [raw((a) => `(${visitShares.map((share) => share(a)).join(' or ')})`, visitParams)]: [] } as FilterQuery<Visit>] },
        })
      : Promise.resolve([] as Visit[]),
  ]);
  const others = [...events, ...visits].filter((r) => keyOf(r) !== keyOf(record));
  if (others.length === 0) return [];
  const [otherSubjects, ancestors] = await Promise.all([
    loadSubjects(ctx, others),
    loadAncestors(ctx, [...(record instanceof Event ? [record] : []), ...events]),
  ]);

  const self: Item = { record, key: keyOf(record), spans, subjects };
  const found: { a: Item; b: Item; shared: Shared; o: Overlap }[] = [];
  for (const other of others) {
    if (related(record, other, ancestors)) continue;
    const item: Item = {
      record: other,
      key: keyOf(other),
      spans: occurrenceSpans(other, addDays(window.from, -1), addDays(window.to, 1)),
      subjects: otherSubjects.get(keyOf(other)) ?? emptySubjects(),
    };
    const shared = sharedSubjects(subjects, item.subjects);
    if (shared.length === 0) continue;
    const o = firstOverlap(self, item);
    if (!o) continue;
    for (const s of shared) found.push({ a: self, b: item, shared: s, o });
  }
  return finish(ctx, found.sort(byStart));
}

export const MAX_CONFLICTS = 500;

export type ConflictArgs = WindowArgs & { institutionId?: string | null; personId?: string | null; kinds?: ConflictKind[] | null; first?: number | null };

/** Every conflict whose overlap lies in the window (each pair once), optionally about one institution or person. */
export async function conflictsIn(ctx: RequestContext, args: ConflictArgs): Promise<{ window: Window; conflicts: ScheduleConflict[]; totalCount: number }> {
  const window = windowOf(args);
  const scope: Scope = scopeOf(args);
  const first = args.first ?? 100;
  if (!Number.isInteger(first) || first < 1 || first > MAX_CONFLICTS) throw new BadInputError('first', `must be between 1 and ${MAX_CONFLICTS}`);
  const q = { window, includeCancelled: false, excludePostponed: true };
  const [events, visits] = await Promise.all([findEvents(ctx.em, q), findVisits(ctx.em, q)]);
  const records: Planned[] = [...events, ...visits];
  const [subjects, ancestors] = await Promise.all([loadSubjects(ctx, records), loadAncestors(ctx, events)]);
  const items: Item[] = records.map((record) => ({
    record,
    key: keyOf(record),
    spans: occurrenceSpans(record, addDays(window.from, -1), addDays(window.to, 1)),
    subjects: subjects.get(keyOf(record)) ?? emptySubjects(),
  }));

  // Pairs sharing a subject, found through an index instead of comparing every pair.
  const bySubject = new Map<string, Item[]>();
  const add = (key: string, item: Item) => {
    const list = bySubject.get(key) ?? [];
    list.push(item);
    bySubject.set(key, list);
  };
  for (const item of items) {
    for (const p of item.subjects.persons) add(`P:${p}`, item);
    for (const h of item.subjects.hosts) add(`H:${h}`, item);
    if (item.subjects.venue) add(`V:${item.subjects.venue.split('|')[0]}`, item);
  }
  const seen = new Set<string>();
  const found: { a: Item; b: Item; shared: Shared; o: Overlap }[] = [];
  const kinds = args.kinds?.length ? new Set(args.kinds) : null;
  for (const group of bySubject.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [x, y] = [group[i]!, group[j]!];
        const pair = [x.key, y.key].sort().join('+');
        if (seen.has(pair)) continue;
        seen.add(pair);
        if (related(x.record, y.record, ancestors)) continue;
        const o = firstOverlap(x, y, window);
        if (!o) continue;
        // The one that starts first is `record` (then by title, for a stable answer).
        const [a, b] = startsFirst(x, y) ? [x, y] : [y, x];
        for (const shared of sharedSubjects(a.subjects, b.subjects)) {
          if (kinds && !kinds.has(shared.kind)) continue;
          if (scope.personId && !(shared.kind === ConflictKind.PERSON && shared.subject === scope.personId)) continue;
          if (scope.institutionId && !a.subjects.institutions.has(scope.institutionId) && !b.subjects.institutions.has(scope.institutionId)) continue;
          found.push({ a, b, shared, o });
        }
      }
    }
  }
  found.sort(byStart);
  const conflicts = await finish(ctx, found.slice(0, first));
  return { window, conflicts, totalCount: found.length };
}
