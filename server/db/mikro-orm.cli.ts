// Config for the MikroORM CLI (`npm run mikro-orm -- …`, `npm run migration:create`).
// Uses DATABASE_URL when set, else a throw-away in-memory PGlite: migrations are diffed against
// the committed snapshot, so creating one needs no running server.
import 'reflect-metadata';
import type { PGlite } from '@electric-sql/pglite';
import { PGliteDialect } from 'kysely';
import { baseOrmOptions } from './mikro-orm.options.js';
import { openEmbedded } from './pglite.js';

function cliOptions() {
  const options = baseOrmOptions();
  return { ...options, migrations: { ...options.migrations, snapshot: true } };
}

export default () => {
  const url = process.env.DATABASE_URL;
  if (url) return { ...cliOptions(), clientUrl: url };
  return {
    ...cliOptions(),
    clientUrl: 'postgresql://postgres@localhost/postgres',
    // A factory: the CLI may connect more than once, and each connection closes its instance.
    driverOptions: new PGliteDialect({ pglite: async () => (await openEmbedded(null)).pglite as unknown as PGlite }),
  };
};
