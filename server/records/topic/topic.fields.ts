import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { Tagging } from './tagging.entity.js';
import { Topic } from './topic.entity.js';

/** Adds `topics` to a taggable record type; the lookups are batched per request across all records. */
export function topicsResolver<T extends { id: string }>(type: ClassType<T>) {
  @Resolver(() => type)
  class TopicFields {
    @FieldResolver(() => [Topic], { description: 'Topics this record is about.' })
    async topics(@Root() record: T, @Ctx() ctx: RequestContext): Promise<Topic[]> {
      const tags = await ctx.records.groupBy(Tagging, 'recordId').load(record.id);
      const topics = await ctx.records.byId(Topic).loadMany(tags.map((t) => t.topic.id));
      return topics.filter((t): t is Topic => t instanceof Topic).sort((a, b) => a.name.localeCompare(b.name));
    }
  }
  return TopicFields;
}
