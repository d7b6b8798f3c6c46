import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../kernel/record.entity.js';
import { entityClassNamed } from './record-types.js';
import type { RequestContext } from './context.js';
import { BadInputError } from '../kernel/errors.js';
import { fromGlobalId } from '../kernel/global-id.js';

/** Entities that are not fetchable by `node(id)`: join rows, and secrets (tokens are listed by their owner only). */
const NOT_NODES = new Set(['Tagging', 'ApiToken', 'User', 'AuditEntry', 'IdempotencyKey']);

const MAX_NODES = 100;

function fetchNode(ctx: RequestContext, globalId: string): Promise<object | null> | null {
  const decoded = fromGlobalId(globalId);
  // Record types `node(id)` can load: every entity that is a GraphQL Node.
  const entity = decoded ? entityClassNamed(ctx.em, decoded.type, NOT_NODES) : undefined;
  return decoded && entity ? ctx.records.byId(entity).load(decoded.id) : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any record by its global ID; null if there is none.' })
  node(@Arg('id', () => ID, { description: 'Global ID of any record (its `id` field).' }) id: string, @Ctx() ctx: RequestContext): Promise<object | null> | null {
    return fetchNode(ctx, id);
  }

  @Query(() => [Node], { nullable: 'items', description: `Several records by global ID (at most ${MAX_NODES}), in the order asked; null where unknown.` })
  nodes(@Arg('ids', () => [ID], { description: 'Global IDs of any record types; the result has one entry per ID, in order (null where not found).' }) ids: string[], @Ctx() ctx: RequestContext): Promise<(object | null)[]> {
    if (ids.length > MAX_NODES) throw new BadInputError('ids', `at most ${MAX_NODES} IDs per call`);
    return Promise.all(ids.map((id) => fetchNode(ctx, id)));
  }
}
