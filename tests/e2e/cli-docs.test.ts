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
// An example may name a record by the ID an earlier example printed (`relations update <the ID
// `relations create` printed> …`): each full ID of a documented output stands for the ID this run
// printed in its place, and is replaced by it in the command lines that follow. Seeded records
// keep their IDs from run to run.
//
// Every command of the CLI (each leaf of its commander program) must have a run example: the test
// "runs an example of every command" names those that have none.
//
// After a change of the CLI or the seed: `UPDATE_CLI_DOCS=1 npx vitest run tests/e2e/cli-docs.test.ts`
// writes the actual output of every failing example into docs/cli.md (with the documented IDs of
// the records it knew: a new example naming a record created above can be written with the ID the
// document shows); read the diff, put back any `…` that should stay, and commit.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createProgram } from '../../client/cli.js';
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

/** Every leaf command of the CLI (`institutions list`, `agreements sign`, `users me` …), as its words. */
function leafCommands(command: Command, path: string[] = []): string[] {
  return command.commands.flatMap((sub) => (sub.commands.length ? leafCommands(sub, [...path, sub.name()]) : [[...path, sub.name()].join(' ')]));
}

/** Global options that take a value (the others before a command are flags). */
const GLOBAL_WITH_VALUE = new Set(['--url', '--token', '--timeout']);

/** The leaf command an example runs (`institutions show` for `--json institutions show OIC`), by names or aliases. */
function commandOf(program: Command, argv: string[]): string | null {
  let command = program;
  const path: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word.startsWith('-')) {
      if (command === program && GLOBAL_WITH_VALUE.has(word)) i++;
      if (command === program) continue;
      break;
    }
    const sub = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!sub) break;
    command = sub;
    path.push(sub.name());
  }
  return command !== program && command.commands.length === 0 ? path.join(' ') : null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What varies from run to run within a line: a full ID, a shortened one, `…`, a timestamp. */
const VARYING = /([A-Za-z0-9]{40,}|[A-Za-z0-9]{8,}…|…|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)/;
const FULL_ID = /^[A-Za-z0-9]{40,}$/;

/** The full IDs of a text, in order. */
const idsIn = (text: string) => text.split(VARYING).filter((part, i) => i % 2 === 1 && FULL_ID.test(part));

/**
 * The documented output as a pattern: IDs match any ID (each captured, in order), a line `…` any
 * lines, a `…` in a line any text.
 */
function pattern(expected: string): RegExp {
  const body = expected
    .replace(/\n+$/, '\n')
    .split('\n')
    .map((line) => {
      if (/^\s*…,?$/.test(line)) return '[\\s\\S]*?';
      return line
        .split(VARYING)
        .map((part, i) => {
          if (i % 2 === 0) return escapeRegExp(part);
          if (part === '…') return '.*?';
          if (part.includes(':')) return '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';
          return part.endsWith('…') ? '[A-Za-z0-9]+…' : '([A-Za-z0-9]{40,})';
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
/** Documented ID → the ID this run printed in its place. */
const idOfRun = new Map<string, string>();

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
    // The rewritten outputs keep the documented IDs of the records this run knew under another ID
    // (so the command lines naming them still do); records new to the document show this run's IDs.
    const documentedId = new Map<string, string>();
    for (const [documented, actual] of idOfRun) if (!documentedId.has(actual)) documentedId.set(actual, documented);
    // From the end, so earlier line numbers stay valid.
    for (const [example, actual] of [...actualOutputs].sort((a, b) => b[0].first - a[0].first)) {
      const output = actual.split(VARYING).map((part, i) => (i % 2 === 1 ? (documentedId.get(part) ?? part) : part)).join('');
      lines.splice(example.first, example.last - example.first + 1, ...output.replace(/\n$/, '').split('\n'));
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

  it('runs an example of every command', () => {
    const program = createProgram({ stdout: process.stdout, stderr: process.stderr, env: {} });
    const documented = new Set(docs.map((d) => commandOf(program, d.argv)));
    const commands = leafCommands(program);
    expect(commands.length).toBeGreaterThan(100);
    expect(commands.filter((c) => !documented.has(c)).map((c) => `accord ${c}: no run example in docs/cli.md`)).toEqual([]);
  });

  // In order: later examples see what earlier ones wrote, as a reader running them would.
  for (const example of docs) {
    it(`accord ${example.argv.join(' ')}`, async () => {
      const r = await accord(example.argv.map((word) => [...idOfRun].reduce((w, [documented, actual]) => w.replaceAll(documented, actual), word)));
      // CSV ends its records with CRLF; the documentation shows plain line ends.
      const actual = `${r.stdout}${r.stderr}${r.code ? `# exit code ${r.code}\n` : ''}`.replaceAll('\r\n', '\n').replace(/\n+$/, '\n');
      const match = actual.match(pattern(example.expected));
      // Where the output does not match (UPDATE_CLI_DOCS rewrites it), its distinct IDs pair up if as many were printed.
      const unique = (ids: string[]) => [...new Set(ids)];
      const documented = match ? idsIn(example.expected) : unique(idsIn(example.expected));
      const printed = match ? match.slice(1) : UPDATE && unique(idsIn(actual)).length === documented.length ? unique(idsIn(actual)) : [];
      for (const [i, id] of printed.entries()) idOfRun.set(documented[i]!, id!);
      if (UPDATE && !match) actualOutputs.set(example, actual);
      expect(actual).toMatch(pattern(example.expected));
    });
  }
});
