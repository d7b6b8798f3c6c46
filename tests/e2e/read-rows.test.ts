import { ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRows, readRowsByKey, RowRef } from '../../server/api/read-rows.js';
import { entities } from '../../server/db/entities.js';
import { startTestServer, type TestServer } from '../harness/server.js';

// Queries read rows without entity management (server/api/read-rows.ts). On the seed data, every
// entity read that way must carry exactly what the ORM's managed entity carries, and leave out the
// same confidential records for a viewer.

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: true });
  // A confidential agreement with a party: hidden itself, and its party hidden through its owner.
  const em = t.db.orm.em.fork();
  await em.execute(`insert into agreement (id, title, kind, status, confidential) values ('00000000-0000-4000-8000-00000000c0de', 'Draft under negotiation', 'OTHER', 'DRAFT', true)`);
  await em.execute(`insert into agreement_party (id, agreement_id, institution_id) select '00000000-0000-4000-8000-00000000c0df', '00000000-0000-4000-8000-00000000c0de', id from institution limit 1`);
});
afterAll(() => t?.close());

const fork = (hideConfidential: boolean) =>
  t.db.orm.em.fork({ loggerContext: { requestId: 'read-rows-test', hideConfidential } }) as EntityManager;

const comparable = (value: unknown): unknown => {
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object' && 'id' in value && (value instanceof RowRef || 'unwrap' in value)) return `ref:${(value as { id: string }).id}`;
  return value === undefined ? null : value;
};

describe('read-only rows', () => {
  // RecordEntity is the abstract base of the records: it has no table of its own.
  const concrete = entities.filter((e) => e.name !== 'RecordEntity');

  it('carry the same values as managed entities, for every entity', async () => {
    let compared = 0;
    for (const entity of concrete) {
      const meta = t.db.orm.getMetadata().get(entity as never);
      if (meta.abstract || meta.embeddable) continue;
      const managed = (await fork(false).find(entity as never, {}, { limit: 200, orderBy: { id: 'asc' } as never })) as Record<string, unknown>[];
      if (managed.length === 0) continue;
      const ids = managed.map((m) => m.id as string);
      const rows = (await readRows(fork(false), entity as never, { id: { $in: ids } } as never, { id: 'asc' })) as Record<string, unknown>[];
      expect(rows.map((r) => r.id), meta.className).toEqual(ids);
      for (let i = 0; i < rows.length; i++) {
        expect(rows[i]!.constructor, meta.className).toBe(entity);
        for (const prop of meta.props) {
          if (prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY) continue;
          expect(comparable(rows[i]![prop.name]), `${meta.className}.${prop.name}`).toEqual(comparable(managed[i]![prop.name]));
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('leave out confidential records for a viewer, as the ORM filter does', async () => {
    const hidden: string[] = [];
    for (const entity of concrete) {
      const meta = t.db.orm.getMetadata().get(entity as never);
      if (meta.abstract || meta.embeddable) continue;
      const all = (await fork(false).find(entity as never, {}, { orderBy: { id: 'asc' } as never })) as { id: string }[];
      const managed = (await fork(true).find(entity as never, {}, { orderBy: { id: 'asc' } as never })) as { id: string }[];
      const rows = (await readRows(fork(true), entity as never, {} as never, { id: 'asc' })) as { id: string }[];
      expect(rows.map((r) => r.id), meta.className).toEqual(managed.map((m) => m.id));
      if (managed.length < all.length) hidden.push(meta.className);
    }
    expect(hidden).toEqual(expect.arrayContaining(['Agreement', 'AgreementParty']));
  });

  it('by bound keys: the same rows as the ORM, by id and by every to-one relation, with the SQL confidentiality rule', async () => {
    let compared = 0;
    for (const hide of [false, true]) {
      for (const entity of concrete) {
        const meta = t.db.orm.getMetadata().get(entity as never);
        if (meta.abstract || meta.embeddable) continue;
        const all = (await fork(false).find(entity as never, {}, { orderBy: { id: 'asc' } as never })) as Record<string, unknown>[];
        if (all.length === 0) continue;
        const fields = ['id', ...meta.props.filter((p) => p.kind === ReferenceKind.MANY_TO_ONE).map((p) => p.name)];
        for (const field of fields) {
          const keyOf = (row: Record<string, unknown>) => {
            const v = row[field];
            return v !== null && typeof v === 'object' ? (v as { id: string }).id : (v as string | null);
          };
          const keys = [...new Set(all.map(keyOf).filter((k): k is string => typeof k === 'string'))];
          if (keys.length === 0) continue;
          const managed = (await fork(hide).find(entity as never, { [field]: { $in: keys } } as never, { orderBy: { id: 'asc' } as never })) as Record<string, unknown>[];
          const rows = (await readRowsByKey(fork(hide), entity as never, field, keys, { id: 'asc' })) as Record<string, unknown>[];
          const label = `${meta.className}.${field} (hide ${hide})`;
          expect(rows.map((r) => r.id), label).toEqual(managed.map((m) => m.id));
          for (let i = 0; i < rows.length; i++) {
            expect(rows[i]!.constructor, label).toBe(entity);
            for (const prop of meta.props) {
              if (prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY) continue;
              expect(comparable(rows[i]![prop.name]), `${label}: ${prop.name}`).toEqual(comparable(managed[i]![prop.name]));
            }
          }
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(40);
  });
});
