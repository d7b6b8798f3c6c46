import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { capacityStatusPlugin } from '../api/capacity-status.js';
import { HeavyLane, heavyLanePlugin } from '../api/heavy-lane.js';
import { replicaReadsPlugin } from '../api/read-replicas.js';
import type { RunOperation } from '../api/run-operation.js';
import { readOnlyQueries } from '../api/record-loaders.js';
import type { Logger } from 'pino';
import type { Config } from '../kernel/config.js';
import type { Database } from '../db/database.js';
import { idempotencyPlugin } from '../records/idempotency/idempotency.plugin.js';
import type { RequestContext } from '../api/context.js';
import { createErrorFormatter } from '../api/format-error.js';
import { createQueryLimits, type QueryLimits } from '../api/limits.js';
import { buildAccordSchema } from './schema.js';

/**
 * The one GraphQL execution path of the server: the schema, the limits and one Apollo server with
 * every plugin, validation rule, production setting and error formatter. /graphql serves it over
 * HTTP; /export (and any later entry point) runs its operations through `run`, so all obey the same
 * rules, limits and production settings.
 */
export type GraphQLRuntime = { schema: GraphQLSchema; limits: QueryLimits; apollo: ApolloServer<RequestContext>; run: RunOperation; heavyLane: HeavyLane };

export type RuntimeOptions = {
  /** Report SQL statements per request in `extensions.sqlStatements` (tests, benchmarks). */
  exposeSqlStatements?: boolean;
  /** More plugins (the HTTP drain). */
  plugins?: ApolloServerPlugin<RequestContext>[];
  /** Plugins that run after the SQL statement counter (metrics read its figure). */
  afterPlugins?: ApolloServerPlugin<RequestContext>[];
  /** The heavy lane to use (default: a new one from `config.heavy`). */
  heavyLane?: HeavyLane;
};

/** Counts the SQL statements each GraphQL request issued. */
/** Every GraphQL answer is `Cache-Control: no-store` (what the cache-control plugin answered without hints). */
function noStorePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

function sqlStatementsPlugin(db: Database, expose: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      db.sql.begin(contextValue.requestId);
      return {
        async willSendResponse({ response }) {
          const n = db.sql.end(contextValue.requestId);
          contextValue.sqlStatements = n;
          contextValue.log.debug({ sqlStatements: n }, 'graphql request done');
          if (expose && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: n };
          }
        },
      };
    },
  };
}

export async function createGraphQLRuntime(
  config: Pick<Config, 'nodeEnv' | 'heavy'>,
  db: Database,
  log: Logger,
  options: RuntimeOptions = {},
): Promise<GraphQLRuntime> {
  const production = config.nodeEnv === 'production';
  const schema = await buildAccordSchema();
  const limits = createQueryLimits({ production });
  const heavyLane = options.heavyLane ?? new HeavyLane(config.heavy);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    // Production refuses introspection through NoIntrospectionRule (limits.ts): a plain refusal,
    // the same on every entry point, where Apollo's own would tell how to turn it on.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    // main.ts owns the signals and stops HTTP, then the database, in order.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(log, () => db.pool()),
    // Depth, alias, directive, token and cost limits (server/graphql/limits.ts, SECURITY.md).
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ...limits.plugins,
      ...(options.plugins ?? []),
      heavyLanePlugin(heavyLane, db.heavyOrm.em as never),
      ...(db.readOrm !== db.orm ? [replicaReadsPlugin(db.readOrm.em as never)] : []),
      capacityStatusPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      // No field carries a cache hint, so Apollo's default cache-control plugin only ever said
      // `no-store`, after a hook on every resolved field (a list query's CPU, bench/README.md).
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      sqlStatementsPlugin(db, options.exposeSqlStatements ?? false),
      readOnlyQueries(),
      idempotencyPlugin(db.orm.em),
      ...(options.afterPlugins ?? []),
    ],
  });
  await apollo.start();
  const run: RunOperation = async ({ document, variables, operationName }, contextValue) => {
    const response = await apollo.executeOperation({ query: document, variables, operationName }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not supported');
    return response.body.singleResult as { data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] };
  };
  return { schema, limits, apollo, run, heavyLane };
}
