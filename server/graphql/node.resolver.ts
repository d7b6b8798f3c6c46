import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../db/record.entity.js';
import type { RequestContext } from './context.js';
import { BadInputError } from './errors.js';
import { fromGlobalId } from './global-id.js';

type Fetcher = (ctx: RequestContext, id: string) => Promise<object | null>;

/** How `node(id)` loads each record type (batched through the request's loaders). */
const fetchers: Record<string, Fetcher> = {
  Institution: (ctx, id) => ctx.loaders.institution.byId.load(id),
};

const MAX_NODES = 100;

function fetchNode(ctx: RequestContext, globalId: string): Promise<object | null> | null {
  const decoded = fromGlobalId(globalId);
  const fetch = decoded ? fetchers[decoded.type] : undefined;
  return decoded && fetch ? fetch(ctx, decoded.id) : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any record by its global ID; null if there is none.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<object | null> | null {
    return fetchNode(ctx, id);
  }

  @Query(() => [Node], { nullable: 'items', description: `Several records by global ID (at most ${MAX_NODES}), in the order asked; null where unknown.` })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<(object | null)[]> {
    if (ids.length > MAX_NODES) throw new BadInputError('ids', `at most ${MAX_NODES} IDs per call`);
    return Promise.all(ids.map((id) => fetchNode(ctx, id)));
  }
}
