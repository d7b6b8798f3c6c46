// Issue 15: `accord export --all` writes the whole registry as one archive; `accord import --all`
// restores it into a registry without records. Exported again, the restored registry gives the
// same bytes. Refusals (a registry with records, a viewer, a damaged archive) write nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../client/cli/exit-codes.js';
import { cliRunner } from '../harness/cli.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let source: TestServer;
let target: TestServer;
let dir: string;
const onSource = cliRunner(() => ({ url: source.url, token: source.adminToken }));
// The target runs in development auth mode with no user of its own: token-less requests act as an
// administrator, so after the restore its users are exactly the archive's.
const onTarget = cliRunner(() => ({ url: target.url, token: null }));

// biome-ignore lint/suspicious/noExplicitAny: raw GraphQL responses are untyped in these tests
async function gql(t: TestServer, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await t.post({ query, variables });
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return res.json.data;
}

beforeAll(async () => {
  [source, target] = await Promise.all([startTestServer({ seed: true }), startTestServer({ noAdmin: true, env: { AUTH_DEV_MODE: 'true' } })]);
  dir = mkdtempSync(join(tmpdir(), 'accord-backup-'));
  // Rows that refer to rows of their own table (parents), edits (history), a user with a token.
  const parent = await gql(source, 'mutation { createInstitution(input: {name: "Backup Network", kind: NETWORK}) { institution { id } } }');
  const parentId = parent.createInstitution.institution.id;
  await gql(source, 'mutation($p: ID!) { createInstitution(input: {name: "Backup Network Secretariat", kind: OTHER, parentId: $p}) { institution { id } } }', { p: parentId });
  await gql(source, 'mutation($id: ID!) { updateInstitution(input: {id: $id, description: "Edited once"}) { institution { version } } }', { id: parentId });
  const topic = await gql(source, 'mutation { createTopic(input: {name: "Backup topic"}) { topic { id } } }');
  await gql(source, 'mutation($p: ID!) { createTopic(input: {name: "Backup sub-topic", parentId: $p}) { topic { id } } }', { p: topic.createTopic.topic.id });
  await source.tokenFor('EDITOR');
});
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore (export --all, import --all)', () => {
  it('restores an archive into an empty registry; exported again it is the same bytes', async () => {
    const first = join(dir, 'first.jsonl');
    const exported = await onSource(['export', '--all', '--out', first]);
    expect(exported.stderr).toMatch(/exported the registry: \d+ rows/);
    expect(exported.code).toBe(ExitCode.OK);
    const archive = readFileSync(first, 'utf8');
    const lines = archive.trimEnd().split('\n');
    const header = JSON.parse(lines[0]!);
    expect(header).toMatchObject({ format: 'accord-backup', version: 1 });
    expect(header.tables).toEqual(expect.arrayContaining(['institution', 'relation', 'event', 'citation', 'audit_entry', 'app_user', 'topic']));
    expect(header.tables).not.toContain('api_token');
    expect(archive).not.toMatch(/token_hash/);
    // A table comes after the tables it refers to.
    expect(header.tables.indexOf('institution')).toBeLessThan(header.tables.indexOf('relation'));
    expect(header.tables.indexOf('source')).toBeLessThan(header.tables.indexOf('citation'));

    const restored = await onTarget(['import', '--all', first]);
    expect(restored.stderr).toContain(`restored ${lines.length - 1} rows`);
    expect(restored.code).toBe(ExitCode.OK);
    const again = (await onTarget(['export', '--all'])).stdout;
    expect(again === archive).toBe(true);
    // The read model (not in the archive) was filled by its triggers as the rows went in.
    const drift = await target.db.orm.em.fork().getConnection().execute<{ missing: string; extra: string }[]>('select * from accord_read_model_drift()');
    expect(drift.filter((d) => Number(d.missing) > 0 || Number(d.extra) > 0)).toEqual([]);

    // The restored registry answers like the original: names, parents, history.
    const query = `{ institutions(first: 1, filter: {search: "Backup Network Secretariat"}) { nodes { id name parent { name } } }
      topics(first: 5, filter: {search: "Backup sub-topic"}) { nodes { name parent { name } } } }`;
    const answer = await gql(target, query);
    expect(answer.institutions.nodes[0].parent).toEqual({ name: 'Backup Network' });
    expect(answer.topics.nodes[0].parent).toEqual({ name: 'Backup topic' });
    expect(answer).toEqual(await gql(source, query));
  });

  it('refuses a registry that has records, a viewer, and a damaged archive — writing nothing', async () => {
    const archive = join(dir, 'refused.jsonl');
    expect((await onSource(['export', '--all', '--out', archive])).code).toBe(ExitCode.OK);

    const intoFull = await onSource(['import', '--all', archive]);
    expect(intoFull.code).toBe(ExitCode.INPUT_REFUSED);
    expect(intoFull.stderr).toMatch(/needs a registry without records/);

    const viewer = await source.tokenFor('VIEWER');
    expect((await onSource(['export', '--all'], { token: viewer })).code).toBe(ExitCode.NOT_AUTHORISED);

    // An empty registry and an archive whose last line is damaged: the rows before it are not kept.
    const empty = await startTestServer({ noAdmin: true, env: { AUTH_DEV_MODE: 'true' } });
    try {
      const lines = readFileSync(archive, 'utf8').trimEnd().split('\n');
      const damaged = join(dir, 'damaged.jsonl');
      writeFileSync(damaged, `${[...lines, '{"t":"institution","r":'].join('\n')}\n`);
      const res = await cliRunner(() => ({ url: empty.url, token: null }))(['import', '--all', damaged]);
      expect(res.code).toBe(ExitCode.INPUT_REFUSED);
      expect(res.stderr).toMatch(new RegExp(`line ${lines.length + 1}: not JSON; nothing was restored`));
      expect((await empty.client.institutions({ first: 1 })).totalCount).toBe(0);
    } finally {
      await empty.close();
    }
  });
});
