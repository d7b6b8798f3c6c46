// Messages between the server and the thread running the embedded database (pglite-worker.ts).

export type WorkerInput = { dataDir: string | null; template?: ArrayBuffer };

export type Operation = { op: 'query'; sql: string; params?: unknown[] } | { op: 'exec'; sql: string } | { op: 'dump' } | { op: 'close' };

export type Request = { id: number } & Operation;

/** A database error as plain data: its message and PostgreSQL's fields (code, detail, constraint …). */
export type PlainError = { name: string; message: string; fields: Record<string, string | number | boolean> };

export type Reply = { id: number } & ({ ok: true; result: unknown } | { ok: false; error: PlainError });
