// Builds one migrated database template per run; every test file clones it (PostgreSQL:
// CREATE DATABASE … TEMPLATE; PGlite: a dumped data directory), so files are isolated and fast.
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/kernel/config.js';
import { openDatabase } from '../../server/db/database.js';
import { openEmbedded } from '../../server/db/pglite.js';
import { adminQuery, quoteIdent, uniqueDatabaseName, withDatabase } from './databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
    /** Prefix of this run's test databases (teardown drops only these, not another run's). */
    pgRunPrefix: string;
    pgliteTemplatePath: string | null;
  }
}

const testConfig = (databaseUrl?: string) =>
  loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: ':memory:', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });

export default async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const template = uniqueDatabaseName('accord_tpl');
    const runPrefix = uniqueDatabaseName('accord_t');
    await adminQuery(databaseUrl, `create database ${quoteIdent(template)}`);
    const db = await openDatabase(testConfig(withDatabase(databaseUrl, template)));
    await db.orm.migrator.up();
    await db.close();
    project.provide('pgTemplate', template);
    project.provide('pgRunPrefix', runPrefix);
    project.provide('pgliteTemplatePath', null);
    console.log(`[tests] PostgreSQL at ${new URL(databaseUrl).host}, template database ${template}`);
    return async () => {
      const leftovers = await adminQuery(databaseUrl, `select datname from pg_database where datname like '${runPrefix}\\_%' or datname = '${template}'`);
      for (const row of leftovers.rows as { datname: string }[]) {
        await adminQuery(databaseUrl, `drop database if exists ${quoteIdent(row.datname)} with (force)`);
      }
    };
  }

  const dir = mkdtempSync(join(tmpdir(), 'accord-tests-'));
  const { pglite } = await openEmbedded(null);
  const db = await openDatabase(testConfig(), { pglite });
  await db.orm.migrator.up();
  const dump = await pglite.dumpDataDir('none');
  await db.close();
  const path = join(dir, 'template.tar');
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgTemplate', null);
  project.provide('pgRunPrefix', '');
  project.provide('pgliteTemplatePath', path);
  console.log('[tests] embedded PGlite (set DATABASE_URL to run on PostgreSQL)');
  return () => rmSync(dir, { recursive: true, force: true });
}
