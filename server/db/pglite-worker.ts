// The embedded PostgreSQL (PGlite, WebAssembly) on a thread of its own. A long statement blocks
// this thread, not the one answering HTTP: /healthz and the request that hit its time limit
// are answered while the statement runs (see pglite.ts for the other side).
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PlainError, Reply, Request, WorkerInput } from './pglite-protocol.js';

/** Extensions the migrations use; PGlite loads extensions only when asked. */
const extensions = { pg_trgm };

/** DATE columns as 'YYYY-MM-DD' strings, as node-postgres gives them (PGlite would give Date objects). */
const parsers = { 1082: (value: string) => value };

const { dataDir, template } = workerData as WorkerInput;
const port = parentPort!;
const post = (reply: Reply) => port.postMessage(reply);

async function open(): Promise<PGlite> {
  if (dataDir !== null) return PGlite.create(dataDir, { extensions, parsers });
  return PGlite.create({ extensions, parsers, loadDataDir: template ? new Blob([template]) : undefined });
}

function plain(error: unknown): PlainError {
  const e = error instanceof Error ? error : new Error(String(error));
  const fields: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(e)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value as string | number | boolean;
  }
  return { name: e.name, message: e.message, fields };
}

async function run(pglite: PGlite, request: Request): Promise<unknown> {
  switch (request.op) {
    case 'query': {
      const { rows, fields, affectedRows } = await pglite.query(request.sql, request.params, { rowMode: 'object' });
      return { rows, fields, affectedRows };
    }
    case 'exec':
      return (await pglite.exec(request.sql)).map(({ rows, fields, affectedRows }) => ({ rows, fields, affectedRows }));
    case 'dump':
      return (await pglite.dumpDataDir('none')).arrayBuffer();
    case 'close':
      await pglite.close();
      return null;
  }
}

try {
  const pglite = await open();
  post({ id: 0, ok: true, result: null });
  // One request at a time, in the order sent: a transaction's statements are never interleaved.
  let chain: Promise<void> = Promise.resolve();
  port.on('message', (request: Request) => {
    chain = chain.then(async () => {
      try {
        const result = await run(pglite, request);
        post({ id: request.id, ok: true, result });
        if (request.op === 'close') port.close();
      } catch (error) {
        post({ id: request.id, ok: false, error: plain(error) });
      }
    });
  });
} catch (error) {
  post({ id: 0, ok: false, error: plain(error) });
}
