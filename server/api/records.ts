import { Cursor, type EntityMetadata, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from './context.js';
import { BadInputError, NotFoundError, UserError, UserErrorCode, UserErrorsException } from '../kernel/errors.js';
import { decodeIdOf } from '../kernel/global-id.js';
import { type ConnectionShape, innerCursor, type PageRequest, toConnection } from './relay.js';
import { removeAttachments } from './attachments.js';
import type { GraphQLResolveInfo } from 'graphql';
import { readRows } from './read-rows.js';
import { selectedColumns } from './selection.js';
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
): Promise<ConnectionShape<T>> {
  const direction = Object.values(orderBy)[0] ?? 'asc';
  const order = { ...orderBy, id: direction };
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
  const result = ctx.records.readOnly
    ? await pageOfRows(ctx, entity, where, order, options, columns)
    : await ctx.em.findByCursor(entity as never, options);
  ctx.records.prime(entity, result.items as T[], columns);
  // The same filter (and the same confidentiality filter, applied by the ORM) as the page.
  const count = () => ctx.em.count(entity as never, where as never);
  return toConnection(result as never, ordering, count) as unknown as ConnectionShape<T>;
}

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
): Promise<Cursor<T, never, never, never, false>> {
  const meta = ctx.em.getMetadata().get(entity as never) as EntityMetadata;
  const cursorOptions: CursorOptions = { ...options, orderBy: order as never, overfetch: true };
  const keyset = (ctx.em.getDriver() as unknown as CursorDriver).processCursorOptions(meta, cursorOptions, order as never);
  const condition = Object.keys(keyset.where).length > 0 ? { $and: [where, keyset.where] } : where;
  const rows = await readRows(ctx.em, entity, condition as FilterQuery<T>, keyset.orderBy, cursorOptions.limit, columns);
  // A `last` page is read in reverse order; the driver turns it back, and so must we.
  if (options.last && !options.first) rows.reverse();
  return new Cursor(rows as never, undefined as never, cursorOptions as never, meta as never) as Cursor<T, never, never, never, false>;
}

/**
 * Refuses to delete a record that others still reference (IN_USE, listing what refers to it).
 * The record's own citations, topic tags and reported figures go with it.
 */
export async function deleteRecord<T extends Keyed>(em: EntityManager, record: T, references: Reference[]): Promise<void> {
  const problems = await referenceCounts(em, record.id, references);
  if (problems.length > 0) {
    throw new UserErrorsException([
      UserError.of(['input', 'id'], UserErrorCode.IN_USE, `still referenced by ${problems.join(', ')}; remove or re-point them first`),
    ]);
  }
  await removeAttachments(em, [record.id]);
  em.remove(record);
}

/** Checks `end` is not before `start` (partial dates compared by the days they cover). */
export { isOrderedRange } from '../kernel/partial-date.js';
