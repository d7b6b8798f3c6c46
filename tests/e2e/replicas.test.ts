// Reads from a real streaming replica: GraphQL queries go to DATABASE_REPLICA_URLS, mutations (and
// what their payloads read) to the primary. Needs a replica of DATABASE_URL's server at
// TEST_REPLICA_URL (`.ci/replica.sh start` makes one on port 5433; .ci/run runs this file with it).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminQuery, quoteIdent, uniqueDatabaseName, withDatabase } from '../harness/databases.js';
import { startTestServer, type TestServer } from '../harness/server.js';

const primaryUrl = process.env.DATABASE_URL;
const replicaUrl = process.env.TEST_REPLICA_URL;

describe.skipIf(!primaryUrl || !replicaUrl)('read replicas', () => {
  let t: TestServer;
  const name = uniqueDatabaseName('accord_replica');
  const onReplica = (sql: string) => adminQuery(replicaUrl!, sql);

  beforeAll(async () => {
    await adminQuery(primaryUrl!, `create database ${quoteIdent(name)} template ${quoteIdent(inject('pgTemplate')!)}`);
    // The new database reaches the replica by streaming: wait until it can be opened there.
    const opens = async () => {
      const client = new pg.Client({ connectionString: withDatabase(replicaUrl!, name) });
      try {
        await client.connect();
        return true;
      } catch {
        return false;
      } finally {
        await client.end().catch(() => {});
      }
    };
    for (let tries = 0; !(await opens()); tries++) {
      if (tries > 150) throw new Error('the new database did not reach the replica within 30 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    t = await startTestServer({ env: { DATABASE_URL: withDatabase(primaryUrl!, name), DATABASE_REPLICA_URLS: withDatabase(replicaUrl!, name) } });
  });
  afterAll(async () => {
    await onReplica('select pg_wal_replay_resume()').catch(() => {});
    await t?.close();
    await adminQuery(primaryUrl!, `drop database if exists ${quoteIdent(name)} with (force)`);
  });

  /** The institution's name as a query sees it, or NOT_FOUND. */
  const find = async (id: string) => {
    const { json } = await t.post({ query: 'query ($id: ID!) { institution(id: $id) { name } }', variables: { id } });
    return json.errors ? json.errors[0].extensions.code : json.data.institution.name;
  };

  it('serves queries from the replica and mutations, with their payloads, from the primary', async () => {
    expect((await onReplica('select pg_is_in_recovery() as r')).rows[0].r).toBe(true);
    // While the replica stops replaying, a write reaches the primary only.
    await onReplica('select pg_wal_replay_pause()');
    const created = await t.post({ query: 'mutation { createInstitution(input: { name: "Written While Paused", kind: OMBUDSMAN }) { institution { id name } userErrors { message } } }' });
    expect(created.json.errors).toBeUndefined();
    const payload = created.json.data.createInstitution;
    expect(payload.userErrors).toEqual([]);
    // The mutation's payload reads its own write (primary) …
    expect(payload.institution.name).toBe('Written While Paused');
    // … a query does not see it yet: it read the paused replica.
    expect(await find(payload.institution.id)).toBe('NOT_FOUND');
    await onReplica('select pg_wal_replay_resume()');
    await expect.poll(() => find(payload.institution.id), { timeout: 30_000, interval: 200 }).toBe('Written While Paused');
  });
});
