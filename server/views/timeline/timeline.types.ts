import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../api/relay.js';
import { AgreementAction } from '../../records/agreement/agreement-action.entity.js';
import { Agreement } from '../../records/agreement/agreement.entity.js';
import { AgreementActionKind } from '../../records/agreement/agreement.enums.js';
import { Commitment } from '../../records/commitment/commitment.entity.js';
import { CommitmentStatus } from '../../records/commitment/commitment.enums.js';
import { Document } from '../../records/document/document.entity.js';
import { Event } from '../../records/event/event.entity.js';
import { ScheduleStatus } from '../../records/event/event.enums.js';
import { Relation } from '../../records/relation/relation.entity.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Visit } from '../../records/visit/visit.entity.js';

/**
 * What a timeline item is. The order of the values is the tie-break order of items on the same
 * day: a relation starts before what happens within it, an event before the documents adopted
 * at it, and a relation ends last.
 */
export enum TimelineItemKind {
  RELATION_START = 'RELATION_START',
  AGREEMENT_ACTION = 'AGREEMENT_ACTION',
  EVENT = 'EVENT',
  VISIT = 'VISIT',
  DOCUMENT = 'DOCUMENT',
  COMMITMENT = 'COMMITMENT',
  RELATION_END = 'RELATION_END',
}
registerEnumType(TimelineItemKind, {
  name: 'TimelineItemKind',
  description: 'What a timeline item is. Items on the same day come in this order.',
  valuesConfig: {
    RELATION_START: { description: 'A relation (membership, partnership …) begins: its start date. A relation recorded without any date appears once as an undated start (date null, title saying the time is not recorded).' },
    AGREEMENT_ACTION: { description: 'An entry of an agreement’s action ledger (signature, entry into force, termination …).' },
    EVENT: { description: 'An event the institutions take part in (any role, or a person on their behalf).' },
    VISIT: { description: 'A visit by or to the institutions (delegation, host or delegation member).' },
    DOCUMENT: { description: 'A document the institutions issued, adopted, approved, endorsed or received.' },
    COMMITMENT: { description: 'A commitment the institutions own, at its due date.' },
    RELATION_END: { description: 'A relation ends: its end date.' },
  },
});

export enum DatePrecision {
  YEAR = 'YEAR',
  MONTH = 'MONTH',
  DAY = 'DAY',
}
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely a partial date is known.',
  valuesConfig: {
    DAY: { description: 'Known to the day (YYYY-MM-DD).' },
    MONTH: { description: 'Known to the month (YYYY-MM).' },
    YEAR: { description: 'Known to the year (YYYY).' },
  },
});

/** The fields every timeline item has; the concrete types add the record itself. */
@InterfaceType('TimelineItem', {
  description: 'One entry of a timeline: something dated that involves the institutions in focus.',
  resolveType: (value: TimelineItem) => value.typeName,
})
export abstract class TimelineItem {
  /** GraphQL type name of the concrete item. */
  typeName!: string;

  /** Database key of the underlying record. */
  recordId!: string;

  /** Institutions in focus (null for the whole registry). */
  focus!: ReadonlySet<string> | null;

  @Field(() => TimelineItemKind, { description: 'What sort of item it is; tells which type it is without a fragment.' })
  kind!: TimelineItemKind;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'When it happened or is due, as precisely as known; null for undated items (they come last).',
  })
  date!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Last day for items that span a period (events, visits); else the same as `date`.' })
  endDate!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precisely `date` is known; null when undated.' })
  precision!: DatePrecision | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First day `date` covers: the day the item is sorted by (null when undated).' })
  sortDate!: string | null;

  @Field(() => String, { description: 'Title of the record, or a sentence for relation starts/ends and agreement actions.' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Status of the record as text: ScheduleStatus for events and visits, the agreement’s status for agreement actions, CommitmentStatus for commitments, TemporalStatus for relations; null for documents.',
  })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of where it took place (events and visits).' })
  country!: string | null;
}

const NEEDS_UPDATE = 'The status is out of date: still PLANNED or CONFIRMED although the dates have passed (see `toReview`).';

@ObjectType('TimelineEvent', { implements: TimelineItem, description: 'An event on a timeline, with how the institutions in focus take part.' })
export class TimelineEvent extends TimelineItem {
  @Field(() => Event, { description: 'The event.' }) event!: Event;
  @Field(() => ScheduleStatus, { description: 'The event’s status (HELD, PLANNED …).' }) scheduleStatus!: ScheduleStatus;
  @Field(() => Boolean, { description: NEEDS_UPDATE }) needsUpdate!: boolean;
  @Field(() => String, { nullable: true, description: 'Why `needsUpdate` is true; null when it is false.' }) needsUpdateReason!: string | null;
}

@ObjectType('TimelineVisit', { implements: TimelineItem, description: 'A visit on a timeline.' })
export class TimelineVisit extends TimelineItem {
  @Field(() => Visit, { description: 'The visit.' }) visit!: Visit;
  @Field(() => ScheduleStatus, { description: 'The visit’s status.' }) scheduleStatus!: ScheduleStatus;
  @Field(() => Boolean, { description: NEEDS_UPDATE }) needsUpdate!: boolean;
  @Field(() => String, { nullable: true, description: 'Why `needsUpdate` is true; null when it is false.' }) needsUpdateReason!: string | null;
}

@ObjectType('TimelineDocument', { implements: TimelineItem, description: 'A document on a timeline, at its date.' })
export class TimelineDocument extends TimelineItem {
  @Field(() => Document, { description: 'The document.' }) document!: Document;
}

@ObjectType('TimelineAgreementAction', { implements: TimelineItem, description: 'An entry of an agreement’s action ledger on a timeline.' })
export class TimelineAgreementAction extends TimelineItem {
  @Field(() => AgreementAction, { description: 'The ledger entry.' }) action!: AgreementAction;
  @Field(() => Agreement, { description: 'The agreement.' }) agreement!: Agreement;
  @Field(() => AgreementActionKind, { description: 'What happened (signature, entry into force …).' }) actionKind!: AgreementActionKind;
}

@ObjectType('TimelineRelationChange', {
  implements: TimelineItem,
  description: 'A relation starting (kind RELATION_START, at its start date) or ending (RELATION_END, at its end date).',
})
export class TimelineRelationChange extends TimelineItem {
  @Field(() => Relation, { description: 'The relation.' }) relation!: Relation;
}

@ObjectType('TimelineCommitment', { implements: TimelineItem, description: 'A commitment on a timeline, at its due date.' })
export class TimelineCommitment extends TimelineItem {
  @Field(() => Commitment, { description: 'The commitment.' }) commitment!: Commitment;
  @Field(() => CommitmentStatus, { description: 'The commitment’s status.' }) commitmentStatus!: CommitmentStatus;
}

export const TIMELINE_ITEM_TYPES = [
  TimelineEvent,
  TimelineVisit,
  TimelineDocument,
  TimelineAgreementAction,
  TimelineRelationChange,
  TimelineCommitment,
] as const;

@InputType({ description: 'Narrows a timeline (and its counts). All given conditions must hold.' })
export class TimelineFilter {
  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Only items that may fall on or after this (partial) date: their end is not wholly before it. Leaves undated items out.',
  })
  from?: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Only items that may fall on or before this (partial) date: their start is not wholly after it. Leaves undated items out.',
  })
  to?: string | null;

  @Field(() => [TimelineItemKind], { nullable: true, description: 'Only these kinds of items.' })
  kind?: TimelineItemKind[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only items tagged with any of these topics (agreement actions by their agreement’s topics). At most 100.',
  })
  topicId?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'ISO 3166-1 alpha-2 codes: events and visits by the country they took place in; items without a place (and events or visits whose country is unknown) by the country of an institution involved.',
  })
  country?: string[] | null;

  @Field(() => [ScheduleStatus], {
    nullable: true,
    description: 'Events and visits only in these statuses (e.g. [PLANNED, CONFIRMED] for the future part); other kinds are not affected.',
  })
  scheduleStatus?: ScheduleStatus[] | null;

  @Field(() => [CommitmentStatus], { nullable: true, description: 'Commitments only in these statuses; other kinds are not affected.' })
  commitmentStatus?: CommitmentStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only dated items; false: only undated ones; null: both (undated last).' })
  dated?: boolean | null;
}

@ObjectType('TimelineEdge', { description: 'One timeline item in a page of results, with the cursor of its position.' })
export class TimelineEdge {
  @Field(() => String, { description: 'Opaque cursor of this edge (a position in the timeline; stays valid when items are added).' })
  cursor!: string;

  @Field(() => TimelineItem, { description: 'The timeline item at this position.' })
  node!: TimelineItem;
}

@ObjectType('TimelineCount', { description: 'How many items of the filtered timeline fall in one year and of one kind.' })
export class TimelineCount {
  @Field(() => Int, { nullable: true, description: 'Year of the item’s sort date; null for undated items.' })
  year!: number | null;

  @Field(() => TimelineItemKind, { nullable: true, description: 'null in `byYear` (all kinds).' })
  kind!: TimelineItemKind | null;

  @Field(() => Int, { description: 'Number of items.' })
  count!: number;
}

@ObjectType('TimelineCounts', { description: 'Counts of the whole filtered timeline (all pages), for a histogram; computed in one query.' })
export class TimelineCounts {
  @Field(() => [TimelineCount], { description: 'Per year (kind null), oldest first, undated last.' })
  byYear!: TimelineCount[];

  @Field(() => [TimelineCount], { description: 'Per kind (year null), in kind order.' })
  byKind!: TimelineCount[];

  @Field(() => [TimelineCount], { description: 'Per year and kind, oldest first, undated last.' })
  byYearAndKind!: TimelineCount[];
}

@ObjectType('TimelineConnection', { description: 'A page of a timeline, with counts over all its pages.' })
export class TimelineConnection {
  @Field(() => [TimelineEdge], { description: 'The records of this page, in the requested order, each with its cursor.' }) edges!: TimelineEdge[];
  @Field(() => [TimelineItem], { description: 'The nodes of `edges`, for clients that need no cursors.' }) nodes!: TimelineItem[];
  @Field(() => PageInfo, { description: 'Whether there are more pages, and the cursors to ask for them with `after` / `before`.' }) pageInfo!: PageInfo;

  /** Computes totalCount and counts on first use (one GROUP BY statement, shared by both fields). */
  aggregate!: () => Promise<{ total: number; counts: TimelineCounts }>;

  @Field(() => Int, { description: 'Number of items matching the filter, over all pages.' })
  get totalCount(): Promise<number> {
    return this.aggregate().then((a) => a.total);
  }

  @Field(() => TimelineCounts, { description: 'Counts per year and kind for the same filter (all pages), computed in the same request.' })
  get counts(): Promise<TimelineCounts> {
    return this.aggregate().then((a) => a.counts);
  }
}
