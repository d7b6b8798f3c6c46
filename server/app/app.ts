import { randomUUID } from 'node:crypto';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, { type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { createLogger, withRedaction } from '../kernel/logging.js';
import type { Config } from '../kernel/config.js';
import { type Database, openDatabase } from '../db/database.js';
import { seedDatabase } from '../db/seed/seed.js';
import { createRequestContext } from '../api/context.js';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../kernel/errors.js';
import { createGraphQLRuntime } from './runtime.js';
import { HeavyLane } from '../api/heavy-lane.js';
import { registerCallerLimits } from './caller-limits.js';
import { Metrics, registerMetricsRoute } from './metrics.js';
import type { Viewer } from '../kernel/role.js';
import { IdentifyError, identifyCaller } from '../records/auth/identify.js';
import { registerExportRoute } from '../views/analytics/export.route.js';
import { registerCalendarRoute } from '../views/planning/calendar.route.js';
import { registerBriefingRoute } from '../views/briefing/briefing.route.js';
import { registerBackupRoutes } from './backup.route.js';
import { createGraphQLRunner } from '../api/graphql-runner.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerWebApp } from './web.js';
import { registerGraphiql } from './graphiql.js';

function createHttp(config: Config, log: Logger) {
  return Fastify({
    loggerInstance: log,
    bodyLimit: config.bodyLimitBytes,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    return503OnClosing: true,
  });
}

export type AccordServer = {
  app: ReturnType<typeof createHttp>;
  db: Database;
  log: Logger;
  /** The heavy lane (tests hold its slots to see the refusals). */
  heavyLane: HeavyLane;
  /** Base URL once listening, e.g. http://127.0.0.1:4000 */
  url: string;
  close(): Promise<void>;
};

export type ServerOptions = {
  /** Use this database instead of opening one from the config (tests). */
  db?: Database;
  log?: Logger;
  /** Report SQL statements per request in `extensions.sqlStatements` (tests, benchmarks). */
  exposeSqlStatements?: boolean;
};

/** The caller of a GraphQL request; a bad, expired or revoked token is refused with 401 before anything runs. */
async function identify(db: Database, config: Config, header: string | undefined): Promise<Viewer | null> {
  try {
    return await identifyCaller(db, config, header);
  } catch (error) {
    if (!(error instanceof IdentifyError)) throw error;
    // Apollo iterates `http.headers` whenever the key is there: give it only with a value.
    const http = error.status === 503 ? { status: error.status, headers: new Map([['retry-after', '1']]) } : { status: error.status };
    throw new GraphQLError(error.message, { extensions: { code: error.code, http } });
  }
}

/**
 * Start-up in order: database → migrations → seed (fresh embedded database) → schema → HTTP.
 * Resolves once the server listens on config.host:config.port (port 0 = ephemeral).
 */
export async function startServer(config: Config, opts: ServerOptions = {}): Promise<AccordServer> {
  const log = opts.log ? withRedaction(opts.log) : createLogger(config.logLevel);
  const db = opts.db ?? (await openDatabase(config, { log }));
  try {
    if (config.migrateOnStart) {
      const applied = await db.orm.migrator.up();
      if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
    }
    if (config.seedOnStart === 'always' || (config.seedOnStart === 'auto' && db.fresh)) {
      const summary = await seedDatabase(db.orm.em.fork());
      log.info({ seed: summary }, 'loaded the seed dataset');
    }
  } catch (error) {
    await db.close();
    throw error;
  }

  if (config.authDevMode) {
    log.warn('AUTH_DEV_MODE is on: requests without a token act as an ADMINISTRATOR. Never use this outside local development.');
  }
  const app = createHttp(config, log);
  await registerSecurityHeaders(app);
  // Every response names its request, so a person can quote it and an operator find it in the log.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const heavyLane = new HeavyLane(config.heavy);
  const metrics = new Metrics(db, heavyLane);
  registerMetricsRoute(app, metrics, { db, config });
  await registerCallerLimits(app, config, { rateLimited: (limit) => metrics.limited.inc({ limit }) });
  const runtime = await createGraphQLRuntime(config, db, log, {
    exposeSqlStatements: opts.exposeSqlStatements,
    plugins: [fastifyApolloDrainPlugin(app)],
    afterPlugins: [metrics.plugin()],
    heavyLane,
  });
  const { apollo } = runtime;
  const contextOf = async (request: FastifyRequest) => {
    const viewer = await identify(db, config, request.headers.authorization);
    return createRequestContext(db.orm.em, request.id, request.log, viewer);
  };

  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    handler: fastifyApolloHandler(apollo, {
      context: contextOf,
    }),
  });

  // Draining (after SIGTERM): requests already running finish; a request that arrives now gets a
  // clean 503 SHUTTING_DOWN with Retry-After (not a reset connection), every response tells the
  // client to drop its keep-alive connection, and load balancers see /readyz 503. /healthz stays up.
  let draining = false;
  app.addHook('onRequest', async (request, reply) => {
    if (!draining || request.url === '/healthz' || request.url === '/readyz') return;
    reply.code(503).header('retry-after', '1').header('connection', 'close');
    return reply.send({ errors: [{ message: 'The server is shutting down; retry shortly.', extensions: { code: ErrorCode.SHUTTING_DOWN } }] });
  });
  app.addHook('onSend', async (_request, reply) => {
    if (draining) reply.header('connection', 'close');
  });

  registerCalendarRoute(app, { db, config });
  registerBriefingRoute(app, createGraphQLRunner(apollo, contextOf));
  const exports = await registerExportRoute(app, { db, config, ...runtime });
  registerBackupRoutes(app, { db, config });

  // The 404 handler (web app fallback, redacted URLs) is registered by registerWebApp.
  registerGraphiql(app, { enabled: config.webGraphiql });
  await registerWebApp(app, { graphiql: config.webGraphiql });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    if (draining) return reply.code(503).send({ status: 'not ready', reason: 'shutting down' });
    try {
      await db.orm.em.fork().execute('select 1');
      const pending = await db.orm.migrator.getPending();
      if (pending.length > 0) {
        return reply.code(503).send({ status: 'not ready', reason: 'pending migrations', pending: pending.map((m) => m.name) });
      }
      return { status: 'ready', database: db.engine };
    } catch (error) {
      log.warn({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'not ready', reason: 'database unreachable' });
    }
  });

  let closing: Promise<void> | undefined;
  const close = () => {
    // apollo.stop() drains Fastify (in-flight requests finish) before the database closes.
    closing ??= (async () => {
      draining = true;
      // Exports end at their next page with a truncation marker, within the grace period.
      const exportsDone = exports.stop(Math.max(config.shutdownGraceMs, 1_000) + config.db.statementTimeoutMs);
      if (config.shutdownGraceMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownGraceMs));
      await exportsDone;
      await apollo.stop();
      log.debug('http drained');
      await db.close();
      log.debug('database closed');
    })();
    return closing;
  };

  try {
    const address = await app.listen({ port: config.port, host: config.host });
    return { app, db, log, heavyLane, url: address.replace('[::1]', 'localhost'), close };
  } catch (error) {
    await close();
    throw error;
  }
}
