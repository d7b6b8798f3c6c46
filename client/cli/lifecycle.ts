// Agreement lifecycle verbs: `accord agreements sign|ratify|enter-into-force|renew|withdraw|
// terminate|suspend|resume <agreement>`. Acts of one party are ledger entries
// (recordAgreementAction); moves of the agreement as a whole change its status
// (changeAgreementStatus), which the server checks against the lifecycle.
import { randomUUID } from 'node:crypto';
import { type Command, Option } from 'commander';
import type { AgreementActionKind, AgreementStatus } from '../index.js';
import { type Cli, cliOf, type Io } from './context.js';
import { usageError } from './errors.js';
import { fullDay } from './fields.js';
import { parsePositiveInt } from './options.js';
import { resolveRef } from './refs.js';

type VerbOptions = { party?: string; date?: string; note?: string; expiresOn?: string; version?: number; force?: boolean; dryRun?: boolean; idempotencyKey?: string };

type Verb = {
  name: string;
  about: string;
  /** The ledger entry for one party (with --party), if the verb has one. */
  action?: AgreementActionKind;
  /** The status the agreement as a whole moves to (without --party), if the verb has one. */
  status?: AgreementStatus;
  needsExpiry?: boolean;
};

const VERBS: Verb[] = [
  { name: 'sign', about: 'record a party’s signature (--party); without --party, mark the agreement SIGNED (all parties must have signed)', action: 'SIGNATURE', status: 'SIGNED' },
  { name: 'ratify', about: 'record that a party’s consent to be bound took effect (--party; ledger entry ENTRY_INTO_FORCE for that party)', action: 'ENTRY_INTO_FORCE' },
  { name: 'enter-into-force', about: 'the agreement enters into force (status IN_FORCE); with --party, only for that party', action: 'ENTRY_INTO_FORCE', status: 'IN_FORCE' },
  { name: 'renew', about: 'renew the agreement until --expires-on (ledger entry RENEWAL)', action: 'RENEWAL', needsExpiry: true },
  { name: 'withdraw', about: 'a party withdraws from the agreement (--party; ledger entry WITHDRAWAL)', action: 'WITHDRAWAL' },
  { name: 'terminate', about: 'terminate the agreement (status TERMINATED); with --party, only for that party', action: 'TERMINATION', status: 'TERMINATED' },
  { name: 'suspend', about: 'suspend the agreement (status SUSPENDED)', status: 'SUSPENDED' },
  { name: 'resume', about: 'resume a suspended agreement (status IN_FORCE)', status: 'IN_FORCE' },
];

const table = (cli: Cli) => (h: string[], r: (string | null)[][]) => cli.table(h, r, cli.errColor);
const today = () => new Date().toISOString().slice(0, 10);

async function runVerb(cli: Cli, verb: Verb, text: string, options: VerbOptions): Promise<void> {
  const agreement = await resolveRef(cli.client, 'Agreement', text, table(cli));
  const date = options.date ?? today();
  const idempotencyKey = options.idempotencyKey ?? randomUUID();
  if (options.party || !verb.status) {
    if (!verb.action) throw usageError(`${verb.name} acts on the agreement as a whole: leave out --party`);
    if (!options.party && !verb.needsExpiry) throw usageError(`${verb.name} needs --party <institution>`);
    if (verb.needsExpiry && !options.expiresOn) throw usageError(`${verb.name} needs --expires-on <date>`);
    const party = options.party ? await resolveRef(cli.client, 'Institution', options.party, table(cli)) : undefined;
    const input = { agreementId: agreement.id, kind: verb.action, date, partyId: party?.id, note: options.note, expiresOn: options.expiresOn };
    if (options.dryRun) return dry(cli, 'recordAgreementAction', input);
    const entry = await cli.client.recordAgreementAction(input, { idempotencyKey });
    if (cli.opts.json) cli.printJson(entry);
    else cli.print(`recorded ${verb.action} by ${party?.title ?? 'the parties'} on ${date} for ${agreement.title}`);
    return;
  }
  let version = options.version;
  if (version === undefined && !options.dryRun) {
    if (!options.force) throw usageError('give --version N (the agreement version you read), or --force');
    version = (await cli.client.agreement(agreement.id)).version;
  }
  const input = { id: agreement.id, status: verb.status, date, note: options.note, version };
  if (options.dryRun) return dry(cli, 'changeAgreementStatus', input);
  const changed = await cli.client.changeAgreementStatus(input, { idempotencyKey });
  if (cli.opts.json) cli.printJson(changed);
  else cli.print(`${changed.title}: now ${changed.status} (version ${changed.version})`);
}

function dry(cli: Cli, mutation: string, input: Record<string, unknown>): void {
  if (cli.opts.json) {
    cli.printJson({ dryRun: true, mutation, input });
    return;
  }
  cli.print(`would call ${mutation} with:\n${JSON.stringify(input, null, 2)}`);
  cli.note('dry run: nothing written');
}

export function registerAgreementLifecycle(program: Command, io: Io): void {
  const group = program.commands.find((c) => c.name() === 'agreements')!;
  const day = (end: boolean) => (value: string) => fullDay(value, end);
  for (const verb of VERBS) {
    const command = group
      .command(verb.name)
      .description(verb.about)
      .argument('<agreement>', 'the agreement: ID or title')
      .option('-p, --party <institution>', 'the party that acts (name, acronym or ID)')
      .option('-d, --date <date>', 'when (YYYY-MM-DD; YYYY or YYYY-MM means the first day; default today)', day(false))
      .option('--note <text>', 'free text, e.g. the source')
      .addOption(new Option('--version <n>', 'the agreement version you read (status changes)').argParser(parsePositiveInt))
      .option('--force', 'change the status without checking the version')
      .option('--dry-run', 'print what would be sent, write nothing')
      .option('--idempotency-key <key>', 'retrying with the same key never writes twice');
    if (verb.needsExpiry) command.option('--expires-on <date>', 'the new expiry date', day(true));
    command.action(async (text: string, options: VerbOptions, cmd: Command) => runVerb(cliOf(cmd, io), verb, text, options));
  }
}
