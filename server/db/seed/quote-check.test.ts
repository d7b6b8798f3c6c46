// Every quote of the seed is the articles' own words (run in CI by `npm test` and `npm run seed:check-quotes`).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { az, inferred, rep } from './cite.js';
import { checkSeedQuotes, DEFAULT_SEEDS_DIR, normalizeQuote } from './quote-check.js';

describe('seed quotes against the kept articles in ../shared/seeds', () => {
  it('finds the articles beside the repository', () => {
    expect(existsSync(DEFAULT_SEEDS_DIR), `missing ${DEFAULT_SEEDS_DIR}: shared/ must be cloned beside the repository`).toBe(true);
  });

  it('every quote of the seed appears verbatim in the article it cites; every inference gives its reason', () => {
    expect(checkSeedQuotes()).toEqual([]);
  });

  it('reports a quote the article does not contain, a quote cited to the wrong article and an inference without reason', () => {
    const problems = checkSeedQuotes(DEFAULT_SEEDS_DIR, [
      { key: 'made-up', cite: [rep('COP29 was held in Baku in November 2024')] },
      { key: 'wrong-article', cite: [az('the International Baku Forum of Ombudsmen was held in Baku')] },
      { key: 'no-reason', cite: [{ ...inferred(''), reason: undefined }] },
      { key: 'fine', cite: [rep('the International Baku Forum of Ombudsmen was held in Baku'), inferred('because')] },
    ]);
    expect(problems.map((p) => p.record)).toEqual(['made-up', 'wrong-article', 'no-reason']);
  });

  it('normalizes quote marks and white space only', () => {
    expect(normalizeQuote('the “Rules”  and\nthe Ombudsman’s')).toBe(`the "Rules" and the Ombudsman's`);
    expect(normalizeQuote('Office—the')).toBe('Office—the');
  });

  it('fails clearly when the articles are missing', () => {
    expect(() => checkSeedQuotes('/nonexistent/shared/seeds')).toThrow(/source articles are not at/);
  });
});
