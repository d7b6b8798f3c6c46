// `accord agreements …`: agreements that need attention.
import { type Command, InvalidArgumentError } from 'commander';
import type { AgreementDeadlineFieldsFragment } from '../index.js';
import { cliOf, type Io } from './context.js';
import { resolveInstitution } from './resolve.js';
import { parseDay } from './upcoming.js';

const DEADLINE_WORDS = { EXPIRY: 'expires', REVIEW: 'review due', NOTICE_DEADLINE: 'notice deadline (auto-renewal)' } as const;

function parseDaysAhead(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('must be a whole number ≥ 0');
  return Number(value);
}

const parties = (d: AgreementDeadlineFieldsFragment) => d.agreement.parties.map((p) => p.institution.acronym ?? p.institution.name).join(', ');

export function registerAgreements(program: Command, io: Io): void {
  const group = program.command('agreements').alias('agreement').description('agreements that need attention');

  group
    .command('expiring')
    .description('agreements in force that expire, reach review or their auto-renewal notice deadline within N days, and expired ones still marked in force')
    .option('-d, --days <n>', 'look this many days ahead', parseDaysAhead, 90)
    .option('--as-of <date>', 'reference day YYYY-MM-DD (default: today)', parseDay)
    .option('-i, --institution <name-or-id>', 'only agreements this institution is party to')
    .action(async (options: { days: number; asOf?: string; institution?: string }, command: Command) => {
      const cli = cliOf(command, io);
      const institutionId = options.institution
        ? (await resolveInstitution(cli.client, options.institution, (h, r) => cli.table(h, r, cli.errColor))).id
        : undefined;
      const report = await cli.client.expiringAgreements({ days: options.days, ...(options.asOf ? { asOf: options.asOf } : {}), ...(institutionId ? { institutionId } : {}) });
      if (cli.opts.json) {
        cli.printJson(report);
        return;
      }
      const { bold } = cli.color;
      cli.print(bold(`Due from ${report.asOf} to ${report.until}`));
      if (report.upcoming.length === 0) cli.print('  none');
      else {
        cli.print(
          cli.table(
            ['date', 'in days', 'deadline', 'agreement', 'status', 'parties'],
            report.upcoming.map((d) => [String(d.date), String(d.daysLeft), DEADLINE_WORDS[d.kind], d.agreement.title, d.agreement.status, parties(d)]),
          ),
        );
      }
      cli.print('');
      cli.print(bold('Expired but still marked in force (record the expiry or the renewal)'));
      if (report.overdue.length === 0) cli.print('  none');
      else {
        cli.print(
          cli.table(
            ['expired', 'days ago', 'agreement', 'status', 'parties'],
            report.overdue.map((d) => [String(d.date), String(-d.daysLeft), d.agreement.title, d.agreement.status, parties(d)]),
          ),
        );
      }
    });
}
