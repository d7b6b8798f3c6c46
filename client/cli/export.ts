// `accord export <what>`: streams records to stdout, page by page (constant memory).
// Each kind of record is one subcommand; `export institutions` writes the format `import` reads.
import type { Command } from 'commander';
import { cliOf, type Io } from './context.js';
import { usageError } from './errors.js';
import { CSV_HEADER, csvLine, exportValues } from './institution-rows.js';
import { addFilterOptions, type FilterOptions, filterOf } from './institutions.js';
import { registerCsvExports } from './export-csv.js';
import { exportAll } from './backup.js';

type ExportOptions = FilterOptions & { csv?: boolean; json?: boolean };

export function registerExport(program: Command, io: Io): void {
  const group = program
    .command('export')
    .description('write records to stdout as CSV or JSON; --all: the whole registry as one archive (a backup)')
    .option('--all', 'every record of every kind, with IDs, citations, topics, history and users (not API tokens), as JSON lines that `import --all` restores (ADMIN)')
    .option('-o, --out <file>', 'with --all: write the archive to this file instead of stdout')
    .action(async (options: { all?: boolean; out?: string }, command: Command) => {
      if (!options.all) throw usageError('name what to export (accord export --help), or --all for the whole registry');
      await exportAll(cliOf(command, io), options.out);
    });

  addFilterOptions(
    group
      .command('institutions')
      .description('every institution (or those matching the filters), in the import format, by name')
      .option('--csv', 'CSV with a header row (the default)')
      .option('--json', 'a JSON array'),
  ).action(async (_options: ExportOptions, command: Command) => {
    const cli = cliOf(command, io);
    // --json may land on the program (it is also a global option): read both levels.
    const options = command.optsWithGlobals<ExportOptions>();
    if (options.csv && options.json) throw usageError('choose one of --csv and --json');
    const json = options.json === true;
    const filter = filterOf(options);
    let count = 0;
    if (json) await cli.write('[');
    else await cli.write(CSV_HEADER);
    for await (const record of cli.client.allInstitutionRecords(filter)) {
      if (json) await cli.write(`${count === 0 ? '\n' : ',\n'}  ${JSON.stringify(exportValues(record))}`);
      else await cli.write(csvLine(record));
      count++;
      if (count % 100 === 0) cli.progress(`exported ${count}…`);
    }
    if (json) await cli.write(count === 0 ? ']\n' : '\n]\n');
    cli.progress(null);
    if (cli.interactive && !cli.io.stdout.isTTY) cli.note(`exported ${count} institutions`);
  });

  // timeline, events, visits, documents, agreements, relations, commitments, people, stats, query (CSV from POST /export)
  registerCsvExports(group, io);
}
