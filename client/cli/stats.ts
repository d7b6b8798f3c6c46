// `accord stats --by year|country|topic|…`: counts of events, visits, agreements, documents,
// commitments and relations, grouped the way you ask. The options are shared with `accord export stats`.
import { type Command, InvalidArgumentError } from 'commander';
import type { StatsDimension, StatsFilter, StatsQueryVariables, StatsRecordType } from '../index.js';
import { type Cli, cliOf, type Io } from './context.js';
import { parseCountries } from './options.js';
import { resolveInstitution } from './resolve.js';
import { parsePartialDate } from './timeline.js';

export const STATS_DIMENSIONS = ['TYPE', 'YEAR', 'COUNTRY', 'KIND', 'STATUS', 'TOPIC', 'INSTITUTION_KIND', 'INSTITUTION'] as const satisfies readonly StatsDimension[];
type MissingDimension = Exclude<StatsDimension, (typeof STATS_DIMENSIONS)[number]>;
const everyDimensionListed: [MissingDimension] extends [never] ? true : MissingDimension = true;
void everyDimensionListed;

export const STATS_TYPES = ['EVENT', 'VISIT', 'AGREEMENT', 'DOCUMENT', 'COMMITMENT', 'RELATION'] as const satisfies readonly StatsRecordType[];

const words = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim().toUpperCase().replaceAll('-', '_'))
    .filter(Boolean);

/** "year,country" → ['YEAR', 'COUNTRY']; repeatable, in order. */
export function parseDimensions(value: string, previous: StatsDimension[] = []): StatsDimension[] {
  const dims = words(value);
  const bad = dims.filter((d) => !(STATS_DIMENSIONS as readonly string[]).includes(d));
  if (bad.length) throw new InvalidArgumentError(`unknown dimension ${bad.join(', ')}; one of ${STATS_DIMENSIONS.map((d) => d.toLowerCase().replaceAll('_', '-')).join(', ')}`);
  return [...new Set([...previous, ...(dims as StatsDimension[])])];
}

/** "events,visits" → ['EVENT', 'VISIT'] (singular or plural); repeatable. */
export function parseTypes(value: string, previous: StatsRecordType[] = []): StatsRecordType[] {
  const types = words(value).map((t) => (t.endsWith('S') && (STATS_TYPES as readonly string[]).includes(t.slice(0, -1)) ? t.slice(0, -1) : t));
  const bad = types.filter((t) => !(STATS_TYPES as readonly string[]).includes(t));
  if (bad.length) throw new InvalidArgumentError(`unknown record type ${bad.join(', ')}; one of ${STATS_TYPES.map((t) => t.toLowerCase()).join(', ')}`);
  return [...new Set([...previous, ...(types as StatsRecordType[])])];
}

export type StatsOptions = { by?: StatsDimension[]; type?: StatsRecordType[]; from?: string; to?: string; institution?: string; country?: string[] };

export function addStatsOptions(command: Command): Command {
  return command
    .option('--by <dimensions>', `group by, in order: ${STATS_DIMENSIONS.map((d) => d.toLowerCase().replaceAll('_', '-')).join(', ')} (comma-separated or repeated)`, parseDimensions)
    .option('--type <types>', `count only these records: ${STATS_TYPES.map((t) => `${t.toLowerCase()}s`).join(', ')}`, parseTypes)
    .option('--from <date>', 'only records that may fall on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)', parsePartialDate)
    .option('--to <date>', 'only records that may fall on or before this date', parsePartialDate)
    .option('-i, --institution <institution>', 'only records involving this institution (name, acronym or ID)')
    .option('-c, --country <codes>', 'only records in these countries', parseCountries);
}

export async function statsVariables(cli: Cli, options: StatsOptions): Promise<StatsQueryVariables> {
  const institution = options.institution ? await resolveInstitution(cli.client, options.institution, (h, r) => cli.table(h, r, cli.errColor)) : undefined;
  const filter: StatsFilter = {
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
    ...(institution ? { institutionId: [institution.id] } : {}),
    ...(options.country?.length ? { country: options.country } : {}),
  };
  return {
    groupBy: options.by ?? ['YEAR'],
    ...(options.type?.length ? { types: options.type } : {}),
    ...(Object.keys(filter).length ? { filter } : {}),
  };
}

const HEADER: Record<StatsDimension, string> = {
  TYPE: 'type',
  YEAR: 'year',
  COUNTRY: 'country',
  KIND: 'kind',
  STATUS: 'status',
  TOPIC: 'topic',
  INSTITUTION_KIND: 'institution kind',
  INSTITUTION: 'institution',
};

export function registerStats(program: Command, io: Io): void {
  addStatsOptions(program.command('stats').description('counts of events, visits, agreements, documents, commitments and relations, grouped (default --by year)')).action(
    async (options: StatsOptions, command: Command) => {
      const cli = cliOf(command, io);
      const stats = await cli.client.stats(await statsVariables(cli, options));
      if (cli.opts.json) {
        cli.printJson(stats);
        return;
      }
      const dim = cli.color.dim('—');
      const cell: Record<StatsDimension, (g: (typeof stats.groups)[number]) => string> = {
        TYPE: (g) => g.type?.toLowerCase() ?? dim,
        YEAR: (g) => (g.year === null ? cli.color.dim('undated') : String(g.year)),
        COUNTRY: (g) => g.country ?? dim,
        KIND: (g) => g.kind ?? dim,
        STATUS: (g) => g.status ?? dim,
        TOPIC: (g) => g.topic?.name ?? cli.color.dim('no topic'),
        INSTITUTION_KIND: (g) => g.institutionKind ?? dim,
        INSTITUTION: (g) => (g.institution ? (g.institution.acronym ?? g.institution.name) : dim),
      };
      if (stats.groups.length) {
        cli.print(cli.table([...stats.groupBy.map((d) => HEADER[d]), 'count'], stats.groups.map((g) => [...stats.groupBy.map((d) => cell[d](g)), String(g.count)])));
      }
      cli.note(cli.errColor.dim(`${stats.total} records${stats.truncated ? ' (more groups than shown)' : ''}`));
    },
  );
}
