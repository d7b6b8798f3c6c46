import { join } from 'node:path';
import { FlushMode } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { AuditSubscriber } from '../records/audit/audit.subscriber.js';
import { entities } from './entities.js';
import { AccordEntityManager } from './entity-manager.js';

export const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');

/** ORM settings shared by the server, the tests and the MikroORM CLI. */
export function baseOrmOptions(): Options {
  return defineConfig({
    entities,
    entityManager: AccordEntityManager,
    // Writes the audit trail in the same flush as every change made by a GraphQL mutation.
    subscribers: [new AuditSubscriber()],
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      // The schema snapshot is a development artefact for `migration:create`; only the CLI config
      // turns it on, so running migrations never writes into the source tree.
      snapshot: false,
      snapshotName: '.snapshot-accord',
      emit: 'ts',
    },
    // Every request forks its own EntityManager; touching the global one is a bug.
    allowGlobalContext: false,
    // Write only on an explicit flush: a read in the middle of a mutation must not push
    // half-built entities to the database (that would also bump their version twice).
    flushMode: FlushMode.COMMIT,
    ignoreUndefinedInQuery: true,
    forceUtcTimezone: true,
    colors: false,
    discovery: { warnWhenNoEntities: true },
    // SQL helper functions and the audit trail's append-only trigger are written by hand in migrations.
    // The read model's tables and views (migration …_read_model) are maintained by triggers, not mapped to entities.
    schemaGenerator: {
      ignoreRoutines: true,
      ignoreTriggers: true,
      skipTables: ['timeline_item', 'stats_fact', 'stats_count', 'cooperation_link'],
      skipViews: [/^accord_.*_source$/],
    },
  });
}
