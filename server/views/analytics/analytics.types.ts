import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InstitutionKind } from '../../records/institution/institution.kind.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';

export enum StatsRecordType {
  EVENT = 'EVENT',
  VISIT = 'VISIT',
  AGREEMENT = 'AGREEMENT',
  DOCUMENT = 'DOCUMENT',
  COMMITMENT = 'COMMITMENT',
  RELATION = 'RELATION',
}
registerEnumType(StatsRecordType, {
  name: 'StatsRecordType',
  description: 'Which records `stats` counts.',
  valuesConfig: {
    EVENT: { description: 'Dated by start (or end) date; place: its country.' },
    VISIT: { description: 'Dated by start (or end) date; place: the country visited; kind: its purpose.' },
    AGREEMENT: { description: 'Dated by effectiveFrom, else the first signature of a party, else the first action.' },
    DOCUMENT: { description: 'Dated by its date.' },
    COMMITMENT: { description: 'Dated by its due date.' },
    RELATION: { description: 'Dated by its start date; status: UPCOMING / ACTIVE / ENDED today.' },
  },
});

export enum StatsDimension {
  TYPE = 'TYPE',
  YEAR = 'YEAR',
  COUNTRY = 'COUNTRY',
  KIND = 'KIND',
  STATUS = 'STATUS',
  TOPIC = 'TOPIC',
  INSTITUTION_KIND = 'INSTITUTION_KIND',
  INSTITUTION = 'INSTITUTION',
}
registerEnumType(StatsDimension, {
  name: 'StatsDimension',
  description:
    'What to group counts by. TOPIC, INSTITUTION_KIND, INSTITUTION and COUNTRY (for records without a place) can put one record in several groups; `total` counts each record once.',
  valuesConfig: {
    TYPE: { description: 'The record type (EVENT, VISIT …).' },
    YEAR: { description: 'The year of the record’s date (null: undated).' },
    COUNTRY: {
      description: 'Where it took place (events, visits); for records without a place, the countries of the institutions involved.',
    },
    KIND: { description: 'The record’s own kind (EventKind, VisitPurpose, AgreementKind, DocumentKind, RelationKind; null for commitments).' },
    STATUS: { description: 'The record’s status (ScheduleStatus, AgreementStatus, CommitmentStatus, TemporalStatus for relations; null for documents).' },
    TOPIC: { description: 'Each topic the record is tagged with (null: untagged).' },
    INSTITUTION_KIND: { description: 'The kinds of the institutions involved (participants, parties, delegation and host, owner, relation ends).' },
    INSTITUTION: { description: 'Each institution involved.' },
  },
});

@InputType({ description: 'Narrows what `stats` counts. All given conditions must hold.' })
export class StatsFilter {
  @Field(() => PartialDateScalar, { nullable: true, description: 'Only records that may fall on or after this (partial) date (leaves undated ones out).' })
  from?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Only records that may fall on or before this (partial) date (leaves undated ones out).' })
  to?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only records involving any of these institutions (at most 100).' })
  institutionId?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only records tagged with any of these topics (at most 100).' })
  topicId?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only records in these countries (as for the COUNTRY dimension).' })
  country?: string[] | null;
}

@ObjectType('StatsGroup', { description: 'One group of `stats`: the values of the grouped dimensions (null for the others) and the count.' })
export class StatsGroup {
  @Field(() => StatsRecordType, { nullable: true, description: 'The record type of the group, when grouped by it.' }) type!: StatsRecordType | null;
  @Field(() => Int, { nullable: true, description: 'The year of the group, when grouped by it.' }) year!: number | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' }) country!: string | null;
  @Field(() => String, { nullable: true, description: 'The record kind (event kind, agreement kind …) of the group, when grouped by it.' }) kind!: string | null;
  @Field(() => String, { nullable: true, description: 'The status of the group, when grouped by it.' }) status!: string | null;
  topicId!: string | null;
  @Field(() => InstitutionKind, { nullable: true, description: 'The institution kind of the group, when grouped by it.' }) institutionKind!: InstitutionKind | null;
  institutionId!: string | null;
  @Field(() => Int, { description: 'Records in the group.' }) count!: number;
  // `topic` and `institution` are resolved through the request's loaders (analytics.resolver.ts).
}

@ObjectType('Stats', { description: 'Counts of records, grouped the way the caller asked.' })
export class Stats {
  @Field(() => [StatsDimension], { description: 'The dimensions grouped by, in the order asked.' }) groupBy!: StatsDimension[];
  @Field(() => Int, { description: 'Matching records, each counted once.' }) total!: number;
  @Field(() => [StatsGroup], { description: 'The groups, ordered by the dimensions in the order asked (nulls last).' }) groups!: StatsGroup[];
  @Field(() => Boolean, { description: 'True when there were more groups than returned (at most 5000).' }) truncated!: boolean;
}

