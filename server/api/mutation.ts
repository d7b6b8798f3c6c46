import { ForeignKeyConstraintViolationException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type RequestContext, resetLoaders } from './context.js';
import { RecordLoaders } from './record-loaders.js';
import { UserError, UserErrorCode, UserErrorsException } from '../kernel/errors.js';

export type MutationOutcome<T> = {
  result: T | null;
  userErrors: UserError[];
  /** On a dry run: what the check registered for the result's class found, before the rollback. */
  preview?: unknown;
};

type DryRunCheck = (record: object, ctx: RequestContext) => Promise<unknown>;
const dryRunChecks = new Map<Function, DryRunCheck>();

/**
 * What a dry run of a mutation whose result is an `entity` reports, computed inside its transaction
 * before the rollback (the planning area registers the schedule conflicts of events and visits).
 */
export function registerDryRunCheck<E extends object>(entity: abstract new (...args: never[]) => E, check: (record: E, ctx: RequestContext) => Promise<unknown>): void {
  dryRunChecks.set(entity, check as DryRunCheck);
}

/** The description of the `dryRun` argument of the mutations that take one. */
export const DRY_RUN =
  'Check only: every rule runs and `warnings` are computed, then nothing is saved (no audit entry either). The record returned is as it would have been saved; its related lists are empty.';

/** The context of a mutation called with `dryRun: true` (or the same context). */
export function dryRunContext(ctx: RequestContext, dryRun: boolean | null | undefined): RequestContext {
  return dryRun ? { ...ctx, dryRun: true } : ctx;
}

/** Ends a dry run's transaction with a rollback, carrying what it found. */
class DryRunDone extends Error {
  constructor(
    readonly result: unknown,
    readonly preview: unknown,
  ) {
    super('dry run');
  }
}

/**
 * Runs one mutation as one transaction. A UserErrorsException anywhere inside rolls everything
 * back and becomes the payload's `userErrors`; so do the database's own guards (a concurrent
 * edit that bumped the version, a uniqueness race). With `ctx.dryRun` every rule runs the same
 * way, the registered check (if any) looks at the result, and then everything is rolled back
 * (audit entries included: they are written in the same transaction).
 */
export async function runMutation<T>(
  ctx: RequestContext,
  work: (em: EntityManager) => Promise<T>,
  onUnique?: () => UserError,
): Promise<MutationOutcome<T>> {
  try {
    const result = await ctx.em.transactional(async (em) => {
      const done = await work(em as EntityManager);
      if (!ctx.dryRun) return done;
      const check = done !== null && typeof done === 'object' ? dryRunChecks.get(done.constructor) : undefined;
      const inner: RequestContext = { ...ctx, em: em as EntityManager, records: new RecordLoaders(em as EntityManager) };
      throw new DryRunDone(done, check ? await check(done as object, inner) : undefined);
    });
    return { result, userErrors: [] };
  } catch (error) {
    if (error instanceof DryRunDone) return { result: error.result as T, userErrors: [], preview: error.preview };
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
