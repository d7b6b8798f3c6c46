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
  SHUTDOWN_GRACE_MS: int(0, 60_000).default(1_000),
}).refine((e) => !(e.AUTH_DEV_MODE && e.NODE_ENV === 'production'), {
  path: ['AUTH_DEV_MODE'],
  message: 'must not be true when NODE_ENV=production',
});

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  /** Absent: the embedded PGlite database under `dataDir` is used. */
  databaseUrl?: string;
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
  /** On SIGTERM: keep serving (with `Connection: close`, readiness 503) this long before closing the port. */
  shutdownGraceMs: number;
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
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
  };
}
