import { type FilterQuery, raw, ref } from '@mikro-orm/core';
import { chainReaches } from '../../api/chains.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { RequestContext } from '../../api/context.js';
import { BadInputError, NotFoundError, UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { fromGlobalId, toGlobalId } from '../../kernel/global-id.js';
import type { ConnectionShape, PageRequest } from '../../api/relay.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { earliestOf, latestOf, parsePartialDate } from '../../kernel/partial-date.js';
import { argumentId, deleteRecord, getRecord, listConnection, recordToChange, referencedRecord, removeAttachments } from '../../api/records.js';
import { detachReferences, referencesTo } from '../../api/references.js';
import { escapeLike, foldForSearch } from '../../kernel/text.js';
import { countryCode, isCountryCode, optionalText, parseInput, requiredText } from '../../kernel/validation.js';
import { seesConfidential } from './event.access.js';
import { Event } from './event.entity.js';
import { EventKind, ScheduleStatus } from './event.enums.js';
import type {
  CreateEventInput,
  CreateEventSeriesInput,
  DeleteEventInput,
  DeleteEventSeriesInput,
  EventFilter,
  EventOrder,
  EventSeriesFilter,
  EventSeriesOrder,
  UpdateEventInput,
  UpdateEventSeriesInput,
} from './event.inputs.js';
import { EventOccurrence } from './event.inputs.js';
import { EventSeries } from './event-series.entity.js';
import { shiftParts } from './event-move.js';
import { assignRecurrenceLists, recurrenceFields, recurrenceListErrors } from './event-recurrence.js';
import { Participation } from './participation.entity.js';
import { buildParticipation, checkParticipationUnique, participantSchema } from './participation.service.js';
import { daysBetween } from '../../kernel/days.js';
import { type Occurrence, expandRule, movesOf, parseRecurrence } from './recurrence.js';
import {
  heldInFutureError,
  needsUpdateReason,
  occurrenceStatus,
  partialDate,
  reviewFields,
  scheduleErrors,
  scheduleMoveError,
  staleStatusReason,
  timeOfDay,
  timeZone,
} from './schedule.js';
import { uncitedCondition } from '../../api/list-conditions.js';

const TYPE = 'Event';
const SERIES_TYPE = 'EventSeries';
const MAX_PARTICIPANTS = 500;

const fields = {
  title: requiredText(500),
  kind: z.enum(EventKind),
  status: z.enum(ScheduleStatus).nullish(),
  startDate: partialDate,
  endDate: partialDate,
  startTime: timeOfDay,
  endTime: timeOfDay,
  timeZone,
  city: optionalText(200),
  country: countryCode,
  venue: optionalText(300),
  parentId: z.string().nullish(),
  seriesId: z.string().nullish(),
  edition: z
    .number()
    .int()
    .refine((n) => n >= 1 && n <= 100_000, { message: 'must be a whole number from 1', params: { code: UserErrorCode.INVALID_VALUE } })
    .nullish(),
  recurrence: optionalText(500),
  ...recurrenceFields,
  description: optionalText(20_000),
  confidential: z.boolean().nullish(),
};

const CreateSchema = z.object({
  ...fields,
  participations: z.array(participantSchema).max(MAX_PARTICIPANTS, { message: `at most ${MAX_PARTICIPANTS} participations` }).nullish(),
});
const UpdateSchema = z.object({
  ...fields,
  title: fields.title.optional(),
  kind: fields.kind.optional(),
  status: z.enum(ScheduleStatus).optional(),
  withSubEvents: z.boolean().nullish(),
  id: z.string(),
  version: z.number().int().nullish(),
});

const SeriesFields = { name: requiredText(300), description: optionalText(20_000) };
const CreateSeriesSchema = z.object(SeriesFields);
const UpdateSeriesSchema = z.object({ ...SeriesFields, name: SeriesFields.name.nullish(), id: z.string(), version: z.number().int().nullish() });

const ORDER_COLUMN = { START_DATE: 'startDate', TITLE: 'title', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;
const SERIES_ORDER_COLUMN = { NAME: 'name', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

// ---------------------------------------------------------------------------------------------
// Queries

/** One event; NOT_FOUND also for a confidential one the caller may not see. */
export async function getEvent(ctx: RequestContext, globalId: string): Promise<Event> {
  const event = await getRecord(ctx, Event, globalId);
  if (event.confidential && !seesConfidential(ctx)) throw new NotFoundError('Event', globalId);
  return event;
}

function countryList(codes: string[], argument: string): string[] {
  const upper = codes.map((c) => c.trim().toUpperCase());
  const bad = upper.find((c) => !isCountryCode(c));
  if (bad !== undefined) throw new BadInputError(argument, `"${bad}" is not an ISO 3166-1 alpha-2 code`);
  return upper;
}

function searchTerm(search: string | null | undefined, argument: string): string | null {
  if (search == null) return null;
  if (search.length > 200) throw new BadInputError(argument, 'must be at most 200 characters');
  const term = foldForSearch(search);
  return term ? `%${escapeLike(term)}%` : null;
}

function eventWhere(filter: EventFilter | null | undefined, confidentialVisible: boolean): FilterQuery<Event> {
  const where: Record<string | symbol, unknown> = {};
  if (!confidentialVisible) where.confidential = false;
  if (!filter) return where;
  if (filter.kind?.length) where.kind = { $in: filter.kind };
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.country?.length) where.country = { $in: countryList(filter.country, 'filter.country') };
  if (filter.seriesId != null) where.series = argumentId(EventSeries, filter.seriesId, 'filter.seriesId');
  if (filter.parentId != null) where.parent = argumentId(Event, filter.parentId, 'filter.parentId');
  if (filter.hasParent != null) where.parent = filter.hasParent ? { $ne: null } : null;
  Object.assign(where, uncitedCondition(filter.uncited));
  if (filter.participantId != null) {
    const decoded = fromGlobalId(filter.participantId);
    const column = decoded?.type === 'Institution' ? 'institution_id' : decoded?.type === 'Person' ? 'person_id' : null;
    if (!decoded || !column) throw new BadInputError('filter.participantId', 'is not an Institution or Person ID');
    where[raw((alias) => `${alias}.id in (select p.event_id from participation p where p.${column} = ?)`, [decoded.id])] = [];
  }
  // A partial-date window: keep events whose (partial) dates can overlap it.
  if (filter.from != null) {
    where[raw((alias) => `accord_date_to(coalesce(${alias}.end_date, ${alias}.start_date))`)] = { $gte: earliestOf(filter.from) };
  }
  if (filter.to != null) {
    where[raw((alias) => `accord_date_from(${alias}.start_date)`)] = { $lte: latestOf(filter.to) };
  }
  const term = searchTerm(filter.search, 'filter.search');
  if (term) where.searchText = { $like: term };
  return where as FilterQuery<Event>;
}

export function listEvents(
  ctx: RequestContext,
  filter: EventFilter | null | undefined,
  order: EventOrder | null | undefined,
  page: PageRequest,
): Promise<ConnectionShape<Event>> {
  const dir = order?.direction === 'DESC' ? 'desc' : 'asc';
  return listConnection(ctx, Event, eventWhere(filter, seesConfidential(ctx)), { [ORDER_COLUMN[order?.field ?? 'START_DATE']]: dir }, page);
}

export function getEventSeries(ctx: RequestContext, globalId: string): Promise<EventSeries> {
  return getRecord(ctx, EventSeries, globalId);
}

export function listEventSeries(
  ctx: RequestContext,
  filter: EventSeriesFilter | null | undefined,
  order: EventSeriesOrder | null | undefined,
  page: PageRequest,
): Promise<ConnectionShape<EventSeries>> {
  const where: FilterQuery<EventSeries> = { ...uncitedCondition(filter?.uncited) };
  if (filter?.search != null) {
    if (filter.search.length > 200) throw new BadInputError('filter.search', 'must be at most 200 characters');
    const term = filter.search.trim();
    if (term) where.name = { $ilike: `%${escapeLike(term)}%` };
  }
  const dir = order?.direction === 'DESC' ? 'desc' : 'asc';
  return listConnection(ctx, EventSeries, where, { [SERIES_ORDER_COLUMN[order?.field ?? 'NAME']]: dir }, page);
}

/**
 * Dated occurrences of an event overlapping [from, to]: one per year for a recurring event
 * (each lasting as long as the first), else the event's own dates. At most `cap`.
 */
export function occurrencesOf(event: Event, from: string | null | undefined, to: string | null | undefined, cap = 50): EventOccurrence[] {
  const recurring = !!event.recurrence;
  return datesOf(event, from, to, cap).map(({ startDate, endDate, ruleDate }) => {
    const status = recurring ? occurrenceStatus(event.status, ruleDate, event.occurrenceChanges) : event.status;
    const reason = recurring ? staleStatusReason(status, { startDate, endDate }, { recurring }) : needsUpdateReason(event);
    const movedFrom = ruleDate !== startDate ? ruleDate : null;
    return Object.assign(new EventOccurrence(), { startDate, endDate, movedFrom, status, ...reviewFields(reason) });
  });
}

function datesOf(event: Event, from: string | null | undefined, to: string | null | undefined, cap: number): Occurrence[] {
  if (!event.startDate) return [];
  const window = { from: earliestOf(from), to: latestOf(to) };
  const start = earliestOf(event.startDate)!;
  const end = latestOf(event.endDate ?? event.startDate)!;
  const parsed = event.recurrence ? parseRecurrence(event.recurrence) : null;
  if (parsed?.ok && parsePartialDate(event.startDate)?.precision === 'DAY') {
    const moves = movesOf(event.occurrenceChanges);
    return expandRule(start, Math.max(0, daysBetween(start, end)), parsed.rule, window, cap, event.recurrenceExceptions ?? [], moves);
  }
  if ((window.to && start > window.to) || (window.from && end < window.from)) return [];
  return [{ startDate: start, endDate: end, ruleDate: start }];
}

// ---------------------------------------------------------------------------------------------
// Rules

type Span = { startEarliest: string; startLatest: string; endEarliest: string; endLatest: string };

/** The days an event may cover; an event without an end date lasts its start date. */
function spanOf(e: Pick<Event, 'startDate' | 'endDate'>): Span | null {
  if (!e.startDate) return null;
  const end = e.endDate ?? e.startDate;
  return { startEarliest: earliestOf(e.startDate)!, startLatest: latestOf(e.startDate)!, endEarliest: earliestOf(end)!, endLatest: latestOf(end)! };
}

/** A child may lie within its parent: it cannot start wholly before the parent or end wholly after it. */
function liesWithin(child: Pick<Event, 'startDate' | 'endDate'>, parent: Pick<Event, 'startDate' | 'endDate'>): boolean {
  const c = spanOf(child);
  const p = spanOf(parent);
  if (!c || !p) return true;
  return c.startLatest >= p.startEarliest && c.endEarliest <= p.endLatest;
}

const label = (e: Pick<Event, 'title' | 'startDate' | 'endDate'>) =>
  `"${e.title}" (${e.startDate}${e.endDate && e.endDate !== e.startDate ? ` – ${e.endDate}` : ''})`;

/** Refuses a parent that is the event itself or one of its descendants. */
async function checkNoCycle(em: EntityManager, self: Event, parent: Event): Promise<void> {
  if ((await chainReaches(em, Event, 'parent', parent.id, self.id)) || parent.id === self.id) {
    throw new UserErrorsException([UserError.of(['input', 'parentId'], UserErrorCode.CYCLE, 'an event cannot be part of itself or of its own parts')]);
  }
}

function recurrenceErrors(event: Event): UserError[] {
  if (!event.recurrence) return [];
  const parsed = parseRecurrence(event.recurrence);
  if (!parsed.ok) return [UserError.of(['input', 'recurrence'], UserErrorCode.INVALID_FORMAT, parsed.message)];
  if (parsePartialDate(event.startDate ?? '')?.precision !== 'DAY') {
    return [UserError.of(['input', 'recurrence'], UserErrorCode.INVALID_FORMAT, 'a recurring event needs a start date with the day (YYYY-MM-DD)')];
  }
  event.recurrence = parsed.canonical;
  return [];
}

async function checkEdition(em: EntityManager, event: Event): Promise<void> {
  if (!event.series || event.edition == null) return;
  const clash = await em.findOne(Event, { series: event.series.id, edition: event.edition, id: { $ne: event.id } });
  if (clash) {
    throw new UserErrorsException([
      UserError.of(['input', 'edition'], UserErrorCode.DUPLICATE, `edition ${event.edition} of this series already exists: "${clash.title}"`),
    ]);
  }
}

type EventData = Partial<z.output<typeof CreateSchema>>;

/** Copies the given (non-undefined) scalar fields onto the event. */
function assignFields(event: Event, data: EventData): void {
  const keys = [
    'title', 'kind', 'startDate', 'endDate', 'startTime', 'endTime', 'timeZone', 'city', 'country', 'venue', 'edition', 'recurrence', 'description',
  ] as const;
  for (const key of keys) {
    const value = data[key];
    if (value !== undefined) (event as unknown as Record<string, unknown>)[key] = value === '' ? null : value;
  }
  if (data.confidential != null) event.confidential = data.confidential;
  assignRecurrenceLists(event, data);
  event.refreshSearchKeys();
}

/** Every rule on the event's final state; `statusField` is where a HELD-in-the-future error points. */
async function checkEvent(
  em: EntityManager,
  event: Event,
  statusField: string[],
  datesChanged: boolean,
  parentGiven: boolean,
  given: Parameters<typeof recurrenceListErrors>[1] = {},
): Promise<void> {
  const errors = [...scheduleErrors(event), ...recurrenceErrors(event)];
  if (errors.length === 0) errors.push(...recurrenceListErrors(event, given));
  const held = heldInFutureError(event.status, event.startDate, statusField);
  if (held) errors.push(held);
  if (errors.length > 0) throw new UserErrorsException(errors);

  if (event.parent && (datesChanged || parentGiven)) {
    const parent = await em.findOneOrFail(Event, { id: event.parent.id });
    if (!liesWithin(event, parent)) {
      const field = parentGiven ? 'parentId' : 'startDate';
      throw new UserErrorsException([
        UserError.of(
          ['input', field],
          UserErrorCode.INVALID_DATE_RANGE,
          `must lie within the dates of its parent event ${label(parent)}; to move both, move the parent with withSubEvents: true`,
        ),
      ]);
    }
  }
  if (datesChanged && event.startDate) {
    const children = await em.find(Event, { parent: event.id }, { orderBy: { startDate: 'asc', id: 'asc' } });
    const outside = children.find((child) => !liesWithin(child, event));
    if (outside) {
      throw new UserErrorsException([
        UserError.of(
          ['input', 'startDate'],
          UserErrorCode.INVALID_DATE_RANGE,
          `its part ${label(outside)} would lie outside the new dates; pass withSubEvents: true to move its parts with it`,
        ),
      ]);
    }
  }
  await checkEdition(em, event);
}

async function findEvent(em: EntityManager, globalId: string): Promise<Event> {
  return recordToChange(em, Event, globalId);
}

async function findSeries(em: EntityManager, globalId: string): Promise<EventSeries> {
  return recordToChange(em, EventSeries, globalId);
}

// ---------------------------------------------------------------------------------------------
// Event mutations

export async function createEvent(ctx: RequestContext, input: CreateEventInput): Promise<MutationOutcome<Event>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(CreateSchema, input);
    const event = em.create(Event, { title: data.title, kind: data.kind, status: data.status ?? ScheduleStatus.PLANNED, searchText: '' });
    assignFields(event, data);
    const parent = await referencedRecord(em, Event, data.parentId, ['input', 'parentId']);
    if (parent) event.parent = ref(parent);
    const series = await referencedRecord(em, EventSeries, data.seriesId, ['input', 'seriesId']);
    if (series) event.series = ref(series);
    await checkEvent(em, event, ['input', 'status'], true, parent != null, data);

    const participations: Participation[] = [];
    for (const [i, p] of (data.participations ?? []).entries()) {
      const path = ['input', 'participations', String(i)];
      const participation = await buildParticipation(em, event, p, path);
      // Keep the order given: `participations` lists by creation time.
      participation.createdAt = new Date(event.createdAt.getTime() + i + 1);
      participation.updatedAt = participation.createdAt;
      participations.push(participation);
      await checkParticipationUnique(em, participation, path, participations);
    }
    await em.flush();
    return event;
  });
}

export async function updateEvent(ctx: RequestContext, input: UpdateEventInput): Promise<MutationOutcome<Event>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(UpdateSchema, input);
    const event = await findEvent(em, data.id);
    checkVersion(event.version, data.version);
    if (data.status !== undefined && data.status !== event.status) {
      const refused = scheduleMoveError(event.status, data.status);
      if (refused) throw new UserErrorsException([refused]);
      event.status = data.status;
    }
    const datesChanged =
      (data.startDate !== undefined && data.startDate !== event.startDate) || (data.endDate !== undefined && data.endDate !== event.endDate);
    const oldStart = event.startDate;
    assignFields(event, data);
    if (data.withSubEvents && datesChanged) await shiftParts(em, event, oldStart);

    const parent = await referencedRecord(em, Event, data.parentId, ['input', 'parentId']);
    if (parent === null) event.parent = null;
    if (parent) {
      await checkNoCycle(em, event, parent);
      event.parent = ref(parent);
    }
    if (data.seriesId !== undefined) {
      const series = await referencedRecord(em, EventSeries, data.seriesId, ['input', 'seriesId']);
      event.series = series ? ref(series) : null;
    }
    const statusField = data.status !== undefined || data.startDate === undefined ? ['input', 'status'] : ['input', 'startDate'];
    await checkEvent(em, event, statusField, datesChanged, parent != null, data);
    await em.flush();
    return event;
  });
}

export async function deleteEvent(ctx: RequestContext, input: DeleteEventInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const event = await findEvent(em, input.id);
    checkVersion(event.version, input.version);
    // What refers to an event (declared where each foreign key is) blocks its deletion unless `detach` is given.
    const references = referencesTo(em, Event);
    if (input.detach) {
      await detachReferences(em, event.id, references);
      await em.flush();
    }
    await deleteRecord(em, event, references);
    // Participations go with the event (ON DELETE CASCADE); their citations and figures too.
    const participations = await em.find(Participation, { event: event.id }, { fields: ['id'] });
    await removeAttachments(em, participations.map((p) => p.id));
    await em.flush();
    return toGlobalId(TYPE, event.id);
  });
}

// ---------------------------------------------------------------------------------------------
// Event series mutations

export async function createEventSeries(ctx: RequestContext, input: CreateEventSeriesInput): Promise<MutationOutcome<EventSeries>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(CreateSeriesSchema, input);
    const series = em.create(EventSeries, { name: data.name, description: data.description ?? null });
    await em.flush();
    return series;
  });
}

export async function updateEventSeries(ctx: RequestContext, input: UpdateEventSeriesInput): Promise<MutationOutcome<EventSeries>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(UpdateSeriesSchema, input);
    const series = await findSeries(em, data.id);
    checkVersion(series.version, data.version);
    if (data.name != null) series.name = data.name;
    if (data.description !== undefined) series.description = data.description;
    await em.flush();
    return series;
  });
}

export async function deleteEventSeries(ctx: RequestContext, input: DeleteEventSeriesInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const series = await findSeries(em, input.id);
    checkVersion(series.version, input.version);
    if (input.detachEvents) {
      for (const event of await em.find(Event, { series: series.id })) {
        event.series = null;
        event.edition = null;
      }
      await em.flush();
    }
    await deleteRecord(em, series, [{ entity: Event, field: 'series', label: 'edition{|s} (events)' }]);
    await em.flush();
    return toGlobalId(SERIES_TYPE, series.id);
  });
}
