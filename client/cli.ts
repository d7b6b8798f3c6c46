// The `accord` command-line tool, on top of the typed client (client/index.ts).
//
// Each command group lives in its own file under client/cli/ and exports a register function;
// to add one (e.g. `accord agreements …`), write client/cli/agreements.ts and list it in
// COMMAND_GROUPS below. Exit codes: client/cli/exit-codes.ts. Documentation: docs/cli.md.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_URL, type GlobalOptions, type Io } from './cli/context.js';
import { describeError } from './cli/errors.js';
import { ExitCode } from './cli/exit-codes.js';
import { registerExport } from './cli/export.js';
import { registerImport } from './cli/import.js';
import { registerInstitutions } from './cli/institutions.js';
import { registerNetwork } from './cli/network.js';
import { registerPath } from './cli/path.js';
import { registerAgreements } from './cli/agreements.js';
import { registerConflicts } from './cli/conflicts.js';
import { registerReview } from './cli/review.js';
import { registerUpcoming } from './cli/upcoming.js';
import { registerTimeline } from './cli/timeline.js';
import { registerPartners } from './cli/partners.js';
import { registerStats } from './cli/stats.js';
import { registerProvenance } from './cli/provenance.js';
import { registerBrief } from './cli/brief.js';
import { parseSeconds } from './cli/options.js';
import { registerRecords } from './cli/records.js';
import { registerAgreementLifecycle } from './cli/lifecycle.js';
import { registerSearch } from './cli/search.js';
import { registerHistory } from './cli/history.js';
import { registerAdmin } from './cli/admin.js';
import picocolors from 'picocolors';

export { ExitCode } from './cli/exit-codes.js';

const COMMAND_GROUPS: ((program: Command, io: Io) => void)[] = [registerInstitutions, registerImport, registerExport, registerUpcoming, registerConflicts, registerReview, registerAgreements];
COMMAND_GROUPS.push(registerTimeline, registerPartners, registerStats);
COMMAND_GROUPS.push(registerNetwork, registerPath);
COMMAND_GROUPS.push(registerProvenance);
COMMAND_GROUPS.push(registerBrief);
// Every record kind (list/show/create/update/delete), after the groups above so it adds to them.
COMMAND_GROUPS.push(registerRecords, registerAgreementLifecycle, registerSearch, registerHistory, registerAdmin);

function packageVersion(): string {
  // client/cli.ts (source) or dist/client/cli.js (built): the package.json is one or two levels up.
  for (const relative of ['../package.json', '../../package.json']) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (!existsSync(path)) continue;
    const pkg = JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'accord' && pkg.version) return pkg.version;
  }
  return '0.0.0';
}

export function createProgram(io: Io): Command {
  const program = new Command('accord')
    .description('Accord, the international-cooperation registry, from the command line.')
    // Not commander's .version(): its --version would swallow `--version <n>` of the write commands.
    .option('-V', 'print the version (also `accord --version`)')
    .addOption(new Option('--url <url>', 'GraphQL endpoint').env('ACCORD_URL').default(DEFAULT_URL))
    .addOption(new Option('--token <token>', 'API token (sent as a bearer token)').env('ACCORD_TOKEN'))
    .addOption(new Option('--timeout <seconds>', 'give up on a request after this long').env('ACCORD_TIMEOUT').default(30).argParser(parseSeconds))
    .option('--json', 'machine-readable JSON output (errors as JSON on stderr)')
    .option('--debug', 'print stack traces of errors')
    .option('--no-color', 'no colours (also NO_COLOR=1); colour is only used on a terminal')
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      '\nExit codes: 0 ok, 1 unexpected, 2 usage, 3 ambiguous name, 4 not found, 5 input refused,\n6 server unreachable, 7 server error, 8 not authorised (no valid token, or the role may not). See docs/cli.md.',
    )
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  for (const register of COMMAND_GROUPS) register(program, io);
  // Subcommands report usage errors through the program's settings too.
  const inherit = (command: Command) => {
    for (const sub of command.commands) {
      sub.exitOverride().showHelpAfterError('(add --help for usage)');
      sub.configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });
      inherit(sub);
    }
  };
  inherit(program);
  return program;
}

/** Runs the CLI with `argv` (as process.argv: node, script, …args); resolves to the exit code. */
export async function run(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  const program = createProgram(io);
  // `accord --version` / `accord -V` (but not `accord people update X --version 3`).
  const args = argv.slice(2);
  const commands = new Set(program.commands.flatMap((c) => [c.name(), ...c.aliases()]));
  if ((args.includes('--version') || args.includes('-V')) && !args.some((a) => commands.has(a))) {
    io.stdout.write(`${packageVersion()}\n`);
    return ExitCode.OK;
  }
  try {
    await program.parseAsync(argv);
    return ExitCode.OK;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE; // commander printed it
    const opts = program.opts<GlobalOptions>();
    const report = describeError(error, opts.url ?? DEFAULT_URL);
    if (opts.json) {
      io.stderr.write(`${JSON.stringify({ error: { exitCode: report.exitCode, code: report.code, message: report.message, ...report.data } })}\n`);
    } else {
      const color = picocolors.createColors(opts.color !== false && io.stderr.isTTY === true && !io.env.NO_COLOR);
      io.stderr.write(`${color.red('error:')} ${report.message}\n`);
      for (const line of report.lines) io.stderr.write(`${line}\n`);
    }
    if (opts.debug) io.stderr.write(`${stackOf(error)}\n`);
    return report.exitCode;
  }
}

function stackOf(error: unknown): string {
  const parts: string[] = [];
  for (let current = error, depth = 0; current !== undefined && depth < 5; depth++) {
    parts.push(current instanceof Error ? (current.stack ?? String(current)) : String(current));
    current = current instanceof Error ? current.cause : undefined;
    if (current !== undefined) parts.push('caused by:');
  }
  return parts.join('\n');
}

/** Entry point when run directly (`tsx client/cli.ts …`, or node dist/client/cli.js); bin/accord.js calls run() itself. */
export async function main(): Promise<void> {
  // `accord export … | head` closes the pipe early: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(ExitCode.OK);
    throw error;
  });
  process.exitCode = await run(process.argv);
}

function isEntry(): boolean {
  try {
    return process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isEntry()) await main();
