import { ForeignKeyConstraintViolationException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type RequestContext, resetLoaders } from './context.js';
import { UserError, UserErrorCode, UserErrorsException } from '../kernel/errors.js';

export type MutationOutcome<T> = { result: T | null; userErrors: UserError[] };

/**
 * Runs one mutation as one transaction. A UserErrorsException anywhere inside rolls everything
 * back and becomes the payload's `userErrors`; so do the database's own guards (a concurrent
 * edit that bumped the version, a uniqueness race).
 */
export async function runMutation<T>(
  ctx: RequestContext,
  work: (em: EntityManager) => Promise<T>,
  onUnique?: () => UserError,
): Promise<MutationOutcome<T>> {
  try {
    const result = await ctx.em.transactional((em) => work(em as EntityManager));
    return { result, userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrorsException) return { result: null, userErrors: error.userErrors };
    if (error instanceof OptimisticLockError) {
      return {
        result: null,
        userErrors: [UserError.of(['input', 'version'], UserErrorCode.CONFLICT, 'the record was changed by someone else; reload and retry')],
      };
    }
    if (error instanceof UniqueConstraintViolationException) {
      // A concurrent request created the same thing between our check and our insert.
      return {
        result: null,
        userErrors: [onUnique?.() ?? UserError.of(['input'], UserErrorCode.DUPLICATE, 'an identical record already exists')],
      };
    }
    // Safety net: a reference the service did not check (or one added concurrently).
    if (error instanceof ForeignKeyConstraintViolationException) {
      return {
        result: null,
        userErrors: [UserError.of(['input'], UserErrorCode.IN_USE, 'the change would leave a reference dangling; other records still refer to this one')],
      };
    }
    throw error;
  } finally {
    // Loaders may hold rows read before the write; later fields must see the new state.
    resetLoaders(ctx);
  }
}

/** Refuses the write when the caller's expected version is not the current one. */
export function checkVersion(current: number, expected: number | null | undefined): void {
  if (expected === null || expected === undefined || expected === current) return;
  throw new UserErrorsException([
    UserError.of(['input', 'version'], UserErrorCode.CONFLICT, `expected version ${expected} but the record is at version ${current}; reload and retry`),
  ]);
}
