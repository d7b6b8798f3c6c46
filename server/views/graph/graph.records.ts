import DataLoader from 'dataloader';
import type { RequestContext } from '../../api/context.js';
import { Agreement } from '../../records/agreement/agreement.entity.js';
import { Document } from '../../records/document/document.entity.js';
import { Event } from '../../records/event/event.entity.js';
import { Relation } from '../../records/relation/relation.entity.js';
import { Visit } from '../../records/visit/visit.entity.js';
import { GraphTimeout, query, type ResolvedFilter, tooLarge } from './graph.service.js';
import { type RecordRow, recordsSql } from './graph.sql.js';
import { CooperationKind, CooperationRecord } from './graph.types.js';
import { weightBasis } from './graph.weights.js';

const ENTITY = { RELATION: Relation, AGREEMENT: Agreement, EVENT: Event, VISIT: Visit, DOCUMENT: Document } as const;

type Loaded = Relation | Agreement | Event | Visit | Document;

function summaryOf(record: Loaded): string {
  if (record instanceof Relation) return record.role ? `${record.kind} (${record.role})` : record.kind;
  return record.title;
}

function statusOf(record: Loaded): string | null {
  return record instanceof Agreement || record instanceof Event || record instanceof Visit ? record.status : null;
}

const loaders = new WeakMap<RequestContext, Map<string, DataLoader<string, CooperationRecord[]>>>();

/**
 * The records behind edges, batched per request: every `records` field of one response (all
 * edges of a neighbourhood, all hops of all paths) is read with one SQL statement, and the
 * records themselves with one statement per record type (through the request's DataLoaders,
 * so the confidentiality filter applies to them too).
 */
export function recordsLoader(ctx: RequestContext, options: ResolvedFilter, first: number): DataLoader<string, CooperationRecord[]> {
  let byOptions = loaders.get(ctx);
  if (!byOptions) {
    byOptions = new Map();
    loaders.set(ctx, byOptions);
  }
  const key = `${options.key}#${first}`;
  let loader = byOptions.get(key);
  if (!loader) {
    loader = new DataLoader<string, CooperationRecord[]>((keys) => loadRecords(ctx, options, first, keys), { maxBatchSize: 2000 });
    byOptions.set(key, loader);
  }
  return loader;
}

async function loadRecords(ctx: RequestContext, options: ResolvedFilter, first: number, keys: readonly string[]): Promise<CooperationRecord[][]> {
  const pairs = keys.map((k) => k.split('|') as [string, string]);
  let rows: RecordRow[];
  try {
    rows = await query<RecordRow>(ctx, recordsSql(options, pairs, first));
  } catch (error) {
    if (error instanceof GraphTimeout) throw tooLarge('first');
    throw error;
  }
  const idsByKind = new Map<CooperationKind, Set<string>>();
  for (const row of rows) {
    const set = idsByKind.get(row.kind) ?? new Set<string>();
    set.add(row.record_id);
    idsByKind.set(row.kind, set);
  }
  const loaded = new Map<string, Loaded>();
  await Promise.all(
    [...idsByKind].map(async ([kind, ids]) => {
      const records = await ctx.records.byId<Loaded>(ENTITY[kind] as never).loadMany([...ids]);
      for (const record of records) if (record && !(record instanceof Error)) loaded.set(record.id, record);
    }),
  );
  const grouped = new Map<string, CooperationRecord[]>(keys.map((k) => [k, []]));
  for (const row of rows) {
    const record = loaded.get(row.record_id);
    if (!record) continue; // hidden (confidential) or deleted meanwhile
    grouped.get(`${row.a}|${row.b}`)?.push(
      Object.assign(new CooperationRecord(), {
        recordId: row.record_id,
        kind: row.kind,
        record,
        summary: summaryOf(record),
        date: row.d_from ?? null,
        endDate: row.d_to && row.d_to !== row.d_from ? row.d_to : null,
        weight: Number(row.w),
        status: statusOf(record),
        weightBasis: weightBasis(row.kind, statusOf(record)),
      }),
    );
  }
  return keys.map((k) => grouped.get(k) ?? []);
}
