// The `uncited` filter every list offers: records that cite no source (true) or at least one (false).
import { raw } from '@mikro-orm/core';

export const UNCITED_DESCRIPTION = 'true: only records that cite no source; false: only records citing at least one.';

/**
 * The condition as a MikroORM where-fragment (a raw `exists` on the citation table, served by its
 * record index), or null when the filter is not set. `column` is the citation column that points
 * at the listed record (`source_id` when listing sources: sources no record cites).
 */
export function uncitedCondition(uncited: boolean | null | undefined, column: 'record_id' | 'source_id' = 'record_id'): Record<string, unknown> | null {
  if (uncited == null) return null;
  return { [raw((alias) => `${uncited ? 'not ' : ''}exists (select 1 from citation c where c.${column} = ${alias}.id)`)]: [] };
}
