import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { AnyFastify } from '../api/http.js';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestContext } from '../api/context.js';
import type { HeavyLane } from '../api/heavy-lane.js';
import type { Database } from '../db/database.js';
import type { Config } from '../kernel/config.js';
import { Role } from '../kernel/role.js';
import { identifyCaller } from '../records/auth/identify.js';

/*
 * GET /metrics in the Prometheus text format (prom-client): GraphQL requests and their latency
 * per operation name and outcome, SQL statements per request, the database pool, the heavy lane,
 * HTTP responses by status (429 and 503 among them), and the process (memory, event-loop delay,
 * CPU, handles) from prom-client's default collectors. Open outside production; in production
 * only for `Authorization: Bearer <METRICS_TOKEN>` or an ADMIN token.
 */

/** Distinct operation names kept as labels; later ones are counted as "other" (clients choose the names). */
const MAX_OPERATION_NAMES = 200;

export class Metrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();

  readonly requests = new Counter({
    name: 'accord_graphql_requests_total',
    help: 'GraphQL operations by operation name and outcome (ok, or the first error code in lower case).',
    labelNames: ['operation', 'outcome'],
    registers: [this.registry],
  });

  readonly latency = new Histogram({
    name: 'accord_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its response.',
    labelNames: ['operation', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  readonly statements = new Histogram({
    name: 'accord_sql_statements_per_request',
    help: 'SQL statements one GraphQL operation issued.',
    labelNames: ['operation'],
    buckets: [0, 1, 2, 4, 8, 16, 32, 64, 128],
    registers: [this.registry],
  });

  readonly responses = new Counter({
    name: 'accord_http_responses_total',
    help: 'HTTP responses by status code (429: rate or concurrency limit; 503: busy, unavailable or shutting down).',
    labelNames: ['status'],
    registers: [this.registry],
  });

  readonly limited = new Counter({
    name: 'accord_rate_limited_total',
    help: 'Requests refused with 429, by limit (rate per window, or in flight at once).',
    labelNames: ['limit'],
    registers: [this.registry],
  });

  constructor(db: Database, lane: HeavyLane) {
    collectDefaultMetrics({ register: this.registry, prefix: 'accord_' });
    new Gauge({
      name: 'accord_db_pool_connections',
      help: 'Database pool connections by state: max, size (open), in_use, waiting (requests queued for one). PostgreSQL only.',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const pool = db.pool();
        if (!pool) return;
        this.set({ state: 'max' }, pool.max);
        this.set({ state: 'size' }, pool.size);
        this.set({ state: 'in_use' }, pool.inUse);
        this.set({ state: 'waiting' }, pool.waiting);
      },
    });
    new Gauge({
      name: 'accord_heavy_lane',
      help: 'Expensive operations (aggregates, graph traversal, whole-registry timelines, exports): running, waiting, capacity.',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        this.set({ state: 'running' }, lane.running);
        this.set({ state: 'waiting' }, lane.waiting);
        this.set({ state: 'capacity' }, lane.options.concurrency);
      },
    });
    new Counter({
      name: 'accord_heavy_lane_refused_total',
      help: 'Expensive operations refused with SERVER_BUSY because the heavy lane queue was full or the wait too long.',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(lane.refused);
      },
    });
  }

  operationLabel(name: string | null | undefined): string {
    const label = name || 'anonymous';
    if (this.names.has(label)) return label;
    if (this.names.size >= MAX_OPERATION_NAMES) return 'other';
    this.names.add(label);
    return label;
  }

  /** Apollo plugin: one count, one latency and one statement figure per operation (after the SQL counter). */
  plugin(): ApolloServerPlugin<RequestContext> {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async ({ request, operationName, response, contextValue }) => {
            const operation = this.operationLabel(operationName ?? request.operationName);
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            const outcome = errors.length ? String(errors[0]?.extensions?.code ?? 'error').toLowerCase() : 'ok';
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            this.requests.inc({ operation, outcome });
            this.latency.observe({ operation, outcome }, seconds);
            if (contextValue.sqlStatements !== undefined) this.statements.observe({ operation }, contextValue.sqlStatements);
          },
        };
      },
    };
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Registers GET /metrics and counts every HTTP response by status. */
export function registerMetricsRoute(app: AnyFastify, metrics: Metrics, deps: { db: Database; config: Pick<Config, 'nodeEnv' | 'metricsToken'> }): void {
  app.addHook('onResponse', async (_request, reply) => {
    metrics.responses.inc({ status: String(reply.statusCode) });
  });
  app.get('/metrics', { logLevel: 'warn' }, async (request, reply) => {
    if (deps.config.nodeEnv === 'production') {
      const header = request.headers.authorization ?? '';
      const token = header.replace(/^bearer\s+/i, '').trim();
      let allowed = deps.config.metricsToken !== undefined && token !== '' && sameSecret(token, deps.config.metricsToken);
      if (!allowed && token) {
        const viewer = await identifyCaller(deps.db, { authDevMode: false }, header).catch(() => null);
        allowed = viewer?.role === Role.ADMIN;
      }
      if (!allowed) {
        reply.header('www-authenticate', 'Bearer realm="accord-metrics"');
        return reply.code(401).send({ error: { code: 'UNAUTHENTICATED', message: 'metrics need the METRICS_TOKEN or an ADMIN token' } });
      }
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
