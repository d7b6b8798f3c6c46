// `accord search <text>`: the server's ranked search across every record kind.
import { type Command, InvalidArgumentError } from 'commander';
import type { SearchableType } from '../index.js';
import { ENUM_VALUES } from '../generated/inputs.js';
import { cliOf, type Io } from './context.js';
import { addOutputOptions, type OutputOptions, printRows } from './output.js';
import { parsePositiveInt } from './options.js';

const TYPES = ENUM_VALUES.SearchableType ?? [];

function parseTypes(value: string, previous: SearchableType[] = []): SearchableType[] {
  const types = value.split(',').map((t) => t.trim().toUpperCase().replace(/S$/, '').replace(/^PEOPLE$/, 'PERSON')).filter(Boolean);
  const bad = types.filter((t) => !TYPES.includes(t));
  if (bad.length) throw new InvalidArgumentError(`unknown type ${bad.join(', ')}; one of ${TYPES.map((t) => t.toLowerCase()).join(', ')}`);
  return [...new Set([...previous, ...(types as SearchableType[])])];
}

export function registerSearch(program: Command, io: Io): void {
  addOutputOptions(
    program
      .command('search')
      .description('search every record kind at once, best match first (any word order, small typos, accents)')
      .argument('<text...>', 'what to look for, e.g. "special report mines" or "IPHRC report"')
      .option('-t, --type <types>', `only these kinds: ${TYPES.map((t) => t.toLowerCase()).join(', ')} (comma-separated or repeated)`, parseTypes)
      .option('-n, --limit <n>', 'at most N hits (1..100)', parsePositiveInt, 20),
  ).action(async (words: string[], options: OutputOptions & { type?: SearchableType[]; limit: number }, command: Command) => {
    const cli = cliOf(command, io);
    const text = words.join(' ');
    const hits = await cli.client.search(text, { types: options.type, first: Math.min(options.limit, 100) });
    if (hits.length === 0 && !cli.opts.json) cli.note(`nothing matches ${JSON.stringify(text)}`);
    printRows(
      cli,
      options,
      [
        ['type', (h) => h.type],
        ['title', (h) => h.title],
        ['score', (h) => h.score.toFixed(2)],
        ['id', (h) => h.node.id],
      ],
      hits,
      { text, hits: hits.map((h) => ({ type: h.type, title: h.title, score: h.score, id: h.node.id })) },
    );
  });
}
