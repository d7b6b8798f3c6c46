import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyBaseLogger } from 'fastify';
import { hasRole, Role, type Viewer } from '../kernel/role.js';
import { RecordLoaders } from './record-loaders.js';

/** What every resolver and service receives: the request's own EntityManager fork and loaders. */
export type RequestContext = {
  requestId: string;
  em: EntityManager;
  /** Per-request DataLoaders for every entity (by key, and grouped by a foreign key). */
  records: RecordLoaders;
  log: FastifyBaseLogger;
  /** The authenticated caller; null for anonymous requests. */
  viewer: Viewer | null;
  /** The request holds a slot of the heavy lane for its whole duration (a CSV export). */
  heavySlot?: boolean;
  /** SQL statements the request issued, once it is done (metrics). */
  sqlStatements?: number;
  /** A mutation's `dryRun: true`: runMutation checks everything, then rolls back (see api/mutation.ts). */
  dryRun?: boolean;
};

export function createRequestContext(
  root: EntityManager,
  requestId: string,
  log: FastifyBaseLogger,
  viewer: Viewer | null = null,
): RequestContext {
  // The logger context travels into every fork (transactions too): SQL counting and auditing use it.
  const em = root.fork({
    loggerContext: {
      requestId,
      userId: viewer?.dev ? null : (viewer?.userId ?? null),
      // Read by the confidentiality filter (server/kernel/confidential.ts).
      hideConfidential: !canSeeConfidential(viewer),
    },
  }) as EntityManager;
  return { requestId, em, records: new RecordLoaders(em), log, viewer };
}

export function canSeeConfidential(viewer: Viewer | null): boolean {
  return viewer !== null && hasRole(viewer.role, Role.EDITOR);
}

/** Forgets what the loaders cached (after a write, later fields must see the new state). */
export function resetLoaders(ctx: RequestContext): void {
  ctx.records = new RecordLoaders(ctx.em);
}
