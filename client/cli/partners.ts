// `accord partners <institution>`: relations, agreements in force and memberships on a day, and
// with --since, what changed between two days.
import type { Command } from 'commander';
import type { PartnerRelationFragment } from '../index.js';
import { cliOf, type Io } from './context.js';
import { usageError } from './errors.js';
import { resolveInstitution } from './resolve.js';
import { displayName } from './text.js';
import { parseDay } from './timeline.js';

type Options = { asOf?: string; since?: string };

const today = () => new Date().toISOString().slice(0, 10);

function relationLabel(r: PartnerRelationFragment, self: string): string {
  const subject = r.subject.__typename === 'Institution' || r.subject.__typename === 'Person' ? r.subject : null;
  const dates = r.startDate || r.endDate ? ` (${r.startDate ?? '…'}–${r.endDate ?? ''})` : '';
  const kind = r.kind.toLowerCase().replaceAll('_', ' ');
  if (r.object.id === self) return `${subject ? ('acronym' in subject && subject.acronym) || subject.name : '?'} ${kind} it${dates}`;
  return `${kind} ${r.object.acronym ?? r.object.name}${dates}`;
}

/** A day or a partial date (YYYY, YYYY-MM, YYYY-MM-DD). */
function parsePeriod(value: string): string {
  return /^\d{4}(-\d{2})?$/.test(value.trim()) ? value.trim() : parseDay(value);
}

export function registerPartners(program: Command, io: Io): void {
  program
    .command('partners')
    .description('an institution’s partners on a day: relations, agreements in force, memberships (with --since: what changed)')
    .argument('<institution>', 'name, acronym or ID')
    .option('--as-of <date>', 'the day (YYYY-MM-DD; default today), or a period: "2023" = at any time during 2023, "2023-05" = during May 2023', parsePeriod)
    .option('--since <date>', 'show what changed between this day and --as-of (YYYY-MM-DD)', parseDay)
    .action(async (name: string, options: Options, command: Command) => {
      const cli = cliOf(command, io);
      const found = await resolveInstitution(cli.client, name, (h, r) => cli.table(h, r, cli.errColor));
      if (options.since) {
        if (options.asOf && options.asOf.length < 10) throw usageError('--since needs --as-of as a day (YYYY-MM-DD)');
        const to = options.asOf ?? today();
        if (options.since > to) throw usageError('--since must not be after --as-of');
        const changes = await cli.client.partnerChanges(found.id, options.since, to);
        if (cli.opts.json) {
          cli.printJson(changes);
          return;
        }
        const { bold, dim } = cli.color;
        cli.print(bold(`${displayName(changes.institution)}: changes from ${changes.from} to ${changes.to}`));
        const section = (title: string, lines: string[]) => {
          cli.print(`  ${title.padEnd(22)}${lines.length ? lines[0] : dim('—')}`);
          for (const line of lines.slice(1)) cli.print(`  ${''.padEnd(22)}${line}`);
        };
        section('partners gained', changes.partnersGained.map((p) => displayName(p)));
        section('partners lost', changes.partnersLost.map((p) => displayName(p)));
        section('relations started', changes.relationsStarted.map((r) => relationLabel(r, found.id)));
        section('relations ended', changes.relationsEnded.map((r) => relationLabel(r, found.id)));
        section('agreements in force', changes.agreementsEntered.map((a) => a.title));
        section('agreements ended', changes.agreementsLeft.map((a) => a.title));
        return;
      }
      const snapshot = await cli.client.partnersAsOf(found.id, options.asOf ?? null);
      if (cli.opts.json) {
        cli.printJson(snapshot);
        return;
      }
      const { bold, dim } = cli.color;
      cli.print(bold(`${displayName(snapshot.institution)} ${snapshot.meaning}`));
      const memberOf = snapshot.memberships.map((m) => m.object.acronym ?? m.object.name);
      cli.print(`  member of   ${memberOf.length ? memberOf.join(', ') : dim('—')}`);
      cli.print(`  members     ${snapshot.members.length ? String(snapshot.members.length) : dim('—')}`);
      cli.print(`  agreements  ${snapshot.agreements.length ? snapshot.agreements.map((a) => a.title).join('; ') : dim('none in force')}`);
      cli.print('');
      if (snapshot.partners.length === 0) {
        cli.note('no partners on that day');
        return;
      }
      cli.print(
        cli.table(
          ['partner', 'kind', 'country', 'relations', 'agreements'],
          snapshot.partners.map((p) => [
            `${displayName(p.institution)}${p.periodUnknown ? dim(' (period unknown)') : ''}`,
            p.institution.kind,
            p.institution.country,
            [...new Set(p.relations.map((r) => r.kind.toLowerCase().replaceAll('_', ' ')))].join(', '),
            p.agreements.map((a) => a.title).join('; '),
          ]),
        ),
      );
    });
}
