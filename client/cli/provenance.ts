// `accord provenance [--type Event,Institution]`: records and fields without a citation, by kind.
import type { Command } from 'commander';
import { ProvenanceSummaryDocument } from '../generated/graphql.js';
import { cliOf, type Io } from './context.js';

const kinds = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

export function registerProvenance(program: Command, io: Io): void {
  program
    .command('provenance')
    .description('records citing no source and field values no citation names (or only the registry editors infer), by kind')
    .option('--type <kinds>', 'only these record kinds, e.g. Event,Institution (comma-separated or repeated)', kinds)
    .action(async (options: { type?: string[] }, command: Command) => {
      const cli = cliOf(command, io);
      const summary = (await cli.client.request(ProvenanceSummaryDocument, { types: options.type ?? null })).provenanceSummary;
      if (cli.opts.json) return cli.printJson(summary);
      const gaps = (fields: { field: string; uncited: number; inferred: number }[], pick: 'uncited' | 'inferred') =>
        fields.filter((f) => f[pick] > 0).map((f) => `${f.field} ${f[pick]}`).join(', ');
      const rows = summary.kinds.map((k) => [k.recordType, String(k.records), String(k.uncitedRecords), gaps(k.fields, 'uncited'), gaps(k.fields, 'inferred')]);
      cli.print(cli.table(['kind', 'records', 'uncited', 'fields uncited', 'fields inferred'], rows));
      cli.note(cli.errColor.dim(`${summary.uncitedRecords} of ${summary.records} records cite nothing; ${summary.uncitedFields} field values uncited, ${summary.inferredFields} inferred`));
    });
}
