import { readFileSync } from 'node:fs';
import pino from 'pino';
import { inject } from 'vitest';
import { type AccordServer, startServer } from '../../server/app/app.js';
import { loadConfig } from '../../server/kernel/config.js';
import { type Database, openDatabase } from '../../server/db/database.js';
import { openEmbedded } from '../../server/db/pglite.js';
import { seedDatabase } from '../../server/db/seed/seed.js';
import { createUserWithToken } from '../../server/records/auth/auth.service.js';
import type { Role } from '../../server/kernel/role.js';
import { type AccordClient, createAccordClient } from '../../client/index.js';
import { adminQuery, quoteIdent, uniqueDatabaseName, withDatabase } from './databases.js';

export type TestServer = {
  server: AccordServer;
  db: Database;
  /** GraphQL endpoint URL. */
  url: string;
  /** Typed client signed in as the test administrator. */
  client: AccordClient;
  /** Bearer token of the test administrator (ADMIN role). */
  adminToken: string;
  /** Creates a user with this role and returns a token for it. */
  tokenFor(role: 'VIEWER' | 'EDITOR' | 'ADMIN'): Promise<string>;
  /**
   * Posts raw GraphQL (for hostile or untyped requests), as the test administrator unless the
   * headers say otherwise (pass `authorization: ''` for an anonymous request).
   */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any }>;
  close(): Promise<void>;
};

export type TestServerOptions = {
  /** Start from the seed dataset (a clone of the seeded template; the seed itself runs once per run). */
  seed?: boolean;
  /** Skip creating the test administrator (for a server whose database is unreachable). */
  noAdmin?: boolean;
  env?: Record<string, string>;
  /** Log here instead of a silent logger (tests that read the log lines). */
  log?: import('pino').Logger;
};

/**
 * Starts the real server on an ephemeral port over a fresh database of its own (a clone of the
 * migrated template): PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const pgTemplate = inject(options.seed ? 'pgSeededTemplate' : 'pgTemplate');
  const baseUrl = process.env.DATABASE_URL;
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  let seeded = false;
  if (pgTemplate && baseUrl && !options.env?.DATABASE_URL) {
    seeded = options.seed === true;
    const name = uniqueDatabaseName(inject('pgRunPrefix'));
    await adminQuery(baseUrl, `create database ${quoteIdent(name)} template ${quoteIdent(pgTemplate)}`);
    databaseUrl = withDatabase(baseUrl, name);
    dropDatabase = async () => {
      await adminQuery(baseUrl, `drop database if exists ${quoteIdent(name)} with (force)`);
    };
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: ':memory:',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SEED_ON_START: 'never',
    SHUTDOWN_GRACE_MS: '0',
    // Suites send thousands of requests from one address; the limiter has tests of its own.
    RATE_LIMIT_MAX: '1000000',
    CALLER_CONCURRENCY_MAX: '1000',
    // Parallel test files share one machine: let expensive operations queue rather than answer SERVER_BUSY
    // (capacity.test.ts sets its own lane limits to test the refusals). The wait is the longest the
    // setting allows: on a CI machine at load 20 a queued aggregate waited more than 2 minutes.
    HEAVY_QUEUE_MAX: '1000',
    HEAVY_QUEUE_TIMEOUT_MS: '600000',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...options.env,
  });
  const log = options.log ?? pino({ level: config.logLevel });
  let db: Database;
  if (config.databaseUrl) {
    db = await openDatabase(config, { log });
  } else {
    const template = new Blob([readFileSync(inject(options.seed ? 'pgliteSeededTemplatePath' : 'pgliteTemplatePath')!)]);
    const { pglite } = await openEmbedded(null, template);
    db = await openDatabase(config, { log, pglite });
    seeded = options.seed === true;
  }
  if (options.seed && !seeded) await seedDatabase(db.orm.em.fork());
  let users = 0;
  const tokenFor = async (role: 'VIEWER' | 'EDITOR' | 'ADMIN') => {
    users++;
    const { token } = await createUserWithToken(db.orm.em.fork() as never, {
      email: `${role.toLowerCase()}-${users}@tests.local`,
      name: `Test ${role.toLowerCase()} ${users}`,
      role: role as Role,
    });
    return token;
  };
  const adminToken = options.noAdmin ? '' : await tokenFor('ADMIN');
  const server = await startServer(config, { db, log, exposeSqlStatements: true });
  const url = `${server.url}/graphql`;
  return {
    server,
    db,
    url,
    client: createAccordClient({ url, token: adminToken || undefined }),
    adminToken,
    tokenFor,
    async post(body, headers = {}) {
      const auth: Record<string, string> = 'authorization' in headers || !adminToken ? {} : { authorization: `Bearer ${adminToken}` };
      const sent = Object.fromEntries(Object.entries({ ...auth, ...headers }).filter(([, v]) => v !== ''));
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...sent },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = text;
      }
      return { status: response.status, json };
    },
    async close() {
      await server.close();
      await dropDatabase();
    },
  };
}
