import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** Extensions the migrations use; PGlite loads extensions only when asked. */
const extensions = { pg_trgm };

export type EmbeddedDatabase = { pglite: PGlite; fresh: boolean };

/**
 * Opens the embedded PostgreSQL (PGlite, in-process WASM). `dataDir` null keeps it in memory;
 * `template` starts from a dumped data directory (used by tests to skip initdb + migrations).
 */
export async function openEmbedded(dataDir: string | null, template?: Blob): Promise<EmbeddedDatabase> {
  if (dataDir === null) {
    const pglite = await PGlite.create({ extensions, loadDataDir: template });
    return { pglite, fresh: template === undefined };
  }
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, { extensions });
  return { pglite, fresh };
}
