import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { HIDDEN_RECORD_IDS } from '../kernel/internal-records.js';
import { keyCondition, readRowsByKey } from './read-rows.js';

type EntityClass<T> = abstract new (...args: never[]) => T;
type OrderBy = Record<string, 'asc' | 'desc'>;

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

  constructor(private readonly em: EntityManager) {}

  /** Records of `entity` whose `field` is one of `keys`: rows with bound keys in queries, managed entities otherwise. */
  private find<T extends object>(entity: EntityClass<T>, field: string | readonly string[], keys: readonly string[], orderBy?: OrderBy): Promise<T[]> {
    if (this.readOnly) return readRowsByKey(this.em, entity, field, keys, orderBy);
    const where = keyCondition(field, keys);
    return this.em.find(entity as never, where as never, orderBy ? { orderBy: orderBy as never } : {}) as Promise<T[]>;
  }

  /** Loads records of `entity` by key; null for unknown keys. */
  byId<T extends object>(entity: EntityClass<T>): DataLoader<string, T | null> {
    return this.loader(`${entity.name}#id`, async (ids) => {
      const rows = (await this.find(entity, 'id', ids)) as (T & { id: string })[];
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
  }

  /**
   * Loads, for each key, the records of `entity` whose `field` equals it: a to-many relation
   * read from the owning side (`field` is a ManyToOne or a plain uuid column such as recordId).
   */
  groupBy<T extends object>(entity: EntityClass<T>, field: string, orderBy: OrderBy = { createdAt: 'asc' }): DataLoader<string, T[]> {
    return this.loader(`${entity.name}#${field}#${JSON.stringify(orderBy)}`, async (keys) => {
      const rows = await this.find(entity, field, keys, { ...orderBy, id: 'asc' });
      return groupRows(rows, [field], keys).map((lists) => lists[0]!);
    });
  }

  /**
   * `groupBy` over several fields of the same type in one statement: for each key, one list per
   * field (a row whose fields both name the key is in both lists), each ordered as `groupBy`'s.
   */
  groupByEach<T extends object>(entity: EntityClass<T>, fields: readonly string[], orderBy: OrderBy = { createdAt: 'asc' }): DataLoader<string, T[][]> {
    return this.loader(`${entity.name}#${fields.join('|')}#${JSON.stringify(orderBy)}`, async (keys) => {
      const rows = await this.find(entity, fields, keys, { ...orderBy, id: 'asc' });
      return groupRows(rows, fields, keys);
    });
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

  /** Primes the by-key cache with rows already read (e.g. a page of a connection). */
  prime<T extends { id: string }>(entity: EntityClass<T>, rows: T[]): void {
    const loader = this.byId(entity);
    for (const row of rows) loader.prime(row.id, row);
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
