import { once } from 'node:events';
import Table from 'cli-table3';
import type { Command } from 'commander';
import picocolors from 'picocolors';
import { type AccordClient, createAccordClient } from '../index.js';

export const DEFAULT_URL = 'http://127.0.0.1:4000/graphql';

/** The options every command accepts (declared once on the program, see cli.ts). */
export type GlobalOptions = {
  url: string;
  token?: string;
  json?: boolean;
  debug?: boolean;
  color: boolean;
  timeout: number;
};

export type Io = {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
};

type Colors = ReturnType<typeof picocolors.createColors>;

const NO_BORDERS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '',
  middle: '  ',
};

function colorsFor(stream: NodeJS.WriteStream, opts: GlobalOptions, env: NodeJS.ProcessEnv): Colors {
  const wanted = opts.color && !('NO_COLOR' in env && env.NO_COLOR !== '') && (stream.isTTY === true || (env.FORCE_COLOR ?? '0') !== '0');
  return picocolors.createColors(wanted);
}

/**
 * What a command needs: the global options, the typed client, and output helpers. Results go to
 * stdout; diagnostics, progress and errors to stderr. Colour only on a terminal (and not with
 * --no-color or NO_COLOR).
 */
export class Cli {
  readonly color: Colors;
  readonly errColor: Colors;
  #client: AccordClient | undefined;
  /** Wait and retry when the server answers 429 or 503 with Retry-After (long imports: rate limit, busy server). */
  retryRateLimited = false;

  constructor(
    readonly opts: GlobalOptions,
    readonly io: Io,
  ) {
    this.color = colorsFor(io.stdout, opts, io.env);
    this.errColor = colorsFor(io.stderr, opts, io.env);
  }

  /** The typed client for --url/--token, each request limited to --timeout seconds. */
  get client(): AccordClient {
    if (!this.#client) {
      const ms = Math.round(this.opts.timeout * 1000);
      const timed: typeof fetch = async (input, init) => {
        for (let attempt = 1; ; attempt++) {
          const response = await fetch(input, { ...init, signal: AbortSignal.timeout(ms) });
          const busy = response.status === 429 || (response.status === 503 && response.headers.has('retry-after'));
          if (!busy || !this.retryRateLimited || attempt > 10) return response;
          await response.arrayBuffer();
          const seconds = Math.min(60, Math.max(1, Number(response.headers.get('retry-after')) || 1));
          this.progress(`the server asks to wait (HTTP ${response.status}): retrying in ${seconds} s…`);
          await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        }
      };
      this.#client = createAccordClient({
        url: this.opts.url,
        token: this.opts.token || undefined,
        fetch: timed,
        headers: { 'user-agent': 'accord-cli' },
      });
    }
    return this.#client;
  }

  get interactive(): boolean {
    return this.io.stderr.isTTY === true;
  }

  /** Writes to stdout, waiting when the pipe is full (so large exports stream in constant memory). */
  async write(text: string): Promise<void> {
    if (!this.io.stdout.write(text)) await once(this.io.stdout, 'drain');
  }

  /** One line (or several) to stdout. */
  print(text = ''): void {
    this.io.stdout.write(`${text}\n`);
  }

  /** A JSON document to stdout (for --json). */
  printJson(value: unknown): void {
    this.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** A note to stderr (hints, summaries that are not the result). */
  note(text: string): void {
    this.io.stderr.write(`${text}\n`);
  }

  /** A transient progress line on stderr, only on a terminal and not with --json. */
  progress(text: string | null): void {
    if (!this.interactive || this.opts.json) return;
    this.io.stderr.write(text === null ? '\r\x1b[2K' : `\r\x1b[2K${text}`);
  }

  /** A borderless, left-aligned table with upper-case headers; trailing spaces trimmed. */
  table(headers: string[], rows: (string | null | undefined)[][], color: Colors = this.color): string {
    const table = new Table({
      head: headers.map((h) => color.bold(h.toUpperCase())),
      chars: NO_BORDERS,
      style: { 'padding-left': 0, 'padding-right': 0, head: [], border: [], compact: true },
    });
    for (const row of rows) table.push(row.map((cell) => cell ?? ''));
    return table
      .toString()
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n');
  }
}

/** The Cli for a command's action (global options merged in by commander). */
export function cliOf(command: Command, io: Io): Cli {
  return new Cli(command.optsWithGlobals<GlobalOptions>(), io);
}
