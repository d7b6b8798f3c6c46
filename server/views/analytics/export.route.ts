import type { Transform } from 'node:stream';
import type { AnyFastify } from '../../api/http.js';
import { stringify } from 'csv-stringify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type DocumentNode, type GraphQLFormattedError, type GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../../kernel/config.js';
import type { DatabaseHandle } from '../../api/http.js';
import { createRequestContext } from '../../api/context.js';
import { ErrorCode } from '../../kernel/errors.js';
import { ServerBusyError } from '../../api/heavy-lane.js';
import { isDatabaseOutage } from '../../api/format-error.js';
import { type QueryLimits, withoutSuggestions } from '../../api/limits.js';
import type { HeavyLane } from '../../api/heavy-lane.js';
import type { RunOperation } from '../../api/run-operation.js';
import { IdentifyError, requireCaller } from '../../records/auth/identify.js';
import { AFTER_VARIABLE, cellsOf, type Column, ExportPlanError, planExport, rowsOf } from './csv-plan.js';
import { neutralizeCell } from './csv-cell.js';
import { EXPORT_NAMES, ExportInputError, namedExport } from './export.queries.js';

/*
 * CSV export of any list or connection query, streamed page by page (constant memory):
 *
 *   GET  /export/<name>[.csv]?variables=<json>      a named export (export.queries.ts)
 *   POST /export   {"name": …, "variables": {…}}     the same, variables in the body
 *   POST /export   {"query": "query { … }", "variables": {…}, "operationName": …}   any query
 *
 * Authenticated like /graphql (Authorization: Bearer <token>; in development auth mode a request
 * without a token acts as an administrator). The query runs through the same schema, so the
 * same access rules apply and confidential records stay hidden from viewers. Errors before the
 * first row are JSON `{ errors: [...] }` with the HTTP status of their code; a failure after rows
 * were sent aborts the response (the CSV is then visibly cut short).
 */

export type ExportRouteDeps = {
  db: DatabaseHandle;
  config: Pick<Config, 'authDevMode' | 'nodeEnv' | 'exportMaxRows'> & Partial<Pick<Config, 'authCacheTtlMs'>>;
  schema: GraphQLSchema;
  limits: QueryLimits;
  run: RunOperation;
  /** Exports run in the heavy lane: one slot for the whole export, every page. */
  heavyLane: HeavyLane;
};

/**
 * The exports being written, so that shutdown can end them cleanly: on SIGTERM each one stops at
 * its next page, writes the truncation marker and ends its response, and the server waits for
 * that before it closes the database (no export is cut off mid-line by a closed pool).
 */
export class ExportsInFlight {
  private readonly running = new Set<Promise<void>>();
  stopping = false;

  track(done: Promise<void>): void {
    this.running.add(done);
    void done.finally(() => this.running.delete(done));
  }

  get count(): number {
    return this.running.size;
  }

  /** Asks every export to stop at its next page and waits until all have ended (at most `ms`). */
  async stop(ms: number): Promise<void> {
    this.stopping = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.running]), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
  }
}

const STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.SERVER_BUSY]: 503,
  [ErrorCode.QUERY_TIMEOUT]: 504,
};

class ExportError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphQLFormattedError[],
  ) {
    super(errors[0]?.message ?? 'export failed');
  }
}

/** Waits until the stream wants more, or is gone (the client went away). */
function drained(stream: Transform): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

const fail = (status: number, code: string, message: string) => new ExportError(status, [{ message, extensions: { code } }]);


type ExportRequest = { query: string; variables: Record<string, unknown>; operationName?: string; filename: string };

function variablesOf(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null || value === '') return {};
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      throw fail(400, ErrorCode.BAD_USER_INPUT, 'variables must be a JSON object');
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw fail(400, ErrorCode.BAD_USER_INPUT, 'variables must be a JSON object');
  if (JSON.stringify(parsed).includes('\\u0000')) throw fail(400, ErrorCode.BAD_USER_INPUT, 'Text values cannot contain the NUL character (U+0000).');
  return parsed as Record<string, unknown>;
}

function named(name: string, variables: Record<string, unknown>): ExportRequest {
  const base = name.replace(/\.csv$/i, '');
  let query: string | null;
  try {
    query = namedExport(base, variables);
  } catch (error) {
    if (error instanceof ExportInputError) throw fail(400, ErrorCode.BAD_USER_INPUT, error.message);
    throw error;
  }
  if (!query) throw fail(404, ErrorCode.NOT_FOUND, `no export named ${JSON.stringify(base)}; one of ${EXPORT_NAMES.join(', ')}`);
  return { query, variables, filename: `${base}.csv` };
}

function requestOf(request: FastifyRequest): ExportRequest {
  const params = request.params as { name?: string };
  if (request.method === 'GET') {
    const query = request.query as Record<string, unknown>;
    return named(params.name ?? '', variablesOf(query.variables));
  }
  const body = request.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') throw fail(400, 'BAD_REQUEST', 'send a JSON body: {"name": …} or {"query": …}, with "variables"');
  const variables = variablesOf(body.variables);
  if (typeof body.name === 'string') return named(body.name, variables);
  if (typeof body.query !== 'string' || body.query.length === 0) throw fail(400, 'BAD_REQUEST', 'send "name" (a named export) or "query" (a GraphQL query)');
  if (body.query.includes('\u0000')) throw fail(400, ErrorCode.BAD_USER_INPUT, 'Text values cannot contain the NUL character (U+0000).');
  return {
    query: body.query,
    variables,
    operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
    filename: 'export.csv',
  };
}

/** The truncation marker: the last line of an export that stopped before its end. */
export const truncationLine = (reason: string) => `# truncated: ${reason}`;

export async function registerExportRoute(app: AnyFastify, deps: ExportRouteDeps): Promise<ExportsInFlight> {
  const inFlight = new ExportsInFlight();
  const { schema, limits } = deps;
  const production = deps.config.nodeEnv === 'production';
  const rules = [...specifiedRules, ...limits.validationRules];

  /** Parses and validates with the rules of /graphql, before planning (the pages then run through Apollo). */
  function compile(text: string): DocumentNode {
    let document: DocumentNode;
    try {
      document = parse(text, limits.parseOptions);
    } catch (error) {
      throw fail(400, 'GRAPHQL_PARSE_FAILED', (error as Error).message);
    }
    const problems = validate(schema, document, rules);
    if (problems.length) {
      throw new ExportError(
        400,
        problems.map((p) => ({ message: production ? withoutSuggestions(p.message) : p.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })),
      );
    }
    return document;
  }

  async function handler(request: FastifyRequest, reply: FastifyReply) {
    let release: (() => void) | undefined;
    try {
      // The caller, by the same rules as /graphql (a token is required unless AUTH_DEV_MODE).
      const viewer = await requireCaller(deps.db, deps.config, request.headers.authorization, 'sign in: send "Authorization: Bearer <token>"');
      const wanted = requestOf(request);
      const document = compile(wanted.query);
      let plan: ReturnType<typeof planExport>;
      try {
        plan = planExport(document, wanted.operationName);
      } catch (error) {
        if (error instanceof ExportPlanError) throw fail(400, ErrorCode.BAD_USER_INPUT, error.message);
        throw error;
      }

      // The whole export holds one slot of the heavy lane (SERVER_BUSY when none frees in time).
      release = await deps.heavyLane.acquire();
      // One execution per page, each with its own request context (fresh EntityManager and loaders).
      const page = async (after: string | null) => {
        const context = { ...createRequestContext(deps.db.heavyOrm.em as never, request.id, request.log, viewer), heavySlot: true };
        const result = await deps.run(
          { document: plan.document, operationName: plan.operationName, variables: plan.paged ? { ...wanted.variables, [AFTER_VARIABLE]: after } : wanted.variables },
          context,
        );
        if (result.errors?.length) {
          const code = String(result.errors[0]?.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
          throw new ExportError(STATUS[code] ?? 500, [...result.errors]);
        }
        return rowsOf(plan, (result.data ?? {}) as Record<string, unknown>);
      };

      let current = await page(null);
      const columns: Column[] = current.columns;
      const bom = (request.query as Record<string, unknown> | undefined)?.bom;
      // `bom`: the UTF-8 byte-order mark first, for spreadsheet programs that guess the encoding.
      const csv = stringify({ header: true, columns: columns.map((c) => neutralizeCell(c.name)), record_delimiter: 'windows', bom: bom === '1' || bom === 'true' });
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${wanted.filename}"`)
        .header('cache-control', 'no-store');
      void reply.send(csv);

      const maxRows = deps.config.exportMaxRows;
      const writing = (async () => {
        let rows = 0;
        let truncated: string | null = null;
        for (;;) {
          for (const row of current.rows) {
            if (rows >= maxRows) {
              truncated = `the export stops at ${maxRows} rows (EXPORT_MAX_ROWS); narrow the filter for the rest`;
              break;
            }
            if (!csv.write(cellsOf(columns, row).map(neutralizeCell))) await drained(csv);
            if (csv.destroyed) break;
            rows++;
          }
          if (truncated || !current.next || csv.destroyed) break;
          if (inFlight.stopping) {
            truncated = 'the server is shutting down; run the export again for the rest';
            break;
          }
          current = await page(current.next);
          if (rows >= maxRows && current.rows.length === 0) break;
        }
        if (truncated && !csv.destroyed) csv.write([truncationLine(truncated)]);
        csv.end();
        request.log.debug({ rows, truncated: truncated !== null }, 'csv export done');
      })()
        .catch((error: unknown) => {
          request.log.error({ err: error }, 'csv export failed after the first page; response cut short');
          csv.destroy(error instanceof Error ? error : new Error(String(error)));
        })
        .finally(() => release?.());
      inFlight.track(writing);
      return reply;
    } catch (error) {
      release?.();
      if (error instanceof ServerBusyError) {
        return reply.code(503).header('retry-after', String(error.retryAfterSeconds)).send({ errors: [{ message: error.message, extensions: { code: ErrorCode.SERVER_BUSY } }] });
      }
      const refused = error instanceof IdentifyError ? fail(error.status, error.code, error.message) : error;
      if (refused instanceof ExportError) {
        if (refused.status === 503) reply.header('retry-after', '1');
        return reply.code(refused.status).send({ errors: refused.errors });
      }
      if (isDatabaseOutage(error)) {
        return reply.code(503).send({ errors: [{ message: 'The database is unavailable; retry shortly.', extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } }] });
      }
      request.log.error({ err: error }, 'csv export failed');
      return reply.code(500).send({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
    }
  }

  app.get('/export/:name', handler);
  app.post('/export', handler);
  return inFlight;
}
