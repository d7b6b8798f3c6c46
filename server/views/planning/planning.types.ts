import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../kernel/record.entity.js';
import { Agreement } from '../../records/agreement/agreement.entity.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { DatePrecision } from '../timeline/timeline.types.js';

// ---------------------------------------------------------------------------------------------
// Agenda

export enum AgendaItemKind {
  EVENT = 'EVENT',
  VISIT = 'VISIT',
  AGREEMENT_REVIEW = 'AGREEMENT_REVIEW',
  AGREEMENT_EXPIRY = 'AGREEMENT_EXPIRY',
  AGREEMENT_NOTICE_DEADLINE = 'AGREEMENT_NOTICE_DEADLINE',
  COMMITMENT_DUE = 'COMMITMENT_DUE',
}
registerEnumType(AgendaItemKind, {
  name: 'AgendaItemKind',
  description: 'What an agenda (or calendar) entry is.',
  valuesConfig: {
    EVENT: { description: 'An event (each occurrence of a recurring one).' },
    VISIT: { description: 'A visit.' },
    AGREEMENT_REVIEW: { description: 'An agreement’s review date (reviewDue).' },
    AGREEMENT_EXPIRY: { description: 'An agreement’s expiry date (expiresOn).' },
    AGREEMENT_NOTICE_DEADLINE: { description: 'Last day to give notice against an agreement’s auto-renewal (expiresOn − noticePeriodDays).' },
    COMMITMENT_DUE: { description: 'A commitment’s due date.' },
  },
});

// The timeline area declares the DatePrecision enum (YEAR, MONTH, DAY); one GraphQL type for both.
export { DatePrecision };

@ObjectType({ description: 'One entry of the agenda: an event occurrence, a visit, an agreement milestone or a commitment due date.' })
export class AgendaItem {
  @Field(() => String, { description: 'Stable key of the entry: record, kind and first day (recurring events have one entry per occurrence).' })
  key!: string;

  @Field(() => AgendaItemKind, { description: 'What the item is: an event occurrence, a visit, an agreement milestone or a commitment due date.' }) kind!: AgendaItemKind;

  @Field(() => String, { description: 'Title of the record.' }) title!: string;

  @Field(() => Node, { description: 'The Event, Visit, Agreement or Commitment.' }) record!: object;

  @Field(() => String, {
    description:
      'Status of the record (ScheduleStatus, AgreementStatus or CommitmentStatus). An occurrence of a recurring event has its own: as recorded once it has started, PLANNED for a later occurrence of an event recorded HELD.',
  })
  status!: string;

  @Field(() => Boolean, { description: 'The status is out of date: an event or visit (occurrence) still PLANNED or CONFIRMED after its last day (see `toReview`).' })
  needsUpdate!: boolean;

  @Field(() => String, { nullable: true, description: 'Why `needsUpdate` is true, and what to record; null when it is false.' }) needsUpdateReason!: string | null;

  @Field(() => LocalDateResolver, {
    description: 'First local day (in the agenda’s time zone when it was given and the entry has times; else as recorded). For approximate dates, the first day the date may mean.',
  })
  startDate!: string;

  @Field(() => LocalDateResolver, { description: 'Last local day (inclusive).' }) endDate!: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'The start date exactly as recorded (partial for approximate entries).' })
  recordedDate!: string | null;

  @Field(() => DatePrecision, { description: 'How precisely the item’s date is known (a date given as "2025-06" has MONTH precision).' }) precision!: DatePrecision;

  @Field(() => Boolean, { description: 'The date is known only to the month or year: the entry may fall anywhere in startDate..endDate.' })
  approximate!: boolean;

  @Field(() => Boolean, { description: 'No times (a whole-day entry).' }) allDay!: boolean;

  @Field(() => Date, { nullable: true, description: 'Start instant, when a time is known.' }) startsAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'End instant, when a time is known (end of the last day without an end time).' })
  endsAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone of the recorded times.' }) timeZone!: string | null;

  @Field(() => Boolean, { description: 'An occurrence of a recurring event.' }) recurring!: boolean;

  @Field(() => String, { nullable: true, description: 'Where: venue, city, place and country as recorded.' }) place!: string | null;

  @Field(() => Boolean, { description: 'True for a confidential record (shown to editors and admins only).' }) confidential!: boolean;
}

@ObjectType({ description: 'What is coming in a window of days.' })
export class Agenda {
  @Field(() => LocalDateResolver, { description: 'First day of the window (inclusive).' }) from!: string;
  @Field(() => LocalDateResolver, { description: 'Last day of the window (inclusive).' }) to!: string;
  @Field(() => String, { nullable: true, description: 'The time zone timed entries were placed in (null: each in its own).' })
  timeZone!: string | null;
  @Field(() => [AgendaItem], { description: 'By start (instants when known, else local days), then kind and title.' }) items!: AgendaItem[];
  @Field(() => Int, { description: 'Entries in the window, before `first` was applied.' }) totalCount!: number;
  @Field(() => Boolean, { description: 'More entries than `first` exist.' }) truncated!: boolean;
}

// ---------------------------------------------------------------------------------------------
// Conflicts

export enum ConflictKind {
  PERSON = 'PERSON',
  HOST = 'HOST',
  VENUE = 'VENUE',
}
registerEnumType(ConflictKind, {
  name: 'ConflictKind',
  description: 'What two overlapping events or visits share.',
  valuesConfig: {
    PERSON: { description: 'The same person takes part in both (participant, speaker, delegation member; declined RSVPs do not count).' },
    HOST: { description: 'The same institution hosts both (HOST participation of an event, host of a visit).' },
    VENUE: { description: 'Both events take place at the same venue (same city when both give one).' },
  },
});

@ObjectType({ description: 'Two events or visits that overlap and share a person, a host institution or a venue. A warning, never an error.' })
export class ScheduleConflict {
  @Field(() => ConflictKind, { description: 'What the two records share: a person, a host institution or a venue.' }) kind!: ConflictKind;
  @Field(() => Node, { description: 'The event or visit checked (in `conflicts`: the one that starts first).' }) record!: object;
  @Field(() => Node, { description: 'The event or visit it clashes with.' }) other!: object;
  @Field(() => String, { nullable: true, description: 'The shared venue (VENUE).' }) venue!: string | null;
  @Field(() => LocalDateResolver, { description: 'First day of the overlap.' }) from!: string;
  @Field(() => LocalDateResolver, { description: 'Last day of the overlap.' }) to!: string;
  @Field(() => Date, { nullable: true, description: 'Start of the overlap, when both have times (compared as instants).' }) startsAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'End of the overlap, when both have times.' }) endsAt!: Date | null;
  @Field(() => Boolean, { description: 'One of the two has only a month or year: they may, not must, overlap.' }) approximate!: boolean;
  @Field(() => String, { description: 'The conflict explained in one sentence.' }) message!: string;

  /** Keys of the shared person or institution (resolved through the loaders). */
  personId!: string | null;
  institutionId!: string | null;
}

// ---------------------------------------------------------------------------------------------
// Reschedules

@ObjectType({ description: 'The dates (and times) of an event or visit at one point of its history.' })
export class ScheduledDates {
  @Field(() => PartialDateScalar, { nullable: true, description: 'First day at that point.' }) startDate!: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Last day at that point.' }) endDate!: string | null;
  @Field(() => String, { nullable: true, description: 'Events only.' }) startTime!: string | null;
  @Field(() => String, { nullable: true, description: 'Events only.' }) endTime!: string | null;
  @Field(() => String, { nullable: true, description: 'Events only.' }) timeZone!: string | null;
}

@ObjectType({ description: 'A change of the dates or times of an event or visit, from the audit trail.' })
export class Reschedule {
  @Field(() => Date, { description: 'When the change was saved.' }) changedAt!: Date;
  @Field(() => String, { nullable: true, description: 'The mutation that made the change.' }) operation!: string | null;
  @Field(() => String, { nullable: true, description: 'The status after the change, when the same change set it (e.g. POSTPONED).' })
  status!: string | null;
  @Field(() => ScheduledDates, { description: 'The dates before the change.' }) before!: ScheduledDates;
  @Field(() => ScheduledDates, { description: 'The dates after the change.' }) after!: ScheduledDates;
  userId!: string | null;
}

// ---------------------------------------------------------------------------------------------
// Expiring agreements

export enum AgreementDeadlineKind {
  REVIEW = 'REVIEW',
  EXPIRY = 'EXPIRY',
  NOTICE_DEADLINE = 'NOTICE_DEADLINE',
}
registerEnumType(AgreementDeadlineKind, {
  name: 'AgreementDeadlineKind',
  description: 'Which date of an agreement a deadline is.',
  valuesConfig: {
    EXPIRY: { description: 'The agreement expires (expiresOn).' },
    NOTICE_DEADLINE: { description: 'Last day to give notice against automatic renewal (expiresOn minus noticePeriodDays).' },
    REVIEW: { description: 'The parties are due to review the agreement (reviewDue).' },
  },
});

@ObjectType({ description: 'A date by which something must happen to an agreement.' })
export class AgreementDeadline {
  @Field(() => Agreement, { description: 'The agreement the deadline belongs to.' }) agreement!: Agreement;
  @Field(() => AgreementDeadlineKind, { description: 'Which deadline it is: expiry, notice deadline or review.' }) kind!: AgreementDeadlineKind;
  @Field(() => LocalDateResolver, { description: 'The day of the deadline.' }) date!: string;
  @Field(() => Int, { description: 'Days from asOf to the date; negative once passed.' }) daysLeft!: number;
}

@ObjectType({ description: 'Agreements in force that need attention.' })
export class ExpiringAgreements {
  @Field(() => LocalDateResolver, { description: 'The day the question was asked for (today unless given).' }) asOf!: string;
  @Field(() => LocalDateResolver, { description: 'Last day of the window looked at.' }) until!: string;
  @Field(() => [AgreementDeadline], {
    description: 'Agreements in force (IN_FORCE or SUSPENDED) whose expiry, review or auto-renewal notice deadline falls in asOf..until, by date.',
  })
  upcoming!: AgreementDeadline[];
  @Field(() => [AgreementDeadline], {
    description: 'Data quality: agreements still marked IN_FORCE or SUSPENDED although their expiry date has passed (record the expiry or the renewal), oldest first.',
  })
  overdue!: AgreementDeadline[];
}

@ObjectType({ description: 'The conflicts whose overlap lies in a window of days.' })
export class ScheduleConflicts {
  @Field(() => LocalDateResolver, { description: 'First day of the window.' }) from!: string;
  @Field(() => LocalDateResolver, { description: 'Last day of the window.' }) to!: string;
  @Field(() => [ScheduleConflict], { description: 'By the first day of the overlap; each pair (and shared person, host or venue) once.' })
  items!: ScheduleConflict[];
  @Field(() => Int, { description: 'Number of conflicts in the window, all of them even when truncated.' }) totalCount!: number;
  @Field(() => Boolean, { description: 'True when there were more conflicts than returned.' }) truncated!: boolean;
}

// ---------------------------------------------------------------------------------------------
// To review

@ObjectType({ description: 'An event or visit whose status time has overtaken (see `needsUpdate`).' })
export class ReviewItem {
  @Field(() => AgendaItemKind, { description: 'EVENT or VISIT.' }) kind!: AgendaItemKind;
  @Field(() => Node, { description: 'The Event or Visit.' }) record!: object;
  @Field(() => String, { description: 'Title of the event or visit.' }) title!: string;
  @Field(() => String, { description: 'Its recorded status (PLANNED or CONFIRMED).' }) status!: string;
  @Field(() => PartialDateScalar, { nullable: true, description: 'First day of the event or visit.' }) startDate!: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Last day of the event or visit.' }) endDate!: string | null;
  @Field(() => String, { description: 'Why it needs an update, and what to record.' }) reason!: string;
}

@ObjectType({ description: 'Records whose status to review, oldest last day first.' })
export class ReviewList {
  @Field(() => LocalDateResolver, { description: 'Today (UTC), the day compared with.' }) asOf!: string;
  @Field(() => [ReviewItem], { description: 'The records to review.' }) items!: ReviewItem[];
  @Field(() => Int, { description: 'All records to review, before `first` was applied.' }) totalCount!: number;
  @Field(() => Boolean, { description: 'True when there were more records than returned.' }) truncated!: boolean;
}
