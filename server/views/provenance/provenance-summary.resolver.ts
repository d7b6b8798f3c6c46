import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { provenanceSummary } from './provenance-summary.service.js';
import { ProvenanceSummary } from './provenance-summary.types.js';

@Resolver()
export class ProvenanceSummaryResolver {
  @Query(() => ProvenanceSummary, {
    description:
      'Records and fields without a citation, by kind: how many records cite nothing, and per fact field how many values no citation names or only the registry editors (INFERRED) vouch for. A citation without `fields` supports the record as a whole (its existence, name or title), not its other fields. Confidential records count only for those who may see them.',
  })
  provenanceSummary(@Arg('types', () => [String], { nullable: true, description: 'Only these record kinds (GraphQL type names).' }) types: string[] | null, @Ctx() ctx: RequestContext): Promise<ProvenanceSummary> {
    return provenanceSummary(ctx, types);
  }
}
