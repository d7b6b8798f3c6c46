// In-process runner for CLI tests (same API as tests/harness/cli.ts `cliRunner`, which replaces it
// once it lands): `run(argv, io)` of client/cli.ts with stdout and stderr captured as strings.
import { Writable } from 'node:stream';
import { run } from '../../client/cli.js';

export type CliResult = { code: number; stdout: string; stderr: string };
export type CliTarget = { url: string; token?: string | null };

for (const name of ['ACCORD_URL', 'ACCORD_TOKEN', 'ACCORD_TIMEOUT']) delete process.env[name];

class Captured extends Writable {
  text = '';
  constructor(private readonly both?: { text: string }) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    this.text += text;
    if (this.both) this.both.text += text;
    done();
  }
}

/** Runs `accord …args` in this process; `combined` is stdout and stderr in the order written. */
export async function runCli(args: string[], target: CliTarget): Promise<CliResult & { combined: string }> {
  const both = { text: '' };
  const stdout = new Captured(both);
  const stderr = new Captured(both);
  const io = { stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream, env: { NO_COLOR: '1' } };
  const auth = target.token ? ['--token', target.token] : [];
  const code = await run(['node', 'accord', '--url', target.url, ...auth, ...args], io);
  return { code, stdout: stdout.text, stderr: stderr.text, combined: both.text };
}

export function cliRunner(target: () => CliTarget) {
  return (args: string[], overrides: Partial<CliTarget> = {}) => runCli(args, { ...target(), ...overrides });
}
