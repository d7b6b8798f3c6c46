import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, ArgsType, type ClassType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { registerDryRunCheck } from '../../api/mutation.js';
import { AuditEntry } from '../../records/audit/audit-entry.entity.js';
import { User } from '../../records/auth/user.entity.js';
import { Event } from '../../records/event/event.entity.js';
import { AddParticipationPayload, CreateEventPayload, type EventPayload, type ParticipationPayload, UpdateEventPayload } from '../../records/event/event.inputs.js';
import { ParticipationRole } from '../../records/event/event.enums.js';
import { Participation } from '../../records/event/participation.entity.js';
import { needsUpdateReason } from '../../records/event/schedule.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { Person } from '../../records/person/person.entity.js';
import { Visit } from '../../records/visit/visit.entity.js';
import { VisitMember } from '../../records/visit/visit-member.entity.js';
import { AddVisitMemberPayload, CreateVisitPayload, UpdateVisitPayload, type VisitMemberPayload, type VisitPayload } from '../../records/visit/visit.inputs.js';
import { agenda } from './agenda.service.js';
import { conflictsIn, conflictsOf } from './conflicts.service.js';
import { expiringAgreements } from './expiring.service.js';
import {
  Agenda,
  AgendaItemKind,
  ConflictKind,
  ExpiringAgreements,
  Reschedule,
  ReviewList,
  ScheduleConflict,
  ScheduleConflicts,
  ScheduledDates,
} from './planning.types.js';
import { reschedulesOf } from './reschedules.js';
import { MAX_REVIEW_ITEMS, toReview } from './review.service.js';
import { DEFAULT_DAYS, MAX_DAYS } from './window.js';

@ArgsType()
class WindowArgs {
  @Field(() => LocalDateResolver, { nullable: true, description: 'First day (default: today, in `timeZone` when given, else UTC).' })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day, inclusive (default: from + days − 1).' })
  to?: string | null;

  @Field(() => Int, { nullable: true, description: `Length of the window in days when \`to\` is not given (default ${DEFAULT_DAYS}, at most ${MAX_DAYS}).` })
  days?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'IANA time zone of the reader: sets "today", and places entries with times on the days they fall on there (entries without times keep their own days).',
  })
  timeZone?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only what this institution takes part in, hosts, travels with, is party to or owns.' })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only what this person takes part in, travels with, signs or owns.' })
  personId?: string | null;
}

@ArgsType()
class AgendaArgs extends WindowArgs {
  @Field(() => [AgendaItemKind], { nullable: true, description: 'Only these kinds of entries (default: all).' })
  kinds?: AgendaItemKind[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Also CANCELLED events and visits and DONE or DROPPED commitments.' })
  includeClosed?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'At most this many entries (1..500, default 200).' })
  first?: number | null;
}

@ArgsType()
class ConflictArgs extends WindowArgs {
  @Field(() => [ConflictKind], { nullable: true, description: 'Only these kinds (default: all).' })
  kinds?: ConflictKind[] | null;

  @Field(() => Int, { nullable: true, description: 'At most this many conflicts (1..500, default 100).' })
  first?: number | null;
}

@Resolver()
export class PlanningResolver {
  @Query(() => Agenda, {
    description:
      'What is coming: events (recurring ones expanded into their occurrences), visits, agreement milestones (review, expiry, notice deadline of auto-renewal) and commitment due dates in a window of days, for the whole registry, an institution or a person. Dates known only to the month or year appear in every window they may fall in, marked approximate.',
  })
  agenda(@Args(() => AgendaArgs) args: AgendaArgs, @Ctx() ctx: RequestContext): Promise<Agenda> {
    return agenda(ctx, args);
  }

  @Query(() => ScheduleConflicts, {
    description:
      'Events and visits that overlap in the window and share a person, a host institution or a venue (CANCELLED and POSTPONED ones excluded). With institutionId: conflicts of records the institution is involved in; with personId: conflicts of that person.',
  })
  async conflicts(@Args(() => ConflictArgs) args: ConflictArgs, @Ctx() ctx: RequestContext): Promise<ScheduleConflicts> {
    const { window, conflicts, totalCount } = await conflictsIn(ctx, args);
    return { from: window.from, to: window.to, items: conflicts, totalCount, truncated: totalCount > conflicts.length };
  }

  @Query(() => ReviewList, {
    description:
      'To review: events and visits still PLANNED or CONFIRMED although their dates have passed (a recurring event: its first occurrence), oldest first — record whether they were HELD, POSTPONED or CANCELLED. For the whole registry, an institution or a person.',
  })
  toReview(
    @Arg('institutionId', () => ID, { nullable: true, description: 'Only what this institution takes part in, hosts or travels with.' }) institutionId: string | null,
    @Arg('personId', () => ID, { nullable: true, description: 'Only what this person takes part in or travels with.' }) personId: string | null,
    @Arg('first', () => Int, { nullable: true, description: `At most this many (1..${MAX_REVIEW_ITEMS}, default 100).` }) first: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewList> {
    return toReview(ctx, { institutionId, personId, first });
  }

  @Query(() => ExpiringAgreements, {
    description: 'Agreements in force that expire, reach their review date or their auto-renewal notice deadline within `days` days, and those past their expiry but still marked in force.',
  })
  expiringAgreements(
    @Arg('days', () => Int, { nullable: true, description: `Days ahead (default 90, 0..${MAX_DAYS}).` }) days: number | null,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'Reference day (default: today, UTC).' }) asOf: string | null,
    @Arg('institutionId', () => ID, { nullable: true, description: 'Only agreements this institution is party to.' }) institutionId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ExpiringAgreements> {
    return expiringAgreements(ctx, { days, asOf, institutionId });
  }
}

@Resolver(() => ScheduleConflict)
export class ScheduleConflictResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'The shared person (PERSON).' })
  person(@Root() conflict: ScheduleConflict, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return conflict.personId ? ctx.records.byId(Person).load(conflict.personId) : null;
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The shared host institution (HOST).' })
  institution(@Root() conflict: ScheduleConflict, @Ctx() ctx: RequestContext): Promise<Institution | null> | null {
    return conflict.institutionId ? ctx.records.byId(Institution).load(conflict.institutionId) : null;
  }
}

@Resolver(() => Reschedule)
export class RescheduleResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who made the change (null for system changes).' })
  async changedBy(@Root() reschedule: Reschedule, @Ctx() ctx: RequestContext): Promise<string | null> {
    return reschedule.userId ? ((await ctx.records.byId(User).load(reschedule.userId))?.name ?? null) : null;
  }
}

/** The record's audit trail through the same batched loader as `history`. */
function historyOf(ctx: RequestContext, record: { id: string }): Promise<AuditEntry[]> {
  return ctx.records.groupBy(AuditEntry, 'recordId').load(record.id);
}

const RESCHEDULES = 'Every change of the dates or times (a move, a postponement), oldest first, with the dates before and after; derived from the audit trail.';
const PREVIOUS = 'The dates it had before each move, oldest first (the timeline of a postponed or moved event or visit).';

const NEEDS_UPDATE = 'Its status is out of date: still PLANNED or CONFIRMED although its dates (for a recurring event: its first occurrence) have passed. Listed by `toReview`.';
const NEEDS_UPDATE_REASON = 'Why `needsUpdate` is true, and what to record; null when it is false.';

@Resolver(() => Event)
export class EventScheduleHistoryResolver {
  @FieldResolver(() => Boolean, { description: NEEDS_UPDATE })
  needsUpdate(@Root() event: Event): boolean {
    return needsUpdateReason(event) !== null;
  }

  @FieldResolver(() => String, { nullable: true, description: NEEDS_UPDATE_REASON })
  needsUpdateReason(@Root() event: Event): string | null {
    return needsUpdateReason(event);
  }

  @FieldResolver(() => [Reschedule], { description: RESCHEDULES })
  async reschedules(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Reschedule[]> {
    return reschedulesOf(event, await historyOf(ctx, event));
  }

  @FieldResolver(() => [ScheduledDates], { description: PREVIOUS })
  async previousDates(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<ScheduledDates[]> {
    return reschedulesOf(event, await historyOf(ctx, event))
      .map((r) => r.before)
      .filter((d) => d.startDate !== null || d.endDate !== null);
  }
}

@Resolver(() => Visit)
export class VisitScheduleHistoryResolver {
  @FieldResolver(() => Boolean, { description: NEEDS_UPDATE })
  needsUpdate(@Root() visit: Visit): boolean {
    return needsUpdateReason(visit) !== null;
  }

  @FieldResolver(() => String, { nullable: true, description: NEEDS_UPDATE_REASON })
  needsUpdateReason(@Root() visit: Visit): string | null {
    return needsUpdateReason(visit);
  }

  @FieldResolver(() => [Reschedule], { description: RESCHEDULES })
  async reschedules(@Root() visit: Visit, @Ctx() ctx: RequestContext): Promise<Reschedule[]> {
    return reschedulesOf(visit, await historyOf(ctx, visit));
  }

  @FieldResolver(() => [ScheduledDates], { description: PREVIOUS })
  async previousDates(@Root() visit: Visit, @Ctx() ctx: RequestContext): Promise<ScheduledDates[]> {
    return reschedulesOf(visit, await historyOf(ctx, visit))
      .map((r) => r.before)
      .filter((d) => d.startDate !== null || d.endDate !== null);
  }
}

const WARNINGS =
  'Scheduling conflicts of the saved record (overlaps with other events or visits sharing a person, a host institution or a venue). Warnings only: the change was saved — or, with `dryRun`, would be. Empty when userErrors is not empty.';

type Check<E> = (record: E, ctx: RequestContext) => Promise<ScheduleConflict[]>;

/** `warnings` of a payload: found inside the transaction on a dry run, else checked after the commit. */
function warningsResolver<P extends { preview?: unknown }, E extends object>(
  payload: ClassType<object>,
  entity: abstract new (...args: never[]) => E,
  recordOf: (payload: P) => E | null,
  check: Check<E>,
) {
  registerDryRunCheck(entity, check);
  @Resolver(() => payload)
  class Warnings {
    @FieldResolver(() => [ScheduleConflict], { description: WARNINGS })
    async warnings(@Root() root: P, @Ctx() ctx: RequestContext): Promise<ScheduleConflict[]> {
      if (root.preview !== undefined) return root.preview as ScheduleConflict[];
      const record = recordOf(root);
      return record ? check(record, ctx) : [];
    }
  }
  return Warnings;
}

const plannedConflicts = (record: Event | Visit, ctx: RequestContext) => conflictsOf(ctx, record);

/** Conflicts the new participant brings: the person's, or the institution's as host. */
async function participationConflicts(participation: Participation, ctx: RequestContext): Promise<ScheduleConflict[]> {
  const event = await ctx.records.byId(Event).load(participation.event.id);
  if (!event) return [];
  if (participation.person) return conflictsOf(ctx, event, { personId: participation.person.id });
  if (participation.institution && participation.role === ParticipationRole.HOST) return conflictsOf(ctx, event, { institutionId: participation.institution.id });
  return [];
}

async function memberConflicts(member: VisitMember, ctx: RequestContext): Promise<ScheduleConflict[]> {
  if (!member.person) return [];
  const visit = await ctx.records.byId(Visit).load(member.visit.id);
  return visit ? conflictsOf(ctx, visit, { personId: member.person.id }) : [];
}

export const warningResolvers = [
  warningsResolver(CreateEventPayload, Event, (p: EventPayload) => p.event, plannedConflicts),
  warningsResolver(UpdateEventPayload, Event, (p: EventPayload) => p.event, plannedConflicts),
  warningsResolver(CreateVisitPayload, Visit, (p: VisitPayload) => p.visit, plannedConflicts),
  warningsResolver(UpdateVisitPayload, Visit, (p: VisitPayload) => p.visit, plannedConflicts),
  warningsResolver(AddParticipationPayload, Participation, (p: ParticipationPayload) => p.participation, participationConflicts),
  warningsResolver(AddVisitMemberPayload, VisitMember, (p: VisitMemberPayload) => p.visitMember, memberConflicts),
];
