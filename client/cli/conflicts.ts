// `accord conflicts`: events and visits that overlap and share a person, a host or a venue.
import { type Command, InvalidArgumentError } from 'commander';
import type { ConflictKind, ScheduledRecordFragment } from '../index.js';
import { cliOf, type Io } from './context.js';
import { CliError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { parsePositiveInt } from './options.js';
import { addWindowOptions, type WindowOptions, windowVariables } from './upcoming.js';

const CONFLICT_KINDS = ['PERSON', 'HOST', 'VENUE'] as const;

/** "person,host" → ['PERSON', 'HOST']; repeatable. */
export function parseConflictKinds(value: string, previous: ConflictKind[] = []): ConflictKind[] {
  const kinds = value
    .split(',')
    .map((v) => v.trim().toUpperCase())
    .filter(Boolean);
  const bad = kinds.filter((k) => !(CONFLICT_KINDS as readonly string[]).includes(k));
  if (bad.length) throw new InvalidArgumentError(`unknown kind ${bad.join(', ')}; one of person, host, venue`);
  return [...new Set([...previous, ...(kinds as ConflictKind[])])];
}

function dates(record: ScheduledRecordFragment): string {
  if (record.__typename !== 'Event' && record.__typename !== 'Visit') return '';
  const start = record.startDate ?? '?';
  const end = record.endDate && record.endDate !== record.startDate ? ` – ${record.endDate}` : '';
  const time = record.__typename === 'Event' && record.startTime ? ` ${record.startTime}${record.endTime ? `–${record.endTime}` : ''} ${record.timeZone ?? ''}` : '';
  return `${start}${end}${time}`.trimEnd();
}

const titleOf = (record: ScheduledRecordFragment) => (record.__typename === 'Event' || record.__typename === 'Visit' ? record.title : record.id);

type ConflictsOptions = WindowOptions & { kind?: ConflictKind[]; limit: number };

export function registerConflicts(program: Command, io: Io): void {
  addWindowOptions(program.command('conflicts').description('overlapping events and visits that share a person, a host institution or a venue'))
    .option('-k, --kind <kinds>', 'only these kinds: person, host, venue (comma-separated)', parseConflictKinds)
    .option('-n, --limit <n>', 'show at most N conflicts (at most 500)', parsePositiveInt, 100)
    .action(async (options: ConflictsOptions, command: Command) => {
      const cli = cliOf(command, io);
      if (options.limit > 500) throw new CliError(ExitCode.USAGE, 'USAGE', '--limit must be at most 500');
      const result = await cli.client.conflicts({
        ...(await windowVariables(cli, options)),
        ...(options.kind?.length ? { kinds: options.kind } : {}),
        first: options.limit,
      });
      if (cli.opts.json) {
        cli.printJson(result);
        return;
      }
      if (result.items.length === 0) {
        cli.note(`no conflicts from ${result.from} to ${result.to}`);
        return;
      }
      const { dim } = cli.color;
      cli.print(
        cli.table(
          ['from', 'kind', 'shared', 'record', 'clashes with'],
          result.items.map((c) => [
            c.from === c.to ? String(c.from) : `${c.from} – ${c.to}`,
            `${c.kind.toLowerCase()}${c.approximate ? ' (maybe)' : ''}`,
            c.person?.name ?? c.institution?.name ?? c.venue,
            `${titleOf(c.record)} ${dim(dates(c.record))}`,
            `${titleOf(c.other)} ${dim(dates(c.other))}`,
          ]),
        ),
      );
      const maybe = result.items.filter((c) => c.approximate).length;
      const notes = [`${result.items.length}${result.truncated ? ` of ${result.totalCount}` : ''} ${result.totalCount === 1 ? 'conflict' : 'conflicts'} from ${result.from} to ${result.to}`];
      if (maybe) notes.push(`${maybe} involve a date known only to the month or year (maybe)`);
      cli.note(cli.errColor.dim(notes.join('; ')));
    });
}
