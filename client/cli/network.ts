// `accord network …`: the cooperation network around an institution, its metrics and its top partners.
import { type Command, InvalidArgumentError } from 'commander';
import type { CooperationFilter, CooperationKind, InstitutionKind, InstitutionSummaryFragment, NeighbourhoodQuery } from '../index.js';
import { type Cli, cliOf, type Io } from './context.js';
import { parseCountries, parseKinds, parsePositiveInt } from './options.js';
import { resolveInstitution } from './resolve.js';
import { displayName } from './text.js';

export const COOPERATION_KINDS = ['RELATION', 'AGREEMENT', 'EVENT', 'VISIT', 'DOCUMENT'] as const satisfies readonly CooperationKind[];

/** "relation,events" → ['RELATION', 'EVENT'] (singular or plural, any case); repeatable. */
export function parseCooperationKinds(value: string, previous: CooperationKind[] = []): CooperationKind[] {
  const kinds = value
    .split(',')
    .map((k) => k.trim().toUpperCase().replace(/S$/, ''))
    .filter(Boolean);
  const bad = kinds.filter((k) => !(COOPERATION_KINDS as readonly string[]).includes(k));
  if (bad.length) throw new InvalidArgumentError(`unknown record kind ${bad.join(', ')}; one of ${COOPERATION_KINDS.join(', ').toLowerCase()}`);
  return [...new Set([...previous, ...(kinds as CooperationKind[])])];
}

/** A partial date: 2024, 2024-05 or 2024-05-17. */
export function parsePartialDate(value: string): string {
  const text = value.trim();
  if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(text)) throw new InvalidArgumentError('must be a date: YYYY, YYYY-MM or YYYY-MM-DD');
  return text;
}

export function parseWeight(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('must be a number ≥ 0');
  return n;
}

export type NetworkFilterOptions = {
  records?: CooperationKind[];
  from?: string;
  to?: string;
  kind?: InstitutionKind[];
  country?: string[];
  minWeight?: number;
};

/** --records, --from, --to, --kind, --country, --min-weight: the CooperationFilter, shared with `accord path`. */
export function addNetworkFilterOptions(command: Command): Command {
  return command
    .option('-r, --records <kinds>', 'only these kinds of records: relation, agreement, event, visit, document (comma-separated or repeated)', parseCooperationKinds)
    .option('--from <date>', 'only records reaching this date or later (YYYY, YYYY-MM or YYYY-MM-DD)', parsePartialDate)
    .option('--to <date>', 'only records starting on or before this date', parsePartialDate)
    .option('-k, --kind <kinds>', 'only pass through institutions of these kinds (e.g. ombudsman,nhri)', parseKinds)
    .option('-c, --country <codes>', 'only pass through institutions in these countries (e.g. AZ,TR)', parseCountries)
    .option('--min-weight <w>', 'ignore edges lighter than this', parseWeight);
}

export function networkFilterOf(options: NetworkFilterOptions): CooperationFilter | undefined {
  const filter: CooperationFilter = {
    ...(options.records?.length ? { kinds: options.records } : {}),
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
    ...(options.kind?.length ? { institutionKinds: options.kind } : {}),
    ...(options.country?.length ? { countries: options.country } : {}),
    ...(options.minWeight !== undefined ? { minWeight: options.minWeight } : {}),
  };
  return Object.keys(filter).length ? filter : undefined;
}

/** "2019 … 2021", "2020-03-05", or "—" for undated edges (PartialDate values are strings). */
export function period(from: unknown, until: unknown): string {
  const first = typeof from === 'string' ? from : null;
  const last = typeof until === 'string' ? until : null;
  if (!first && !last) return '—';
  return first === last || !last ? (first ?? '') : `${first ?? '?'} … ${last}`;
}

export const kindsOf = (byKind: { kind: CooperationKind; count: number }[]) =>
  byKind.map((k) => `${k.kind.toLowerCase()}${k.count > 1 ? ` ×${k.count}` : ''}`).join(', ');

const short = (i: Pick<InstitutionSummaryFragment, 'name' | 'acronym'>) => i.acronym ?? i.name;

function printNeighbourhood(cli: Cli, hood: NeighbourhoodQuery['neighbourhood'], format: 'table' | 'dot'): void {
  const byId = new Map(hood.nodes.map((n) => [n.institutionId, n.institution]));
  if (format === 'dot') {
    // Graphviz: `accord network show X --dot | dot -Tsvg > network.svg`
    const quote = (s: string) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;
    cli.print('graph cooperation {');
    cli.print('  node [shape=box, style=rounded];');
    for (const n of hood.nodes) {
      cli.print(`  ${quote(n.institutionId)} [label=${quote(displayName(n.institution))}${n.distance === 0 ? ', style="rounded,bold"' : ''}];`);
    }
    for (const e of hood.edges) {
      cli.print(`  ${quote(e.sourceId)} -- ${quote(e.targetId)} [weight=${e.weight}, penwidth=${Math.min(8, 1 + Math.log2(e.weight)).toFixed(1)}, tooltip=${quote(`${kindsOf(e.byKind)}; ${period(e.firstInteraction, e.lastInteraction)}`)}];`);
    }
    cli.print('}');
    return;
  }
  const { bold, dim } = cli.color;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  cli.print(bold(`${displayName(hood.centre)}: ${plural(hood.nodes.length - 1, 'institution')} within ${plural(hood.hops, 'hop')}, ${plural(hood.edges.length, 'link')}`));
  cli.print(
    cli.table(
      ['hops', 'institution', 'kind', 'country', 'links', 'weight'],
      hood.nodes.map((n) => [String(n.distance), displayName(n.institution), n.institution.kind, n.institution.country, String(n.degree), String(n.weight)]),
    ),
  );
  cli.print('');
  cli.print(
    cli.table(
      ['from', 'to', 'weight', 'records', 'when', 'kinds'],
      hood.edges.map((e) => [
        short(byId.get(e.sourceId)!),
        short(byId.get(e.targetId)!),
        String(e.weight),
        String(e.interactions),
        period(e.firstInteraction, e.lastInteraction),
        kindsOf(e.byKind),
      ]),
    ),
  );
  if (hood.truncated) cli.note(dim('truncated: the limit or the edge cap left institutions or links out; raise --limit or narrow the filter'));
}

export function registerNetwork(program: Command, io: Io): void {
  const group = program.command('network').description('the cooperation network: neighbourhood, metrics and top partners of an institution');

  addNetworkFilterOptions(
    group
      .command('show')
      .description('institutions within N hops and the links between them (why, when, how strong)')
      .argument('<name-or-id>', 'the institution at the centre'),
  )
    .option('-H, --hops <n>', 'hops from the centre, 1..3', parsePositiveInt, 1)
    .option('-n, --limit <n>', 'at most N institutions besides the centre (1..500)', parsePositiveInt, 50)
    .option('--dot', 'print Graphviz DOT instead of tables')
    .action(async (nameOrId: string, options: NetworkFilterOptions & { hops: number; limit: number; dot?: boolean }, command: Command) => {
      const cli = cliOf(command, io);
      const centre = await resolveInstitution(cli.client, nameOrId, (h, r) => cli.table(h, r, cli.errColor));
      const hood = await cli.client.neighbourhood({ institutionId: centre.id, hops: options.hops, limit: options.limit, filter: networkFilterOf(options) });
      if (cli.opts.json) cli.printJson(hood);
      else printNeighbourhood(cli, hood, options.dot ? 'dot' : 'table');
    });

  addNetworkFilterOptions(group.command('metrics').description('degree, weighted degree, ego betweenness, clustering, cooperation per year').argument('<name-or-id>', 'the institution')).action(
    async (nameOrId: string, options: NetworkFilterOptions, command: Command) => {
      const cli = cliOf(command, io);
      const found = await resolveInstitution(cli.client, nameOrId, (h, r) => cli.table(h, r, cli.errColor));
      const m = await cli.client.cooperationMetrics({ institutionId: found.id, filter: networkFilterOf(options) });
      if (cli.opts.json) {
        cli.printJson(m);
        return;
      }
      const round = (x: number) => String(Math.round(x * 1000) / 1000);
      cli.print(cli.color.bold(displayName(m.institution)));
      const rows: [string, string][] = [
        ['partners (degree)', String(m.degree)],
        ['weighted degree', round(m.weightedDegree)],
        ['records', `${m.interactions}${m.undatedInteractions ? ` (${m.undatedInteractions} undated)` : ''}`],
        ['ego betweenness', `${round(m.egoBetweenness)} (normalised ${round(m.egoBetweennessNormalized)})`],
        ['clustering', round(m.clusteringCoefficient)],
        ['ego network', `${m.egoNetworkSize} partners${m.egoNetworkComplete ? '' : ' (the heaviest only)'}`],
      ];
      for (const [label, value] of rows) cli.print(`  ${label.padEnd(19)}${value}`);
      if (m.byYear.length) {
        cli.print('');
        cli.print(cli.table(['year', 'records', 'weight', 'partners'], m.byYear.map((y) => [String(y.year), String(y.interactions), round(y.weight), String(y.partners)])));
      }
    },
  );

  addNetworkFilterOptions(group.command('partners').description('the institutions it cooperates with most, strongest first').argument('<name-or-id>', 'the institution'))
    .option('-n, --limit <n>', 'show at most N partners (1..100)', parsePositiveInt, 10)
    .action(async (nameOrId: string, options: NetworkFilterOptions & { limit: number }, command: Command) => {
      const cli = cliOf(command, io);
      const found = await resolveInstitution(cli.client, nameOrId, (h, r) => cli.table(h, r, cli.errColor));
      const partners = await cli.client.topPartners({ institutionId: found.id, first: Math.min(options.limit, 100), filter: networkFilterOf(options) });
      if (cli.opts.json) {
        cli.printJson({ institution: found, partners });
        return;
      }
      if (partners.length === 0) {
        cli.note(`${displayName(found)} has no partners${networkFilterOf(options) ? ' with this filter' : ''}`);
        return;
      }
      cli.print(
        cli.table(
          ['partner', 'kind', 'country', 'weight', 'records', 'when', 'kinds'],
          partners.map((e) => [displayName(e.target), e.target.kind, e.target.country, String(e.weight), String(e.interactions), period(e.firstInteraction, e.lastInteraction), kindsOf(e.byKind)]),
        ),
      );
    });
}
