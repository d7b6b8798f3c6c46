import { ConnectionException } from '@mikro-orm/core';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { PoolStats } from './http.js';
import { ErrorCode } from '../kernel/errors.js';

/** Codes that describe the client's own request; safe to pass through as they are. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001', '08003']);

/** Driver messages that mean "no usable connection" rather than "this query is wrong". */
const OUTAGE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|ECONNREFUSED|the database system is (shutting down|starting up)|terminating connection|Cannot use a pool after calling end|driver has already been destroyed|PGlite instance is already closed|Client has encountered a connection error|Connection terminated unexpectedly|server closed the connection unexpectedly/i;

export function isDatabaseOutage(error: unknown): boolean {
  if (error instanceof ConnectionException) return true;
  const e = error as { code?: string; errno?: string; message?: string; cause?: unknown };
  if (CONNECTION_ERRNOS.has(String(e?.code)) || CONNECTION_ERRNOS.has(String(e?.errno))) return true;
  if (error instanceof Error && OUTAGE_MESSAGES.test(error.message)) return true;
  return e?.cause !== undefined && e.cause !== error && isDatabaseOutage(e.cause);
}

/** PostgreSQL's query_canceled: a statement cut by statement_timeout. */
export function isStatementTimeout(error: unknown, depth = 0): boolean {
  const e = error as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (!e || depth > 5) return false;
  if (e.code === '57014' || (typeof e.message === 'string' && /canceling statement due to statement timeout/i.test(e.message))) return true;
  return e.cause !== undefined && e.cause !== error && isStatementTimeout(e.cause, depth + 1);
}

/** Waiting for a pooled connection timed out while every connection was in use: the server is busy, the database is up. */
export function isPoolExhausted(error: unknown, pool: (() => PoolStats | null) | undefined): boolean {
  const stats = pool?.();
  if (!stats || !(error instanceof Error) || !/timeout exceeded when trying to connect/i.test(`${error.message} ${String((error as { cause?: unknown }).cause ?? '')}`)) {
    return false;
  }
  return stats.size >= stats.max && stats.inUse >= stats.max;
}

/**
 * Apollo refuses a few requests with an HTTP 4xx status but no code (a persisted-query hash
 * that does not match its query, an unsupported persisted-query version). They are the
 * client's fault, not ours: BAD_REQUEST, not INTERNAL_SERVER_ERROR.
 */
function isUncodedClientError(error: unknown): boolean {
  const extensions = (error as { extensions?: { code?: unknown; http?: { status?: unknown } } } | null)?.extensions;
  const status = extensions?.http?.status;
  return extensions?.code === undefined && typeof status === 'number' && status >= 400 && status < 500;
}

/** The error a resolver threw (not instanceof-based: graphql may be loaded twice, ESM and CJS). */
function unwrapResolverError(error: unknown): unknown {
  const e = error as { path?: unknown; originalError?: unknown } | null;
  return e && typeof e === 'object' && e.path && e.originalError ? e.originalError : error;
}

/**
 * The one place errors leave the server. Client mistakes pass through with their code;
 * database outages become DATABASE_UNAVAILABLE; everything else is logged in full here and
 * reaches the client only as "Internal server error" (never a message or stack of ours).
 */
export function createErrorFormatter(log: Logger, pool?: () => PoolStats | null) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;
    const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
    if (code && CLIENT_CODES.has(code)) {
      return { ...formatted, extensions };
    }
    if (isUncodedClientError(error)) {
      return { ...formatted, extensions: { ...extensions, code: 'BAD_REQUEST' } };
    }
    if (isStatementTimeout(original)) {
      log.warn({ err: original, path: formatted.path }, 'statement timed out');
      return {
        message: 'The query took too long and was stopped; ask for less (a narrower filter, a smaller page).',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.QUERY_TIMEOUT },
      };
    }
    if (isPoolExhausted(original, pool)) {
      log.warn({ path: formatted.path, pool: pool?.() }, 'database pool exhausted');
      return {
        message: 'The server is busy; retry shortly.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.SERVER_BUSY },
      };
    }
    if (isDatabaseOutage(original)) {
      log.warn({ err: original, path: formatted.path }, 'database unavailable');
      return {
        message: 'The database is unavailable; retry shortly.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error while executing a request');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
