import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Node, RecordEntity } from '../../kernel/record.entity.js';

@Entity({ tableName: 'event_series' })
@ObjectType('EventSeries', { implements: Node, description: 'A recurring event whose editions are events (e.g. the Baku Forum of Ombudsmen).' })
export class EventSeries extends RecordEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
