// The examples of docs/cli.md are real: this runs every `$ npx accord …` of the document, in
// document order, in process against one server on the seed dataset, and compares what it prints
// (stdout, then stderr, then `# exit code N`) with the documented output. Global IDs differ from
// run to run for records the examples create, so every ID matches any ID (and a shortened one,
// `UGVyc29uOjg1…`, any shortened one) and every timestamp any timestamp; a line `…` in the
// documented output stands for any lines, a `…` inside a line for any text on that line.
//
// "Today" is fixed at TODAY for the server and the CLI alike (both run in this process), so the
// examples of `upcoming`, `conflicts` and `agreements expiring` print the same dates every day.
//
// After a change of the CLI or the seed: `UPDATE_CLI_DOCS=1 npx vitest run tests/e2e/cli-docs.test.ts`
// writes the actual output of every failing example into docs/cli.md; read the diff, put back
// any `…` that should stay, and commit.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliRunner } from '../harness/cli.js';
import { startTestServer, type TestServer } from '../harness/server.js';

const DOCS = new URL('../../docs/cli.md', import.meta.url);
/** The day the examples are run on (noon UTC, so every time zone agrees on the date). */
const TODAY = new Date('2026-11-22T12:00:00Z');
/** Examples that do not run here as written: a shell pipe, a file read by `cat`, a file written with `-o`. */
const NOT_RUN = /[<|>]|^\$ cat | -o /;
const UPDATE = process.env.UPDATE_CLI_DOCS === '1';

type Example = { section: string; argv: string[]; expected: string; first: number; last: number };

/** Splits a command line as a shell would for the documented examples (quotes, no expansions). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => m[1] ?? m[2]?.replace(/\\(.)/g, '$1') ?? m[3]!);
}

/** Every `$ npx accord …` (or `$ accord …`) line of an output block, with the lines of output after it. */
function examples(markdown: string): Example[] {
  const found: Example[] = [];
  let section = '';
  let fence: string | null = null;
  let current: Example | null = null;
  markdown.split('\n').forEach((line, index) => {
    if (fence === null && line.startsWith('## ')) section = line;
    if (line.startsWith('```')) {
      // Output blocks have no language (or `console`); ```csv, ```sh … are not examples.
      fence = fence === null ? line.slice(3) : null;
      current = null;
      return;
    }
    if (fence !== '' && fence !== 'console') return;
    const command = line.match(/^\$ (?:npx )?accord (.*)$/);
    if (line.startsWith('$ ')) {
      current = command && !NOT_RUN.test(line) ? { section, argv: shellWords(command[1]!), expected: '', first: index + 1, last: index } : null;
      if (current) found.push(current);
    } else if (current) {
      current.expected += `${line}\n`;
      if (line.trim()) current.last = index;
    }
  });
  return found;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The documented output as a pattern: IDs match any ID, a line `…` any lines, a `…` in a line any text. */
function pattern(expected: string): RegExp {
  const body = expected
    .replace(/\n+$/, '\n')
    .split('\n')
    .map((line) => {
      if (/^\s*…,?$/.test(line)) return '[\\s\\S]*?';
      return line
        .split(/([A-Za-z0-9]{40,}|[A-Za-z0-9]{8,}…|…|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)/)
        .map((part, i) => {
          if (i % 2 === 0) return escapeRegExp(part);
          if (part === '…') return '.*?';
          if (part.includes(':')) return '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';
          return part.endsWith('…') ? '[A-Za-z0-9]+…' : '[A-Za-z0-9]{40,}';
        })
        .join('');
    })
    .join('\n');
  return new RegExp(`^${body}$`);
}

let t: TestServer;
const accord = cliRunner(() => ({ url: t.url, token: t.adminToken }));
const markdown = readFileSync(DOCS, 'utf8');
const docs = examples(markdown);
const actualOutputs = new Map<Example, string>();

beforeAll(async () => {
  t = await startTestServer({ seed: true });
  // Only Date is faked: timers, the database and HTTP run as usual, and the clock moves on from TODAY.
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: TODAY });
});
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
  if (UPDATE && actualOutputs.size) {
    const lines = markdown.split('\n');
    // From the end, so earlier line numbers stay valid.
    for (const [example, actual] of [...actualOutputs].sort((a, b) => b[0].first - a[0].first)) {
      lines.splice(example.first, example.last - example.first + 1, ...actual.replace(/\n$/, '').split('\n'));
    }
    writeFileSync(DOCS, lines.join('\n'));
  }
});

describe('docs/cli.md examples', () => {
  it('finds examples in every section that shows output', () => {
    const sections = new Set(docs.map((d) => d.section));
    const withOutput = markdown.split(/^(?=## )/m).filter((s) => /^```(console)?\n\$ /m.test(s)).map((s) => s.split('\n', 1)[0]!);
    expect(withOutput.filter((s) => !sections.has(s))).toEqual([]);
    expect(docs.length).toBeGreaterThan(60);
  });

  // In order: later examples see what earlier ones wrote, as a reader running them would.
  for (const example of docs) {
    it(`accord ${example.argv.join(' ')}`, async () => {
      const r = await accord(example.argv);
      const actual = `${r.stdout}${r.stderr}${r.code ? `# exit code ${r.code}\n` : ''}`.replaceAll('\r\n', '\n').replace(/\n+$/, '\n');
      // CSV ends its records with CRLF; the documentation shows plain line ends.
      if (UPDATE && !pattern(example.expected).test(actual)) actualOutputs.set(example, actual);
      expect(actual).toMatch(pattern(example.expected));
    });
  }
});
