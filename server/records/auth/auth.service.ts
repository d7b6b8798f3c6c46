import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiToken } from './api-token.entity.js';
import { Role } from '../../kernel/role.js';
import { User } from './user.entity.js';

/** The caller of a request, once authenticated. */
export type Viewer = { userId: string; role: Role; name: string; dev?: boolean };

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

/** Reads `Authorization: Bearer <token>`; checks expiry, revocation and the user's state on every request. */
export async function authenticate(em: EntityManager, header: string | undefined): Promise<Authentication> {
  if (!header) return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match || !match[1]!.startsWith(TOKEN_PREFIX) || match[1]!.length > 200) {
    return { kind: 'rejected', reason: 'malformed Authorization header; expected "Bearer acc_…"' };
  }
  const token = await em.findOne(ApiToken, { tokenHash: hashToken(match[1]!) }, { populate: ['user'] });
  if (!token) return { kind: 'rejected', reason: 'unknown token' };
  const now = new Date();
  if (token.revokedAt) return { kind: 'rejected', reason: 'token revoked' };
  if (token.expiresAt && token.expiresAt <= now) return { kind: 'rejected', reason: 'token expired' };
  const user = token.user.getEntity();
  if (user.disabled) return { kind: 'rejected', reason: 'user disabled' };
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
  }
  return { kind: 'user', viewer: { userId: user.id, role: user.role, name: user.name } };
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
