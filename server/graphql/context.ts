import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyBaseLogger } from 'fastify';
import { createInstitutionLoaders } from '../modules/institution/institution.loaders.js';

/** Per-request DataLoaders: one factory per module, all bound to the request's EntityManager. */
export function createLoaders(em: EntityManager) {
  return {
    institution: createInstitutionLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What every resolver and service receives: the request's own EntityManager fork and loaders. */
export type RequestContext = {
  requestId: string;
  em: EntityManager;
  loaders: Loaders;
  log: FastifyBaseLogger;
};

export function createRequestContext(root: EntityManager, requestId: string, log: FastifyBaseLogger): RequestContext {
  const em = root.fork({ loggerContext: { requestId } }) as EntityManager;
  return { requestId, em, loaders: createLoaders(em), log };
}
