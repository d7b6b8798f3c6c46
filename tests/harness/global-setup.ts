// Builds two database templates per run — migrated, and migrated + seed dataset — and every test
// server clones one (PostgreSQL: CREATE DATABASE … TEMPLATE; PGlite: a dumped data directory), so
// files are isolated and none pays for migrations or the seed itself.
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/kernel/config.js';
import { openDatabase } from '../../server/db/database.js';
import { openEmbedded } from '../../server/db/pglite.js';
import { seedDatabase } from '../../server/db/seed/seed.js';
import { adminQuery, quoteIdent, uniqueDatabaseName, withDatabase } from './databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
    /** The same with the seed dataset loaded (`startTestServer({ seed: true })`). */
    pgSeededTemplate: string | null;
    /** Prefix of this run's test databases (teardown drops only these, not another run's). */
    pgRunPrefix: string;
    pgliteTemplatePath: string | null;
    pgliteSeededTemplatePath: string | null;
  }
}

const testConfig = (databaseUrl?: string) =>
  loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: ':memory:', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });

export default async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const template = uniqueDatabaseName('accord_tpl');
    const seeded = `${template}_seeded`;
    const runPrefix = uniqueDatabaseName('accord_t');
    await adminQuery(databaseUrl, `create database ${quoteIdent(template)}`);
    const db = await openDatabase(testConfig(withDatabase(databaseUrl, template)));
    await db.orm.migrator.up();
    await db.close();
    await adminQuery(databaseUrl, `create database ${quoteIdent(seeded)} template ${quoteIdent(template)}`);
    const seededDb = await openDatabase(testConfig(withDatabase(databaseUrl, seeded)));
    await seedDatabase(seededDb.orm.em.fork());
    await seededDb.close();
    project.provide('pgTemplate', template);
    project.provide('pgSeededTemplate', seeded);
    project.provide('pgRunPrefix', runPrefix);
    project.provide('pgliteTemplatePath', null);
    project.provide('pgliteSeededTemplatePath', null);
    console.log(`[tests] PostgreSQL at ${new URL(databaseUrl).host}, template database ${template}`);
    return async () => {
      const leftovers = await adminQuery(databaseUrl, `select datname from pg_database where datname like '${runPrefix}\\_%' or datname in ('${template}', '${seeded}')`);
      for (const row of leftovers.rows as { datname: string }[]) {
        await adminQuery(databaseUrl, `drop database if exists ${quoteIdent(row.datname)} with (force)`);
      }
    };
  }

  const dir = mkdtempSync(join(tmpdir(), 'accord-tests-'));
  const { pglite } = await openEmbedded(null);
  const db = await openDatabase(testConfig(), { pglite });
  await db.orm.migrator.up();
  const path = join(dir, 'template.tar');
  writeFileSync(path, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  await seedDatabase(db.orm.em.fork());
  const seededPath = join(dir, 'template-seeded.tar');
  writeFileSync(seededPath, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  await db.close();
  project.provide('pgTemplate', null);
  project.provide('pgSeededTemplate', null);
  project.provide('pgRunPrefix', '');
  project.provide('pgliteTemplatePath', path);
  project.provide('pgliteSeededTemplatePath', seededPath);
  console.log('[tests] embedded PGlite (set DATABASE_URL to run on PostgreSQL)');
  return () => rmSync(dir, { recursive: true, force: true });
}
