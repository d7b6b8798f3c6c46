// `accord timeline <institution…>`: one chronological stream of what involves the institutions
// (relations starting and ending, agreement actions, events, visits, documents, commitments).
// The options and name resolution are shared with `accord export timeline`.
import { type Command, InvalidArgumentError } from 'commander';
import type { AccordClient, CommitmentStatus, ScheduleStatus, TimelineFilter, TimelineItemKind, TimelineQueryVariables } from '../index.js';
import { type Cli, cliOf, type Io } from './context.js';
import { CliError, usageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { parseCountries, parsePositiveInt } from './options.js';
import { resolveInstitution } from './resolve.js';
import { fold } from './text.js';

export const TIMELINE_KINDS = [
  'RELATION_START',
  'AGREEMENT_ACTION',
  'EVENT',
  'VISIT',
  'DOCUMENT',
  'COMMITMENT',
  'RELATION_END',
] as const satisfies readonly TimelineItemKind[];
type MissingKind = Exclude<TimelineItemKind, (typeof TIMELINE_KINDS)[number]>;
const everyKindListed: [MissingKind] extends [never] ? true : MissingKind = true;
void everyKindListed;

const SCHEDULE_STATUSES = ['PLANNED', 'CONFIRMED', 'HELD', 'POSTPONED', 'CANCELLED'] as const satisfies readonly ScheduleStatus[];
const COMMITMENT_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const satisfies readonly CommitmentStatus[];

/** Short names people type for kinds: "agreement" for AGREEMENT_ACTION, "relation" for both ends. */
const KIND_ALIASES: Record<string, TimelineItemKind[]> = {
  AGREEMENT: ['AGREEMENT_ACTION'],
  ACTION: ['AGREEMENT_ACTION'],
  RELATION: ['RELATION_START', 'RELATION_END'],
};

const words = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim().toUpperCase().replaceAll('-', '_'))
    .filter(Boolean);

/** "event,agreement" → ['EVENT', 'AGREEMENT_ACTION']; repeatable. */
export function parseTimelineKinds(value: string, previous: TimelineItemKind[] = []): TimelineItemKind[] {
  const out = [...previous];
  for (const word of words(value)) {
    const kinds = KIND_ALIASES[word] ?? ((TIMELINE_KINDS as readonly string[]).includes(word) ? [word as TimelineItemKind] : null);
    if (!kinds) throw new InvalidArgumentError(`unknown kind ${word}; one of ${TIMELINE_KINDS.join(', ')} (or agreement, relation)`);
    out.push(...kinds);
  }
  return [...new Set(out)];
}

type Statuses = { schedule: ScheduleStatus[]; commitment: CommitmentStatus[] };

/** "held,planned" / "open": event and visit statuses, commitment statuses; repeatable. */
export function parseStatuses(value: string, previous: Statuses = { schedule: [], commitment: [] }): Statuses {
  const out: Statuses = { schedule: [...previous.schedule], commitment: [...previous.commitment] };
  for (const word of words(value)) {
    if ((SCHEDULE_STATUSES as readonly string[]).includes(word)) out.schedule.push(word as ScheduleStatus);
    else if ((COMMITMENT_STATUSES as readonly string[]).includes(word)) out.commitment.push(word as CommitmentStatus);
    else throw new InvalidArgumentError(`unknown status ${word}; one of ${[...SCHEDULE_STATUSES, ...COMMITMENT_STATUSES].join(', ')}`);
  }
  return { schedule: [...new Set(out.schedule)], commitment: [...new Set(out.commitment)] };
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD. */
export function parsePartialDate(value: string): string {
  const v = value.trim();
  if (!PARTIAL_DATE.test(v)) throw new InvalidArgumentError('must be YYYY, YYYY-MM or YYYY-MM-DD');
  return v;
}

/** A whole day, YYYY-MM-DD. */
export function parseDay(value: string): string {
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) {
    throw new InvalidArgumentError('must be a day, YYYY-MM-DD');
  }
  return v;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export type TimelineOptions = {
  with?: string;
  bodiesOf?: string;
  from?: string;
  to?: string;
  kind?: TimelineItemKind[];
  topic?: string[];
  country?: string[];
  status?: Statuses;
  desc?: boolean;
};

/** The options of `timeline` and `export timeline`. */
export function addTimelineOptions(command: Command): Command {
  return command
    .option('-w, --with <institution>', 'only the history shared with this institution (name, acronym or ID)')
    .option('-b, --bodies-of <institution>', 'add this institution and every body under it (e.g. OIC: the OIC and all its bodies)')
    .option('--from <date>', 'only items that may fall on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)', parsePartialDate)
    .option('--to <date>', 'only items that may fall on or before this date', parsePartialDate)
    .option('-k, --kind <kinds>', `only these kinds, comma-separated: ${TIMELINE_KINDS.map((k) => k.toLowerCase().replaceAll('_', '-')).join(', ')} (or agreement, relation)`, parseTimelineKinds)
    .option('-t, --topic <topic>', 'only items about this topic (name or slug; repeatable)', collect)
    .option('-c, --country <codes>', 'only items in these countries (ISO codes, e.g. AZ,TR)', parseCountries)
    .option('-s, --status <statuses>', 'events and visits only in these statuses (held, planned …), commitments in these (open, done …)', parseStatuses)
    .option('--desc', 'newest first');
}

async function resolveTopic(client: AccordClient, text: string): Promise<string> {
  const page = await client.operations.Topics({ filter: { search: text.trim() }, first: 100 });
  const folded = fold(text);
  const exact = page.topics.nodes.filter((t) => fold(t.name) === folded || fold(t.slug) === folded);
  const found = exact.length === 1 ? exact[0] : page.topics.nodes.length === 1 ? page.topics.nodes[0] : undefined;
  if (found) return found.id;
  if (page.topics.nodes.length === 0) throw new CliError(ExitCode.NOT_FOUND, 'NOT_FOUND', `no topic matches ${JSON.stringify(text)}`);
  throw new CliError(ExitCode.AMBIGUOUS, 'AMBIGUOUS', `${JSON.stringify(text)} matches ${page.topics.totalCount} topics: ${page.topics.nodes.map((t) => t.slug).join(', ')}`, {
    candidates: page.topics.nodes.map((t) => ({ id: t.id, name: t.name, slug: t.slug })),
  });
}

export type ResolvedTimeline = {
  variables: Omit<TimelineQueryVariables, 'first' | 'after' | 'last' | 'before'>;
  /** Names of the institutions in focus (for display). */
  focus: { id: string; name: string; acronym: string | null }[];
};

/** Resolves the names of the command line to IDs and builds the query's variables. */
export async function timelineVariables(cli: Cli, names: string[], options: TimelineOptions): Promise<ResolvedTimeline> {
  if (names.length === 0 && !options.bodiesOf) throw usageError('name an institution (or give --bodies-of)');
  const table = (h: string[], r: (string | null)[][]) => cli.table(h, r, cli.errColor);
  const focus = await Promise.all(names.map((n) => resolveInstitution(cli.client, n, table)));
  const bodiesOf = options.bodiesOf ? await resolveInstitution(cli.client, options.bodiesOf, table) : undefined;
  const other = options.with ? await resolveInstitution(cli.client, options.with, table) : undefined;
  const topicIds = options.topic?.length ? await Promise.all(options.topic.map((t) => resolveTopic(cli.client, t))) : undefined;
  const filter: TimelineFilter = {
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
    ...(options.kind?.length ? { kind: options.kind } : {}),
    ...(topicIds ? { topicId: topicIds } : {}),
    ...(options.country?.length ? { country: options.country } : {}),
    ...(options.status?.schedule.length ? { scheduleStatus: options.status.schedule } : {}),
    ...(options.status?.commitment.length ? { commitmentStatus: options.status.commitment } : {}),
  };
  return {
    variables: {
      ...(focus.length ? { institutionIds: focus.map((f) => f.id) } : {}),
      ...(bodiesOf ? { bodiesOf: bodiesOf.id } : {}),
      ...(other ? { sharedWith: other.id } : {}),
      ...(Object.keys(filter).length ? { filter } : {}),
      ...(options.desc ? { order: 'DESC' as const } : {}),
    },
    focus: [...focus, ...(bodiesOf ? [bodiesOf] : [])].map(({ id, name, acronym }) => ({ id, name, acronym })),
  };
}

const short = (i: { name: string; acronym: string | null }) => i.acronym ?? i.name;

export function registerTimeline(program: Command, io: Io): void {
  addTimelineOptions(
    program
      .command('timeline')
      .description('what involves an institution (or several), in date order: relations, agreement actions, events, visits, documents, commitments')
      .argument('[institutions...]', 'names, acronyms or IDs of the institutions (items involving any of them)'),
  )
    .option('-n, --limit <n>', 'show at most N items', parsePositiveInt, 50)
    .option('-a, --all', 'every item (ignores --limit)')
    .action(async (names: string[], options: TimelineOptions & { limit: number; all?: boolean }, command: Command) => {
      const cli = cliOf(command, io);
      const { variables, focus } = await timelineVariables(cli, names, options);
      const counts = cli.client.timelineCounts(variables);
      counts.catch(() => undefined); // awaited below; a failure of the pages is reported first
      const items: Awaited<ReturnType<AccordClient['timeline']>>['edges'][number]['node'][] = [];
      let after: string | null | undefined;
      do {
        const page = await cli.client.timeline({ ...variables, first: options.all ? 100 : Math.min(100, options.limit - items.length), after });
        items.push(...page.edges.map((e) => e.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
        if (options.all) cli.progress(`reading the timeline… ${items.length}`);
      } while (after && (options.all || items.length < options.limit));
      cli.progress(null);
      const { totalCount, counts: histogram } = await counts;
      if (cli.opts.json) {
        cli.printJson({ totalCount, counts: histogram, items });
        return;
      }
      const focusIds = new Set(focus.map((f) => f.id));
      if (items.length > 0) {
        cli.print(
          cli.table(
            ['date', 'kind', 'title', 'status', 'with'],
            items.map((i) => [
              i.date ? String(i.date) : cli.color.dim('undated'),
              i.kind.toLowerCase().replaceAll('_', ' '),
              i.title,
              i.status,
              i.institutions
                .filter((x) => !focusIds.has(x.id))
                .map(short)
                .join(', '),
            ]),
          ),
        );
      } else {
        cli.note('no items');
      }
      const years = histogram.byYear.map((c) => `${c.year ?? 'undated'}: ${c.count}`).join(', ');
      cli.note(cli.errColor.dim(`${items.length} of ${totalCount} items${years ? ` (${years})` : ''}${items.length < totalCount ? '; use --all or --limit' : ''}`));
    });
}
