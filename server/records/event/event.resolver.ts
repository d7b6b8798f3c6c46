import countries from 'i18n-iso-countries';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { DRY_RUN, dryRunContext } from '../../api/mutation.js';
import { BadInputError } from '../../kernel/errors.js';
import { ConnectionArgs, type ConnectionShape, toPageRequest } from '../../api/relay.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { seesConfidential, visibleRef, visibleTo } from './event.access.js';
import { Event } from './event.entity.js';
import { ParticipationRole } from './event.enums.js';
import {
  AddParticipationInput,
  AddParticipationPayload,
  CreateEventInput,
  CreateEventPayload,
  CreateEventSeriesInput,
  CreateEventSeriesPayload,
  DeleteEventInput,
  DeleteEventPayload,
  DeleteEventSeriesInput,
  DeleteEventSeriesPayload,
  type DeletePayload,
  EventConnection,
  EventFilter,
  EventOccurrence,
  EventOrder,
  type EventPayload,
  EventSeriesConnection,
  EventSeriesFilter,
  EventSeriesOrder,
  type EventSeriesPayload,
  type ParticipationPayload,
  RemoveParticipationInput,
  RemoveParticipationPayload,
  UpdateEventInput,
  UpdateEventPayload,
  UpdateEventSeriesInput,
  UpdateEventSeriesPayload,
  UpdateParticipationInput,
  UpdateParticipationPayload,
} from './event.inputs.js';
import * as service from './event.service.js';
import { EventSeries } from './event-series.entity.js';
import { Participation } from './participation.entity.js';
import * as participations from './participation.service.js';

const MAX_OCCURRENCES = 50;
const ORGANISER_ROLES: readonly ParticipationRole[] = [ParticipationRole.ORGANISER, ParticipationRole.CO_ORGANISER];
const HOST_ROLES: readonly ParticipationRole[] = [ParticipationRole.HOST];

/** All participations of an event, in the order they were added (one batched loader for every field). */
function participationsOf(ctx: RequestContext, event: Event): Promise<Participation[]> {
  return ctx.records.groupBy(Participation, 'event').load(event.id);
}

/** Distinct institutions taking part in these roles, in participation order. */
async function institutionsIn(ctx: RequestContext, event: Event, roles: readonly ParticipationRole[]): Promise<Institution[]> {
  const rows = await participationsOf(ctx, event);
  const ids = [...new Set(rows.filter((p) => roles.includes(p.role) && p.institution).map((p) => p.institution!.id))];
  const found = await ctx.records.byId(Institution).loadMany(ids);
  return found.filter((i): i is Institution => i instanceof Institution);
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { description: 'One event; NOT_FOUND error if the ID is unknown.' })
  event(@Arg('id', () => ID, { description: 'Global ID of the event.' }) id: string, @Ctx() ctx: RequestContext): Promise<Event> {
    return service.getEvent(ctx, id);
  }

  @Query(() => EventConnection, { description: 'Events, filtered and ordered (by start date unless told), as a Relay connection.' })
  events(
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Which records to return; all that you may see when left out.' }) filter: EventFilter | null,
    @Arg('orderBy', () => EventOrder, { nullable: true, description: 'Sort order; see EventOrder for the default.' }) orderBy: EventOrder | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Event>> {
    return service.listEvents(ctx, filter, orderBy, toPageRequest(page));
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The larger event this one is part of (the general assembly of a board meeting, COP29 for a side event).' })
  parent(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Event | null> | null {
    return visibleRef(ctx, Event, event.parent);
  }

  @FieldResolver(() => [Event], { description: 'Events that are part of this one, by start date.' })
  async children(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Event[]> {
    return (await ctx.records.groupBy(Event, 'parent', { startDate: 'asc' }).load(event.id)).filter(visibleTo(ctx));
  }

  @FieldResolver(() => EventSeries, { nullable: true, description: 'The series this event is an edition of.' })
  series(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<EventSeries | null> | null {
    return event.series ? ctx.records.byId(EventSeries).load(event.series.id) : null;
  }

  @FieldResolver(() => [Participation], { description: 'Who takes part, in the order they were added; optionally only in these roles.' })
  async participations(
    @Root() event: Event,
    @Arg('role', () => [ParticipationRole], { nullable: true, description: 'Only participants in any of these roles.' }) role: ParticipationRole[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Participation[]> {
    const rows = await participationsOf(ctx, event);
    return role?.length ? rows.filter((p) => role.includes(p.role)) : rows;
  }

  @FieldResolver(() => [Institution], { description: 'Institutions taking part as ORGANISER or CO_ORGANISER.' })
  organisers(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Institution[]> {
    return institutionsIn(ctx, event, ORGANISER_ROLES);
  }

  @FieldResolver(() => [Institution], { description: 'Institutions taking part as HOST.' })
  hosts(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Institution[]> {
    return institutionsIn(ctx, event, HOST_ROLES);
  }

  @FieldResolver(() => [EventOccurrence], {
    description: `Dated occurrences overlapping the window (partial dates allowed): one per year for a recurring event, else the event's own dates. At most ${MAX_OCCURRENCES}; empty without a start date.`,
  })
  occurrences(
    @Root() event: Event,
    @Arg('from', () => PartialDateScalar, { nullable: true, description: 'Only occurrences ending on or after this date (partial dates count by the days they cover).' }) from: string | null,
    @Arg('to', () => PartialDateScalar, { nullable: true, description: 'Only occurrences starting on or before this date (partial dates count by the days they cover).' }) to: string | null,
    @Arg('first', () => Int, { nullable: true, description: `At most this many (1..${MAX_OCCURRENCES}, default ${MAX_OCCURRENCES}).` })
    first: number | null,
  ): EventOccurrence[] {
    if (first != null && (first < 1 || first > MAX_OCCURRENCES)) throw new BadInputError('first', `must be between 1 and ${MAX_OCCURRENCES}`);
    return service.occurrencesOf(event, from, to, first ?? MAX_OCCURRENCES);
  }

  @FieldResolver(() => String, { nullable: true, description: 'English name of `country`.' })
  countryName(@Root() event: Event): string | null {
    return event.country ? (countries.getName(event.country, 'en') ?? null) : null;
  }

  @Mutation(() => CreateEventPayload, { description: 'Creates an event, optionally with its participants.' })
  async createEvent(@Arg('input', () => CreateEventInput, { description: 'The new event.' }) input: CreateEventInput, @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: DRY_RUN }) dryRun: boolean, @Ctx() ctx: RequestContext): Promise<EventPayload> {
    const { result, userErrors, preview } = await service.createEvent(dryRunContext(ctx, dryRun), input);
    return { event: result, userErrors, preview };
  }

  @Mutation(() => UpdateEventPayload, { description: 'Changes an event: only the fields given. Requires the EDITOR role.' })
  async updateEvent(@Arg('input', () => UpdateEventInput, { description: 'The event to change (id, version) and the new values.' }) input: UpdateEventInput, @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: DRY_RUN }) dryRun: boolean, @Ctx() ctx: RequestContext): Promise<EventPayload> {
    const { result, userErrors, preview } = await service.updateEvent(dryRunContext(ctx, dryRun), input);
    return { event: result, userErrors, preview };
  }

  @Mutation(() => DeleteEventPayload, {
    description: 'Deletes an event with its participations; refused with IN_USE while parts, adopted documents or commitments refer to it, unless detach: true.',
  })
  async deleteEvent(@Arg('input', () => DeleteEventInput, { description: 'The event to delete.' }) input: DeleteEventInput, @Ctx() ctx: RequestContext): Promise<DeletePayload> {
    const { result, userErrors } = await service.deleteEvent(ctx, input);
    return { deletedId: result, userErrors };
  }
}

@Resolver(() => EventSeries)
export class EventSeriesResolver {
  @Query(() => EventSeries, { description: 'One event series; NOT_FOUND error if the ID is unknown.' })
  eventSeries(@Arg('id', () => ID, { description: 'Global ID of the event series.' }) id: string, @Ctx() ctx: RequestContext): Promise<EventSeries> {
    return service.getEventSeries(ctx, id);
  }

  @Query(() => EventSeriesConnection, { description: 'Event series, by name unless told, as a Relay connection.' })
  eventSeriesList(
    @Arg('filter', () => EventSeriesFilter, { nullable: true, description: 'Which records to return; all that you may see when left out.' }) filter: EventSeriesFilter | null,
    @Arg('orderBy', () => EventSeriesOrder, { nullable: true, description: 'Sort order; see EventSeriesOrder for the default.' }) orderBy: EventSeriesOrder | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<EventSeries>> {
    return service.listEventSeries(ctx, filter, orderBy, toPageRequest(page));
  }

  @FieldResolver(() => [Event], { description: 'The editions, by edition number.' })
  async events(@Root() series: EventSeries, @Ctx() ctx: RequestContext): Promise<Event[]> {
    return (await ctx.records.groupBy(Event, 'series', { edition: 'asc', startDate: 'asc' }).load(series.id)).filter(visibleTo(ctx));
  }

  @Mutation(() => CreateEventSeriesPayload, { description: 'Creates an event series. Requires the EDITOR role.' })
  async createEventSeries(
    @Arg('input', () => CreateEventSeriesInput, { description: 'The new event series.' }) input: CreateEventSeriesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EventSeriesPayload> {
    const { result, userErrors } = await service.createEventSeries(ctx, input);
    return { eventSeries: result, userErrors };
  }

  @Mutation(() => UpdateEventSeriesPayload, { description: 'Changes an event series: only the fields given. Requires the EDITOR role.' })
  async updateEventSeries(
    @Arg('input', () => UpdateEventSeriesInput, { description: 'The event series to change (id, version) and the new values.' }) input: UpdateEventSeriesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EventSeriesPayload> {
    const { result, userErrors } = await service.updateEventSeries(ctx, input);
    return { eventSeries: result, userErrors };
  }

  @Mutation(() => DeleteEventSeriesPayload, { description: 'Deletes a series; refused with IN_USE while it has editions, unless detachEvents: true.' })
  async deleteEventSeries(
    @Arg('input', () => DeleteEventSeriesInput, { description: 'The event series to delete.' }) input: DeleteEventSeriesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeletePayload> {
    const { result, userErrors } = await service.deleteEventSeries(ctx, input);
    return { deletedId: result, userErrors };
  }
}

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Event, { description: 'The event.' })
  async event(@Root() participation: Participation, @Ctx() ctx: RequestContext): Promise<Event> {
    return (await ctx.records.byId(Event).load(participation.event.id))!;
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The participating institution (null when a person takes part).' })
  institution(@Root() participation: Participation, @Ctx() ctx: RequestContext): Promise<Institution | null> | null {
    return participation.institution ? ctx.records.byId(Institution).load(participation.institution.id) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The participating person (null when an institution takes part).' })
  person(@Root() participation: Participation, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return participation.person ? ctx.records.byId(Person).load(participation.person.id) : null;
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution the participant represents.' })
  onBehalfOf(@Root() participation: Participation, @Ctx() ctx: RequestContext): Promise<Institution | null> | null {
    return participation.onBehalfOf ? ctx.records.byId(Institution).load(participation.onBehalfOf.id) : null;
  }

  @Mutation(() => AddParticipationPayload, { description: 'Adds an institution or a person to an event in a role.' })
  async addParticipation(
    @Arg('input', () => AddParticipationInput, { description: 'The participation to add.' }) input: AddParticipationInput,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: DRY_RUN }) dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipationPayload> {
    const { result, userErrors, preview } = await participations.addParticipation(dryRunContext(ctx, dryRun), input);
    return { participation: result, userErrors, preview };
  }

  @Mutation(() => UpdateParticipationPayload, { description: 'Changes role, RSVP (along its lifecycle), representation or note.' })
  async updateParticipation(
    @Arg('input', () => UpdateParticipationInput, { description: 'The participation to change (id, version) and the new values.' }) input: UpdateParticipationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipationPayload> {
    const { result, userErrors } = await participations.updateParticipation(ctx, input);
    return { participation: result, userErrors };
  }

  @Mutation(() => RemoveParticipationPayload, { description: 'Removes a participation. Requires the EDITOR role.' })
  async removeParticipation(
    @Arg('input', () => RemoveParticipationInput, { description: 'The participation to remove.' }) input: RemoveParticipationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeletePayload> {
    const { result, userErrors } = await participations.removeParticipation(ctx, input);
    return { deletedId: result, userErrors };
  }
}

/** The participations of one institution or person, optionally in these roles, without those in events the caller may not see. */
async function participationsBy(ctx: RequestContext, who: 'institution' | 'person', id: string, role: ParticipationRole[] | null): Promise<Participation[]> {
  const rows = await ctx.records.groupBy(Participation, who).load(id);
  const inRole = role?.length ? rows.filter((p) => role.includes(p.role)) : rows;
  if (seesConfidential(ctx)) return inRole;
  // Participations in confidential events are hidden with the events.
  const events = await ctx.records.byId(Event).loadMany(inRole.map((p) => p.event.id));
  const visible = visibleTo(ctx);
  return inRole.filter((_, i) => {
    const event = events[i];
    return event instanceof Event && visible(event);
  });
}

/** Institution.events: the institution's participations (this area owns participations). */
@Resolver(() => Institution)
export class InstitutionEventsResolver {
  @FieldResolver(() => [Participation], {
    description: 'The events this institution takes part in, as participations (with role and RSVP); optionally only in these roles.',
  })
  events(
    @Root() institution: Institution,
    @Arg('role', () => [ParticipationRole], { nullable: true, description: 'Only participations in any of these roles.' }) role: ParticipationRole[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Participation[]> {
    return participationsBy(ctx, 'institution', institution.id, role);
  }
}

/** Person.events: the person's own participations (this area owns participations). */
@Resolver(() => Person)
export class PersonEventsResolver {
  @FieldResolver(() => [Participation], {
    description: 'The events this person takes part in, as participations (with role, RSVP and on whose behalf), by the event’s start date; optionally only in these roles.',
  })
  async events(
    @Root() person: Person,
    @Arg('role', () => [ParticipationRole], { nullable: true, description: 'Only participations in any of these roles.' }) role: ParticipationRole[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Participation[]> {
    const rows = await participationsBy(ctx, 'person', person.id, role);
    // By the event's start date (undated last), as Person.visits: the loader is shared with Participation.event.
    const events = await ctx.records.byId(Event).loadMany(rows.map((p) => p.event.id));
    const keyed = rows.map((row, i) => {
      const event = events[i];
      return event instanceof Event ? { row, start: event.startDate ?? '\uffff', title: event.title } : { row, start: '\uffff', title: '' };
    });
    return keyed
      .sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title) || a.row.event.id.localeCompare(b.row.event.id))
      .map((x) => x.row);
  }
}
