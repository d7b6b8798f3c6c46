import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { recordPayload } from '../../api/payloads.js';
import { Node } from '../../kernel/record.entity.js';
import { UserError } from '../../kernel/errors.js';
import { SortDirection, connectionTypes } from '../../api/relay.js';
import { Topic } from './topic.entity.js';
import { UNCITED_DESCRIPTION } from '../../api/list-conditions.js';

/** The record types topics can be attached to (GraphQL type names as values). */
export enum TaggableType {
  AGREEMENT = 'Agreement',
  EVENT = 'Event',
  VISIT = 'Visit',
  DOCUMENT = 'Document',
  COMMITMENT = 'Commitment',
}
registerEnumType(TaggableType, {
  name: 'TaggableType',
  description: 'Record types that can be tagged with topics.',
  valuesConfig: {
    AGREEMENT: { description: 'Agreements.' },
    COMMITMENT: { description: 'Commitments.' },
    DOCUMENT: { description: 'Documents.' },
    EVENT: { description: 'Events.' },
    VISIT: { description: 'Visits.' },
  },
});

export const TAGGABLE_TYPES: readonly string[] = Object.values(TaggableType);

@InputType({ description: 'Narrows `topics`. All given conditions must hold.' })
export class TopicFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name or slug.' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only direct sub-topics of this topic.' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only sub-topics; false: only top-level topics.' })
  hasParent?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: UNCITED_DESCRIPTION })
  uncited?: boolean | null;
}

export enum TopicOrderField {
  NAME = 'NAME',
  SLUG = 'SLUG',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(TopicOrderField, {
  name: 'TopicOrderField',
  description: 'What topics can be sorted by.',
  valuesConfig: {
    CREATED_AT: { description: 'By when the record was created in the registry.' },
    UPDATED_AT: { description: 'By when the record was last changed.' },
    NAME: { description: 'Alphabetically by name.' },
    SLUG: { description: 'Alphabetically by slug.' },
  },
});

@InputType({ description: 'How to sort a list of topic records.' })
export class TopicOrder {
  @Field(() => TopicOrderField, { defaultValue: TopicOrderField.NAME, description: 'What to sort by.' })
  field: TopicOrderField = TopicOrderField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC (smallest, earliest or A first) or DESC.' })
  direction: SortDirection = SortDirection.ASC;
}

@InputType({ description: 'A new term of the controlled vocabulary.' })
export class CreateTopicInput {
  @Field(() => String, { description: 'Unique, ignoring case.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Unique lower-case key like "climate-justice"; made from the name when left out.' })
  slug?: string | null;
  @Field(() => String, { nullable: true, description: 'What the topic covers.' }) description?: string | null;
  @Field(() => ID, { nullable: true, description: 'The broader topic.' }) parentId?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; an explicit null clears an optional field (a null slug is made again from the name).' })
export class UpdateTopicInput {
  @Field(() => ID, { description: 'Global ID of the topic to change.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the update is refused with CONFLICT if it changed since.' })
  version?: number | null;
  @Field(() => String, { nullable: true, description: 'Unique, ignoring case.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Unique lower-case key like "climate-justice"; null makes it again from the name.' }) slug?: string | null;
  @Field(() => String, { nullable: true, description: 'What the topic covers.' }) description?: string | null;
  @Field(() => ID, { nullable: true, description: 'The broader topic.' }) parentId?: string | null;
}

@InputType({ description: 'Which topic to delete.' })
export class DeleteTopicInput {
  @Field(() => ID, { description: 'Global ID of the topic to delete.' }) id!: string;
  @Field(() => Int, { nullable: true, description: 'The version you read; the delete is refused with CONFLICT if the topic changed since. Left out: delete whatever its version.' }) version?: number | null;
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Also untag every record tagged with it and move its sub-topics up to its parent, instead of refusing the delete (IN_USE).',
  })
  detach = false;
}

@InputType({ description: 'Topics to attach to (or detach from) one Agreement, Event, Visit, Document or Commitment.' })
export class TagRecordInput {
  @Field(() => ID, { description: 'Global ID of the record.' }) recordId!: string;
  @Field(() => [ID], { description: 'Topics (at most 50). Tagging twice or untagging what is not tagged changes nothing.' })
  topicIds!: string[];
}

const topicPayload = (name: string) => recordPayload(name, 'topic', Topic);

export const CreateTopicPayload = topicPayload('CreateTopicPayload');
export const UpdateTopicPayload = topicPayload('UpdateTopicPayload');
export type TopicPayload = { topic: Topic | null; userErrors: UserError[] };

@ObjectType({ description: 'What `deleteTopic` returns: the result, or the userErrors that explain why nothing was written.' })
export class DeleteTopicPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted topic.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success. When not empty, nothing was written.' })
  userErrors!: UserError[];
}

function taggingPayload(name: string) {
  @ObjectType(name, { description: 'The record with its topics after the change, or the userErrors that explain why nothing was written.' })
  class Payload {
    @Field(() => Node, { nullable: true, description: 'The record; null when userErrors is not empty.' })
    record!: object | null;

    @Field(() => [Topic], { nullable: true, description: 'All topics of the record after the change, by name.' })
    topics!: Topic[] | null;

    @Field(() => [UserError], { description: 'Why the input was refused; empty on success. When not empty, nothing was written.' })
    userErrors!: UserError[];
  }
  return Payload;
}

export const TagRecordPayload = taggingPayload('TagRecordPayload');
export const UntagRecordPayload = taggingPayload('UntagRecordPayload');
export type TaggingPayload = { record: object | null; topics: Topic[] | null; userErrors: UserError[] };

export const { Connection: TopicConnection } = connectionTypes('Topic', Topic);
