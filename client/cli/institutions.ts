// `accord institutions …`: search, list and show institutions.
import type { Command } from 'commander';
import type {
  AccordClient,
  InstitutionDetailFragment,
  InstitutionFilter,
  InstitutionKind,
  InstitutionStatus,
  InstitutionSummaryFragment,
} from '../index.js';
import { type Cli, cliOf, type Io } from './context.js';
import { addOutputOptions, type Column, type OutputOptions, printRows } from './output.js';
import { parseCountries, parseKinds, parsePositiveInt, parseStatuses } from './options.js';
import { resolveInstitution } from './resolve.js';
import { displayName } from './text.js';

export type FilterOptions = { kind?: InstitutionKind[]; country?: string[]; status?: InstitutionStatus[] };

export const filterOf = (options: FilterOptions, search?: string): InstitutionFilter => ({
  ...(options.kind?.length ? { kind: options.kind } : {}),
  ...(options.country?.length ? { country: options.country } : {}),
  ...(options.status?.length ? { status: options.status } : {}),
  ...(search !== undefined ? { search } : {}),
});

/** --kind, --country and --status, shared by the commands that read institutions. */
export function addFilterOptions(command: Command): Command {
  return command
    .option('-k, --kind <kinds>', 'only these kinds, comma-separated or repeated (e.g. network,ombudsman)', parseKinds)
    .option('-c, --country <codes>', 'only these ISO 3166-1 alpha-2 countries (e.g. AZ,TR)', parseCountries)
    .option('-s, --status <statuses>', 'only these statuses (e.g. active; default: all)', parseStatuses);
}

/** The first `limit` institutions matching `filter` (pages of at most 100) and the total count. */
async function firstInstitutions(client: AccordClient, filter: InstitutionFilter, limit: number) {
  const nodes: InstitutionSummaryFragment[] = [];
  let after: string | null | undefined;
  let totalCount = 0;
  do {
    const page = await client.institutions({ filter, first: Math.min(100, limit - nodes.length), after });
    totalCount = page.totalCount;
    nodes.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
  } while (after && nodes.length < limit);
  return { totalCount, nodes };
}

function printSummaries(cli: Cli, institutions: InstitutionSummaryFragment[], totalCount: number, more: string, output: OutputOptions = {}): void {
  const columns: Column<InstitutionSummaryFragment>[] = [['name', (i) => i.name], ['acronym', (i) => i.acronym], ['kind', (i) => i.kind], ['country', (i) => i.country]];
  printRows(cli, output, columns, institutions, { totalCount, institutions });
  if (!cli.opts.json && !output.csv && totalCount > institutions.length) cli.note(cli.errColor.dim(`${institutions.length} of ${totalCount} shown; ${more}`));
}

function printDetail(cli: Cli, institution: InstitutionDetailFragment): void {
  if (cli.opts.json) {
    cli.printJson(institution);
    return;
  }
  const { bold, dim } = cli.color;
  const none = dim('—');
  const related = [institution.parent, ...institution.children].filter((i) => i !== null);
  const nameWidth = Math.max(0, ...related.map((i) => displayName(i).length));
  const summary = (i: InstitutionSummaryFragment) => `${displayName(i).padEnd(nameWidth)}  ${dim(`${i.kind}${i.country ? `, ${i.country}` : ''}`)}`;
  const rows: [string, string[]][] = [
    ['id', [institution.id]],
    ['kind', [institution.kind]],
    ['status', [institution.status]],
    ['country', [institution.country ? `${institution.country} (${institution.countryName ?? '?'})` : none]],
    ['aliases', institution.aliases.length ? institution.aliases : [none]],
    ['website', [institution.website ?? none]],
    ['identifiers', institution.identifiers.length ? institution.identifiers.map((i) => `${i.scheme} ${i.value}${i.url ? dim(`  ${i.url}`) : ''}`) : [none]],
    ['description', [institution.description ?? none]],
    ['parent', [institution.parent ? summary(institution.parent) : none]],
    ['children', institution.children.length ? institution.children.map(summary) : [none]],
    ['created', [institution.createdAt]],
    ['updated', [institution.updatedAt]],
    ['version', [String(institution.version)]],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  cli.print(bold(displayName(institution)));
  for (const [label, values] of rows) {
    for (const [index, value] of values.entries()) cli.print(`  ${(index === 0 ? label : '').padEnd(width)}${value}`);
  }
}

export function registerInstitutions(program: Command, io: Io): void {
  const group = program
    .command('institutions')
    .alias('institution')
    .description('search, list and show institutions');

  addFilterOptions(
    group
      .command('search')
      .description('search names, acronyms and aliases (ignoring case and accents)')
      .argument('<text>', 'text to look for, e.g. "ombudsman" or "azerbaycan"'),
  )
    .option('-n, --limit <n>', 'show at most N results', parsePositiveInt, 20)
    .action(async (text: string, options: FilterOptions & { limit: number }, command: Command) => {
      const cli = cliOf(command, io);
      const { totalCount, nodes } = await firstInstitutions(cli.client, filterOf(options, text), options.limit);
      if (totalCount === 0 && !cli.opts.json) cli.note(`no institution matches ${JSON.stringify(text)}`);
      printSummaries(cli, nodes, totalCount, 'raise --limit or narrow the search');
    });

  group
    .command('show')
    .description('one institution with its parent and children')
    .argument('<name-or-id>', 'a global ID, or a name, acronym or alias (exact match wins; a unique partial match is enough)')
    .action(async (nameOrId: string, _options: unknown, command: Command) => {
      const cli = cliOf(command, io);
      const found = await resolveInstitution(cli.client, nameOrId, (h, r) => cli.table(h, r, cli.errColor));
      printDetail(cli, await cli.client.institution(found.id));
    });

  addFilterOptions(addOutputOptions(group.command('list').description('institutions by name, optionally filtered')))
    .option('-n, --limit <n>', 'show at most N institutions', parsePositiveInt, 50)
    .option('-a, --all', 'every matching institution (ignores --limit)')
    .action(async (options: FilterOptions & OutputOptions & { limit: number; all?: boolean }, command: Command) => {
      const cli = cliOf(command, io);
      const filter = filterOf(options);
      if (options.all) {
        const all: InstitutionSummaryFragment[] = [];
        for await (const institution of cli.client.allInstitutions(filter)) {
          all.push(institution);
          cli.progress(`reading institutions… ${all.length}`);
        }
        cli.progress(null);
        printSummaries(cli, all, all.length, '', options);
        return;
      }
      const { totalCount, nodes } = await firstInstitutions(cli.client, filter, options.limit);
      printSummaries(cli, nodes, totalCount, 'use --all for every one, or --limit', options);
    });
}
