import type { DatabaseHandle } from '../../api/http.js';
import { isDatabaseOutage, isPoolExhausted } from '../../api/format-error.js';
import { Role, type Viewer } from '../../kernel/role.js';
import { authenticate, bearerTokenHash } from './auth.service.js';
import { cacheViewer, cachedViewer } from './token-cache.js';

/** Who a token-less request is in development auth mode (AUTH_DEV_MODE): an administrator. */
export const DEV_VIEWER: Viewer = { userId: '00000000-0000-0000-0000-000000000000', role: Role.ADMIN, name: 'development mode', dev: true };

/** Why a caller could not be identified: 401 (bad token) or 503 (the database is away, or every pooled connection is busy). */
export class IdentifyError extends Error {
  constructor(
    readonly status: 401 | 503,
    readonly code: 'UNAUTHENTICATED' | 'DATABASE_UNAVAILABLE' | 'SERVER_BUSY',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The caller of an HTTP request (GraphQL, calendar feed, CSV export) from its Authorization
 * header: a valid token's user; the development administrator when there is no token and
 * AUTH_DEV_MODE is on; null (anonymous) otherwise. A bad, expired or revoked token is refused.
 */
export async function identifyCaller(
  db: Pick<DatabaseHandle, 'orm' | 'pool'>,
  config: { authDevMode: boolean; authCacheTtlMs?: number },
  header: string | undefined,
): Promise<Viewer | null> {
  if (header) {
    const bearer = bearerTokenHash(header);
    const cached = 'hash' in bearer ? cachedViewer(bearer.hash, config.authCacheTtlMs ?? 0) : null;
    if (cached) return cached;
  }
  // The root EntityManager's connection: authenticate() manages no entities, so no fork is needed.
  const auth = await authenticate(db.orm.em as never, header).catch((error: unknown) => {
    if (isPoolExhausted(error, () => db.pool())) throw new IdentifyError(503, 'SERVER_BUSY', 'The server is busy; retry shortly.');
    if (isDatabaseOutage(error)) throw new IdentifyError(503, 'DATABASE_UNAVAILABLE', 'The database is unavailable; retry shortly.');
    throw error;
  });
  if (auth.kind === 'user') {
    const bearer = bearerTokenHash(header!);
    if ('hash' in bearer) cacheViewer(bearer.hash, auth.viewer, auth.expiresAt ?? null, config.authCacheTtlMs ?? 0);
    return auth.viewer;
  }
  if (auth.kind === 'rejected') throw new IdentifyError(401, 'UNAUTHENTICATED', auth.reason);
  return config.authDevMode ? DEV_VIEWER : null;
}

/** identifyCaller for the entry points that need a caller (calendar feed, CSV export): anonymous is a 401 IdentifyError. */
export async function requireCaller(
  db: Pick<DatabaseHandle, 'orm' | 'pool'>,
  config: { authDevMode: boolean; authCacheTtlMs?: number },
  header: string | undefined,
  anonymousMessage: string,
): Promise<Viewer> {
  const viewer = await identifyCaller(db, config, header);
  if (!viewer) throw new IdentifyError(401, 'UNAUTHENTICATED', anonymousMessage);
  return viewer;
}
