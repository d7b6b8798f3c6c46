import { resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Every setting the server reads from the environment, validated once at start-up. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /** Read replicas (comma-separated postgres:// URLs): queries read from them, writes go to DATABASE_URL. */
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((v) => v.split(',').map((u) => u.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, 'each must be a postgres:// or postgresql:// URL')))
    .optional(),
  PORT: int(0, 65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MIGRATE_ON_START: bool.default(true),
  SEED_ON_START: z.enum(['auto', 'always', 'never']).default('auto'),
  DB_POOL_MAX: int(1, 200).default(10),
  DB_STATEMENT_TIMEOUT_MS: int(100, 600_000).default(10_000),
  DB_CONNECT_TIMEOUT_MS: int(100, 120_000).default(5_000),
  BODY_LIMIT_BYTES: int(1_024, 50 * 1024 * 1024).default(1024 * 1024),
  AUTH_DEV_MODE: bool.default(false),
  AUTH_CACHE_TTL_MS: int(0, 60_000).default(5_000),
  SHUTDOWN_GRACE_MS: int(0, 60_000).default(1_000),
  EXPORT_MAX_ROWS: int(1, 10_000_000).default(50_000),
  RATE_LIMIT_MAX: int(1, 1_000_000).default(600),
  RATE_LIMIT_WINDOW_MS: int(1_000, 3_600_000).default(60_000),
  CALLER_CONCURRENCY_MAX: int(1, 1_000).default(8),
  HEAVY_CONCURRENCY: int(1, 100).default(2),
  HEAVY_QUEUE_MAX: int(0, 10_000).default(16),
  HEAVY_QUEUE_TIMEOUT_MS: int(0, 600_000).default(5_000),
  HEAVY_POOL_MAX: int(1, 100).default(2),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  WEB_GRAPHIQL: bool.optional(),
})
  .refine((e) => !(e.AUTH_DEV_MODE && e.NODE_ENV === 'production'), {
    path: ['AUTH_DEV_MODE'],
    message: 'must not be true when NODE_ENV=production',
  })
  .refine((e) => !e.DATABASE_REPLICA_URLS?.length || e.DATABASE_URL, {
    path: ['DATABASE_REPLICA_URLS'],
    message: 'needs DATABASE_URL (the primary); the embedded database has no replicas',
  });

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  /** Absent: the embedded PGlite database under `dataDir` is used. */
  databaseUrl?: string;
  /** Streaming replicas of `databaseUrl` that GraphQL queries read from (empty: everything on the primary). */
  databaseReplicaUrls: string[];
  port: number;
  host: string;
  /** Absolute path of the embedded database directory; `null` keeps PGlite in memory. */
  dataDir: string | null;
  logLevel: string;
  migrateOnStart: boolean;
  seedOnStart: 'auto' | 'always' | 'never';
  db: { poolMax: number; statementTimeoutMs: number; connectTimeoutMs: number };
  bodyLimitBytes: number;
  /** Requests without a token act as an administrator (local development only; logged loudly). */
  authDevMode: boolean;
  /** How long a server process trusts a token it accepted before checking it again (revocation bound; 0 = every request). */
  authCacheTtlMs: number;
  /** On SIGTERM: keep serving (with `Connection: close`, readiness 503) this long before closing the port. */
  shutdownGraceMs: number;
  /** Rows at most in one CSV export; a longer one ends with a truncation marker line. */
  exportMaxRows: number;
  /** Per caller (token, else IP): requests per window, and requests in flight at once. */
  rateLimit: { max: number; windowMs: number; concurrency: number };
  /** The heavy lane: expensive operations at once, waiting at most `queueMax` for `queueTimeoutMs`. */
  heavy: { concurrency: number; queueMax: number; queueTimeoutMs: number; poolMax: number };
  /** A bearer token that may read /metrics (besides ADMIN tokens); /metrics is open outside production. */
  metricsToken?: string;
  /** Serve GraphiQL at /graphiql (WEB_GRAPHIQL; default: on outside production). */
  webGraphiql: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws one ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrls: e.DATABASE_REPLICA_URLS ?? [],
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR === ':memory:' ? null : resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    migrateOnStart: e.MIGRATE_ON_START,
    seedOnStart: e.SEED_ON_START,
    db: {
      poolMax: e.DB_POOL_MAX,
      statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
      connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
    },
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    authDevMode: e.AUTH_DEV_MODE,
    authCacheTtlMs: e.AUTH_CACHE_TTL_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    exportMaxRows: e.EXPORT_MAX_ROWS,
    rateLimit: { max: e.RATE_LIMIT_MAX, windowMs: e.RATE_LIMIT_WINDOW_MS, concurrency: e.CALLER_CONCURRENCY_MAX },
    heavy: { concurrency: e.HEAVY_CONCURRENCY, queueMax: e.HEAVY_QUEUE_MAX, queueTimeoutMs: e.HEAVY_QUEUE_TIMEOUT_MS, poolMax: e.HEAVY_POOL_MAX },
    metricsToken: e.METRICS_TOKEN,
    webGraphiql: e.WEB_GRAPHIQL ?? e.NODE_ENV !== 'production',
  };
}
