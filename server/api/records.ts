import { Cursor, type EntityMetadata, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from './context.js';
import { BadInputError, NotFoundError, UserError, UserErrorCode, UserErrorsException } from '../kernel/errors.js';
import { decodeIdOf } from '../kernel/global-id.js';
import { type ConnectionShape, innerCursor, type PageRequest, toConnection } from './relay.js';
import { removeAttachments } from './attachments.js';
import { visibleSql } from '../kernel/confidential.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Prefetch } from './record-loaders.js';
import { asReadOnly, type JoinedRead, readRows } from './read-rows.js';
import { selectedColumns, selects } from './selection.js';
import { type Reference, referenceCounts } from './references.js';

export { removeAttachments };
export type { Reference };

type EntityClass<T> = abstract new (...args: never[]) => T;
type Keyed = { id: string };

/** Fetches one record by global ID for a query, or fails with NOT_FOUND. */
export async function getRecord<T extends Keyed>(ctx: RequestContext, entity: EntityClass<T>, globalId: string): Promise<T> {
  const id = decodeIdOf(entity.name, globalId);
  const found = id ? await ctx.records.byId(entity).load(id) : null;
  if (!found) throw new NotFoundError(entity.name, globalId);
  return found;
}

/** Decodes a global ID given in a query argument (filter), or fails with BAD_USER_INPUT. */
export function argumentId(entity: EntityClass<unknown>, globalId: string, argument: string): string {
  const id = decodeIdOf(entity.name, globalId);
  if (!id) throw new BadInputError(argument, `is not a ${entity.name} ID`);
  return id;
}

/**
 * Resolves a referenced record named in a mutation input. `undefined` (field left out) stays
 * undefined, `null` clears; a malformed or unknown ID is a userError at `field`.
 */
export async function referencedRecord<T extends Keyed>(
  em: EntityManager,
  entity: EntityClass<T>,
  globalId: string | null | undefined,
  field: string[],
): Promise<T | null | undefined> {
  if (globalId === undefined) return undefined;
  if (globalId === null || globalId === '') return null;
  const id = decodeIdOf(entity.name, globalId);
  if (!id) throw new UserErrorsException([UserError.of(field, UserErrorCode.INVALID_ID, `is not a ${entity.name} ID`)]);
  const found = (await em.findOne(entity as never, { id } as never)) as T | null;
  if (!found) throw new UserErrorsException([UserError.of(field, UserErrorCode.NOT_FOUND, `no ${entity.name} has this ID`)]);
  return found;
}

/**
 * The record a mutation changes or removes (`input.id` by default): there, or NOT_FOUND at `field`.
 * An ID of another kind names no record of this kind, so it is NOT_FOUND too, not INVALID_ID.
 */
export async function recordToChange<T extends Keyed>(
  em: EntityManager,
  entity: EntityClass<T>,
  globalId: string,
  field: string[] = ['input', 'id'],
): Promise<T> {
  const id = decodeIdOf(entity.name, globalId);
  const found = id ? ((await em.findOne(entity as never, { id } as never)) as T | null) : null;
  if (!found) throw new UserErrorsException([UserError.of(field, UserErrorCode.NOT_FOUND, `no ${entity.name} has this ID`)]);
  return found;
}

/** Like referencedRecord, for a required reference. */
export async function requiredRecord<T extends Keyed>(
  em: EntityManager,
  entity: EntityClass<T>,
  globalId: string | null | undefined,
  field: string[],
): Promise<T> {
  const found = await referencedRecord(em, entity, globalId, field);
  if (!found) throw new UserErrorsException([UserError.of(field, UserErrorCode.REQUIRED, 'is required')]);
  return found;
}

/**
 * Lists records as a Relay connection (keyset pagination; ties broken by id). With `info` (the
 * connection field's), a query's page reads only the columns its nodes' selection needs.
 */
export async function listConnection<T extends Keyed>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy: Record<string, 'asc' | 'desc'>,
  page: PageRequest,
  info?: GraphQLResolveInfo,
  prefetch: readonly Prefetch[] = [],
): Promise<ConnectionShape<T>> {
  const order = undatedLast(ctx, entity, orderBy);
  const ordering = `${entity.name}:${JSON.stringify(order)}`;
  const options = {
    where: where as never,
    orderBy: order as never,
    first: page.first,
    last: page.last,
    after: innerCursor('after', page.after, ordering),
    before: innerCursor('before', page.before, ordering),
    includeCount: false,
  };
  // The cursor of each edge reads the ordering's properties.
  const columns = ctx.records.readOnly && info ? selectedColumns(ctx.em, entity, info, 'connection', Object.keys(order)) : null;
  // In a query, what the page's statement also reads: the total when `totalCount` is selected, and
  // the selected to-one relations of its nodes (one statement where there were one per part).
  const extras: PageExtras = { total: false, joins: [] };
  if (ctx.records.readOnly && info) {
    extras.total = selects(info, 'totalCount');
    // A relation joins on its key column, which the page must read (its field's resolver reads it too).
    if (columns) extras.joins = ctx.records.joins(info, prefetch, 'connection').filter((j) => columns.includes(j.prop));
  }
  const result = ctx.records.readOnly
    ? await pageOfRows(ctx, entity, where, order, options, columns, extras)
    : await ctx.em.findByCursor(entity as never, options);
  ctx.records.prime(entity, result.items as T[], columns);
  // The same filter (and the same confidentiality filter, applied by the ORM) as the page.
  const count = () => (extras.counted !== undefined ? Promise.resolve(extras.counted) : ctx.em.count(entity as never, where as never));
  return toConnection(result as never, ordering, count) as unknown as ConnectionShape<T>;
}

/**
 * The ordering of a list with ties broken by id, and records without a value (an undated event, an
 * agreement with no expiry) after the others in either direction: PostgreSQL puts NULLs first when
 * descending, so "newest first" would open with the undated ones. Each nullable ordering column has a
 * `(column desc nulls last, id desc nulls last)` index next to its `(column, id)` one.
 */
function undatedLast(ctx: RequestContext, entity: EntityClass<unknown>, orderBy: Record<string, 'asc' | 'desc'>): Record<string, 'asc' | 'desc'> {
  const meta = ctx.em.getMetadata().find(entity as never) as EntityMetadata | undefined;
  const order: Record<string, string> = {};
  let last = 'asc';
  for (const [name, dir] of Object.entries(orderBy)) {
    const nullable = !!(meta?.properties[name as never] as { nullable?: boolean } | undefined)?.nullable;
    last = dir.startsWith('desc') ? (nullable ? 'desc nulls last' : 'desc') : 'asc';
    order[name] = last;
  }
  // The id in the same spelling, so that the index's second column matches the order.
  order.id = last;
  return order as Record<string, 'asc' | 'desc'>;
}

/** What a query's page statement reads besides the page; `counted` is the total it read (none for an empty page). */
type PageExtras = { total: boolean; joins: JoinedRead[]; counted?: number };

const ORDER_DIRECTIONS = new Set(['asc', 'desc', 'asc nulls last', 'asc nulls first', 'desc nulls last', 'desc nulls first']);

type CursorOptions = { first?: number; last?: number; after?: string; before?: string; orderBy: never; overfetch?: boolean; limit?: number };
type CursorDriver = { processCursorOptions(meta: EntityMetadata, options: CursorOptions, orderBy: never): { orderBy: never; where: object } };

/**
 * A query's page as read-only rows (read-rows.ts), with the keyset condition, ordering and
 * over-fetch of one row that `em.findByCursor` builds (the driver's own cursor code, so cursors
 * stay interchangeable with mutation payloads' pages), wrapped in the ORM's Cursor.
 */
async function pageOfRows<T extends Keyed>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  order: Record<string, 'asc' | 'desc'>,
  options: Omit<CursorOptions, 'orderBy' | 'overfetch' | 'limit'>,
  columns: readonly string[] | null,
  extras: PageExtras = { total: false, joins: [] },
): Promise<Cursor<T, never, never, never, false>> {
  const meta = ctx.em.getMetadata().get(entity as never) as EntityMetadata;
  const cursorOptions: CursorOptions = { ...options, orderBy: order as never, overfetch: true };
  const keyset = (ctx.em.getDriver() as unknown as CursorDriver).processCursorOptions(meta, cursorOptions, order as never);
  const condition = Object.keys(keyset.where).length > 0 ? { $and: [where, keyset.where] } : where;
  const rows =
    extras.total || extras.joins.length > 0
      ? await pageWithExtras(ctx, meta, where, condition, keyset.orderBy, cursorOptions.limit, columns, extras)
      : await readRows(ctx.em, entity, condition as FilterQuery<T>, keyset.orderBy, cursorOptions.limit, columns);
  // A `last` page is read in reverse order; the driver turns it back, and so must we.
  if (options.last && !options.first) rows.reverse();
  return new Cursor(rows as never, undefined as never, cursorOptions as never, meta as never) as Cursor<T, never, never, never, false>;
}

/**
 * The page, the total of the filter and the nodes' selected to-one relations in one statement:
 * the page statement as the ORM builds it (filters, keyset condition, order, over-fetch) wrapped as
 * `p`, the count (the ORM's own count statement for `where`, an uncorrelated scalar subquery:
 * computed once) and each relation LEFT JOINed on its key with its confidentiality rule, ordered
 * again as the page. Returns the page's rows; the relations' rows go to their `found`.
 */
async function pageWithExtras<T extends Keyed>(
  ctx: RequestContext,
  meta: EntityMetadata,
  where: FilterQuery<T>,
  condition: unknown,
  orderBy: unknown,
  limit: number | undefined,
  columns: readonly string[] | null,
  extras: PageExtras,
): Promise<T[]> {
  const em = ctx.em;
  const platform = em.getPlatform();
  const q = (name: string) => platform.quoteIdentifier(name);
  const columnOf = (m: EntityMetadata, name: string) => (m.properties[name as never] as { fieldNames?: string[] } | undefined)?.fieldNames?.[0];
  // The page's order, again, on the wrapped rows; an order we cannot restate reads the parts apart.
  const order: string[] = [];
  for (const entry of Array.isArray(orderBy) ? orderBy : [orderBy]) {
    for (const [name, dir] of Object.entries((entry ?? {}) as Record<string, unknown>)) {
      const column = columnOf(meta, name);
      const direction = String(dir).toLowerCase();
      if (!column || !ORDER_DIRECTIONS.has(direction)) {
        extras.joins = [];
        extras.total = false;
        return readRows(em, meta.class as never, condition as never, orderBy as never, limit, columns);
      }
      order.push(`p.${q(column)} ${direction}`);
    }
  }
  const page = em.createQueryBuilder(meta.class as never).select((columns ? [...columns] : '*') as never).where(condition as never).orderBy(orderBy as never);
  if (limit !== undefined) page.limit(limit);
  await page.applyFilters();
  let selected = 'p.*';
  let from = `(${page.getFormattedQuery()}) as p`;
  if (extras.total) {
    const count = em.createQueryBuilder(meta.class as never).count().where(where as never);
    await count.applyFilters();
    selected += `, (${count.getFormattedQuery()}) as "__total"`;
  }
  const joinColumns: string[][] = [];
  extras.joins.forEach((j, i) => {
    const target = em.getMetadata().get(j.entity as never) as EntityMetadata;
    const alias = `j${i}`;
    const names = [...target.primaryKeys, ...j.columns.filter((c) => !target.primaryKeys.includes(c))].map((c) => columnOf(target, c)!);
    joinColumns.push(names);
    selected += names.map((f) => `, ${alias}.${q(f)} as ${q(`${alias}_${f}`)}`).join('');
    const visible = visibleSql(em, target, alias);
    // LATERAL with LIMIT 1: one primary-key lookup per page row, never a hash of the target table.
    from += ` left join lateral (select ${names.map((f) => `${alias}.${q(f)}`).join(', ')} from ${q(target.tableName)} ${alias} where ${alias}.${q(columnOf(target, target.primaryKeys[0]!)!)} = p.${q(columnOf(meta, j.prop)!)}${visible ? ` and ${visible}` : ''} limit 1) ${alias} on true`;
  });
  const sql = `select ${selected} from ${from} order by ${order.join(', ')}`;
  const raw = (await em.execute(sql, [], { method: 'all', connectionType: 'read', loggerContext: em.getLoggerContext() } as never)) as Record<string, unknown>[];
  const driver = em.getDriver();
  if (extras.total && raw.length > 0) extras.counted = Number(raw[0]!.__total);
  extras.joins.forEach((j, i) => {
    const target = em.getMetadata().get(j.entity as never) as EntityMetadata;
    const names = joinColumns[i]!;
    for (const row of raw) {
      if (row[`j${i}_${names[0]}`] == null) continue;
      const own: Record<string, unknown> = {};
      for (const name of names) own[name] = row[`j${i}_${name}`];
      j.found(asReadOnly(target, driver.mapResult(own as never, target as never) as Record<string, unknown>));
    }
  });
  return raw.map((row) => asReadOnly(meta, driver.mapResult(row as never, meta as never) as Record<string, unknown>) as T);
}

/**
 * Refuses to delete a record that others still reference (IN_USE, listing what refers to it).
 * The record's own citations, topic tags and reported figures go with it.
 */
export async function deleteRecord<T extends Keyed>(em: EntityManager, record: T, references: Reference[]): Promise<void> {
  const problems = await referenceCounts(em, record.id, references);
  if (problems.length > 0) {
    throw new UserErrorsException([
      UserError.of(['input', 'id'], UserErrorCode.IN_USE, `still referenced by ${problems.join(', ')}; remove or re-point what refers to it first`),
    ]);
  }
  await removeAttachments(em, [record.id]);
  em.remove(record);
}

/** Checks `end` is not before `start` (partial dates compared by the days they cover). */
export { isOrderedRange } from '../kernel/partial-date.js';
