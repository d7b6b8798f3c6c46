import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Node } from '../../kernel/record.entity.js';
import type { RequestContext } from '../../api/context.js';
import { ConnectionArgs, type ConnectionShape, toPageRequest } from '../../api/relay.js';
import { Agreement } from '../agreement/agreement.entity.js';
import { Commitment } from '../commitment/commitment.entity.js';
import { visibleTo } from '../../api/visibility.js';
import { Document } from '../document/document.entity.js';
import { Event } from '../event/event.entity.js';
import { recordEntityOf } from '../../api/record-ref.js';
import { Visit } from '../visit/visit.entity.js';
import { Tagging } from './tagging.entity.js';
import { Topic } from './topic.entity.js';
import {
  CreateTopicInput,
  CreateTopicPayload,
  DeleteTopicInput,
  DeleteTopicPayload,
  TaggableType,
  type TaggingPayload,
  TagRecordInput,
  TagRecordPayload,
  TopicConnection,
  TopicFilter,
  TopicOrder,
  type TopicPayload,
  UntagRecordPayload,
  UpdateTopicInput,
  UpdateTopicPayload,
} from './topic.inputs.js';
import * as service from './topic.service.js';

/** Records tagged with a topic the caller may see (batched: one query for the taggings, one per record type). */
async function taggedRecords(ctx: RequestContext, topic: Topic, types: readonly string[] | null): Promise<object[]> {
  const tags = await ctx.records.groupBy(Tagging, 'topic').load(topic.id);
  const wanted = types?.length ? tags.filter((t) => types.includes(t.recordType)) : tags;
  const rows = await Promise.all(
    wanted.map((t) => {
      const entity = recordEntityOf(ctx.em, t.recordType);
      return entity ? ctx.records.byId(entity).load(t.recordId) : null;
    }),
  );
  return rows.filter(visibleTo(ctx));
}

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { description: 'One topic; NOT_FOUND error if the ID is unknown.' })
  topic(@Arg('id', () => ID, { description: 'Global ID of the topic.' }) id: string, @Ctx() ctx: RequestContext): Promise<Topic> {
    return service.getTopic(ctx, id);
  }

  @Query(() => TopicConnection, { description: 'The topic vocabulary, filtered and ordered, as a Relay connection.' })
  topics(
    @Arg('filter', () => TopicFilter, { nullable: true, description: 'Which records to return; all that you may see when left out.' }) filter: TopicFilter | null,
    @Arg('orderBy', () => TopicOrder, { nullable: true, description: 'Sort order; see TopicOrder for the default.' }) orderBy: TopicOrder | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Topic>> {
    return service.listTopics(ctx, filter, orderBy, toPageRequest(page));
  }

  @FieldResolver(() => Topic, { nullable: true, description: 'The broader topic.' })
  parent(@Root() topic: Topic, @Ctx() ctx: RequestContext): Promise<Topic | null> | null {
    return topic.parent ? ctx.records.byId(Topic).load(topic.parent.id) : null;
  }

  @FieldResolver(() => [Topic], { description: 'Narrower topics, by name.' })
  children(@Root() topic: Topic, @Ctx() ctx: RequestContext): Promise<Topic[]> {
    return ctx.records.groupBy(Topic, 'parent', { name: 'asc' }).load(topic.id);
  }

  @FieldResolver(() => [Node], { description: 'Records tagged with this topic (optionally only some types), in tagging order.' })
  records(
    @Root() topic: Topic,
    @Arg('types', () => [TaggableType], { nullable: true, description: 'Only records of these types; all when left out.' }) types: TaggableType[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<object[]> {
    return taggedRecords(ctx, topic, types);
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements tagged with this topic.' })
  async agreements(@Root() topic: Topic, @Ctx() ctx: RequestContext): Promise<Agreement[]> {
    return (await taggedRecords(ctx, topic, [TaggableType.AGREEMENT])) as Agreement[];
  }

  @FieldResolver(() => [Event], { description: 'Events tagged with this topic.' })
  async events(@Root() topic: Topic, @Ctx() ctx: RequestContext): Promise<Event[]> {
    return (await taggedRecords(ctx, topic, [TaggableType.EVENT])) as Event[];
  }

  @FieldResolver(() => [Visit], { description: 'Visits tagged with this topic.' })
  async visits(@Root() topic: Topic, @Ctx() ctx: RequestContext): Promise<Visit[]> {
    return (await taggedRecords(ctx, topic, [TaggableType.VISIT])) as Visit[];
  }

  @FieldResolver(() => [Document], { description: 'Documents tagged with this topic.' })
  async documents(@Root() topic: Topic, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return (await taggedRecords(ctx, topic, [TaggableType.DOCUMENT])) as Document[];
  }

  @FieldResolver(() => [Commitment], { description: 'Commitments tagged with this topic.' })
  async commitments(@Root() topic: Topic, @Ctx() ctx: RequestContext): Promise<Commitment[]> {
    return (await taggedRecords(ctx, topic, [TaggableType.COMMITMENT])) as Commitment[];
  }

  @Mutation(() => CreateTopicPayload, { description: 'Creates a topic. Requires the EDITOR role.' })
  async createTopic(@Arg('input', () => CreateTopicInput, { description: 'The new topic.' }) input: CreateTopicInput, @Ctx() ctx: RequestContext): Promise<TopicPayload> {
    const { result, userErrors } = await service.createTopic(ctx, input);
    return { topic: result, userErrors };
  }

  @Mutation(() => UpdateTopicPayload, { description: 'Changes a topic: only the fields given. Requires the EDITOR role.' })
  async updateTopic(@Arg('input', () => UpdateTopicInput, { description: 'The topic to change (id, version) and the new values.' }) input: UpdateTopicInput, @Ctx() ctx: RequestContext): Promise<TopicPayload> {
    const { result, userErrors } = await service.updateTopic(ctx, input);
    return { topic: result, userErrors };
  }

  @Mutation(() => DeleteTopicPayload, { description: 'Deletes a topic; refused (IN_USE) while records are tagged with it or it has sub-topics, unless detach.' })
  async deleteTopic(@Arg('input', () => DeleteTopicInput, { description: 'The topic to delete.' }) input: DeleteTopicInput, @Ctx() ctx: RequestContext): Promise<DeleteTopicPayload> {
    const { result, userErrors } = await service.deleteTopic(ctx, input);
    return { deletedId: result, userErrors };
  }

  @Mutation(() => TagRecordPayload, { description: 'Attaches topics to an Agreement, Event, Visit, Document or Commitment (other types: INVALID_VALUE).' })
  async tagRecord(@Arg('input', () => TagRecordInput, { description: 'The record and the topic.' }) input: TagRecordInput, @Ctx() ctx: RequestContext): Promise<TaggingPayload> {
    const { result, userErrors } = await service.tagRecord(ctx, input);
    return { record: result?.record ?? null, topics: result?.topics ?? null, userErrors };
  }

  @Mutation(() => UntagRecordPayload, { description: 'Detaches topics from a record.' })
  async untagRecord(@Arg('input', () => TagRecordInput, { description: 'The record and the topic to remove from it.' }) input: TagRecordInput, @Ctx() ctx: RequestContext): Promise<TaggingPayload> {
    const { result, userErrors } = await service.untagRecord(ctx, input);
    return { record: result?.record ?? null, topics: result?.topics ?? null, userErrors };
  }
}
