// `accord export --all` and `accord import --all`: the whole registry as one archive of JSON lines
// (server/db/backup.ts says what it holds), written to a file or stdout and restored into a
// registry without records. ADMIN only.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { AccordGraphQLError } from '../errors.js';
import type { Cli } from './context.js';
import { CliError, usageError } from './errors.js';
import { ExitCode } from './exit-codes.js';

/** Streams the archive to `out` (a file path) or stdout; returns the bytes written. */
export async function exportAll(cli: Cli, out: string | undefined): Promise<number> {
  const body = await cli.client.backup();
  const file = out ? createWriteStream(out) : null;
  let bytes = 0;
  let lines = 0;
  let last = 0;
  for await (const chunk of body) {
    bytes += chunk.byteLength;
    for (const byte of chunk) if (byte === 10) lines++;
    last = chunk[chunk.byteLength - 1] ?? last;
    if (file) {
      if (!file.write(chunk)) await once(file, 'drain');
    } else if (!cli.io.stdout.write(chunk)) await once(cli.io.stdout, 'drain');
    if (lines % 1000 === 0) cli.progress(`exported ${lines} lines…`);
  }
  if (file) await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
  cli.progress(null);
  // The server ends every line with a newline; a missing last one means it stopped half-way.
  if (bytes === 0 || last !== 10) throw new CliError(ExitCode.SERVER_ERROR, 'INCOMPLETE', 'the backup was cut short by the server; the archive is incomplete');
  if (out || !cli.io.stdout.isTTY) cli.note(`exported the registry: ${lines - 1} rows${out ? ` to ${out}` : ''}`);
  return bytes;
}

/** Sends an archive to the server's restore; prints the rows restored per table. */
export async function importAll(cli: Cli, file: string): Promise<void> {
  if (file === undefined || file === '') throw usageError('import --all needs the archive file (accord export --all writes one)');
  const stream = file === '-' ? process.stdin : createReadStream(file);
  await new Promise<void>((resolve, reject) => {
    stream.once('readable', resolve);
    stream.once('error', (error: Error) => reject(usageError(`cannot read ${file}: ${error.message}`)));
  });
  let restored: Record<string, number>;
  try {
    restored = await cli.client.restore(Readable.toWeb(stream as Readable) as ReadableStream<Uint8Array>);
  } catch (error) {
    if (error instanceof AccordGraphQLError && (error.code === 'BAD_USER_INPUT' || error.code === 'CONFLICT')) {
      throw new CliError(ExitCode.INPUT_REFUSED, error.code, `${error.message}; nothing was restored`);
    }
    throw error;
  }
  const total = Object.values(restored).reduce((a, b) => a + b, 0);
  if (cli.opts.json) return cli.printJson({ file, restored, total });
  for (const [table, count] of Object.entries(restored)) cli.print(`${table.padEnd(18)} ${String(count).padStart(8)}`);
  cli.note(`restored ${total} rows from ${file}`);
}
