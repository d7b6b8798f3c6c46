import { PassThrough, type Readable } from 'node:stream';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { FastifyReply } from 'fastify';
import type { AnyFastify, DatabaseHandle } from '../api/http.js';
import { isDatabaseOutage } from '../api/format-error.js';
import type { Config } from '../kernel/config.js';
import { hasRole, Role } from '../kernel/role.js';
import { IdentifyError, requireCaller } from '../records/auth/identify.js';
import { RestoreRefused, restoreBackup, writeBackup } from '../db/backup.js';

/*
 *   GET  /backup    the whole registry as one archive of JSON lines (server/db/backup.ts)
 *   POST /restore   an archive (Content-Type: application/x-ndjson) into a registry without records
 *
 * ADMIN only (Authorization: Bearer <token>). `accord export --all` and `accord import --all` use them.
 */

export type BackupRouteDeps = { db: DatabaseHandle; config: Pick<Config, 'authDevMode'> & Partial<Pick<Config, 'authCacheTtlMs'>> };

/** A restore body may be large (the whole registry), but not unbounded. */
const RESTORE_MAX_BYTES = 2 * 1024 ** 3;

class RouteError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function fail(reply: FastifyReply, error: RouteError) {
  if (error.status === 401) reply.header('www-authenticate', 'Bearer realm="accord"');
  if (error.status === 503) reply.header('retry-after', '1');
  return reply.code(error.status).type('application/json; charset=utf-8').send({ errors: [{ message: error.message, extensions: { code: error.code } }] });
}

async function requireAdmin(deps: BackupRouteDeps, header: string | undefined): Promise<void> {
  const viewer = await requireCaller(deps.db, deps.config, header, 'sign in as an administrator: send "Authorization: Bearer <token>"');
  if (!hasRole(viewer.role, Role.ADMIN)) throw new RouteError(403, 'FORBIDDEN', 'backup and restore need the ADMIN role');
}

function routeErrorOf(error: unknown): RouteError | null {
  if (error instanceof RouteError) return error;
  if (error instanceof IdentifyError) return new RouteError(error.status, error.code, error.message);
  if (error instanceof RestoreRefused) return new RouteError(error.code === 'CONFLICT' ? 409 : 400, error.code, error.message);
  if (isDatabaseOutage(error)) return new RouteError(503, 'DATABASE_UNAVAILABLE', 'The database is unavailable; retry shortly.');
  return null;
}

/** The request body's lines, refusing more than RESTORE_MAX_BYTES. */
async function* linesOf(body: Readable): AsyncGenerator<string> {
  let bytes = 0;
  body.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > RESTORE_MAX_BYTES) body.destroy(new RouteError(413, 'BAD_USER_INPUT', `the archive is larger than ${RESTORE_MAX_BYTES} bytes`));
  });
  yield* createInterface({ input: body, crlfDelay: Number.POSITIVE_INFINITY });
}

export function registerBackupRoutes(app: AnyFastify, deps: BackupRouteDeps): void {
  app.get('/backup', async (request, reply) => {
    try {
      await requireAdmin(deps, request.headers.authorization);
    } catch (error) {
      const known = routeErrorOf(error);
      if (known) return fail(reply, known);
      throw error;
    }
    const out = new PassThrough();
    const day = new Date().toISOString().slice(0, 10);
    reply.type('application/x-ndjson; charset=utf-8').header('content-disposition', `attachment; filename="accord-backup-${day}.jsonl"`);
    // Written while it is sent: a failure after the first line cuts the response short (visibly: no last newline).
    void writeBackup(deps.db.orm.em, async (line) => {
      if (!out.write(line)) await once(out, 'drain');
    }).then(
      (counts) => {
        request.log.info({ counts }, 'backup written');
        out.end();
      },
      (error: unknown) => {
        request.log.error({ err: error }, 'backup failed');
        out.destroy(error as Error);
      },
    );
    return reply.send(out);
  });

  // Its own scope: the stream parser for JSON lines applies to /restore only.
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/x-ndjson', (_request, payload, done) => done(null, payload));
    scope.post('/restore', async (request, reply) => {
      try {
        await requireAdmin(deps, request.headers.authorization);
        if (!String(request.headers['content-type'] ?? '').startsWith('application/x-ndjson')) {
          throw new RouteError(415, 'BAD_USER_INPUT', 'send the archive as Content-Type: application/x-ndjson');
        }
        const counts = await restoreBackup(deps.db.orm.em, linesOf(request.body as Readable));
        request.log.info({ counts }, 'backup restored');
        return reply.send({ restored: counts });
      } catch (error) {
        const known = routeErrorOf(error);
        if (known) return fail(reply, known);
        request.log.error({ err: error }, 'restore failed');
        return fail(reply, new RouteError(500, 'INTERNAL_SERVER_ERROR', `internal error (request ${request.id}); nothing was restored`));
      }
    });
  });
}
