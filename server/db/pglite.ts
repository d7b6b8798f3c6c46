import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** Extensions the migrations use; PGlite loads extensions only when asked. */
const extensions = { pg_trgm };

/** DATE columns as 'YYYY-MM-DD' strings, as node-postgres gives them (PGlite would give Date objects). */
const parsers = { 1082: (value: string) => value };

export type EmbeddedDatabase = { pglite: PGlite; fresh: boolean };

/**
 * Opens the embedded PostgreSQL (PGlite, in-process WASM). `dataDir` null keeps it in memory;
 * `template` starts from a dumped data directory (used by tests to skip initdb + migrations).
 */
export async function openEmbedded(dataDir: string | null, template?: Blob): Promise<EmbeddedDatabase> {
  if (dataDir === null) {
    const pglite = await PGlite.create({ extensions, parsers, loadDataDir: template });
    return { pglite, fresh: template === undefined };
  }
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, { extensions, parsers });
  return { pglite, fresh };
}
