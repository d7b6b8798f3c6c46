// Running the `accord` CLI in tests. READ THIS BEFORE WRITING A CLI TEST.
//
// The default is IN PROCESS: `cliRunner` calls `run(argv, io)` of client/cli.ts in the test's own
// process, with output captured as strings. It exercises the same commander program, the same
// typed client and the same exit codes as the real command, in milliseconds instead of the
// 1–2.6 s (and a CPU core) that starting node + tsx costs each time.
//
//   import { cliRunner } from '../harness/cli.js';
//   const accord = cliRunner(() => ({ url: t.url, token: t.adminToken }));   // t: TestServer
//   const r = await accord(['--json', 'institutions', 'show', 'OIC']);
//   expect(r.code).toBe(0);  JSON.parse(r.stdout) …
//   await accord(['timeline', 'OIC'], { token: null });                     // anonymous
//
// Only what a real process alone can show belongs in a CHILD PROCESS (`spawnCli`): the process
// exit status, ACCORD_URL/ACCORD_TOKEN read from the environment, stdin, a closed stdout pipe,
// signals, the bin/accord.js launcher. tests/e2e/cli-process.test.ts holds those; keep them few.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { join } from 'node:path';
import { type Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { run } from '../../client/cli.js';

/** The rows of CSV text (header first), each a list of fields. */
export const csvRows = (text: string): string[][] => parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true });

export type CliResult = { code: number; stdout: string; stderr: string };

/** Where the CLI talks to: the GraphQL URL and a bearer token (null or omitted: anonymous). */
export type CliTarget = { url: string; token?: string | null };

// The CLI reads ACCORD_URL / ACCORD_TOKEN / ACCORD_TIMEOUT from process.env (commander). A
// developer's own settings must not leak into the tests: the in-process runner passes --url and
// --token explicitly, and these are removed from this (test worker) process's environment.
for (const name of ['ACCORD_URL', 'ACCORD_TOKEN', 'ACCORD_TIMEOUT']) delete process.env[name];

/** A stream that keeps what is written to it (stands in for stdout/stderr; not a terminal). */
class Captured extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    done();
  }
}

/**
 * Runs `accord …args` in this process against `target`; resolves to the exit code and the text
 * written to stdout and stderr. `env` is what the CLI sees as its environment (default NO_COLOR=1).
 */
export async function runCli(args: string[], target: CliTarget, env: NodeJS.ProcessEnv = { NO_COLOR: '1' }): Promise<CliResult> {
  const stdout = new Captured();
  const stderr = new Captured();
  const io = { stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream, env };
  const auth = target.token ? ['--token', target.token] : [];
  const code = await run(['node', 'accord', '--url', target.url, ...auth, ...args], io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/**
 * A runner bound to a target that is known only later (a test server started in beforeAll):
 * `accord(args, overrides?)` with the target's URL and token unless `overrides` says otherwise.
 */
export function cliRunner(target: () => CliTarget): (args: string[], overrides?: Partial<CliTarget>) => Promise<CliResult> {
  return (args, overrides = {}) => runCli(args, { ...target(), ...overrides });
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The launcher users run (`npx accord`): bin/accord.js → tsx → client/cli.ts. */
export const CLI_BIN = join(ROOT, 'bin/accord.js');

/** The environment a user would give the command: theirs, with the target as ACCORD_URL / ACCORD_TOKEN. */
function childEnv(target: CliTarget & { env?: NodeJS.ProcessEnv }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ACCORD_URL: target.url, NO_COLOR: '1', ...target.env };
  delete env.ACCORD_TIMEOUT;
  delete env.ACCORD_TOKEN;
  if (target.token) env.ACCORD_TOKEN = target.token;
  return env;
}

export type SpawnedCliResult = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/**
 * Runs `accord …args` as a real child process (bin/accord.js), as a user does. The target goes
 * in the environment (ACCORD_URL, ACCORD_TOKEN) as a user would set it; `input` is its stdin.
 * Costs a node + tsx start-up (1–2.6 s): use it only for what needs a process (see the top).
 */
export function spawnCli(args: string[], target: CliTarget & { input?: string; env?: NodeJS.ProcessEnv }): Promise<SpawnedCliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], { cwd: ROOT, env: childEnv(target), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(target.input ?? '');
  });
}

/** The child process itself, for tests of pipes and signals (stdin closed at once, stdout/stderr piped). */
export function spawnCliProcess(args: string[], target: CliTarget & { env?: NodeJS.ProcessEnv }): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(process.execPath, [CLI_BIN, ...args], { cwd: ROOT, env: childEnv(target), stdio: ['ignore', 'pipe', 'pipe'] });
}
