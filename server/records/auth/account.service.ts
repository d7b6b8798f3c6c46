import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { RequestContext } from '../../api/context.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { listConnection, recordToChange, referencedRecord } from '../../api/records.js';
import type { ConnectionShape, PageRequest } from '../../api/relay.js';
import { BadInputError, ForbiddenError, UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { decodeIdOf, toGlobalId } from '../../kernel/global-id.js';
import { hasRole, Role, type Viewer } from '../../kernel/role.js';
import { parseInput, requiredText } from '../../kernel/validation.js';
import { ApiToken } from './api-token.entity.js';
import { issueToken } from './auth.service.js';
import { forgetCachedTokens } from './token-cache.js';
import { User } from './user.entity.js';

/**
 * Users and their API tokens. The root fields are ADMIN-only or AUTHENTICATED (auth.access.ts);
 * the rules that depend on whose record it is live here: anyone manages their own tokens, only an
 * admin another user's, and the registry always keeps one admin who can sign in.
 */

const UserSchema = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email({ message: 'must be an e-mail address' })),
  name: requiredText(200),
  role: z.enum(Role),
});

const MAX_TOKEN_DAYS = 3650;

const isAdmin = (viewer: Viewer) => hasRole(viewer.role, Role.ADMIN);

/** The signed-in user (in development mode a user that exists only in the request). */
export function currentUser(ctx: RequestContext): Promise<User | null> | User {
  const viewer = ctx.viewer!;
  if (viewer.dev) return Object.assign(new User(), { id: viewer.userId, email: 'dev@localhost', name: viewer.name, role: viewer.role });
  return ctx.records.byId(User).load(viewer.userId) as Promise<User | null>;
}

export function listUsers(ctx: RequestContext, page: PageRequest): Promise<ConnectionShape<User>> {
  return listConnection(ctx, User, {}, { email: 'asc' }, page);
}

export function createUser(ctx: RequestContext, input: { email: string; name: string; role: Role }): Promise<MutationOutcome<User>> {
  return runMutation(
    ctx,
    async (em) => {
      const user = em.create(User, parseInput(UserSchema, input));
      await em.flush();
      return user;
    },
    () => UserError.of(['input', 'email'], UserErrorCode.DUPLICATE, 'a user with this e-mail exists'),
  );
}

export async function updateUser(
  ctx: RequestContext,
  input: { id: string; version?: number | null; name?: string | null; role?: Role | null; disabled?: boolean | null },
): Promise<MutationOutcome<User>> {
  const outcome = await runMutation(ctx, async (em) => {
    const user = await recordToChange(em, User, input.id);
    checkVersion(user.version, input.version);
    if (input.name != null) user.name = parseInput(requiredText(200), input.name, ['input', 'name']);
    const losesAdmin = user.role === Role.ADMIN && !user.disabled && ((input.role != null && input.role !== Role.ADMIN) || input.disabled === true);
    if (losesAdmin) await keepAnAdmin(em, user, input.role != null && input.role !== Role.ADMIN ? 'role' : 'disabled');
    if (input.role != null) user.role = input.role;
    if (input.disabled != null) user.disabled = input.disabled;
    await em.flush();
    return user;
  });
  // After the commit: this process checks every token again (others within AUTH_CACHE_TTL_MS).
  if (outcome.result) forgetCachedTokens();
  return outcome;
}

/** Refuses to demote or disable the last active admin: nobody could manage users or tokens after it. */
async function keepAnAdmin(em: EntityManager, user: User, field: 'role' | 'disabled'): Promise<void> {
  const others = await em.count(User, { role: Role.ADMIN, disabled: false, id: { $ne: user.id } });
  if (others === 0) {
    throw new UserErrorsException([UserError.of(['input', field], UserErrorCode.INVALID_VALUE, 'this is the last active admin; make another user admin first')]);
  }
}

/** The caller's tokens, or (admins only) another user's. */
export function listApiTokens(ctx: RequestContext, userId: string | null): Promise<ApiToken[]> {
  const viewer = ctx.viewer!;
  const owner = userId ? decodeIdOf('User', userId) : viewer.userId;
  if (!owner) throw new BadInputError('userId', 'is not a User ID');
  if (owner !== viewer.userId && !isAdmin(viewer)) throw new ForbiddenError('only admins list other users’ tokens');
  return ctx.em.find(ApiToken, { user: owner }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}

/** Issues a token for the caller, or (admins only) for another user; the secret is returned once. */
export async function createApiToken(
  ctx: RequestContext,
  input: { name: string; expiresInDays?: number | null; userId?: string | null },
): Promise<MutationOutcome<ApiToken> & { secret: string | null }> {
  const viewer = ctx.viewer!;
  let secret: string | null = null;
  const outcome = await runMutation(ctx, async (em) => {
    const name = parseInput(requiredText(200), input.name, ['input', 'name']);
    if (input.expiresInDays != null && (input.expiresInDays < 1 || input.expiresInDays > MAX_TOKEN_DAYS)) {
      throw new UserErrorsException([UserError.of(['input', 'expiresInDays'], UserErrorCode.INVALID_VALUE, `must be between 1 and ${MAX_TOKEN_DAYS}`)]);
    }
    const forOther = input.userId != null && decodeIdOf('User', input.userId) !== viewer.userId;
    if (forOther && !isAdmin(viewer)) throw new ForbiddenError('only admins issue tokens for other users');
    const user = await referencedRecord(em, User, input.userId ?? toGlobalId('User', viewer.userId), ['input', 'userId']);
    if (!user) throw new UserErrorsException([UserError.of(['input', 'userId'], UserErrorCode.NOT_FOUND, 'no User has this ID')]);
    const issued = issueToken(em, user, name, input.expiresInDays ?? null);
    secret = issued.token;
    await em.flush();
    return issued.apiToken;
  });
  return { ...outcome, secret: outcome.result ? secret : null };
}

/** Revokes one of the caller's tokens (admins: anyone's); refused from the next request on. */
export async function revokeApiToken(ctx: RequestContext, id: string): Promise<MutationOutcome<ApiToken>> {
  const viewer = ctx.viewer!;
  const outcome = await runMutation(ctx, async (em) => {
    const token = await recordToChange(em, ApiToken, id, ['id']);
    // Another user's token is not even confirmed to exist.
    if (token.user.id !== viewer.userId && !isAdmin(viewer)) throw new UserErrorsException([UserError.of(['id'], UserErrorCode.NOT_FOUND, 'no ApiToken has this ID')]);
    token.revokedAt ??= new Date();
    await em.flush();
    return token;
  });
  if (outcome.result) forgetCachedTokens();
  return outcome;
}
