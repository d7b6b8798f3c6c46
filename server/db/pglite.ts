import { existsSync, mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Operation, PlainError, Reply, Request, WorkerInput } from './pglite-protocol.js';

/** What a statement returns (the part of PGlite's Results the ORM reads). */
export type QueryResult = { rows: Record<string, unknown>[]; fields: { name: string; dataTypeID: number }[]; affectedRows?: number };

/** Limits of the embedded database, the counterparts of PostgreSQL's statement_timeout and pool wait. */
export type EmbeddedLimits = {
  /** A statement running longer is answered with PostgreSQL's query_canceled (57014) → QUERY_TIMEOUT. */
  statementTimeoutMs: number;
  /** Waiting longer for the database (one session, busy) is answered like a full pool → SERVER_BUSY. */
  waitTimeoutMs: number;
};

const NO_LIMITS: EmbeddedLimits = { statementTimeoutMs: 0, waitTimeoutMs: 0 };

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; timer?: NodeJS.Timeout; overdue?: boolean };

/** Like a full pool's refusal (SERVER_BUSY at the edge): the database is up but taken. */
const busy = () => new Error('timeout exceeded when trying to connect (the embedded database is busy)');

function toError(error: PlainError): Error {
  return Object.assign(new Error(error.message), error.fields, { name: error.name });
}

/**
 * The embedded PostgreSQL (PGlite) running on a worker thread, with the surface Kysely's
 * PGliteDialect uses (query, transaction, ready, closed, close). PGlite cannot interrupt a running
 * statement (WebAssembly on one thread, no signals), so a statement past its time limit is
 * answered QUERY_TIMEOUT at once and left to finish on its thread; meanwhile nothing else is sent
 * to that thread, and requests that cannot get the database within `waitTimeoutMs` are answered
 * SERVER_BUSY instead of queueing behind it. The HTTP thread stays free throughout.
 */
export class EmbeddedPostgres {
  ready = false;
  closed = false;
  readonly waitReady: Promise<void>;
  #worker: Worker;
  #pending = new Map<number, Pending>();
  #nextId = 1;
  /** Messages sent and not yet answered, including statements already answered QUERY_TIMEOUT. */
  #inFlight = 0;
  #idle: (() => void)[] = [];
  /** Holder of the one session (a transaction or a statement outside one), then those waiting, in order. */
  #session: Promise<void> = Promise.resolve();
  #waiting = 0;
  #held = false;
  /** Statements answered QUERY_TIMEOUT that are still running on the thread. */
  #overdue = 0;
  limits: EmbeddedLimits = NO_LIMITS;

  constructor(input: WorkerInput) {
    // Under tsx (development, tests) the worker is TypeScript too and needs tsx's loader.
    const ts = extname(new URL(import.meta.url).pathname) === '.ts';
    this.#worker = new Worker(new URL(`./pglite-worker${ts ? '.ts' : '.js'}`, import.meta.url), {
      workerData: input,
      execArgv: ts ? ['--import', 'tsx'] : [],
      transferList: input.template ? [input.template] : [],
    });
    this.waitReady = new Promise<void>((resolve, reject) => this.#pending.set(0, { resolve: () => resolve(), reject }));
    this.waitReady.then(() => (this.ready = true)).catch(() => {});
    this.#worker.on('message', (reply: Reply) => this.#answer(reply));
    this.#worker.on('error', (error) => this.#fail(error));
    this.#worker.on('exit', () => this.#fail(new Error('PGlite instance is already closed')));
  }

  /** Busy for metrics: the one session counts as a pool of one. */
  stats() {
    return { max: 1, size: 1, inUse: this.#held || this.#inFlight > 0 ? 1 : 0, waiting: this.#waiting };
  }

  async query(sql: string, params?: unknown[], _options?: unknown): Promise<QueryResult> {
    return this.#exclusive(() => this.#send({ op: 'query', sql, params }) as Promise<QueryResult>);
  }

  async exec(sql: string): Promise<QueryResult[]> {
    return this.#exclusive(() => this.#send({ op: 'exec', sql }) as Promise<QueryResult[]>);
  }

  /** Runs `fn` in one transaction holding the session; statements of others wait for its end. */
  async transaction<T>(fn: (tx: { query: EmbeddedPostgres['query'] }) => Promise<T>): Promise<T> {
    return this.#exclusive(async () => {
      const tx = { query: (sql: string, params?: unknown[]) => this.#send({ op: 'query', sql, params }) as Promise<QueryResult> };
      await tx.query('begin');
      try {
        const result = await fn(tx);
        await tx.query('commit');
        return result;
      } catch (error) {
        await tx.query('rollback').catch(() => {});
        throw error;
      }
    });
  }

  /** The data directory as a tar archive (tests clone a migrated template from it). */
  async dumpDataDir(_compression?: 'none'): Promise<Blob> {
    return new Blob([(await this.#exclusive(() => this.#send({ op: 'dump' }), 60_000)) as ArrayBuffer]);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // A statement still running past its limit is let finish, up to a bound: the data stay consistent.
    await this.#exclusive(() => this.#send({ op: 'close' }), 60_000).catch(() => {});
    this.closed = true;
    await this.#worker.terminate();
  }

  /** Takes the session (FIFO), once the thread is idle; gives up after the wait limit (SERVER_BUSY). */
  async #exclusive<T>(fn: () => Promise<T>, waitMs = this.limits.waitTimeoutMs): Promise<T> {
    if (this.closed) throw new Error('PGlite instance is already closed');
    // A statement past its limit is still running: refuse at once rather than keep the caller waiting.
    if (this.#overdue > 0 && waitMs > 0) throw busy();
    const previous = this.#session;
    let release!: () => void;
    this.#session = new Promise<void>((resolve) => (release = resolve));
    this.#waiting++;
    try {
      await withDeadline(
        previous.then(() => this.#whenIdle()),
        waitMs,
        busy,
      );
    } catch (error) {
      // Still queued: pass the session on only when our turn would have come.
      previous.then(() => release());
      this.#waiting--;
      throw error;
    }
    this.#waiting--;
    this.#held = true;
    try {
      return await fn();
    } finally {
      this.#held = false;
      release();
    }
  }

  #whenIdle(): Promise<void> {
    return this.#inFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.#idle.push(resolve));
  }

  #send(request: Operation): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('PGlite instance is already closed'));
    const id = this.#nextId++;
    this.#inFlight++;
    return new Promise((resolve, reject) => {
      const pending: Pending = { resolve, reject };
      const limit = this.limits.statementTimeoutMs;
      // Closing and dumping the data directory are not statements: no statement limit (a dump of a
      // large directory on a busy machine takes seconds).
      if (limit > 0 && request.op !== 'close' && request.op !== 'dump') {
        pending.timer = setTimeout(() => {
          // Answered now; the thread stays busy (counted in #inFlight) until the statement ends.
          pending.overdue = true;
          this.#overdue++;
          pending.resolve = pending.reject = () => {};
          reject(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }));
        }, limit);
      }
      this.#pending.set(id, pending);
      this.#worker.postMessage({ ...request, id } as Request);
    });
  }

  #answer(reply: Reply) {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    clearTimeout(pending.timer);
    if (pending.overdue) this.#overdue--;
    if (reply.id !== 0) {
      this.#inFlight--;
      if (this.#inFlight === 0) for (const wake of this.#idle.splice(0)) wake();
    }
    if (reply.ok) pending.resolve(reply.result);
    else pending.reject(toError(reply.error));
  }

  #fail(error: Error) {
    this.closed = true;
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
      this.#pending.delete(id);
    }
    this.#inFlight = 0;
    this.#overdue = 0;
    for (const wake of this.#idle.splice(0)) wake();
  }
}

function withDeadline<T>(promise: Promise<T>, ms: number, error: () => Error): Promise<T> {
  if (ms <= 0) return promise;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(error()), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export type EmbeddedDatabase = { pglite: EmbeddedPostgres; fresh: boolean };

/**
 * Opens the embedded PostgreSQL on its own thread. `dataDir` null keeps it in memory;
 * `template` starts from a dumped data directory (used by tests to skip initdb + migrations).
 */
export async function openEmbedded(dataDir: string | null, template?: Blob): Promise<EmbeddedDatabase> {
  const fresh = dataDir === null ? template === undefined : !existsSync(join(dataDir, 'PG_VERSION'));
  if (dataDir !== null) mkdirSync(dataDir, { recursive: true });
  const pglite = new EmbeddedPostgres({ dataDir, template: template ? await template.arrayBuffer() : undefined });
  await pglite.waitReady;
  return { pglite, fresh };
}
