import { raw } from '@mikro-orm/postgresql';
import { BadInputError } from '../kernel/errors.js';
import { decodeIdOf } from '../kernel/global-id.js';
import { isOrderedRange, partialDateBounds } from '../kernel/partial-date.js';

/**
 * Raw SQL conditions for list filters shared by several record kinds. Column names are fixed by
 * the callers (never user text); values always go in as parameters.
 */
type Condition = Record<symbol, unknown>;

/**
 * Records whose partial date in `column` can fall within [from, to] (both partial dates,
 * inclusive): the day range the stored date covers overlaps the range the bounds cover. A record
 * dated "2024" matches from "2024-10"; records without a date never match a bound.
 */
export function partialDateWithin(
  column: string,
  from: string | null | undefined,
  to: string | null | undefined,
  names: { from: string; to: string },
): Condition[] {
  if (from && to && !isOrderedRange(from, to)) throw new BadInputError(names.to, `must not lie before ${names.from}`);
  const conditions: Condition[] = [];
  if (from) conditions.push({ [raw((a) => `accord_date_to(${a}."${column}")`)]: { $gte: partialDateBounds(from).earliest } });
  if (to) conditions.push({ [raw((a) => `accord_date_from(${a}."${column}")`)]: { $lte: partialDateBounds(to).latest } });
  return conditions;
}

/** Records whose partial date in `column` ends before `day` (YYYY-MM-DD): wholly in the past. */
export function partialDateBefore(column: string, day: string): Condition {
  return { [raw((a) => `accord_date_to(${a}."${column}")`)]: { $lt: day } };
}

/** Records whose id is in a subquery (`select <uuid column> from … where …` with ? parameters). */
export function idIn(subquery: string, params: unknown[]): Condition {
  return { [raw((a) => `${a}."id" in (${subquery})`, params)]: [] };
}

/** Records tagged with a topic, named by its global ID in the filter `argument`. */
export function taggedWith(topicGlobalId: string, argument: string): Condition {
  const topicId = decodeIdOf('Topic', topicGlobalId);
  if (!topicId) throw new BadInputError(argument, 'is not a Topic ID');
  return idIn('select t.record_id from tagging t where t.topic_id = ?', [topicId]);
}

export const UNCITED_DESCRIPTION = 'true: only records that cite no source; false: only records citing at least one.';

/**
 * The `uncited` filter every list offers: records that cite no source (true) or at least one
 * (false), as a MikroORM where-fragment (a raw `exists` on the citation table, served by its
 * record index), or null when the filter is not set. `column` is the citation column that points
 * at the listed record (`source_id` when listing sources: sources no record cites).
 */
export function uncitedCondition(uncited: boolean | null | undefined, column: 'record_id' | 'source_id' = 'record_id'): Record<string, unknown> | null {
  if (uncited == null) return null;
  return { [raw((alias) => `${uncited ? 'not ' : ''}exists (select 1 from citation c where c.${column} = ${alias}.id)`)]: [] };
}
