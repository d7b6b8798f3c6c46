import { raw } from '@mikro-orm/postgresql';
import { BadInputError } from '../../kernel/errors.js';
import { isOrderedRange, partialDateBounds } from '../../kernel/partial-date.js';

/**
 * Raw SQL conditions for list filters of the document and commitment areas. Column names are
 * fixed by the callers (never user text); values always go in as parameters.
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

/** Records tagged with a topic (by the topic's database key). */
export function taggedWith(topicId: string): Condition {
  return idIn('select t.record_id from tagging t where t.topic_id = ?', [topicId]);
}
