// Checks the seed's provenance against the kept articles: every quote must appear verbatim (after
// quote-mark and whitespace normalization) in the text of the source it cites; an INFERRED
// citation (the registry editors) carries a reason and no quote. `npm run seed:check-quotes`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CitedItem, citedItems } from './cited-items.js';
import { EDITORS, type SeedSource, sources } from './dataset-sources.js';

/** Straight quotes for curly ones, one space for any run of white space. */
export function normalizeQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** ../shared/seeds/ beside the repository (where CI clones shared/ too). */
export const DEFAULT_SEEDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/seeds');

export type QuoteProblem = { record: string; citation: number; problem: string };

export function checkSeedQuotes(
  seedsDir: string = DEFAULT_SEEDS_DIR,
  items: CitedItem[] = citedItems(),
  known: SeedSource[] = sources,
): QuoteProblem[] {
  if (!existsSync(seedsDir)) {
    throw new Error(`the source articles are not at ${seedsDir}: clone or link shared/ beside the repository (../shared/seeds)`);
  }
  const texts = new Map<string, string>();
  for (const s of known) if (s.file) texts.set(s.key, normalizeQuote(readFileSync(join(seedsDir, s.file), 'utf8')));
  const problems: QuoteProblem[] = [];
  for (const item of items) {
    item.cite.forEach((c, i) => {
      const report = (problem: string) => problems.push({ record: item.key, citation: i, problem });
      if (c.source === EDITORS) {
        if (!c.reason) report('an INFERRED citation needs its reason');
        if (c.quote) report('an INFERRED citation quotes nothing (the editors are not an article)');
        return;
      }
      const text = texts.get(c.source);
      if (text === undefined) {
        report(`cites "${c.source}", which has no kept text`);
      } else if (!c.quote) {
        report('a citation of an article needs the quote that supports it');
      } else if (!text.includes(normalizeQuote(c.quote))) {
        report(`quote not found verbatim in ${c.source}: "${c.quote}"`);
      }
      if (c.reason) report('a quoted citation gives no reason (only INFERRED ones do)');
    });
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_SEEDS_DIR;
  const problems = checkSeedQuotes(dir);
  const total = citedItems().reduce((n, item) => n + item.cite.length, 0);
  for (const p of problems) console.error(`${p.record} citation #${p.citation}: ${p.problem}`);
  console.log(`${total} seed citations checked against ${dir}: ${problems.length} problem(s)`);
  process.exit(problems.length ? 1 : 0);
}
