import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Node, RecordEntity } from '../../kernel/record.entity.js';

@Entity({ tableName: 'event_series' })
// Keyset pagination: one (column, id) index per ordering the API offers (tests/e2e/connection-plans.test.ts).
@Index({ name: 'event_series_name_id_idx', properties: ['name', 'id'] })
@Index({ name: 'event_series_created_at_id_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'event_series_updated_at_id_idx', properties: ['updatedAt', 'id'] })
@ObjectType('EventSeries', { implements: Node, description: 'A recurring event whose editions are events (e.g. the Baku Forum of Ombudsmen).' })
export class EventSeries extends RecordEntity {
  @Field(() => String, { description: 'The series’ name.' })
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the series is about; null when none.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
