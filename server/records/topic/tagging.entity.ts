import { RecordAttachment } from '../../api/attachments.js';
import { HideWhenRecordInternal } from '../../kernel/confidential.js';
import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { RecordEntity } from '../../kernel/record.entity.js';
import { Topic } from './topic.entity.js';

/** A topic attached to a record (agreement, event, visit, document …), named by type and key. */
@RecordAttachment()
@Entity({ tableName: 'tagging' })
@HideWhenRecordInternal()
@Unique({ name: 'tagging_topic_record_unique', properties: ['topic', 'recordId'] })
@Index({ name: 'tagging_record_idx', properties: ['recordId'] })
export class Tagging extends RecordEntity {
  @ManyToOne(() => Topic, { ref: true, deleteRule: 'cascade' })
  topic!: Ref<Topic>;

  @Property({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'string', length: 40 })
  recordType!: string;
}
