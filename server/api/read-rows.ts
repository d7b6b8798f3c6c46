import { type Dictionary, type EntityMetadata, type FilterQuery, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';
import { visibleSql } from '../kernel/confidential.js';

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
  orderBy?: OrderBy | OrderBy[],
  limit?: number,
  columns?: readonly string[] | null,
): Promise<T[]> {
  const meta = em.getMetadata().get(entity as never) as EntityMetadata<T>;
  const qb = em
    .createQueryBuilder(entity as never)
    .select((columns ? [...columns] : '*') as never)
    .where(where as never);
  if (orderBy) qb.orderBy(orderBy as never);
  if (limit !== undefined) qb.limit(limit);
  await qb.applyFilters();
  const rows = (await qb.execute('all', true)) as Record<string, unknown>[];
  return rows.map((row) => asReadOnly(meta, row));
}

type Copy = (row: Record<string, unknown>) => object;

const copiers = new WeakMap<EntityMetadata, Copy>();

/**
 * A function made once per entity that copies a mapped row into a new object of the entity's
 * prototype, with the property names written into its code: one object shape per entity and
 * named stores, where a loop over the names (keyed stores, megamorphic) was the largest self
 * time of a list query (bench/README.md). Own data properties throughout: where the prototype
 * has an accessor for a name (MikroORM's reference wrappers), the property is defined instead of set.
 */
function copierOf(meta: EntityMetadata): Copy {
  let copy = copiers.get(meta);
  if (!copy) {
    const hasAccessor = (name: string) => {
      for (let p = meta.prototype as object | null; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
        const d = Object.getOwnPropertyDescriptor(p, name);
        if (d) return d.get !== undefined || d.set !== undefined || d.writable !== true;
      }
      return false;
    };
    const lines = meta.props.map((prop) => {
      const key = JSON.stringify(prop.name);
      const ref = prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE;
      const value = ref ? `ref(row[${key}])` : `row[${key}]`;
      const store = hasAccessor(prop.name)
        ? `Object.defineProperty(o, ${key}, { value: ${value}, writable: true, enumerable: true, configurable: true });`
        : `o[${key}] = ${value};`;
      return `if (${key} in row) ${store}`;
    });
    const body = `const o = Object.create(proto);\n${lines.join('\n')}\nreturn o;`;
    copy = new Function('proto', 'ref', `return (row) => {\n${body}\n};`)(meta.prototype, toRowRef) as Copy;
    copiers.set(meta, copy);
  }
  return copy;
}

/** A to-one value of a mapped row (an id, or an object with one) as a RowRef; null stays null. */
function toRowRef(value: unknown): RowRef | null {
  const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value;
  return id === null || id === undefined ? null : new RowRef(String(id));
}

/** A mapped row as a read-only object of the entity's class (see readRows). */
export function asReadOnly<T extends object>(meta: EntityMetadata<T>, row: Record<string, unknown>): T {
  return copierOf(meta as EntityMetadata)(row) as T;
}

type Connection = { logQuery(query: string, context: Dictionary): void };

/**
 * The loaders' statement: rows of `entity` whose `field` (a property: the primary key, a ManyToOne
 * or a plain uuid column; or any of several such fields, of one column type) is one of `keys`, as read-only objects like `readRows` makes. The keys go
 * as one bound array parameter, so the statement text is the same for every batch of a loader and
 * nothing is formatted into it; the confidentiality rule comes as SQL from the kernel
 * (server/kernel/confidential.ts). Counted and logged like the ORM's own statements.
 */
export async function readRowsByKey<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  field: string | readonly string[],
  keys: readonly string[],
  orderBy?: OrderBy,
  columns?: readonly string[] | null,
  joins: readonly JoinedRead[] = [],
): Promise<T[]> {
  const meta = em.getMetadata().get(entity as never) as EntityMetadata<T>;
  // Only the confidentiality filter has an SQL twin; an entity with any other ORM filter reads through the ORM.
  if (Object.keys(meta.filters).some((name) => name !== 'hideConfidential')) {
    return readRows(em, entity, keyCondition(field, keys) as never, orderBy, undefined, columns);
  }
  const joined = joins.map((j) => ({ ...j, meta: em.getMetadata().get(j.entity as never) as EntityMetadata }));
  if (joined.some((j) => Object.keys(j.meta.filters).some((name) => name !== 'hideConfidential'))) joined.length = 0;
  const statement = statementOf(em, meta, field, orderBy, columns, joined);
  const params = [keys];
  const started = Date.now();
  const connection = em.getConnection('read') as unknown as Connection;
  // Outside a transaction on PostgreSQL: a named prepared statement on pg's pool (parsed and
  // planned once per pooled connection, and the text not sent again); else through Kysely.
  const pool = em.getTransactionContext() ? null : await nativePoolOf(connection);
  const result = pool
    ? await preparedQuery(pool, statement, params)
    : await em.getKysely({ type: 'read' }).executeQuery(CompiledQuery.raw(statement.text, params));
  connection.logQuery(statement.text, { ...em.getLoggerContext(), params, took: Date.now() - started, results: result.rows.length });
  const driver = em.getDriver();
  const rows = result.rows as Dictionary[];
  joined.forEach((j, i) => {
    const prefix = `j${i}_`;
    const names = statement.joinColumns[i]!;
    for (const row of rows) {
      if (row[`${prefix}${names[0]}`] == null) continue; // no such row, or one the caller may not see
      const own: Dictionary = {};
      for (const name of names) own[name] = row[`${prefix}${name}`];
      j.found(asReadOnly(j.meta, driver.mapResult(own as never, j.meta as never) as Dictionary));
    }
  });
  return rows.map((row) => asReadOnly(meta, driver.mapResult(row as never, meta as never) as Dictionary));
}

/**
 * A to-one relation read in the same statement as the rows that name it (a LEFT JOIN on its key,
 * with its own confidentiality rule in the join condition): `columns` of `entity` (the primary
 * key first), each row found handed to `found` (the loaders prime their by-key cache with it).
 */
export type JoinedRead = { prop: string; entity: EntityClass<object>; columns: readonly string[]; found: (row: object) => void };

type PgPool = { query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }> };

/** pg's pool behind a connection; null where there is none (PGlite hands MikroORM a ready Kysely dialect). */
const pools = new WeakMap<object, PgPool | null>();

async function nativePoolOf(connection: Connection): Promise<PgPool | null> {
  let pool = pools.get(connection);
  if (pool === undefined) {
    const native = connection as unknown as { getNativeClient?: () => Promise<unknown> };
    pool = await (native.getNativeClient?.() ?? Promise.resolve(null)).then(
      (client) => (client && typeof (client as PgPool).query === 'function' ? (client as PgPool) : null),
      () => null,
    );
    pools.set(connection, pool);
  }
  return pool;
}

/**
 * Runs a loader statement as a named prepared statement: one name per statement text, and the texts
 * are bounded (one per loader, column set and confidentiality). Should a statement's plan be
 * invalidated by a schema change under it (PostgreSQL: "cached plan must not change result type"),
 * that run goes unnamed.
 */
async function preparedQuery(pool: PgPool, statement: Statement, params: unknown[]): Promise<{ rows: unknown[] }> {
  try {
    return await pool.query({ name: statement.name, text: statement.text, values: params });
  } catch (error) {
    if ((error as { code?: string }).code !== '0A000') throw error;
    return pool.query({ text: statement.text, values: params });
  }
}

type Statement = { name: string; text: string; joinColumns: string[][] };

/** The statement per (entity, field, order, columns) and confidentiality: built once. */
const statements = new Map<string, Statement>();

/** The ORM condition `readRowsByKey` writes as SQL: any of the fields is one of the keys. */
export function keyCondition(field: string | readonly string[], keys: readonly string[]): object {
  const fields = typeof field === 'string' ? [field] : field;
  const conditions = fields.map((f) => ({ [f]: { $in: [...keys] } }));
  return conditions.length === 1 ? conditions[0]! : { $or: conditions };
}

function statementOf(
  em: EntityManager,
  meta: EntityMetadata,
  field: string | readonly string[],
  orderBy: OrderBy | undefined,
  columns: readonly string[] | null | undefined,
  joins: readonly (JoinedRead & { meta: EntityMetadata })[] = [],
): Statement {
  const visible = visibleSql(em, meta, 't');
  const fields = typeof field === 'string' ? [field] : field;
  const joinKey = joins.map((j) => `${j.prop}>${j.meta.className}(${j.columns.join(',')})`).join(';');
  const cacheKey = `${meta.className}|${fields.join(',')}|${orderBy ? JSON.stringify(orderBy) : ''}|${columns?.join(',') ?? '*'}|${joinKey}|${visible ?? ''}`;
  let statement = statements.get(cacheKey);
  if (statement === undefined) {
    const column = (name: string) => {
      const prop = meta.properties[name as never] as { fieldNames?: string[] } | undefined;
      const fieldName = prop?.fieldNames?.[0];
      if (!fieldName) throw new Error(`${meta.className}.${name} has no column`);
      return `t.${em.getPlatform().quoteIdentifier(fieldName)}`;
    };
    const keyProp = meta.properties[fields[0] as never] as { columnTypes?: string[] } | undefined;
    const arrayType = keyProp?.columnTypes?.[0] === 'uuid' ? '::uuid[]' : '';
    const matches = fields.map((f) => `${column(f)} = any($1${arrayType})`);
    const order = Object.entries(orderBy ?? {}).map(([name, dir]) => `${column(name)} ${dir === 'desc' ? 'desc' : 'asc'}`);
    const q = (name: string) => em.getPlatform().quoteIdentifier(name);
    const fieldNamesOf = (m: EntityMetadata, names: readonly string[]) =>
      names.flatMap((name) => (m.properties[name as never] as { fieldNames?: string[] } | undefined)?.fieldNames ?? []);
    let selected = columns ? fieldNamesOf(meta, columns).map((f) => `t.${q(f)}`).join(', ') : 't.*';
    const joinColumns: string[][] = [];
    let from = `${q(meta.tableName)} t`;
    joins.forEach((j, i) => {
      const alias = `j${i}`;
      const names = fieldNamesOf(j.meta, [...j.meta.primaryKeys, ...j.columns.filter((c) => !j.meta.primaryKeys.includes(c))]);
      joinColumns.push(names);
      selected += names.map((f) => `, ${alias}.${q(f)} as ${q(`${alias}_${f}`)}`).join('');
      const targetVisible = visibleSql(em, j.meta, alias);
      const key = j.meta.primaryKeys[0]!;
      const keyColumn = fieldNamesOf(j.meta, [key])[0]!;
      // LATERAL with LIMIT 1: one primary-key lookup per row (a plain LEFT JOIN let PostgreSQL hash
      // the whole target table — every person for a few person subjects).
      from += ` left join lateral (select ${names.map((f) => `${alias}.${q(f)}`).join(', ')} from ${q(j.meta.tableName)} ${alias} where ${alias}.${q(keyColumn)} = ${column(j.prop)}${targetVisible ? ` and ${targetVisible}` : ''} limit 1) ${alias} on true`;
    });
    const text =
      `select ${selected} from ${from} where ${matches.length === 1 ? matches[0] : `(${matches.join(' or ')})`}` +
      (visible ? ` and ${visible}` : '') +
      (order.length > 0 ? ` order by ${order.join(', ')}` : '');
    statement = { name: `accord_rows_${statements.size + 1}`, text, joinColumns };
    statements.set(cacheKey, statement);
  }
  return statement;
}
