import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Institution } from './institution.entity.js';

/** Batches institution look-ups: one SQL statement per tick, however many parents ask. */
export function createInstitutionLoaders(em: EntityManager) {
  const byId = new DataLoader<string, Institution | null>(async (ids) => {
    const rows = await em.find(Institution, { id: { $in: [...ids] } });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });

  const childrenOf = new DataLoader<string, Institution[]>(async (parentIds) => {
    const rows = await em.find(
      Institution,
      { parent: { $in: [...parentIds] } },
      { orderBy: { name: 'asc', id: 'asc' } },
    );
    const groups = new Map<string, Institution[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row.parent!.id)?.push(row);
    return parentIds.map((id) => groups.get(id) ?? []);
  });

  return { byId, childrenOf };
}
