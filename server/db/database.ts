import { MikroORM } from '@mikro-orm/postgresql';
import { PGliteDialect } from 'kysely';
import type { Logger } from 'pino';
import type { PoolStats } from '../api/http.js';
import type { Config } from '../kernel/config.js';
import { baseOrmOptions } from './mikro-orm.options.js';
import { type EmbeddedPostgres, openEmbedded } from './pglite.js';
import { CountingLogger, SqlCounter } from './sql-counter.js';
import type { PGlite } from '@electric-sql/pglite';

export type Database = {
  orm: MikroORM;
  /** The heavy lane's own small pool (HEAVY_POOL_MAX connections) on PostgreSQL, so that expensive
   *  operations never take the connections light queries need; on PGlite the same ORM. */
  heavyOrm: MikroORM;
  /** Where GraphQL queries read: the replicas (DATABASE_REPLICA_URLS) for reads outside a transaction,
   *  the primary for the rest; the same ORM as `orm` without replicas. Mutations stay on `orm`, so a
   *  mutation's payload reads its own writes. */
  readOrm: MikroORM;
  engine: 'postgresql' | 'pglite';
  /** True when the embedded database directory was just created (first start). */
  fresh: boolean;
  sql: SqlCounter;
  /** Connections of the pool now (metrics; SERVER_BUSY when a request timed out waiting for one). */
  pool(): PoolStats | null;
  close(): Promise<void>;
};

export type { PoolStats };

type PgPool = { totalCount: number; idleCount: number; waitingCount: number };

/**
 * Closes the pool, waiting at most `ms`: a connection the server dropped in the middle of a
 * transaction (a PostgreSQL restart) can stay checked out forever, and pg's pool.end() waits for
 * it. Shutdown must still finish.
 */
async function closeWithin(orm: MikroORM, ms: number, log?: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  const outcome = await Promise.race([orm.close(true).then(() => 'closed' as const), timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') log?.warn(`the database pool did not close within ${ms} ms (a connection lost in an outage); going on`);
}

export type DatabaseOptions = {
  /** A ready embedded database (tests clone a migrated template into one). */
  pglite?: EmbeddedPostgres;
  /** Logs ORM messages (queries at debug level). */
  log?: Logger;
};

/**
 * Connects the ORM: real PostgreSQL when `databaseUrl` is set, otherwise embedded PGlite
 * persisted under `dataDir`. Both run the same migrations and the same code.
 */
export async function openDatabase(config: Config, opts: DatabaseOptions = {}): Promise<Database> {
  const sql = new SqlCounter();
  const log = opts.log;
  const common = {
    ...baseOrmOptions(),
    debug: log?.isLevelEnabled('debug') ? (['query', 'info'] as const).slice() : false,
    loggerFactory: (options: ConstructorParameters<typeof CountingLogger>[0]) =>
      new CountingLogger({ ...options, writer: (msg: string) => log?.debug({ orm: true }, msg) }, sql),
  };

  if (config.databaseUrl) {
    // pg's pool of the main ORM, handed over when MikroORM creates it (asking for it would connect,
    // and the server must start while the database is away).
    let native: PgPool | undefined;
    const replicas = (name: string, poolMax: number) =>
      config.databaseReplicaUrls.map((clientUrl, i) => ({ name: `${name}-replica-${i + 1}`, clientUrl, pool: { min: 0, max: poolMax, idleTimeoutMillis: 30_000 } }));
    const init = (poolMax: number, name: string, withReplicas = false) =>
      MikroORM.init({
        ...common,
        clientUrl: config.databaseUrl,
        pool: { min: 0, max: poolMax, idleTimeoutMillis: 30_000 },
        // Reads outside a transaction go to a random replica; writes and transactions to the primary.
        ...(withReplicas ? { replicas: replicas(name, poolMax), preferReadReplicas: true } : { preferReadReplicas: false }),
        // Passed to pg's Pool: fail fast when the database is away, and never run unbounded work.
        driverOptions: {
          connectionTimeoutMillis: config.db.connectTimeoutMs,
          statement_timeout: config.db.statementTimeoutMs,
          idle_in_transaction_session_timeout: config.db.statementTimeoutMs * 3,
          application_name: name,
          ...(name === 'accord' ? { onPoolCreated: (created: PgPool) => (native = created) } : {}),
        },
      });
    const orm = await init(config.db.poolMax, 'accord');
    const withReplicas = config.databaseReplicaUrls.length > 0;
    const heavyOrm = await init(config.heavy.poolMax, 'accord-heavy', withReplicas);
    const readOrm = withReplicas ? await init(config.db.poolMax, 'accord-read', true) : orm;
    const pool = (): PoolStats | null =>
      native ? { max: config.db.poolMax, size: native.totalCount, inUse: native.totalCount - native.idleCount, waiting: native.waitingCount } : null;
    const close = async () => {
      await Promise.all([...new Set([orm, heavyOrm, readOrm])].map((o) => closeWithin(o, 5_000, log)));
    };
    return { orm, heavyOrm, readOrm, engine: 'postgresql', fresh: false, sql, pool, close };
  }

  const embedded = opts.pglite
    ? { pglite: opts.pglite, fresh: false }
    : await openEmbedded(config.dataDir);
  const { pglite } = embedded;
  // PGlite cannot interrupt a statement: the limits are kept on this side (see EmbeddedPostgres).
  // One session for every request: a request may wait as long as a statement may run (or the pool wait, if
  // longer) before it is told SERVER_BUSY; at once while a statement past its limit still runs.
  pglite.limits = { statementTimeoutMs: config.db.statementTimeoutMs, waitTimeoutMs: Math.max(config.db.statementTimeoutMs, config.db.connectTimeoutMs) };
  const orm = await MikroORM.init({
    ...common,
    // PGlite's one database is "postgres"; naming another would make MikroORM try to create it.
    clientUrl: 'postgresql://postgres@localhost/postgres',
    // The dialect uses query/transaction/ready/closed/close, which EmbeddedPostgres provides.
    driverOptions: new PGliteDialect({ pglite: pglite as unknown as PGlite }),
  });
  return {
    orm,
    heavyOrm: orm,
    readOrm: orm,
    engine: 'pglite',
    fresh: embedded.fresh,
    sql,
    pool: () => pglite.stats(),
    close: async () => {
      await orm.close(true);
      if (!pglite.closed) await pglite.close();
    },
  };
}
