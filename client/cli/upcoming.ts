// `accord upcoming`: the agenda — what is coming in the next days (events, visits, agreement
// milestones, commitment due dates). Also the option parsers and formatting the other planning
// commands (`accord conflicts`, `accord agreements expiring`) share.
import { type Command, InvalidArgumentError } from 'commander';
import type { AgendaItemFieldsFragment, AgendaItemKind } from '../index.js';
import { type Cli, cliOf, type Io } from './context.js';
import { CliError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { parsePositiveInt } from './options.js';
import { resolveInstitution } from './resolve.js';
import { fold } from './text.js';

const AGENDA_KINDS = ['EVENT', 'VISIT', 'AGREEMENT_REVIEW', 'AGREEMENT_EXPIRY', 'AGREEMENT_NOTICE_DEADLINE', 'COMMITMENT_DUE'] as const;

/** Short words for the kinds, accepted by --kind and shown in the KIND column. */
const KIND_WORDS: Record<(typeof AGENDA_KINDS)[number], string> = {
  EVENT: 'event',
  VISIT: 'visit',
  AGREEMENT_REVIEW: 'review',
  AGREEMENT_EXPIRY: 'expiry',
  AGREEMENT_NOTICE_DEADLINE: 'notice',
  COMMITMENT_DUE: 'due',
};

/** "event,visit" or "review,expiry,notice,due" (or the API's names) → AgendaItemKind[]; repeatable. */
export function parseAgendaKinds(value: string, previous: AgendaItemKind[] = []): AgendaItemKind[] {
  const out: AgendaItemKind[] = [];
  for (const raw of value.split(',').map((v) => v.trim()).filter(Boolean)) {
    const upper = raw.toUpperCase().replaceAll('-', '_');
    const byWord = AGENDA_KINDS.find((k) => KIND_WORDS[k] === raw.toLowerCase());
    const kind = byWord ?? AGENDA_KINDS.find((k) => k === upper);
    if (raw.toLowerCase() === 'agreement') out.push('AGREEMENT_REVIEW', 'AGREEMENT_EXPIRY', 'AGREEMENT_NOTICE_DEADLINE');
    else if (kind) out.push(kind);
    else throw new InvalidArgumentError(`unknown kind ${raw}; one of event, visit, agreement, review, expiry, notice, due`);
  }
  return [...new Set([...previous, ...out])];
}

/** A calendar day YYYY-MM-DD. */
export function parseDay(value: string): string {
  const day = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    throw new InvalidArgumentError('must be a date YYYY-MM-DD');
  }
  return day;
}

export function parseDays(value: string): number {
  return parsePositiveInt(value);
}

/** --days, --from, --to, --institution, --person: the window and scope options of the planning commands. */
export function addWindowOptions(command: Command, defaultDays = 90): Command {
  return command
    .option('-d, --days <n>', `the next N days (default ${defaultDays})`, parseDays)
    .option('--from <date>', 'first day, YYYY-MM-DD (default: today)', parseDay)
    .option('--to <date>', 'last day, YYYY-MM-DD (instead of --days)', parseDay)
    .option('-i, --institution <name-or-id>', 'only what this institution is involved in')
    .option('-p, --person <name-or-id>', 'only what this person is involved in');
}

export type WindowOptions = { days?: number; from?: string; to?: string; institution?: string; person?: string };

type PersonCandidate = { id: string; name: string; aliases: string[]; country: string | null };

/** A person from a global ID, an exact name or alias (ignoring case and accents), or the only search result. */
export async function resolvePerson(cli: Cli, text: string): Promise<PersonCandidate> {
  const query = text.trim();
  const node = /^[A-Za-z0-9_-]{1,200}$/.test(query) ? await cli.client.node(query) : null;
  if (node?.__typename === 'Person') {
    const found = await cli.client.operations.Person({ id: node.id });
    return found.person;
  }
  const page = (await cli.client.operations.People({ filter: { search: query }, first: 100 })).people;
  const folded = fold(query);
  const exact = page.nodes.filter((p) => fold(p.name) === folded || p.aliases.some((a) => fold(a) === folded));
  const pick = exact.length === 1 ? exact[0] : exact.length === 0 && page.totalCount === 1 ? page.nodes[0] : undefined;
  if (pick) return pick;
  if (page.totalCount === 0) throw new CliError(ExitCode.NOT_FOUND, 'NOT_FOUND', `no person matches ${JSON.stringify(text)}`);
  const candidates = (exact.length ? exact : page.nodes).slice(0, 20).map(({ id, name, country }) => ({ id, name, country }));
  throw new CliError(
    ExitCode.AMBIGUOUS,
    'AMBIGUOUS',
    `${JSON.stringify(text)} matches ${exact.length || page.totalCount} people:`,
    { candidates, total: exact.length || page.totalCount },
    [cli.table(['name', 'country', 'id'], candidates.map((c) => [c.name, c.country, c.id]), cli.errColor), 'Give the ID or an exact name.'],
  );
}

/** The window and scope variables of a planning query, names resolved to IDs. */
export async function windowVariables(cli: Cli, options: WindowOptions): Promise<{ from?: string; to?: string; days?: number; institutionId?: string; personId?: string }> {
  if (options.to && options.days) throw new CliError(ExitCode.USAGE, 'USAGE', 'give either --to or --days, not both');
  const vars: { from?: string; to?: string; days?: number; institutionId?: string; personId?: string } = {};
  if (options.from) vars.from = options.from;
  if (options.to) vars.to = options.to;
  if (options.days) vars.days = options.days;
  if (options.institution) vars.institutionId = (await resolveInstitution(cli.client, options.institution, (h, r) => cli.table(h, r, cli.errColor))).id;
  if (options.person) vars.personId = (await resolvePerson(cli, options.person)).id;
  return vars;
}

function zoned(iso: string, zone: string): { day: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * When an entry happens, for a table: "2025-06-18", "2025-06-10 – 2025-06-12",
 * "2025-06-18 10:00–13:00 Asia/Baku" (times in the agenda's zone, else the entry's own),
 * "2025-06 (approx.)" for dates known only to the month or year.
 */
export function formatWhen(item: Pick<AgendaItemFieldsFragment, 'approximate' | 'recordedDate' | 'allDay' | 'startsAt' | 'endsAt' | 'timeZone' | 'startDate' | 'endDate'>, zone?: string | null): string {
  if (item.approximate) return `${item.recordedDate ?? item.startDate} (approx.)`;
  if (!item.allDay && item.startsAt) {
    const tz = zone ?? item.timeZone ?? 'UTC';
    const start = zoned(item.startsAt, tz);
    const end = item.endsAt ? zoned(item.endsAt, tz) : null;
    const until = end ? (end.day === start.day ? `–${end.time}` : ` – ${end.day} ${end.time}`) : '';
    return `${start.day} ${start.time}${until} ${tz}`;
  }
  return item.startDate === item.endDate ? String(item.startDate) : `${item.startDate} – ${item.endDate}`;
}

export function kindWord(kind: AgendaItemKind): string {
  return KIND_WORDS[kind] ?? kind.toLowerCase();
}

type UpcomingOptions = WindowOptions & { kind?: AgendaItemKind[]; timeZone?: string; includeClosed?: boolean; limit: number };

export function registerUpcoming(program: Command, io: Io): void {
  addWindowOptions(program.command('upcoming').description('what is coming: events, visits, agreement milestones and commitment due dates'))
    .option('-k, --kind <kinds>', 'only these kinds: event, visit, agreement (= review, expiry, notice), due; comma-separated', parseAgendaKinds)
    .option('-z, --time-zone <zone>', 'show times (and place timed entries on days) in this IANA zone, e.g. Europe/Berlin')
    .option('--include-closed', 'also cancelled events and visits, done or dropped commitments')
    .option('-n, --limit <n>', 'show at most N entries (at most 500)', parsePositiveInt, 200)
    .action(async (options: UpcomingOptions, command: Command) => {
      const cli = cliOf(command, io);
      if (options.limit > 500) throw new CliError(ExitCode.USAGE, 'USAGE', '--limit must be at most 500');
      const agenda = await cli.client.agenda({
        ...(await windowVariables(cli, options)),
        ...(options.kind?.length ? { kinds: options.kind } : {}),
        ...(options.timeZone ? { timeZone: options.timeZone } : {}),
        ...(options.includeClosed ? { includeClosed: true } : {}),
        first: options.limit,
      });
      if (cli.opts.json) {
        cli.printJson(agenda);
        return;
      }
      const { dim } = cli.color;
      if (agenda.items.length === 0) {
        cli.note(`nothing from ${agenda.from} to ${agenda.to}`);
        return;
      }
      cli.print(
        cli.table(
          ['when', 'kind', 'title', 'status', 'where'],
          agenda.items.map((i) => [
            formatWhen(i, agenda.timeZone),
            kindWord(i.kind),
            `${i.title}${i.recurring ? dim(' (yearly)') : ''}${i.confidential ? dim(' [confidential]') : ''}`,
            i.status,
            i.place,
          ]),
        ),
      );
      const approximate = agenda.items.filter((i) => i.approximate).length;
      const notes = [`${agenda.items.length}${agenda.truncated ? ` of ${agenda.totalCount}` : ''} ${agenda.totalCount === 1 ? 'entry' : 'entries'} from ${agenda.from} to ${agenda.to}`];
      if (approximate) notes.push(`${approximate} with a date known only to the month or year (approx.)`);
      if (agenda.truncated) notes.push('raise --limit or narrow the window');
      cli.note(cli.errColor.dim(notes.join('; ')));
    });
}
