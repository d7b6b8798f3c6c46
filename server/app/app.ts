import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, { type FastifyRequest } from 'fastify';
import pino, { type Logger } from 'pino';
import type { Config } from '../kernel/config.js';
import { type Database, openDatabase } from '../db/database.js';
import { seedDatabase } from '../db/seed/seed.js';
import { type RequestContext, createRequestContext } from '../api/context.js';
import { createErrorFormatter, } from '../api/format-error.js';
import { GraphQLError } from 'graphql';
import { createQueryLimits } from '../api/limits.js';
import { buildAccordSchema } from './schema.js';
import type { Viewer } from '../records/auth/auth.service.js';
import { IdentifyError, identifyCaller } from '../records/auth/identify.js';
import { registerExportRoute } from '../views/analytics/export.route.js';
import { registerCalendarRoute } from '../views/planning/calendar.route.js';
import { registerBriefingRoute } from '../views/briefing/briefing.route.js';
import { createGraphQLRunner } from '../api/graphql-runner.js';
import { idempotencyPlugin } from '../records/idempotency/idempotency.plugin.js';

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

/** Counts the SQL statements each GraphQL request issued. */
function sqlStatementsPlugin(db: Database, expose: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      db.sql.begin(contextValue.requestId);
      return {
        async willSendResponse({ response }) {
          const n = db.sql.end(contextValue.requestId);
          contextValue.log.debug({ sqlStatements: n }, 'graphql request done');
          if (expose && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: n };
          }
        },
      };
    },
  };
}

/** The caller of a GraphQL request; a bad, expired or revoked token is refused with 401 before anything runs. */
async function identify(db: Database, config: Config, header: string | undefined): Promise<Viewer | null> {
  try {
    return await identifyCaller(db, config.authDevMode, header);
  } catch (error) {
    if (!(error instanceof IdentifyError)) throw error;
    throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: error.status } } });
  }
}

/**
 * Start-up in order: database → migrations → seed (fresh embedded database) → schema → HTTP.
 * Resolves once the server listens on config.host:config.port (port 0 = ephemeral).
 */
export async function startServer(config: Config, opts: ServerOptions = {}): Promise<AccordServer> {
  const log = opts.log ?? pino({ level: config.logLevel, base: { service: 'accord' } });
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
  const schema = await buildAccordSchema();
  const app = createHttp(config, log);

  const limits = createQueryLimits({ production: config.nodeEnv === 'production' });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: config.nodeEnv !== 'production',
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    csrfPrevention: true,
    // main.ts owns the signals and stops HTTP, then the database, in order.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(log),
    // Depth, alias, directive, token and cost limits (server/api/limits.ts, SECURITY.md).
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ...limits.plugins,
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginLandingPageDisabled(),
      sqlStatementsPlugin(db, opts.exposeSqlStatements ?? false),
      idempotencyPlugin(db.orm.em),
    ],
  });
  await apollo.start();
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

  // Draining: clients are told to drop keep-alive connections and load balancers to look elsewhere,
  // so that when the port closes no request is caught on a half-closed connection.
  let draining = false;
  app.addHook('onSend', async (_request, reply) => {
    if (draining) reply.header('connection', 'close');
  });

  registerCalendarRoute(app, { db, config });
  registerBriefingRoute(app, createGraphQLRunner(apollo, contextOf));
  await registerExportRoute(app, { db, config, schema });

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
      if (config.shutdownGraceMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownGraceMs));
      await apollo.stop();
      log.debug('http drained');
      await db.close();
      log.debug('database closed');
    })();
    return closing;
  };

  try {
    const address = await app.listen({ port: config.port, host: config.host });
    return { app, db, log, url: address.replace('[::1]', 'localhost'), close };
  } catch (error) {
    await close();
    throw error;
  }
}
