import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyBaseLogger } from 'fastify';
import { RecordLoaders } from './record-loaders.js';

/** What every resolver and service receives: the request's own EntityManager fork and loaders. */
export type RequestContext = {
  requestId: string;
  em: EntityManager;
  /** Per-request DataLoaders for every entity (by key, and grouped by a foreign key). */
  records: RecordLoaders;
  log: FastifyBaseLogger;
};

export function createRequestContext(root: EntityManager, requestId: string, log: FastifyBaseLogger): RequestContext {
  const em = root.fork({ loggerContext: { requestId } }) as EntityManager;
  return { requestId, em, records: new RecordLoaders(em), log };
}

/** Forgets what the loaders cached (after a write, later fields must see the new state). */
export function resetLoaders(ctx: RequestContext): void {
  ctx.records = new RecordLoaders(ctx.em);
}
