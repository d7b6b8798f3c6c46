import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Agreement } from '../../records/agreement/agreement.entity.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { Relation } from '../../records/relation/relation.entity.js';

@ObjectType('Partner', { description: 'Another institution and what links it to the institution asked about, on the date.' })
export class Partner {
  @Field(() => Institution, { description: 'The partner institution.' }) institution!: Institution;
  @Field(() => [Relation], { description: 'Relations between the two (either direction) active on the date.' }) relations!: Relation[];
  @Field(() => [Agreement], { description: 'Agreements in force on the date to which both are parties.' }) agreements!: Agreement[];
  @Field(() => Boolean, {
    description: 'Linked only by relations whose period is unknown (neither start nor end date): they may have been partners on the date, or not.',
  })
  periodUnknown!: boolean;
}

@ObjectType('PartnersAsOf', {
  description:
    'An institution’s relations, agreements in force and memberships on one day. Partial dates count by the days they cover: a relation that started "2024" may be active on 2024-03-01, so it is included; a relation without a start date is taken as active since ever, without an end date as still active; one with neither date has an unknown period and is included flagged (`undatedRelations`, `Partner.periodUnknown`). With `during` (a partial date) the answer covers every day of that period (see `meaning`).',
})
export class PartnersAsOf {
  @Field(() => Institution, { description: 'The institution asked about.' }) institution!: Institution;

  @Field(() => LocalDateResolver, { description: 'The day asked about (with `during`: the first day of the period).' })
  date!: string;

  @Field(() => PartialDateScalar, { description: 'The day or period asked about, as given ("2023", "2023-05" or a day).' })
  period!: string;

  @Field(() => LocalDateResolver, { description: 'First day of the period.' }) from!: string;
  @Field(() => LocalDateResolver, { description: 'Last day of the period (the same as `from` for one day).' }) to!: string;

  @Field(() => String, {
    description: 'What the answer means, in words: "on 2024-03-01", or "at any time during 2023 (2023-01-01 – 2023-12-31)" — what was active or in force on at least one day of the period.',
  })
  meaning!: string;

  @Field(() => [Relation], {
    description: 'The relations among `relations` whose period is unknown (neither start nor end date): included because they may have held, flagged because they may not.',
  })
  undatedRelations!: Relation[];

  @Field(() => [Relation], { description: 'Relations of the institution (as subject or object) that may be active on the date, by start date.' })
  relations!: Relation[];

  @Field(() => [Relation], { description: 'Its memberships: MEMBER_OF and OBSERVER_IN relations from the institution, active on the date.' })
  memberships!: Relation[];

  @Field(() => [Relation], { description: 'Its members: MEMBER_OF and OBSERVER_IN relations to the institution, active on the date.' })
  members!: Relation[];

  @Field(() => [Agreement], {
    description:
      'Agreements in force on the date to which it is a party: effective (effectiveFrom, or the first ENTRY_INTO_FORCE action) on or before the date, not expired, terminated, superseded (a RENEWAL entry of the agreement as a whole), withdrawn from or suspended by then according to expiresOn and the action ledger; for today and later the current status must also be SIGNED or IN_FORCE (or SUPERSEDED with its RENEWAL entry, whose date then decides).',
  })
  agreements!: Agreement[];

  @Field(() => [Partner], { description: 'Every other institution linked by those relations or agreements, by name.' })
  partners!: Partner[];
}

@ObjectType('PartnerChanges', {
  description: 'What changed for an institution between two days: the difference between `partnersAsOf` on `from` and on `to`.',
})
export class PartnerChanges {
  @Field(() => Institution, { description: 'The institution asked about.' }) institution!: Institution;
  @Field(() => LocalDateResolver, { description: 'The earlier day compared.' }) from!: string;
  @Field(() => LocalDateResolver, { description: 'The later day compared.' }) to!: string;

  @Field(() => [Relation], { description: 'Relations active on `to` but not on `from`.' }) relationsStarted!: Relation[];
  @Field(() => [Relation], { description: 'Relations active on `from` but not on `to`.' }) relationsEnded!: Relation[];
  @Field(() => [Agreement], { description: 'Agreements in force on `to` but not on `from`.' }) agreementsEntered!: Agreement[];
  @Field(() => [Agreement], { description: 'Agreements in force on `from` but not on `to`.' }) agreementsLeft!: Agreement[];
  @Field(() => [Institution], { description: 'Partners on `to` that were not partners on `from`, by name.' }) partnersGained!: Institution[];
  @Field(() => [Institution], { description: 'Partners on `from` that are no longer partners on `to`, by name.' }) partnersLost!: Institution[];
}
