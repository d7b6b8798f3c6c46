import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/*
 * Backup and restore of the whole registry as one archive of JSON lines:
 *
 *   {"format":"accord-backup","version":1,"migration":"Migration…","tables":["institution",…]}
 *   {"t":"institution","r":{…one row, every stored column…}}
 *   …
 *
 * Every record table, rows by primary key, read in one REPEATABLE READ snapshot, so the archive is
 * consistent while the server keeps writing. Kept: every record kind with its ID, citations,
 * claims, topics and taggings, the audit history, and users (name, e-mail, role — the actors of
 * the history). Left out: API tokens (secrets; the restored registry issues its own), idempotency
 * keys (a day's retries) and the read-model tables (derived: their triggers refill them).
 *
 * A restore writes into a registry without records (users may exist: the admin doing the restore)
 * at the same migration, in one transaction: tables in foreign-key order, a table's references to
 * itself (parent institution, parent event …) set in a second pass. Users whose ID or e-mail the
 * target already has are kept as the target has them. Exporting the restored registry gives the
 * same bytes (tests/e2e/backup.test.ts).
 */

export const BACKUP_FORMAT = 'accord-backup';
export const BACKUP_VERSION = 1;
const BATCH = 1000;

/** Tables never archived: secrets, short-lived state, bookkeeping. Read-model tables are not entities, so never listed. */
const LEFT_OUT = new Set(['api_token', 'idempotency_key']);
/** Rows the target may already have (the admin running the restore): kept as they are. */
const MERGED = new Set(['app_user']);

type Table = { name: string; columns: string[]; selfReferences: string[] };
export type BackupHeader = { format: string; version: number; migration: string | null; tables: string[] };

/** Why a restore was refused before anything was written. */
export class RestoreRefused extends Error {
  constructor(
    readonly code: 'BAD_USER_INPUT' | 'CONFLICT',
    message: string,
  ) {
    super(message);
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The archived tables in foreign-key order (a table after those it refers to), with their stored columns. */
async function tablesOf(em: EntityManager): Promise<Table[]> {
  const names = [...em.getMetadata().getAll().values()]
    .filter((m) => !m.embeddable && !m.abstract && !m.virtual && m.tableName)
    .map((m) => m.tableName as string)
    .filter((name) => !LEFT_OUT.has(name));
  const unique = [...new Set(names)].sort();
  const columns = await em.execute<{ table_name: string; column_name: string }[]>(
    `select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and is_generated = 'NEVER' and table_name in (${unique.map(() => '?').join(', ')})
      order by table_name, ordinal_position`,
    unique,
  );
  const keys = await em.execute<{ from_table: string; to_table: string; column_name: string }[]>(
    `select c.conrelid::regclass::text as from_table, c.confrelid::regclass::text as to_table, a.attname as column_name
       from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
      where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`,
  );
  const dependsOn = new Map(unique.map((t) => [t, new Set<string>()]));
  for (const k of keys) if (k.from_table !== k.to_table && dependsOn.has(k.from_table) && dependsOn.has(k.to_table)) dependsOn.get(k.from_table)!.add(k.to_table);
  const ordered: string[] = [];
  const visit = (t: string, path: string[]) => {
    if (ordered.includes(t)) return;
    if (path.includes(t)) throw new Error(`foreign keys form a loop: ${[...path, t].join(' → ')}`);
    for (const d of [...dependsOn.get(t)!].sort()) visit(d, [...path, t]);
    ordered.push(t);
  };
  for (const t of unique) visit(t as string, []);
  return ordered.map((name) => ({
    name,
    columns: columns.filter((c) => c.table_name === name).map((c) => c.column_name),
    selfReferences: keys.filter((k) => k.from_table === name && k.to_table === name).map((k) => k.column_name),
  }));
}

async function latestMigration(em: EntityManager): Promise<string | null> {
  const rows = await em.execute<{ name: string }[]>('select name from mikro_orm_migrations order by id desc limit 1');
  return rows[0]?.name ?? null;
}

/** Writes the archive line by line through `write` (awaited: the caller applies back-pressure). */
export async function writeBackup(root: EntityManager, write: (line: string) => Promise<void>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await root.fork().transactional(
    async (em) => {
      // Timestamps in UTC whatever the server's zone, so the same data gives the same bytes.
      await em.execute("set local time zone 'UTC'");
      const tables = await tablesOf(em);
      const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, migration: await latestMigration(em), tables: tables.map((t) => t.name) };
      await write(`${JSON.stringify(header)}\n`);
      for (const table of tables) {
        counts[table.name] = 0;
        const list = table.columns.map(quote).join(', ');
        let after: string | null = null;
        for (;;) {
          // Keyset pages by primary key: constant memory however large the table.
          const rows: { id: string; row: string }[] = await em.execute(
            `select id::text as id, to_jsonb(x)::text as row from (select ${list} from ${quote(table.name)}) x
              ${after === null ? '' : 'where id > ?'} order by id limit ${BATCH}`,
            after === null ? [] : [after],
          );
          for (const r of rows) await write(`{"t":${JSON.stringify(table.name)},"r":${r.row}}\n`);
          counts[table.name] += rows.length;
          if (rows.length < BATCH) break;
          after = rows[rows.length - 1]!.id;
        }
      }
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
  return counts;
}

/** Restores an archive (its lines in order) into a registry without records; all or nothing. */
export async function restoreBackup(root: EntityManager, lines: AsyncIterable<string>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await root.fork().transactional(async (em) => {
    const iterator = lines[Symbol.asyncIterator]();
    const first = await nextLine(iterator);
    const header = parseLine(first, 1) as BackupHeader;
    if (header?.format !== BACKUP_FORMAT) throw new RestoreRefused('BAD_USER_INPUT', 'line 1: not an Accord backup (no "format":"accord-backup" header)');
    if (header.version !== BACKUP_VERSION) throw new RestoreRefused('BAD_USER_INPUT', `line 1: backup format version ${header.version}; this server reads version ${BACKUP_VERSION}`);
    const migration = await latestMigration(em);
    if (header.migration !== migration) {
      throw new RestoreRefused('CONFLICT', `the backup was written at migration ${header.migration}, this database is at ${migration}: restore with the Accord version that wrote it, or migrate to the same version first`);
    }
    const tables = new Map((await tablesOf(em)).map((t) => [t.name, t]));
    const unknown = header.tables.filter((t) => !tables.has(t));
    if (unknown.length) throw new RestoreRefused('BAD_USER_INPUT', `line 1: unknown tables ${unknown.join(', ')}`);
    for (const table of tables.values()) {
      if (MERGED.has(table.name)) continue;
      const [row] = await em.execute<{ found: boolean }[]>(`select exists (select 1 from ${quote(table.name)}) as found`);
      if (row?.found) throw new RestoreRefused('CONFLICT', `a restore needs a registry without records, and ${table.name} has rows (start an empty database with SEED_ON_START=never)`);
    }

    // Rows of one table are written in batches; references to the same table wait for the second pass.
    const pending: { table: Table; rows: string[] } = { table: undefined as never, rows: [] };
    const selfLinks: { table: Table; rows: string[] }[] = [];
    const flush = async () => {
      if (!pending.rows.length) return;
      const { table, rows } = pending;
      const json = `[${rows.join(',')}]`;
      const select = table.columns.map((c) => (table.selfReferences.includes(c) ? `null as ${quote(c)}` : `v.${quote(c)}`)).join(', ');
      const conflict = MERGED.has(table.name) ? ' on conflict do nothing' : '';
      await em.execute(
        `insert into ${quote(table.name)} (${table.columns.map(quote).join(', ')}) select ${select} from jsonb_populate_recordset(null::${quote(table.name)}, ?::jsonb) v${conflict}`,
        [json],
      );
      if (table.selfReferences.length) selfLinks.push({ table, rows });
      pending.rows = [];
    };
    let lineNumber = 1;
    let seen: string[] = [];
    for (let line = await nextLine(iterator); line !== null; line = await nextLine(iterator)) {
      lineNumber++;
      if (line.trim() === '') continue;
      const parsed = parseLine(line, lineNumber) as { t?: unknown; r?: unknown };
      const table = typeof parsed?.t === 'string' ? tables.get(parsed.t) : undefined;
      if (!table || !header.tables.includes(table.name) || typeof parsed.r !== 'object' || parsed.r === null) {
        throw new RestoreRefused('BAD_USER_INPUT', `line ${lineNumber}: expected {"t": <a table of the header>, "r": {…}}`);
      }
      if (pending.table !== table) {
        await flush();
        if (seen.includes(table.name)) throw new RestoreRefused('BAD_USER_INPUT', `line ${lineNumber}: rows of ${table.name} after other tables' rows (an archive lists each table once)`);
        seen = [...seen, table.name];
        pending.table = table;
      }
      pending.rows.push(JSON.stringify(parsed.r));
      counts[table.name] = (counts[table.name] ?? 0) + 1;
      if (pending.rows.length >= BATCH) await flush();
    }
    await flush();
    // Second pass: parents, renewed agreements … now that every row of the table exists.
    for (const { table, rows } of selfLinks) {
      const sets = table.selfReferences.map((c) => `${quote(c)} = v.${quote(c)}`).join(', ');
      const any = table.selfReferences.map((c) => `v.${quote(c)} is not null`).join(' or ');
      await em.execute(
        `update ${quote(table.name)} t set ${sets} from jsonb_populate_recordset(null::${quote(table.name)}, ?::jsonb) v where t.id = v.id and (${any})`,
        [`[${rows.join(',')}]`],
      );
    }
  });
  return counts;
}

async function nextLine(iterator: AsyncIterator<string>): Promise<string | null> {
  const next = await iterator.next();
  return next.done ? null : next.value;
}

function parseLine(line: string | null, lineNumber: number): unknown {
  if (line === null) throw new RestoreRefused('BAD_USER_INPUT', 'the archive is empty');
  try {
    return JSON.parse(line);
  } catch {
    throw new RestoreRefused('BAD_USER_INPUT', `line ${lineNumber}: not JSON`);
  }
}
