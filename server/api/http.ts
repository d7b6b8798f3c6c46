import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';

/** The Fastify app, whatever logger type it was created with (route plugins take this). */
// biome-ignore lint/suspicious/noExplicitAny: the logger type parameter is irrelevant to routes
export type AnyFastify = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, any>;

/** PostgreSQL: pg's pool; the embedded database: its one session, as a pool of one. */
export type PoolStats = { max: number; size: number; inUse: number; waiting: number };

/** What HTTP entry points need of the database (server/db/database.ts): the ORM roots and the pool's state. */
export type DatabaseHandle = {
  orm: { em: EntityManager };
  /** The heavy lane's own pool (CSV exports). */
  heavyOrm: { em: EntityManager };
  pool(): PoolStats | null;
};
