import { Migration } from '@mikro-orm/migrations';

/** The app's own folding (migrations are loaded by MikroORM's importer, which may not map .js to .ts). */
async function loadFold(): Promise<(text: string) => string> {
  for (const file of ['../../kernel/text.js', '../../kernel/text.ts']) {
    try {
      return ((await import(new URL(file, import.meta.url).href)) as { foldForSearch: (text: string) => string }).foldForSearch;
    } catch {
      // try the next form
    }
  }
  throw new Error('cannot load server/kernel/text');
}

/** The stored search text of each searchable table, as its entity builds it (see *.entity.ts). */
const TABLES: { table: string; columns: string; parts: (row: Record<string, unknown>) => unknown[] }[] = [
  { table: 'institution', columns: 'id, name, acronym, aliases', parts: (r) => [r.name, r.acronym ?? '', ...(r.aliases as string[])] },
  { table: 'person', columns: 'id, name, aliases', parts: (r) => [r.name, ...(r.aliases as string[])] },
  { table: 'event', columns: 'id, title, city, venue, description', parts: (r) => [r.title, r.city ?? '', r.venue ?? '', r.description ?? ''] },
  { table: 'document', columns: 'id, title, summary', parts: (r) => [r.title, r.summary ?? ''] },
];

/**
 * Search text now transliterates non-Latin scripts (Cyrillic, Georgian …) to Latin letters:
 * recompute it for the rows that still hold such letters. Data only; no schema change.
 */
export class Migration20261203100000_transliterated_search extends Migration {
  override name = 'Migration20261203100000_transliterated_search';

  override async up(): Promise<void> {
    const foldForSearch = await loadFold();
    for (const { table, columns, parts } of TABLES) {
      const rows = await this.execute(`select ${columns} from "${table}" where search_text ~ '[^\\x01-\\x7f]'`);
      for (const row of rows as Record<string, unknown>[]) {
        const text = foldForSearch(parts(row).join(' \u0001 '));
        await this.execute(`update "${table}" set search_text = ? where id = ?`, [text, row.id]);
      }
    }
  }

  override async down(): Promise<void> {
    // The transliterated text still finds every record the old text did (and more): nothing to undo.
  }
}
