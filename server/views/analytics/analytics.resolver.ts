import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { Topic } from '../../records/topic/topic.entity.js';
import { stats } from './analytics.service.js';
import { Stats, StatsDimension, StatsFilter, StatsGroup, StatsRecordType } from './analytics.types.js';

@Resolver()
export class AnalyticsResolver {
  @Query(() => Stats, {
    description:
      'Counts of events, visits, agreements, documents, commitments and relations, grouped by any of year, country, kind, status, topic, institution kind or institution, in one query. Confidential records are not counted for viewers.',
  })
  stats(
    @Arg('groupBy', () => [StatsDimension], { description: 'Dimensions to group by, in order (empty: only the total).' }) groupBy: StatsDimension[],
    @Arg('types', () => [StatsRecordType], { nullable: true, description: 'Record types to count (default: all).' }) types: StatsRecordType[] | null,
    @Arg('filter', () => StatsFilter, { nullable: true, description: 'Which records to count and how to group them.' }) filter: StatsFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Stats> {
    return stats(ctx, { groupBy, types, filter });
  }
}

@Resolver(() => StatsGroup)
export class StatsGroupResolver {
  @FieldResolver(() => Topic, { nullable: true, description: 'The topic (when grouped by TOPIC).' })
  topic(@Root() group: StatsGroup, @Ctx() ctx: RequestContext): Promise<Topic | null> | null {
    return group.topicId ? ctx.records.byId(Topic).load(group.topicId) : null;
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution (when grouped by INSTITUTION).' })
  institution(@Root() group: StatsGroup, @Ctx() ctx: RequestContext): Promise<Institution | null> | null {
    return group.institutionId ? ctx.records.byId(Institution).load(group.institutionId) : null;
  }
}
