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
registerEnumType(EventOrderField, {
  name: 'EventOrderField',
  description: 'What events can be sorted by.',
  valuesConfig: {
    CREATED_AT: { description: 'By when the record was created in the registry.' },
    START_DATE: { description: 'By start date; partial dates sort as written ("2024" before "2024-03"); undated ones come last in either direction.' },
    TITLE: { description: 'Alphabetically by title.' },
    UPDATED_AT: { description: 'By when the record was last changed.' },
  },
});

@InputType({ description: 'How to sort a list of event records.' })
export class EventOrder {
  @Field(() => EventOrderField, { defaultValue: EventOrderField.START_DATE, description: 'What to sort by.' })
  field: EventOrderField = EventOrderField.START_DATE;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC (smallest, earliest or A first) or DESC.' })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: 'An institution or a person taking part in an event (exactly one of institutionId, personId).' })
export class ParticipationInput {
  @Field(() => ID, { nullable: true, description: 'Global ID of the participating institution (or give personId).' }) institutionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the participating person (or give institutionId).' }) personId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The institution the participant represents.' }) onBehalfOfId?: string | null;
  @Field(() => ParticipationRole, { description: 'The participant’s role at the event.' }) role!: ParticipationRole;
  @Field(() => RsvpStatus, { nullable: true, description: 'Defaults to INVITED.' }) rsvp?: RsvpStatus | null;
  @Field(() => String, { nullable: true, description: 'Free text about the participation, e.g. the title of the address given.' }) note?: string | null;
}

@InputType({ description: 'A new event, with its participants if known.' })
export class CreateEventInput {
  @Field(() => String, { description: 'The event’s title.' }) title!: string;
  @Field(() => EventKind, { description: 'What sort of event it is.' }) kind!: EventKind;
  @Field(() => ScheduleStatus, { nullable: true, description: 'Defaults to PLANNED.' }) status?: ScheduleStatus | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'First day: YYYY, YYYY-MM or YYYY-MM-DD.' }) startDate?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Last day: YYYY, YYYY-MM or YYYY-MM-DD; defaults to the start date.' }) endDate?: string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM (24 h); needs a day-precision start date and a time zone.' })
  startTime?: string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM (24 h); needs a day-precision end (or start) date and a time zone.' })
  endTime?: string | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. "Asia/Baku".' }) timeZone?: string | null;
  @Field(() => String, { nullable: true, description: 'City where it takes place.' }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' }) country?: string | null;
  @Field(() => String, { nullable: true, description: 'Venue (building or hall).' }) venue?: string | null;
  @Field(() => ID, { nullable: true, description: 'The event this one is part of; its dates must lie within the parent’s.' })
  parentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the series it is an edition of.' }) seriesId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Edition number, unique within the series.' }) edition?: number | null;
  @Field(() => String, {
    nullable: true,
    description: RECURRENCE,
  })
  recurrence?: string | null;
  @Field(() => [LocalDateResolver], { nullable: true, description: EXCEPTIONS }) recurrenceExceptions?: string[] | null;
  @Field(() => [OccurrenceChangeInput], { nullable: true, description: CHANGES }) occurrenceChanges?: OccurrenceChangeInput[] | null;
  @Field(() => String, { nullable: true, description: 'What the event is about.' }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Hidden from viewers (only editors and admins see it). Defaults to false.' }) confidential?: boolean | null;
  @Field(() => [ParticipationInput], { nullable: true, description: "Participations to create with the event (the same name as the event's output field `participations`)." })
  participations?: ParticipationInput[] | null;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field.' })
export class UpdateEventInput {
  @Field(() => ID, { description: 'Global ID of the event to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if it changed since.' })
  version?: number | null;
  @Field(() => String, { nullable: true, description: 'The event’s title.' }) title?: string | null;
  @Field(() => EventKind, { nullable: true, description: 'What sort of event it is.' }) kind?: EventKind | null;
  @Field(() => ScheduleStatus, { nullable: true, description: 'Moves along the lifecycle; other moves give INVALID_TRANSITION.' })
  status?: ScheduleStatus | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'First day: YYYY, YYYY-MM or YYYY-MM-DD.' }) startDate?: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Last day: YYYY, YYYY-MM or YYYY-MM-DD.' }) endDate?: string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM (24 h); needs a day-precision start date and a time zone.' }) startTime?: string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM (24 h); needs a day-precision end (or start) date and a time zone.' }) endTime?: string | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. "Asia/Baku".' }) timeZone?: string | null;
  @Field(() => String, { nullable: true, description: 'City where it takes place.' }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' }) country?: string | null;
  @Field(() => String, { nullable: true, description: 'Venue (building or hall).' }) venue?: string | null;
  @Field(() => ID, { nullable: true, description: 'The event this one is part of; its dates must lie within the parent’s.' }) parentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Global ID of the series it is an edition of.' }) seriesId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Edition number, unique within the series.' }) edition?: number | null;
  @Field(() => String, { nullable: true, description: RECURRENCE }) recurrence?: string | null;
  @Field(() => [LocalDateResolver], { nullable: true, description: `${EXCEPTIONS} Replaces the list.` }) recurrenceExceptions?: string[] | null;
  @Field(() => [OccurrenceChangeInput], { nullable: true, description: `${CHANGES} Replaces the list.` }) occurrenceChanges?: OccurrenceChangeInput[] | null;
  @Field(() => String, { nullable: true, description: 'What the event is about.' }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Hidden from viewers (only editors and admins see it).' }) confidential?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'When the dates change (a postponement, a move): shift every part of the event (sub-events, at any depth) by the same number of days, so they stay within it. Each part records its own reschedule. Needs day-precision start dates.',
  })
  withSubEvents?: boolean | null;
}

@InputType({ description: 'Which event to delete.' })
export class DeleteEventInput {
  @Field(() => ID, { description: 'Global ID of the event to delete.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the delete is refused with CONFLICT if the event changed since. Left out: delete whatever its version.' }) version?: number | null;
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
registerEnumType(EventSeriesOrderField, {
  name: 'EventSeriesOrderField',
  description: 'What event series can be sorted by.',
  valuesConfig: {
    CREATED_AT: { description: 'By when the record was created in the registry.' },
    NAME: { description: 'Alphabetically by name.' },
    UPDATED_AT: { description: 'By when the record was last changed.' },
  },
});

@InputType({ description: 'How to sort a list of event series records.' })
export class EventSeriesOrder {
  @Field(() => EventSeriesOrderField, { defaultValue: EventSeriesOrderField.NAME, description: 'What to sort by.' })
  field: EventSeriesOrderField = EventSeriesOrderField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC (smallest, earliest or A first) or DESC.' })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: 'A new series of recurring events.' })
export class CreateEventSeriesInput {
  @Field(() => String, { description: 'The series’ name, e.g. "Baku Forum of Ombudsmen".' }) name!: string;
  @Field(() => String, { nullable: true, description: 'What the series is about.' }) description?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field.' })
export class UpdateEventSeriesInput {
  @Field(() => ID, { description: 'Global ID of the event series to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if the event series changed since. Left out: overwrite whatever is there.' }) version?: number | null;
  @Field(() => String, { nullable: true, description: 'The series’ name, e.g. "Baku Forum of Ombudsmen".' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'What the series is about.' }) description?: string | null;
}

@InputType({ description: 'Which event series to delete.' })
export class DeleteEventSeriesInput {
  @Field(() => ID, { description: 'Global ID of the event series to delete.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the delete is refused with CONFLICT if the event series changed since. Left out: delete whatever its version.' }) version?: number | null;
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
  @Field(() => ID, { description: 'Global ID of the event.' }) eventId!: string;
}

@InputType({ description: 'Fields left out stay as they are. The participant and the event cannot change (remove and add instead).' })
export class UpdateParticipationInput {
  @Field(() => ID, { description: 'Global ID of the participation to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if the participation changed since. Left out: overwrite whatever is there.' }) version?: number | null;
  @Field(() => ParticipationRole, { nullable: true, description: 'The participant’s role at the event.' }) role?: ParticipationRole | null;
  @Field(() => RsvpStatus, { nullable: true, description: 'Moves along the RSVP lifecycle; other moves give INVALID_TRANSITION.' })
  rsvp?: RsvpStatus | null;
  @Field(() => ID, { nullable: true, description: 'The institution the participant represents.' }) onBehalfOfId?: string | null;
  @Field(() => String, { nullable: true, description: 'Free text about the participation, e.g. the title of the address given.' }) note?: string | null;
}

@InputType({ description: 'Which participation to remove.' })
export class RemoveParticipationInput {
  @Field(() => ID, { description: 'Global ID of the participation to remove.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the remove is refused with CONFLICT if the participation changed since. Left out: remove whatever its version.' }) version?: number | null;
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
