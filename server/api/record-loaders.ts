import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { HIDDEN_RECORD_IDS } from '../kernel/internal-records.js';
import { type JoinedRead, keyCondition, readRowsByKey } from './read-rows.js';
import { selectedColumns, selectedColumnsBelow } from './selection.js';

type EntityClass<T> = abstract new (...args: never[]) => T;
type OrderBy = Record<string, 'asc' | 'desc'>;

/**
 * A to-one relation of the loaded rows to read in the same statement when the query selects it:
 * `prop` (a ManyToOne) to `entity`, answered by the GraphQL field `field` whose resolver loads it
 * through `byId(entity, info)` — the rows found are primed there, and that field asks no statement.
 */
export type Prefetch = { prop: string; field: string; entity: EntityClass<object> };

/**
 * Generic, per-request DataLoaders for any entity: by primary key, and grouped by a foreign key
 * (all Participations of these events, all Citations of these records). Each distinct
 * (entity, key field, order) gets one loader, so every field that asks in the same tick shares
 * one SQL statement.
 */
export class RecordLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  /**
   * Set for query operations (readOnlyQueries below): the loaders then read rows without entity
   * management (read-rows.ts). Mutations, and the loaders made after a write, load managed entities.
   */
  readOnly = false;

  /** Rows this request has read, per by-key loader: a field whose row is here answers without a promise. */
  private readonly known = new Map<string, Map<string, unknown>>();

  constructor(private readonly em: EntityManager) {}

  /** Records of `entity` whose `field` is one of `keys`: rows with bound keys in queries, managed entities otherwise. */
  private find<T extends object>(
    entity: EntityClass<T>,
    field: string | readonly string[],
    keys: readonly string[],
    orderBy?: OrderBy,
    columns?: readonly string[] | null,
    joins?: readonly JoinedRead[],
  ): Promise<T[]> {
    if (this.readOnly) return readRowsByKey(this.em, entity, field, keys, orderBy, columns, joins);
    const where = keyCondition(field, keys);
    return this.em.find(entity as never, where as never, orderBy ? { orderBy: orderBy as never } : {}) as Promise<T[]>;
  }

  /**
   * The columns a query reads for the objects of the field being resolved (selection.ts), plus
   * `extra`; null (every column) for mutations, which load managed entities, or without `info`.
   */
  columns(entity: EntityClass<unknown>, info: GraphQLResolveInfo | undefined, extra: readonly string[] = []): readonly string[] | null {
    return this.readOnly && info ? selectedColumns(this.em, entity, info, 'objects', extra) : null;
  }

  /**
   * Loads records of `entity` by key; null for unknown keys. With `info` (the resolver's), in a
   * query, only the columns its selection reads (one loader per column set).
   */
  byId<T extends object>(entity: EntityClass<T>, info?: GraphQLResolveInfo): DataLoader<string, T | null> {
    return this.byIdWith(entity, this.columns(entity, info));
  }

  /** `byId` reading only `columns` (null: all). */
  byIdWith<T extends object>(entity: EntityClass<T>, columns: readonly string[] | null): DataLoader<string, T | null> {
    const key = byIdKey(entity, columns);
    return this.loader(key, async (ids) => {
      const rows = (await this.find(entity, 'id', ids, undefined, columns)) as (T & { id: string })[];
      const map = this.knownOf(key);
      for (const row of rows) map.set(row.id, row);
      return ids.map((id) => (map.get(id) as T | undefined) ?? null);
    });
  }

  /**
   * One record by key for a field resolver: the row itself when the request has already read it (a
   * page, a join or an earlier batch; hundreds of fields of a list then cost no promise each), else
   * the batched load of `byId`.
   */
  record<T extends object>(entity: EntityClass<T>, id: string, info?: GraphQLResolveInfo): T | null | Promise<T | null> {
    const columns = this.columns(entity, info);
    const row = this.known.get(byIdKey(entity, columns))?.get(id);
    return row !== undefined ? (row as T) : this.byIdWith(entity, columns).load(id);
  }

  private knownOf(key: string): Map<string, unknown> {
    let map = this.known.get(key);
    if (!map) {
      map = new Map();
      this.known.set(key, map);
    }
    return map;
  }

  /**
   * Loads, for each key, the records of `entity` whose `field` equals it: a to-many relation
   * read from the owning side (`field` is a ManyToOne or a plain uuid column such as recordId).
   */
  groupBy<T extends object>(
    entity: EntityClass<T>,
    field: string,
    orderBy: OrderBy = { createdAt: 'asc' },
    info?: GraphQLResolveInfo,
    extra: readonly string[] = [],
  ): DataLoader<string, T[]> {
    const columns = this.columns(entity, info, [field, ...extra]);
    return this.loader(`${entity.name}#${field}#${JSON.stringify(orderBy)}${columns ? `#${columns.join(',')}` : ''}`, async (keys) => {
      const rows = await this.find(entity, field, keys, { ...orderBy, id: 'asc' }, columns);
      return groupRows(rows, [field], keys).map((lists) => lists[0]!);
    });
  }

  /**
   * `groupBy` over several fields of the same type in one statement: for each key, one list per
   * field (a row whose fields both name the key is in both lists), each ordered as `groupBy`'s.
   */
  groupByEach<T extends object>(
    entity: EntityClass<T>,
    fields: readonly string[],
    orderBy: OrderBy = { createdAt: 'asc' },
    info?: GraphQLResolveInfo,
    extra: readonly string[] = [],
    prefetch: readonly Prefetch[] = [],
  ): DataLoader<string, T[][]> {
    const columns = this.columns(entity, info, [...fields, ...extra]);
    const joins = columns && info ? this.joins(info, prefetch) : [];
    const joinKey = joins.map((j) => `${j.prop}>${j.entity.name}(${j.columns.join(',')})`).join(';');
    return this.loader(`${entity.name}#${fields.join('|')}#${JSON.stringify(orderBy)}${columns ? `#${columns.join(',')}` : ''}#${joinKey}`, async (keys) => {
      const rows = await this.find(entity, fields, keys, { ...orderBy, id: 'asc' }, columns, joins);
      return groupRows(rows, fields, keys);
    });
  }

  /** The prefetches the query selects (below the objects of `info`'s field, or of its connection's nodes), with the columns their fields' resolvers will ask for. */
  joins(info: GraphQLResolveInfo, prefetch: readonly Prefetch[], shape: 'objects' | 'connection' = 'objects'): JoinedRead[] {
    const joins: JoinedRead[] = [];
    for (const p of prefetch) {
      const columns = selectedColumnsBelow(this.em, p.entity, info, p.field, shape);
      if (!columns) continue; // not selected, or an undeclared resolver below it (that field loads as usual)
      const loader = this.byIdWith(p.entity, columns);
      const known = this.knownOf(byIdKey(p.entity, columns));
      joins.push({
        prop: p.prop,
        entity: p.entity,
        columns,
        found: (row) => {
          const id = (row as { id: string }).id;
          loader.prime(id, row);
          known.set(id, row);
        },
      });
    }
    return joins;
  }

  /** For each UUID, whether it is the ID of an internal row (server/db/internal-records.ts): one statement per batch. */
  hiddenIds(): DataLoader<string, boolean> {
    return this.loader('hidden#id', async (ids) => {
      const rows = await this.em.execute<{ id: string }[]>(
        `select h.id from (${HIDDEN_RECORD_IDS}) h where h.id in (${ids.map(() => '?').join(', ')})`,
        [...ids],
        'all',
        this.em.getLoggerContext(),
      );
      const hidden = new Set(rows.map((r) => r.id));
      return ids.map((id) => hidden.has(id));
    });
  }

  /** Primes the by-key cache (of the loader of the same columns) with rows already read (e.g. a page of a connection). */
  prime<T extends { id: string }>(entity: EntityClass<T>, rows: T[], columns: readonly string[] | null = null): void {
    const loader = this.byIdWith(entity, columns);
    const known = this.knownOf(byIdKey(entity, columns));
    for (const row of rows) {
      loader.prime(row.id, row);
      known.set(row.id, row);
    }
  }

  private loader<V>(key: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}

const byIdKeys = new WeakMap<readonly string[], string>();

/** The name of the by-key loader of `entity` reading `columns`; the column lists are made once per field node, so their names are kept. */
function byIdKey(entity: EntityClass<unknown>, columns: readonly string[] | null): string {
  if (!columns) return `${entity.name}#id`;
  let key = byIdKeys.get(columns);
  if (key === undefined) {
    key = `${entity.name}#id#${columns.join(',')}`;
    byIdKeys.set(columns, key);
  }
  return key;
}

/** For each key, one list per field of the rows whose field names it (a uuid, or a reference with an `id`). */
function groupRows<T extends object>(rows: T[], fields: readonly string[], keys: readonly string[]): T[][][] {
  const groups = new Map<string, T[][]>(keys.map((k) => [k, fields.map(() => [])]));
  for (const row of rows) {
    for (let i = 0; i < fields.length; i++) {
      const value = (row as Record<string, unknown>)[fields[i]!];
      const key = typeof value === 'string' ? value : (value as { id: string } | null)?.id;
      if (key !== undefined) groups.get(key)?.[i]?.push(row);
    }
  }
  return keys.map((k) => groups.get(k) ?? fields.map(() => []));
}

/** Marks the loaders of a query operation read-only once Apollo knows the operation's type. */
export function readOnlyQueries<C extends { records: RecordLoaders }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          contextValue.records.readOnly = operation?.operation === 'query';
        },
      };
    },
  };
}
