import type { Database } from '../../db/database.js';
import { isDatabaseOutage } from '../../api/format-error.js';
import { Role } from '../../kernel/role.js';
import { authenticate, type Viewer } from './auth.service.js';

/** Who a token-less request is in development auth mode (AUTH_DEV_MODE): an administrator. */
export const DEV_VIEWER: Viewer = { userId: '00000000-0000-0000-0000-000000000000', role: Role.ADMIN, name: 'development mode', dev: true };

/** Why a caller could not be identified: 401 (bad token) or 503 (the database is away). */
export class IdentifyError extends Error {
  constructor(
    readonly status: 401 | 503,
    readonly code: 'UNAUTHENTICATED' | 'DATABASE_UNAVAILABLE',
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
export async function identifyCaller(db: Database, authDevMode: boolean, header: string | undefined): Promise<Viewer | null> {
  const auth = await authenticate(db.orm.em.fork() as never, header).catch((error: unknown) => {
    if (isDatabaseOutage(error)) throw new IdentifyError(503, 'DATABASE_UNAVAILABLE', 'The database is unavailable; retry shortly.');
    throw error;
  });
  if (auth.kind === 'user') return auth.viewer;
  if (auth.kind === 'rejected') throw new IdentifyError(401, 'UNAUTHENTICATED', auth.reason);
  return authDevMode ? DEV_VIEWER : null;
}
