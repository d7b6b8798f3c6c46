// `accord review`: events and visits whose status time has overtaken (still PLANNED or CONFIRMED
// after their dates), oldest first, with what to record.
import type { Command } from 'commander';
import { cliOf, type Io } from './context.js';
import { CliError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { parsePositiveInt } from './options.js';
import { resolveInstitution } from './resolve.js';

export function registerReview(program: Command, io: Io): void {
  program
    .command('review')
    .description('events and visits still PLANNED or CONFIRMED although their dates have passed (record HELD, POSTPONED or CANCELLED)')
    .option('-i, --institution <name-or-id>', 'only what this institution takes part in, hosts or travels with')
    .option('-n, --limit <n>', 'show at most N (at most 500)', parsePositiveInt, 100)
    .action(async (options: { institution?: string; limit: number }, command: Command) => {
      const cli = cliOf(command, io);
      if (options.limit > 500) throw new CliError(ExitCode.USAGE, 'USAGE', '--limit must be at most 500');
      const institutionId = options.institution
        ? (await resolveInstitution(cli.client, options.institution, (h, r) => cli.table(h, r, cli.errColor))).id
        : undefined;
      const list = await cli.client.toReview({ first: options.limit, ...(institutionId ? { institutionId } : {}) });
      if (cli.opts.json) {
        cli.printJson(list);
        return;
      }
      if (list.items.length === 0) {
        cli.note(`nothing to review as of ${list.asOf}`);
        return;
      }
      cli.print(
        cli.table(
          ['dates', 'kind', 'title', 'status', 'why'],
          list.items.map((i) => [
            i.endDate && i.endDate !== i.startDate ? `${i.startDate} – ${i.endDate}` : String(i.startDate ?? ''),
            i.kind.toLowerCase(),
            i.title,
            i.status,
            i.reason,
          ]),
        ),
      );
      cli.note(cli.errColor.dim(`${list.items.length}${list.truncated ? ` of ${list.totalCount}` : ''} to review as of ${list.asOf}`));
    });
}
