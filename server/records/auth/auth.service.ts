import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiToken } from './api-token.entity.js';
import { Role, type Viewer } from '../../kernel/role.js';
import { User } from './user.entity.js';

export type Authentication =
  | { kind: 'anonymous' }
  | { kind: 'user'; viewer: Viewer }
  | { kind: 'rejected'; reason: string };

const TOKEN_PREFIX = 'acc_';
/** lastUsedAt is refreshed at most this often per token (one write per minute, not per request). */
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new secret token; only its hash is ever stored. */
export function generateToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token), prefix: token.slice(0, 10) };
}

type TokenRow = {
  token_id: string;
  expires_at: Date | string | null;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
  user_id: string;
  role: Role;
  name: string;
  disabled: boolean;
};

const asDate = (v: Date | string | null) => (v === null ? null : v instanceof Date ? v : new Date(v));

/** The hash of the token in `Authorization: Bearer <token>`, or why the header is unusable. */
export function bearerTokenHash(header: string): { hash: string } | { rejected: string } {
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match || !match[1]!.startsWith(TOKEN_PREFIX) || match[1]!.length > 200) {
    return { rejected: 'malformed Authorization header; expected "Bearer acc_…"' };
  }
  return { hash: hashToken(match[1]!) };
}

/**
 * Reads `Authorization: Bearer <token>`; checks expiry, revocation and the user's state. One
 * statement on the connection (no EntityManager, nothing managed); lastUsedAt is written at most
 * once a minute. `expiresAt` is returned for callers that remember the answer (token-cache.ts).
 */
export async function authenticate(em: EntityManager, header: string | undefined): Promise<Authentication & { expiresAt?: Date | null }> {
  if (!header) return { kind: 'anonymous' };
  const bearer = bearerTokenHash(header);
  if ('rejected' in bearer) return { kind: 'rejected', reason: bearer.rejected };
  const connection = em.getConnection();
  const rows = await connection.execute<TokenRow[]>(
    `select t.id as token_id, t.expires_at, t.last_used_at, t.revoked_at, u.id as user_id, u.role, u.name, u.disabled
       from api_token t join app_user u on u.id = t.user_id where t.token_hash = ?`,
    [bearer.hash],
  );
  const token = rows[0];
  if (!token) return { kind: 'rejected', reason: 'unknown token' };
  const now = new Date();
  const expiresAt = asDate(token.expires_at);
  if (token.revoked_at) return { kind: 'rejected', reason: 'token revoked' };
  if (expiresAt && expiresAt <= now) return { kind: 'rejected', reason: 'token expired' };
  if (token.disabled) return { kind: 'rejected', reason: 'user disabled' };
  const lastUsedAt = asDate(token.last_used_at);
  if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await connection.execute('update api_token set last_used_at = ? where id = ?', [now, token.token_id], 'run');
  }
  return { kind: 'user', viewer: { userId: token.user_id, role: token.role, name: token.name }, expiresAt };
}

/** Creates a user and a first token (the admin bootstrap and the API use it). */
export async function createUserWithToken(
  em: EntityManager,
  input: { email: string; name: string; role: Role; tokenName?: string; expiresInDays?: number | null },
): Promise<{ user: User; token: string; apiToken: ApiToken }> {
  const user = em.create(User, { email: input.email.trim().toLowerCase(), name: input.name.trim(), role: input.role });
  const { apiToken, token } = issueToken(em, user, input.tokenName ?? 'initial token', input.expiresInDays ?? null);
  await em.flush();
  return { user, token, apiToken };
}

export function issueToken(em: EntityManager, user: User, name: string, expiresInDays: number | null): { apiToken: ApiToken; token: string } {
  const { token, hash, prefix } = generateToken();
  const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null;
  const apiToken = em.create(ApiToken, { user, name, tokenHash: hash, prefix, expiresAt });
  return { apiToken, token };
}

export { Role };
