import { isInternal } from '../kernel/internal-records.js';
import { canSeeConfidential, type RequestContext } from './context.js';

/**
 * Defence in depth for confidential records: the ORM filter (server/kernel/confidential.ts) already
 * leaves them out of every load; these guards also drop one that reached a resolver another way.
 */
export function visibleTo(ctx: RequestContext): <T extends object>(record: T | null | undefined) => record is T {
  const all = canSeeConfidential(ctx.viewer);
  return <T extends object>(record: T | null | undefined): record is T =>
    !!record && (all || !isInternal(record));
}

/** Loads a referenced record through the request's loader; null when there is none or the caller may not see it. */
export async function visibleRef<T extends object>(
  ctx: RequestContext,
  entity: abstract new (...args: never[]) => T,
  ref: { id: string } | null | undefined,
): Promise<T | null> {
  if (!ref) return null;
  const row = await ctx.records.byId(entity).load(ref.id);
  return visibleTo(ctx)(row) ? row : null;
}

/** Whether the caller sees confidential records (editors and admins). */
export function seesConfidential(ctx: RequestContext): boolean {
  return canSeeConfidential(ctx.viewer);
}
