import { type EntityMetadata, type FilterQuery, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

type EntityClass<T> = abstract new (...args: never[]) => T;
type OrderBy = Record<string, 'asc' | 'desc'>;

/**
 * A to-one reference read from a row: its `id`, like an uninitialized MikroORM `Ref`, with nothing
 * loaded behind it (resolvers load the target through the request's loaders).
 */
export class RowRef {
  constructor(readonly id: string) {}
  unwrap(): undefined {
    return undefined;
  }
  isInitialized(): boolean {
    return false;
  }
  getEntity(): never {
    throw new Error(`a read-only reference (${this.id}) has no entity loaded; load it through ctx.records`);
  }
}

/**
 * The read path of queries: rows of `entity` as read-only objects of its class, without entity
 * management — no identity map, no unit-of-work registration, no change-set snapshot. A read
 * request writes nothing, and creating managed entities was most of its CPU time (bench/README.md).
 *
 * The same filters as `em.find`: `qb.applyFilters()` applies the ORM filters (among them the
 * confidentiality filter of server/kernel/confidential.ts, from the request's logger context), and
 * the statement goes through the request's EntityManager, so it is counted per request. The
 * objects have the entity's prototype (methods, `constructor.name` for union types) and the column
 * values as own properties; a to-one relation is a `RowRef`. Never hand them to `em.flush()`:
 * mutations keep loading managed entities (RecordLoaders reads rows only for query operations).
 */
export async function readRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy?: OrderBy,
): Promise<T[]> {
  const meta = em.getMetadata().get(entity as never) as EntityMetadata<T>;
  const qb = em.createQueryBuilder(entity as never).select('*').where(where as never);
  if (orderBy) qb.orderBy(orderBy as never);
  await qb.applyFilters();
  const rows = (await qb.execute('all', true)) as Record<string, unknown>[];
  return rows.map((row) => asReadOnly(meta, row));
}

function asReadOnly<T extends object>(meta: EntityMetadata<T>, row: Record<string, unknown>): T {
  const object = Object.create(meta.prototype) as T;
  for (const prop of meta.props) {
    if (!(prop.name in row)) continue;
    let value = row[prop.name];
    if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) {
      const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value;
      value = id === null || id === undefined ? null : new RowRef(String(id));
    }
    // Own data properties: the prototype's accessors (MikroORM's reference wrappers) stay out of it.
    Object.defineProperty(object, prop.name, { value, writable: true, enumerable: true, configurable: true });
  }
  return object;
}
