// The examples of docs/cli.md are real: this runs every `$ npx accord …` of the checked sections, in
// document order, in process against one server on the seed dataset, and compares what it prints
// (stdout, then stderr, then `# exit code N`) with the documented output. More sections join CHECKED
// as their examples are made to run on the seed data as written. Global IDs of records the
// examples create differ from run to run, so every ID matches any ID; a line `…` in the documented
// output stands for any lines.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from '../harness/cli.js';
import { startTestServer, type TestServer } from '../harness/server.js';

/** The sections whose examples run as written on the seed data (the others need "today" or records added by hand). */
const CHECKED = ['## `accord import <kind> <file>`', '## `accord export institutions`'];

type Example = { section: string; argv: string[]; expected: string };

/** Splits a command line as a shell would for the documented examples (quotes, no expansions). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => m[1] ?? m[2]?.replace(/\\(.)/g, '$1') ?? m[3]!);
}

function examples(markdown: string): Example[] {
  const found: Example[] = [];
  for (const section of markdown.split(/^(?=## )/m)) {
    const title = section.split('\n', 1)[0]!;
    if (!CHECKED.includes(title)) continue;
    let fence: string | null = null;
    let current: Example | null = null;
    for (const line of section.split('\n')) {
      if (line.startsWith('```')) {
        // Output blocks have no language (or `console`); ```csv, ```sh … are not examples.
        fence = fence === null ? line.slice(3) : null;
        current = null;
        continue;
      }
      if (fence !== '' && fence !== 'console') continue;
      if (line.startsWith('$ ')) {
        current = line.startsWith('$ npx accord ') && !/[<|>]/.test(line) ? { section: title, argv: shellWords(line.slice('$ npx accord '.length)), expected: '' } : null;
        if (current) found.push(current);
      } else if (current) current.expected += `${line}\n`;
    }
  }
  return found;
}

const ID = /[A-Za-z0-9]{40,}/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The documented output as a pattern: IDs match any ID, a line `…` any lines. */
function pattern(expected: string): RegExp {
  const body = expected
    .replace(/\n+$/, '\n')
    .split('\n')
    .map((line) => (/^\s*…,?$/.test(line) ? '[\\s\\S]*?' : escapeRegExp(line).replace(ID, '[A-Za-z0-9]{40,}')))
    .join('\n');
  return new RegExp(`^${body}$`);
}

let t: TestServer;
const accord = cliRunner(() => ({ url: t.url, token: t.adminToken }));
const docs = examples(readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8'));

beforeAll(async () => {
  t = await startTestServer({ seed: true });
});
afterAll(async () => {
  await t?.close();
});

describe('docs/cli.md examples', () => {
  it('finds the examples of every checked section', () => {
    expect(new Set(docs.map((d) => d.section))).toEqual(new Set(CHECKED));
  });

  // In order: later examples see what earlier ones wrote, as a reader running them would.
  for (const example of docs) {
    it(`accord ${example.argv.join(' ')}`, async () => {
      const r = await accord(example.argv);
      const actual = `${r.stdout}${r.stderr}${r.code ? `# exit code ${r.code}\n` : ''}`;
      // CSV ends its records with CRLF; the documentation shows plain line ends.
      expect(actual.replaceAll('\r\n', '\n').replace(/\n+$/, '\n')).toMatch(pattern(example.expected));
    });
  }
});
