// `accord <kind> list|show|create|update|delete`, the agreement lifecycle verbs, search, history,
// users and tokens — in process against a real server on the seed data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../client/cli/exit-codes.js';
import { KINDS } from '../../client/cli/kinds.js';
import { safeCell, toCsv } from '../../client/cli/output.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { cliRunner } from './cli-run.js';

let t: TestServer;
let viewer: string;
let editor: string;
const accord = cliRunner(() => ({ url: t.url, token: t.adminToken }));
const json = async (args: string[]) => {
  const r = await accord(['--json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const people = async () => (await t.client.people({ first: 1 })).totalCount;

beforeAll(async () => {
  t = await startTestServer({ seed: true });
  viewer = await t.tokenFor('VIEWER');
  editor = await t.tokenFor('EDITOR');
});
afterAll(async () => t?.close());

describe('every record kind', () => {
  it('lists each kind with a list, as a table, JSON and CSV', async () => {
    for (const kind of KINDS.filter((k) => k.list)) {
      const table = await accord([kind.command, 'list', '--limit', '3']);
      expect(table.code, `${kind.command}: ${table.stderr}`).toBe(0);
      const data = await json([kind.command, 'list', '--limit', '3']);
      // The truthful seed states no agreement (the articles only plan memoranda): an empty list is an answer.
      if (data.totalCount === 0) continue;
      expect(table.stdout.split('\n')[0]).toMatch(new RegExp(`^${kind.columns[0]![0].toUpperCase()}`));
      expect(data[kind.command].length).toBe(Math.min(3, data.totalCount));
      const csv = await accord([kind.command, 'list', '--limit', '3', '--csv']);
      expect(csv.code, `${kind.command}: ${csv.stderr}`).toBe(0);
      expect(csv.stdout.split('\r\n')[0]).toBe(kind.columns.map(([h]) => h).join(','));
    }
  });

  it('lists sub-records through their parent (tenures of a person, participations of an event)', async () => {
    const tenures = await json(['tenures', 'list', '--person', 'Sabina Aliyeva']);
    expect(tenures.tenures.map((x: { post: { title: string } }) => x.post.title)).toContain('Commissioner for Human Rights (Ombudsman)');
    const participations = await json(['participations', 'list', '--event', 'International Baku Forum of Ombudsmen']);
    expect(participations.totalCount).toBeGreaterThan(0);
    expect((await accord(['tenures', 'list'])).code).toBe(ExitCode.USAGE);
  });

  it('filters lists with options made from the schema (enums, partial dates, names, repeatable values)', async () => {
    const forums = await json(['events', 'list', '--kind', 'forum', '--from', '2024']);
    expect(forums.events.map((e: { title: string }) => e.title)).toContain('International Baku Forum of Ombudsmen');
    const both = await json(['events', 'list', '--kind', 'forum', '--kind', 'symposium', '--all']);
    expect(new Set(both.events.map((e: { kind: string }) => e.kind))).toEqual(new Set(['FORUM', 'SYMPOSIUM']));
    const bad = await accord(['events', 'list', '--kind', 'party']);
    expect(bad.code).toBe(ExitCode.USAGE);
    expect(bad.stderr).toMatch(/--kind.*one of .*forum/);
    const twice = await accord(['events', 'list', '--from', '2023', '--from', '2024']);
    expect(twice.code).toBe(ExitCode.USAGE);
    expect(twice.stderr).toMatch(/given twice/);
    const byParticipant = await json(['events', 'list', '--participant', 'OIC Ombudsman Association', '--all']);
    expect(byParticipant.totalCount).toBeGreaterThan(0);
  });

  it('shows a record by name (any word order) or ID', async () => {
    const forum = await json(['events', 'show', 'baku forum ombudsmen international']);
    expect(forum.title).toBe('International Baku Forum of Ombudsmen');
    expect(forum.participations.length).toBeGreaterThan(0);
    const again = await json(['events', 'show', forum.id]);
    expect(again.id).toBe(forum.id);
    const text = await accord(['people', 'show', 'Sabina Aliyeva']);
    expect(text.stdout).toMatch(/^Sabina Aliyeva\n {2}id +\S+/);
    expect((await accord(['events', 'show', 'no such event at all'])).code).toBe(ExitCode.NOT_FOUND);
  });
});

describe('writes', () => {
  it('creates, updates with the version read, refuses stale or missing versions, and deletes', async () => {
    const before = await people();
    const created = await json(['people', 'create', '--name', 'Leyla Testova', '--country', 'az', '--alias', 'L. Testova', '--alias', 'Leyla T.']);
    expect(created).toMatchObject({ name: 'Leyla Testova', country: 'AZ', aliases: ['L. Testova', 'Leyla T.'], version: 1 });
    expect(await people()).toBe(before + 1);

    const noVersion = await accord(['people', 'update', created.id, '--honorific', 'Dr']);
    expect(noVersion.code).toBe(ExitCode.USAGE);
    expect(noVersion.stderr).toMatch(/--version N .* or --force/);
    const updated = await json(['people', 'update', 'Leyla Testova', '--honorific', 'Dr', '--version', '1']);
    expect(updated).toMatchObject({ honorific: 'Dr', version: 2 });
    const stale = await accord(['people', 'update', created.id, '--honorific', 'Prof', '--version', '1']);
    expect(stale.code).toBe(ExitCode.INPUT_REFUSED);
    expect(stale.stderr).toMatch(/CONFLICT/);
    expect((await t.client.person(created.id)).honorific).toBe('Dr');

    const dry = await accord(['people', 'update', created.id, '--unset', 'honorific', '--force', '--dry-run']);
    expect(dry.stdout).toContain('honorific: "Dr" → null');
    expect((await t.client.person(created.id)).honorific).toBe('Dr');
    await json(['people', 'update', created.id, '--unset', 'honorific', '--force']);
    expect((await t.client.person(created.id)).honorific).toBeNull();

    const history = await json(['history', created.id]);
    expect(history.history.map((e: { action: string }) => e.action)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
    expect(history.history[1].changes.honorific).toEqual({ before: null, after: 'Dr' });

    const deleted = await json(['people', 'delete', created.id, '--version', '3']);
    expect(deleted.deletedId).toBe(created.id);
    expect(await people()).toBe(before);
  });

  it('refuses bad input before writing: missing required fields, bad values, unknown names', async () => {
    const events = (await t.client.events({ first: 1 })).totalCount;
    const missing = await accord(['events', 'create', '--title', 'Untyped event']);
    expect(missing.code).toBe(ExitCode.USAGE);
    expect(missing.stderr).toMatch(/--kind/);
    const badDate = await accord(['events', 'create', '--title', 'Bad date', '--kind', 'forum', '--start-date', '2024-13']);
    expect(badDate.code).toBe(ExitCode.USAGE);
    expect(badDate.stderr).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
    const unknownParent = await accord(['events', 'create', '--title', 'Orphan', '--kind', 'forum', '--parent', 'no such event anywhere']);
    expect(unknownParent.code).toBe(ExitCode.NOT_FOUND);
    const refused = await accord(['events', 'create', '--title', 'Backwards', '--kind', 'forum', '--start-date', '2024-05-02', '--end-date', '2024-05-01']);
    expect(refused.code).toBe(ExitCode.INPUT_REFUSED);
    expect(refused.stderr).toMatch(/^error: refused: endDate/);
    expect((await t.client.events({ first: 1 })).totalCount).toBe(events);
  });

  it('resolves names inside nested JSON inputs and dry-runs a create', async () => {
    const participants = JSON.stringify({ institutionId: 'OIC Ombudsman Association', role: 'ORGANISER' });
    const dry = await json(['events', 'create', '--title', 'CLI Symposium', '--kind', 'symposium', '--start-date', '2027-05', '--participations', participants, '--dry-run']);
    expect(dry.input.participations[0].institutionId).toMatch(/^SW5zdGl0dXRpb246/);
    const event = await json(['events', 'create', '--title', 'CLI Symposium', '--kind', 'symposium', '--start-date', '2027-05', '--participations', participants]);
    expect(event.participations.map((p: { institution: { name: string } }) => p.institution.name)).toEqual(['OIC Ombudsman Association']);
    const added = await json(['participations', 'add', '--event', event.id, '--institution', 'Independent Permanent Human Rights Commission', '--role', 'participant']);
    expect(added.role).toBe('PARTICIPANT');
    const removed = await json(['participations', 'remove', added.id, '--force']);
    expect(removed.deletedId).toBe(added.id);
    await json(['events', 'delete', event.id, '--force', '--detach']);
  });

  it('moves an agreement through its lifecycle', async () => {
    const parties = ['OIC Ombudsman Association', 'Independent Permanent Human Rights Commission'].map((institutionId) => JSON.stringify({ institutionId, role: 'PARTY' }));
    const agreement = await json(['agreements', 'create', '--title', 'CLI memorandum', '--kind', 'memorandum-of-understanding', '--parties', parties[0]!, '--parties', parties[1]!]);
    expect(agreement.status).toBe('DRAFT');
    await json(['agreements', 'sign', agreement.id, '--party', 'OIC Ombudsman Association', '--date', '2025-01-10']);
    await json(['agreements', 'sign', agreement.id, '--party', 'Independent Permanent Human Rights Commission', '--date', '2025-01-12']);
    expect((await t.client.agreement(agreement.id)).status).toBe('SIGNED');
    const inForce = await json(['agreements', 'enter-into-force', agreement.id, '--date', '2025-02', '--force']);
    expect(inForce.status).toBe('IN_FORCE');
    await json(['agreements', 'renew', agreement.id, '--expires-on', '2030']);
    expect((await t.client.agreement(agreement.id)).expiresOn).toBe('2030-12-31');
    const withoutParty = await accord(['agreements', 'withdraw', agreement.id]);
    expect(withoutParty.code).toBe(ExitCode.USAGE);
    const terminated = await json(['agreements', 'terminate', agreement.id, '--date', '2026-01-01', '--force']);
    expect(terminated.status).toBe('TERMINATED');
    const again = await accord(['agreements', 'enter-into-force', agreement.id, '--force']);
    expect(again.code).toBe(ExitCode.INPUT_REFUSED);
    expect(again.stderr).toMatch(/INVALID_TRANSITION/);
  });

  it('sends one idempotency key per command: a retry with the same key writes once', async () => {
    const before = await people();
    const args = ['people', 'create', '--name', 'Retried Person', '--idempotency-key', 'cli-retry-1'];
    const first = await json(args);
    const second = await json(args);
    expect(second.id).toBe(first.id);
    expect(await people()).toBe(before + 1);
  });
});

describe('search, history, users and tokens', () => {
  it('searches every kind at once', async () => {
    const hits = await json(['search', 'Baku', 'Forum']);
    expect(hits.hits[0].title).toBe('International Baku Forum of Ombudsmen');
    const only = await json(['search', 'ombudsman', '--type', 'people']);
    expect(only.hits.every((h: { type: string }) => h.type === 'Person')).toBe(true);
    expect((await accord(['search', 'x', '--type', 'planets'])).code).toBe(ExitCode.USAGE);
  });

  it('manages users and tokens (ADMIN), and refuses them to others', async () => {
    const user = await json(['users', 'create', '--name', 'CLI Analyst', '--email', 'cli.analyst@example.org', '--role', 'viewer']);
    expect(user.role).toBe('VIEWER');
    const token = await json(['tokens', 'create', '--name', 'laptop', '--user', 'cli.analyst@example.org', '--expires-in-days', '30']);
    expect(token.token).toMatch(/^acc_/);
    const me = await accord(['--json', 'users', 'me'], { token: token.token });
    expect(JSON.parse(me.stdout).email).toBe('cli.analyst@example.org');
    const listed = await json(['tokens', 'list', '--user', user.id]);
    expect(listed.tokens.map((x: { name: string }) => x.name)).toEqual(['laptop']);
    await json(['tokens', 'revoke', token.apiToken.id]);
    expect((await accord(['users', 'me'], { token: token.token })).code).toBe(ExitCode.NOT_AUTHORISED);
    // By name among the user's tokens: unknown → exit 4; two live tokens of one name → exit 3 with both.
    expect((await accord(['tokens', 'revoke', 'phone', '--user', 'cli.analyst@example.org'])).code).toBe(ExitCode.NOT_FOUND);
    for (let i = 0; i < 2; i++) await json(['tokens', 'create', '--name', 'phone', '--user', 'cli.analyst@example.org']);
    const twice = await accord(['tokens', 'revoke', 'phone', '--user', 'cli.analyst@example.org']);
    expect(twice.code).toBe(ExitCode.AMBIGUOUS);
    expect(twice.stderr.match(/ {2}phone {2}acc_/g)).toHaveLength(2);
    const promoted = await json(['users', 'update', 'cli.analyst@example.org', '--role', 'editor']);
    expect(promoted.role).toBe('EDITOR');
    expect((await accord(['users', 'list'], { token: viewer })).code).toBe(ExitCode.NOT_AUTHORISED);
  });
});

describe('authorisation', () => {
  it('exits 8 and writes nothing for a viewer or without a token', async () => {
    const before = await people();
    const asViewer = await accord(['people', 'create', '--name', 'Not Allowed'], { token: viewer });
    expect(asViewer.code).toBe(ExitCode.NOT_AUTHORISED);
    expect(asViewer.stderr).toMatch(/FORBIDDEN/);
    const anonymous = await accord(['people', 'list'], { token: null });
    expect(anonymous.code).toBe(ExitCode.NOT_AUTHORISED);
    const asEditor = await accord(['--json', 'people', 'create', '--name', 'Editor Made'], { token: editor });
    expect(asEditor.code).toBe(0);
    const id = JSON.parse(asEditor.stdout).id;
    const editorDelete = await accord(['people', 'delete', id, '--force'], { token: editor });
    expect(editorDelete.code).toBe(ExitCode.NOT_AUTHORISED); // deleting people is for ADMINs
    expect(await people()).toBe(before + 1);
    await json(['people', 'delete', id, '--force']);
    expect(await people()).toBe(before);
  });
});

describe('output', () => {
  it('neutralises spreadsheet formulas in CSV cells and adds a BOM on request', () => {
    expect(['=1+1', '+A1', '-2+3', '@SUM(A1)', '\tx', '\rx', 'plain', ''].map(safeCell)).toEqual(["'=1+1", "'+A1", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", 'plain', '']);
    expect(safeCell(-5)).toBe('-5');
    expect(toCsv(['a'], [['=cmd']], true)).toBe('\uFEFFa\r\n\'=cmd\r\n');
  });

  it('lists exit code 8 in --help', async () => {
    const help = await accord(['--help']);
    expect(help.stdout).toMatch(/8 not authorised/);
    const version = await accord(['--version']);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
