// `accord history [record]`: who changed what and when (the audit log), newest first.
import type { Command } from 'commander';
import { cliOf, type Io } from './context.js';
import { fullDay } from './fields.js';
import { addOutputOptions, type OutputOptions, printRows } from './output.js';
import { parsePositiveInt } from './options.js';
import { resolveRef } from './refs.js';

type HistoryOptions = OutputOptions & { type?: string; operation?: string; from?: string; to?: string; limit: number; all?: boolean };

const changed = (changes: Record<string, unknown>) =>
  Object.entries(changes)
    .map(([field, change]) => {
      const { before, after } = (change ?? {}) as { before?: unknown; after?: unknown };
      return `${field}: ${JSON.stringify(before ?? null)} → ${JSON.stringify(after ?? null)}`;
    })
    .join('; ');

export function registerHistory(program: Command, io: Io): void {
  addOutputOptions(
    program
      .command('history')
      .description('the change history of a record (or of the registry): who changed which fields, when')
      .argument('[record]', 'a record: ID, or a name/title (found with the ranked search)')
      .option('--type <type>', 'only records of this GraphQL type, e.g. Institution')
      .option('--operation <mutation>', 'only changes made by this mutation, e.g. updateInstitution')
      .option('--from <date>', 'changes on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)', (v) => `${fullDay(v, false)}T00:00:00.000Z`)
      .option('--to <date>', 'changes on or before this day', (v) => `${fullDay(v, true)}T23:59:59.999Z`)
      .option('-n, --limit <n>', 'show at most N changes', parsePositiveInt, 50)
      .option('-a, --all', 'every change (ignores --limit)'),
  ).action(async (text: string | undefined, options: HistoryOptions, command: Command) => {
    const cli = cliOf(command, io);
    const record = text ? await resolveRef(cli.client, 'Any', text, (h, r) => cli.table(h, r, cli.errColor)) : undefined;
    const filter = { recordId: record?.id, recordType: options.type, operation: options.operation, from: options.from, to: options.to };
    const limit = options.all ? Number.POSITIVE_INFINITY : options.limit;
    const entries = [];
    let totalCount = 0;
    let after: string | null = null;
    do {
      const page = await cli.client.history({ filter, first: Math.min(100, limit - entries.length), after });
      totalCount = page.totalCount;
      entries.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && entries.length < limit);
    printRows(
      cli,
      options,
      [
        ['when', (e) => e.createdAt],
        ['who', (e) => e.userName],
        ['action', (e) => e.action],
        ['record', (e) => `${e.recordType} ${e.recordGlobalId}`],
        ['operation', (e) => e.operation],
        ['changes', (e) => changed(e.changes as Record<string, unknown>)],
      ],
      entries,
      { totalCount, history: entries },
    );
    if (!cli.opts.json && !options.csv && totalCount > entries.length) cli.note(cli.errColor.dim(`${entries.length} of ${totalCount} shown; use --all or --limit`));
  });
}
