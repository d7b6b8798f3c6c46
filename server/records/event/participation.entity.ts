import { BlocksDelete } from '../../api/references.js';
import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { HideWhenOwnerConfidential } from '../../kernel/confidential.js';
import { Node, RecordEntity } from '../../kernel/record.entity.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { Event } from './event.entity.js';
import { ParticipationRole, RsvpStatus } from './event.enums.js';

/** An institution or a person at an event, in a role, possibly on behalf of an institution. */
@Entity({ tableName: 'participation' })
@Index({
  name: 'participation_unique',
  expression: 'create unique index "participation_unique" on "participation" ("event_id", coalesce("institution_id", "person_id"), "role")',
})
@HideWhenOwnerConfidential('event')
@Check({ name: 'participation_one_participant', expression: '("institution_id" is null) <> ("person_id" is null)' })
@ObjectType('Participation', { implements: Node, description: 'Who takes part in an event, in which role, and whether they came.' })
export class Participation extends RecordEntity<'rsvp'> {
  @ManyToOne(() => Event, { ref: true, deleteRule: 'cascade', index: 'participation_event_idx' })
  event!: Ref<Event>;

  @BlocksDelete('event participation{|s}')
  @ManyToOne(() => Institution, { ref: true, nullable: true, deleteRule: 'restrict', index: 'participation_institution_idx' })
  institution?: Ref<Institution> | null;

  @BlocksDelete('event participation{|s}')
  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'restrict', index: 'participation_person_idx' })
  person?: Ref<Person> | null;

  @BlocksDelete('participation{|s} on its behalf')
  @ManyToOne(() => Institution, { ref: true, nullable: true, deleteRule: 'restrict', index: 'participation_on_behalf_idx' })
  onBehalfOf?: Ref<Institution> | null;

  @Field(() => ParticipationRole, { description: 'The participant’s role at the event.' })
  @Enum({ items: () => ParticipationRole, type: 'string', length: 20 })
  role!: ParticipationRole;

  @Field(() => RsvpStatus, { description: 'Whether the participant was invited, confirmed, declined, came or did not come.' })
  @Enum({ items: () => RsvpStatus, type: 'string', length: 20, default: RsvpStatus.INVITED })
  rsvp: RsvpStatus = RsvpStatus.INVITED;

  @Field(() => String, { nullable: true, description: 'e.g. title of the address given.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
