// `accord export <query> --csv`: CSV from the server's export endpoint (POST /export next to
// /graphql), streamed to stdout as it arrives. Named exports (timeline, events, visits, documents,
// agreements, relations, commitments, people, stats) and `export query <file>` for any list or
// connection query. Related records appear by name, never by ID.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AccordHttpError, type CsvExportRequest } from '../index.js';
import { type Cli, cliOf, type Io } from './context.js';
import { CliError, usageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { addStatsOptions, type StatsOptions, statsVariables } from './stats.js';
import { addTimelineOptions, type TimelineOptions, timelineVariables } from './timeline.js';

const LISTS = ['events', 'visits', 'documents', 'agreements', 'relations', 'commitments', 'people'] as const;

function jsonObject(value: string, option: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(value) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw usageError(`${option} must be a JSON object, e.g. '{"country": ["AZ"]}'`);
}

/** Streams the export to stdout; refuses --json (these exports are CSV). */
async function stream(cli: Cli, command: Command, request: CsvExportRequest): Promise<void> {
  if (command.optsWithGlobals<{ json?: boolean }>().json) throw usageError('this export writes CSV only (--csv); --json is for `export institutions`');
  let body: ReadableStream<Uint8Array>;
  try {
    body = await cli.client.exportCsv(request);
  } catch (error) {
    if (error instanceof AccordHttpError && error.status === 404) {
      throw new CliError(ExitCode.SERVER_ERROR, 'NO_EXPORT', `${cli.client.exportUrl()} is not there: this server has no CSV export endpoint`);
    }
    throw error;
  }
  const decoder = new TextDecoder();
  let bytes = 0;
  for await (const chunk of body) {
    bytes += chunk.byteLength;
    await cli.write(decoder.decode(chunk, { stream: true }));
    cli.progress(`exported ${Math.round(bytes / 1024)} KiB…`);
  }
  await cli.write(decoder.decode());
  cli.progress(null);
}

export function registerCsvExports(group: Command, io: Io): void {
  addTimelineOptions(
    group
      .command('timeline')
      .description('a timeline as CSV: date, end date, kind, title, status, country, institutions, sources, id')
      .argument('[institutions...]', 'names, acronyms or IDs (items involving any of them)')
      .option('--csv', 'CSV with a header row (the default)'),
  ).action(async (names: string[], options: TimelineOptions, command: Command) => {
    const cli = cliOf(command, io);
    const { variables } = await timelineVariables(cli, names, options);
    await stream(cli, command, { name: 'timeline', variables });
  });

  for (const name of LISTS) {
    group
      .command(name)
      .description(`every ${name === 'people' ? 'person' : name.slice(0, -1)} (or those matching --filter) as CSV, related records by name`)
      .option('--filter <json>', `the ${name} filter of the GraphQL API, as JSON`)
      .option('--csv', 'CSV with a header row (the default)')
      .action(async (options: { filter?: string }, command: Command) => {
        const cli = cliOf(command, io);
        const filter = options.filter ? jsonObject(options.filter, '--filter') : undefined;
        await stream(cli, command, { name, variables: filter ? { filter } : {} });
      });
  }

  addStatsOptions(group.command('stats').description('counts as CSV: one column per --by dimension, then the count').option('--csv', 'CSV (the default)')).action(
    async (options: StatsOptions, command: Command) => {
      const cli = cliOf(command, io);
      await stream(cli, command, { name: 'stats', variables: await statsVariables(cli, options) });
    },
  );

  group
    .command('query')
    .description('any list or connection query of the GraphQL API as CSV (columns: the fields it selects; "-" reads stdin)')
    .argument('<file>', 'a .graphql file with one query')
    .option('--variables <json>', 'the query’s variables, as JSON')
    .option('--operation <name>', 'the operation to run, when the file has several')
    .option('--csv', 'CSV with a header row (the default)')
    .action(async (file: string, options: { variables?: string; operation?: string }, command: Command) => {
      const cli = cliOf(command, io);
      let query: string;
      try {
        query = readFileSync(file === '-' ? 0 : file, 'utf8');
      } catch (error) {
        throw usageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      const variables = options.variables ? jsonObject(options.variables, '--variables') : {};
      await stream(cli, command, { query, variables, ...(options.operation ? { operationName: options.operation } : {}) });
    });
}
