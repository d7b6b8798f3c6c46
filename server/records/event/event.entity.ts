import { BlocksDelete } from '../../api/references.js';
import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { HideWhenConfidential } from '../../kernel/confidential.js';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { foldForSearch } from '../../kernel/text.js';
import { EventKind, ScheduleStatus } from './event.enums.js';
import { EventSeries } from './event-series.entity.js';

/** One occurrence of a recurring event with a status of its own (e.g. HELD, or CANCELLED while the series goes on), perhaps on another day. */
@ObjectType({ description: 'An occurrence of a recurring event with a status of its own, perhaps moved to another day.' })
export class OccurrenceChange {
  @Field(() => LocalDateResolver, { description: 'Start day of the occurrence under the rule (its RECURRENCE-ID).' }) date!: string;
  @Field(() => ScheduleStatus, { description: 'The status of this occurrence alone.' }) status!: ScheduleStatus;
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day this occurrence starts instead (it keeps its length and times); null = on its day under the rule.' })
  movedTo?: string | null;
}

@Entity({ tableName: 'event' })
// Keyset pagination: one (column, id) index per ordering the API offers (tests/e2e/connection-plans.test.ts).
@Index({ name: 'event_start_date_id_idx', properties: ['startDate', 'id'] })
@Index({ name: 'event_start_date_desc_id_idx', expression: 'create index "event_start_date_desc_id_idx" on "event" ("start_date" desc nulls last, "id" desc nulls last)' })
@Index({ name: 'event_title_id_idx', properties: ['title', 'id'] })
@Index({ name: 'event_created_at_id_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'event_updated_at_id_idx', properties: ['updatedAt', 'id'] })
@Index({
  name: 'event_series_edition_unique',
  expression: 'create unique index "event_series_edition_unique" on "event" ("series_id", "edition") where "series_id" is not null and "edition" is not null',
})
@HideWhenConfidential()
@Index({
  name: 'event_search_text_trgm',
  expression: 'create index "event_search_text_trgm" on "event" using gin ("search_text" gin_trgm_ops)',
})
@ObjectType('Event', { implements: Node, description: 'A forum, conference, symposium, meeting, session or campaign.' })
export class Event extends RecordEntity<'status' | 'confidential' | 'recurrenceExceptions' | 'occurrenceChanges'> {
  @Field(() => String, { description: 'The event’s title.' })
  @Property({ type: 'string', length: 500 })
  title!: string;

  @Field(() => EventKind, { description: 'What sort of event it is.' })
  @Enum({ items: () => EventKind, type: 'string', length: 30 })
  kind!: EventKind;

  @Field(() => ScheduleStatus, { description: 'Where the event stands: PLANNED, CONFIRMED, HELD, POSTPONED or CANCELLED.' })
  @Enum({ items: () => ScheduleStatus, type: 'string', length: 20, default: ScheduleStatus.PLANNED })
  status: ScheduleStatus = ScheduleStatus.PLANNED;

  /** First day (partial date allowed for events known only by month or year). */
  @Field(() => PartialDateScalar, { nullable: true, description: 'Partial date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  startDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Partial date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Local start time HH:MM (in `timeZone`); null for all-day events.' })
  @Property({ type: 'string', length: 5, nullable: true })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: 'Local end time HH:MM.' })
  @Property({ type: 'string', length: 5, nullable: true })
  endTime?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone of the times, e.g. "Asia/Baku".' })
  @Property({ type: 'string', length: 64, nullable: true })
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: 'City where it takes place; null when unknown.' })
  @Property({ type: 'string', length: 200, nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' })
  @Property({ type: 'string', length: 2, nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Venue (building or hall); null when unknown.' })
  @Property({ type: 'string', length: 300, nullable: true })
  venue?: string | null;

  /** The larger event this one is part of (a board meeting within a general assembly, a COP29 side event). */
  @BlocksDelete('child event{|s}', { detach: 'clear' })
  @ManyToOne(() => Event, { ref: true, nullable: true, deleteRule: 'restrict', index: 'event_parent_idx' })
  parent?: Ref<Event> | null;

  @ManyToOne(() => EventSeries, { ref: true, nullable: true, deleteRule: 'restrict', index: 'event_series_idx' })
  series?: Ref<EventSeries> | null;

  @Field(() => Int, { nullable: true, description: 'Edition number within the series.' })
  @Property({ type: 'integer', nullable: true })
  edition?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'RFC 5545 recurrence rule (RRULE value), e.g. "FREQ=YEARLY", "FREQ=MONTHLY;BYDAY=3TH" or "FREQ=YEARLY;BYMONTH=6;BYDAY=3TH" (the third Thursday of June); each occurrence lasts as long as the first.',
  })
  @Property({ type: 'string', length: 500, nullable: true })
  recurrence?: string | null;

  @Field(() => [LocalDateResolver], { description: 'Occurrences left out of the rule (RFC 5545 EXDATE), by their start day.' })
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  recurrenceExceptions: string[] = [];

  @Field(() => [OccurrenceChange], { description: 'Occurrences with a status of their own or moved to another day, by their start day under the rule (see also `occurrences`).' })
  @Property({ type: 'json', defaultRaw: "'[]'" })
  occurrenceChanges: OccurrenceChange[] = [];

  @Field(() => String, { nullable: true, description: 'What the event is about; null when none.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => Boolean, { description: 'Hidden from viewers.' })
  @Property({ type: 'boolean', default: false })
  confidential: boolean = false;

  @Property({ type: 'text', hidden: true })
  searchText!: string;

  refreshSearchKeys(): void {
    this.searchText = foldForSearch([this.title, this.city ?? '', this.venue ?? '', this.description ?? ''].join(' \u0001 '));
  }
}
