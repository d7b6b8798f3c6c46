import type { EntityManager } from '@mikro-orm/postgresql';
import { Institution } from '../../modules/institution/institution.entity.js';
import { foldForSearch } from '../../modules/shared/text.js';
import { institutions } from './dataset.js';

export type SeedSummary = { institutions: { created: number; unchanged: number } };

/**
 * Loads the seed dataset. Idempotent: records are matched by their natural key (folded name +
 * country), existing ones are left as they are, so running it twice changes nothing.
 */
export async function seedDatabase(root: EntityManager): Promise<SeedSummary> {
  return root.transactional(async (em) => {
    const summary: SeedSummary = { institutions: { created: 0, unchanged: 0 } };
    const byKey = new Map<string, Institution>();
    const existing = await em.find(Institution, {
      nameKey: { $in: institutions.map((i) => foldForSearch(i.name)) },
    });
    const find = (name: string, country: string | null) =>
      existing.find((e) => e.nameKey === foldForSearch(name) && (e.country ?? null) === country);

    for (const item of institutions) {
      const country = item.country ?? null;
      let row = find(item.name, country);
      if (row) {
        summary.institutions.unchanged++;
      } else {
        row = em.create(Institution, {
          name: item.name,
          acronym: item.acronym ?? null,
          aliases: item.aliases ?? [],
          kind: item.kind,
          country,
          website: item.website ?? null,
          description: item.description ?? null,
          parent: item.parent ? byKey.get(item.parent) : null,
          nameKey: '',
          searchText: '',
        });
        row.refreshSearchKeys();
        summary.institutions.created++;
      }
      byKey.set(item.key, row);
    }
    await em.flush();
    return summary;
  });
}
