import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { UserError } from '../../kernel/errors.js';
import { SortDirection, connectionTypes } from '../../api/relay.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Event } from './event.entity.js';
import { EventKind, ParticipationRole, RsvpStatus, ScheduleStatus } from './event.enums.js';
import { EventSeries } from './event-series.entity.js';
import { Participation } from './participation.entity.js';
import { deletePayload, recordPayload } from '../../api/payloads.js';
import { UNCITED_DESCRIPTION } from '../../api/list-conditions.js';

// ---------------------------------------------------------------------------------------------
// Events

const RECURRENCE =
  'RFC 5545 recurrence rule (RRULE value): FREQ=DAILY, WEEKLY, MONTHLY or YEARLY with INTERVAL, COUNT or UNTIL and BYMONTH, BYMONTHDAY, BYDAY (e.g. 3TH: the third Thursday), BYSETPOS, BYWEEKNO, BYYEARDAY, WKST; needs a day-precision start date (the first occurrence).';
const EXCEPTIONS = 'Occurrences left out (RFC 5545 EXDATE), by their start day; each must be an occurrence of the rule.';
const CHANGES =
  'Occurrences with a status of their own (e.g. one HELD, one CANCELLED while the series goes on) or moved to another day, by their start day under the rule.';

@InputType({ description: 'The status of one occurrence of a recurring event, and the day it moved to if it did.' })
export class OccurrenceChangeInput {
  @Field(() => LocalDateResolver, { description: 'Start day of the occurrence under the rule.' }) date!: string;
  @Field(() => ScheduleStatus, { description: 'The status of this occurrence alone.' }) status!: ScheduleStatus;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Move this occurrence alone to start on this day (it keeps its length and times); null or left out = on its day under the rule.' })
  movedTo?: string | null;
}

@InputType({ description: 'Narrows `events`. All given conditions must hold.' })
export class EventFilter {
  @Field(() => [EventKind], { nullable: true, description: 'Any of these kinds.' })
  kind?: EventKind[] | null;

  @Field(() => [ScheduleStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: ScheduleStatus[] | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Only events that may still be running on or after this (partial) date: their end (or start) is not wholly before it.',
  })
  from?: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Only events that may have started by this (partial) date: their start is not wholly after it.',
  })
  to?: string | null;

  @Field(() => [String], { nullable: true, description: 'Any of these ISO 3166-1 alpha-2 country codes.' })
  country?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only editions of this series.' })
  seriesId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only direct parts of this event (side events, sessions …).' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only events that are part of another; false: only top-level ones.' })
  hasParent?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only events this institution or person takes part in (in any role).' })
  participantId?: string | null;

  @Field(() => String, { nullable: true, description: 'Matches title, city, venue and description; case- and accent-insensitive.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: UNCITED_DESCRIPTION })
  uncited?: boolean | null;
}

export enum EventOrderField {
  START_DATE = 'START_DATE',
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(EventOrderField, { name: 'EventOrderField' });

@InputType()
export class EventOrder {
  @Field(() => EventOrderField, { defaultValue: EventOrderField.START_DATE })
  field: EventOrderField = EventOrderField.START_DATE;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: 'An institution or a person taking part in an event (exactly one of institutionId, personId).' })
export class ParticipationInput {
  @Field(() => ID, { nullable: true }) institutionId?: string | null;
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The institution the participant represents.' }) onBehalfOfId?: string | null;
  @Field(() => ParticipationRole) role!: ParticipationRole;
  @Field(() => RsvpStatus, { nullable: true, description: 'Defaults to INVITED.' }) rsvp?: RsvpStatus | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class CreateEventInput {
  @Field(() => String) title!: string;
  @Field(() => EventKind) kind!: EventKind;
  @Field(() => ScheduleStatus, { nullable: true, description: 'Defaults to PLANNED.' }) status?: ScheduleStatus | null;
  @Field(() => PartialDateScalar, { nullable: true }) startDate?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM (24 h); needs a day-precision start date and a time zone.' })
  startTime?: string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM (24 h); needs a day-precision end (or start) date and a time zone.' })
  endTime?: string | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. "Asia/Baku".' }) timeZone?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' }) country?: string | null;
  @Field(() => String, { nullable: true }) venue?: string | null;
  @Field(() => ID, { nullable: true, description: 'The event this one is part of; its dates must lie within the parent’s.' })
  parentId?: string | null;
  @Field(() => ID, { nullable: true }) seriesId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Edition number, unique within the series.' }) edition?: number | null;
  @Field(() => String, {
    nullable: true,
    description: RECURRENCE,
  })
  recurrence?: string | null;
  @Field(() => [LocalDateResolver], { nullable: true, description: EXCEPTIONS }) recurrenceExceptions?: string[] | null;
  @Field(() => [OccurrenceChangeInput], { nullable: true, description: CHANGES }) occurrenceChanges?: OccurrenceChangeInput[] | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Boolean, { nullable: true }) confidential?: boolean | null;
  @Field(() => [ParticipationInput], { nullable: true, description: "Participations to create with the event (the same name as the event's output field `participations`)." })
  participations?: ParticipationInput[] | null;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field.' })
export class UpdateEventInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if it changed since.' })
  version?: number | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => EventKind, { nullable: true }) kind?: EventKind | null;
  @Field(() => ScheduleStatus, { nullable: true, description: 'Moves along the lifecycle; other moves give INVALID_TRANSITION.' })
  status?: ScheduleStatus | null;
  @Field(() => PartialDateScalar, { nullable: true }) startDate?: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => String, { nullable: true }) startTime?: string | null;
  @Field(() => String, { nullable: true }) endTime?: string | null;
  @Field(() => String, { nullable: true }) timeZone?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) country?: string | null;
  @Field(() => String, { nullable: true }) venue?: string | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => ID, { nullable: true }) seriesId?: string | null;
  @Field(() => Int, { nullable: true }) edition?: number | null;
  @Field(() => String, { nullable: true, description: RECURRENCE }) recurrence?: string | null;
  @Field(() => [LocalDateResolver], { nullable: true, description: `${EXCEPTIONS} Replaces the list.` }) recurrenceExceptions?: string[] | null;
  @Field(() => [OccurrenceChangeInput], { nullable: true, description: `${CHANGES} Replaces the list.` }) occurrenceChanges?: OccurrenceChangeInput[] | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Boolean, { nullable: true }) confidential?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'When the dates change (a postponement, a move): shift every part of the event (sub-events, at any depth) by the same number of days, so they stay within it. Each part records its own reschedule. Needs day-precision start dates.',
  })
  withSubEvents?: boolean | null;
}

@InputType()
export class DeleteEventInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Detach what refers to the event (child events become top-level; adopted documents, commitments and document signatures lose the link) instead of refusing the delete.',
  })
  detach = false;
}

@ObjectType({ description: 'One dated occurrence of an event (a recurring event has one per year).' })
export class EventOccurrence {
  @Field(() => LocalDateResolver, { description: 'First day of this occurrence (after a move, its new day).' }) startDate!: string;
  @Field(() => LocalDateResolver, { description: 'Last day of this occurrence.' }) endDate!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day under the rule this occurrence was moved from; null when it was not moved.' })
  movedFrom!: string | null;
  @Field(() => ScheduleStatus, {
    description: 'The occurrence’s own status: as recorded once it has started; a later occurrence of an event recorded HELD is PLANNED.',
  })
  status!: ScheduleStatus;
  @Field(() => Boolean, { description: 'Still PLANNED or CONFIRMED although this occurrence has passed.' }) needsUpdate!: boolean;
  @Field(() => String, { nullable: true, description: 'Why `needsUpdate` is true; null when it is false.' }) needsUpdateReason!: string | null;
}

// ---------------------------------------------------------------------------------------------
// Event series

@InputType({ description: 'Narrows `eventSeriesList`.' })
export class EventSeriesFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: UNCITED_DESCRIPTION })
  uncited?: boolean | null;
}

export enum EventSeriesOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(EventSeriesOrderField, { name: 'EventSeriesOrderField' });

@InputType()
export class EventSeriesOrder {
  @Field(() => EventSeriesOrderField, { defaultValue: EventSeriesOrderField.NAME })
  field: EventSeriesOrderField = EventSeriesOrderField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

@InputType()
export class CreateEventSeriesInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field.' })
export class UpdateEventSeriesInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class DeleteEventSeriesInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Detach the editions (they keep existing without series and edition number) instead of refusing the delete.',
  })
  detachEvents = false;
}

// ---------------------------------------------------------------------------------------------
// Participations

@InputType({ description: 'A participant to add to an event (exactly one of institutionId, personId).' })
export class AddParticipationInput extends ParticipationInput {
  @Field(() => ID) eventId!: string;
}

@InputType({ description: 'Fields left out stay as they are. The participant and the event cannot change (remove and add instead).' })
export class UpdateParticipationInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => ParticipationRole, { nullable: true }) role?: ParticipationRole | null;
  @Field(() => RsvpStatus, { nullable: true, description: 'Moves along the RSVP lifecycle; other moves give INVALID_TRANSITION.' })
  rsvp?: RsvpStatus | null;
  @Field(() => ID, { nullable: true }) onBehalfOfId?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class RemoveParticipationInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
}

// ---------------------------------------------------------------------------------------------
// Payloads and connections

export const CreateEventPayload = recordPayload('CreateEventPayload', 'event', Event);
export const UpdateEventPayload = recordPayload('UpdateEventPayload', 'event', Event);
export const DeleteEventPayload = deletePayload('DeleteEventPayload');
/** `preview`: what a dry run found (the schedule conflicts), see api/mutation.ts. */
export type EventPayload = { event: Event | null; userErrors: UserError[]; preview?: unknown };

export const CreateEventSeriesPayload = recordPayload('CreateEventSeriesPayload', 'eventSeries', EventSeries);
export const UpdateEventSeriesPayload = recordPayload('UpdateEventSeriesPayload', 'eventSeries', EventSeries);
export const DeleteEventSeriesPayload = deletePayload('DeleteEventSeriesPayload');
export type EventSeriesPayload = { eventSeries: EventSeries | null; userErrors: UserError[] };

export const AddParticipationPayload = recordPayload('AddParticipationPayload', 'participation', Participation);
export const UpdateParticipationPayload = recordPayload('UpdateParticipationPayload', 'participation', Participation);
export const RemoveParticipationPayload = deletePayload('RemoveParticipationPayload');
export type ParticipationPayload = { participation: Participation | null; userErrors: UserError[]; preview?: unknown };

export type { DeletePayload } from '../../api/payloads.js';

export const { Connection: EventConnection } = connectionTypes('Event', Event);
export const { Connection: EventSeriesConnection } = connectionTypes('EventSeries', EventSeries);
