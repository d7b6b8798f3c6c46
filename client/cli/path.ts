// `accord path <from> <to>`: how two institutions are connected, each hop explained by its records.
import type { Command } from 'commander';
import type { Io } from './context.js';
import { cliOf } from './context.js';
import { addNetworkFilterOptions, kindsOf, type NetworkFilterOptions, networkFilterOf, period } from './network.js';
import { parsePositiveInt } from './options.js';
import { resolveInstitution } from './resolve.js';
import { displayName } from './text.js';

export function registerPath(program: Command, io: Io): void {
  addNetworkFilterOptions(
    program
      .command('path')
      .description('the shortest chains of cooperation between two institutions, each hop with the records behind it')
      .argument('<from>', 'name or ID of the first institution')
      .argument('<to>', 'name or ID of the second institution'),
  )
    .option('-m, --max-hops <n>', 'longest path to look for, 1..6', parsePositiveInt, 4)
    .option('-p, --paths <n>', 'show at most N shortest paths, 1..10', parsePositiveInt, 3)
    .option('--why <n>', 'records shown per hop, 1..50', parsePositiveInt, 3)
    .action(async (fromText: string, toText: string, options: NetworkFilterOptions & { maxHops: number; paths: number; why: number }, command: Command) => {
      const cli = cliOf(command, io);
      const table = (h: string[], r: (string | null)[][]) => cli.table(h, r, cli.errColor);
      const from = await resolveInstitution(cli.client, fromText, table);
      const to = await resolveInstitution(cli.client, toText, table);
      const result = await cli.client.connectionPath({
        fromId: from.id,
        toId: to.id,
        maxHops: options.maxHops,
        maxPaths: options.paths,
        records: options.why,
        filter: networkFilterOf(options),
      });
      if (cli.opts.json) {
        cli.printJson(result);
        return;
      }
      const { bold, dim } = cli.color;
      // "No path" is an answer, not an error: it goes to stdout and the exit code is 0.
      cli.print(bold(`${displayName(result.from)} → ${displayName(result.to)}: ${result.message}`));
      if (result.status === 'SEARCH_LIMIT_REACHED') cli.note(dim('narrow the search with --records, --from/--to, --kind or --country, or lower --max-hops'));
      for (const [i, path] of result.paths.entries()) {
        cli.print('');
        cli.print(`path ${i + 1} of ${result.paths.length} · weight ${path.weight}`);
        for (const [h, step] of path.steps.entries()) {
          const a = path.institutions[h]!;
          const b = path.institutions[h + 1]!;
          cli.print(`  ${h + 1}. ${displayName(a)} → ${displayName(b)}  ${dim(`weight ${step.weight}, ${period(step.firstInteraction, step.lastInteraction)}, ${kindsOf(step.byKind)}`)}`);
          for (const record of step.records) {
            const when = record.date ? dim(`  ${period(record.date, record.endDate ?? record.date)}`) : '';
            cli.print(`       ${record.kind.padEnd(9)}  ${record.summary}${when}${dim(`  weight ${record.weightBasis}`)}`);
          }
          const more = step.interactions - step.records.length;
          if (more > 0) cli.print(dim(`       … and ${more} more record${more === 1 ? '' : 's'}`));
        }
      }
    });
}
