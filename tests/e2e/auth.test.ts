import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiToken } from '../../server/records/auth/api-token.entity.js';
import { hashToken } from '../../server/records/auth/auth.service.js';
import { buildAccordSchema } from '../../server/app/schema.js';
import { rootFieldOperations } from '../harness/operations.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let tokens: Record<'VIEWER' | 'EDITOR' | 'ADMIN', string>;
let operations: Awaited<ReturnType<typeof rootFieldOperations>>;

beforeAll(async () => {
  t = await startTestServer();
  tokens = { VIEWER: await t.tokenFor('VIEWER'), EDITOR: await t.tokenFor('EDITOR'), ADMIN: t.adminToken };
  operations = rootFieldOperations(await buildAccordSchema());
});
afterAll(() => t?.close());

// ---------------------------------------------------------------------------------------------
// The specification: who may call each root field, written here independently of the server's
// own rule table (server code is never consulted for the expected answers). Reads need VIEWER;
// creating and changing records needs EDITOR; deleting, users and the audit log need ADMIN; one's
// own account and tokens need only a sign-in. A new root field fails the test until it is listed.
type Expected = 'AUTHENTICATED' | 'VIEWER' | 'EDITOR' | 'ADMIN';
const ROLES = ['VIEWER', 'EDITOR', 'ADMIN'] as const; // each includes the ones before it

const SPEC: Record<'Query' | 'Mutation', Record<Expected, string[]>> = {
  Query: {
    AUTHENTICATED: ['me', 'apiTokens'],
    VIEWER: [
      'node', 'nodes', 'search', 'provenanceSummary',
      'institution', 'institutions', 'person', 'people', 'post', 'posts', 'tenure',
      'relation', 'relations', 'agreement', 'agreements', 'commitment', 'commitments',
      'document', 'documents', 'event', 'events', 'eventSeries', 'eventSeriesList', 'visit', 'visits',
      'topic', 'topics', 'source', 'sources', 'citation', 'claim',
      'timeline', 'partnersAsOf', 'partnerChanges', 'stats',
      'neighbourhood', 'connectionPath', 'cooperationMetrics', 'topPartners',
      'agenda', 'conflicts', 'expiringAgreements', 'toReview',
      'briefing',
    ],
    EDITOR: [],
    ADMIN: ['users', 'auditLog'],
  },
  Mutation: {
    AUTHENTICATED: ['createApiToken', 'revokeApiToken'],
    VIEWER: [],
    EDITOR: [
      'createInstitution', 'updateInstitution',
      'createPerson', 'updatePerson', 'createPost', 'updatePost', 'createTenure', 'updateTenure',
      'createRelation', 'updateRelation',
      'createAgreement', 'updateAgreement', 'changeAgreementStatus', 'recordAgreementAction', 'updateAgreementAction', 'removeAgreementAction',
      'addAgreementParty', 'updateAgreementParty', 'removeAgreementParty',
      'createCommitment', 'updateCommitment',
      'createDocument', 'updateDocument', 'addDocumentParty', 'updateDocumentParty', 'removeDocumentParty',
      'createEvent', 'updateEvent', 'createEventSeries', 'updateEventSeries',
      'addParticipation', 'updateParticipation', 'removeParticipation',
      'createVisit', 'updateVisit', 'addVisitMember', 'removeVisitMember',
      'createTopic', 'updateTopic', 'tagRecord', 'untagRecord',
      'createSource', 'updateSource', 'citeSource', 'removeCitation', 'reportFigure', 'updateClaim',
      'importRecords',
    ],
    ADMIN: [
      'deleteInstitution', 'deletePerson', 'deletePost', 'deleteTenure', 'deleteRelation', 'deleteAgreement',
      'deleteCommitment', 'deleteDocument', 'deleteEvent', 'deleteEventSeries', 'deleteVisit', 'deleteTopic',
      'deleteSource', 'deleteClaim', 'createUser', 'updateUser',
    ],
  },
};

/** The expected rule of each root field, as `Query.me` → 'AUTHENTICATED'. */
const expected = new Map<string, Expected>();
for (const [root, byRule] of Object.entries(SPEC)) {
  for (const [rule, fields] of Object.entries(byRule)) {
    for (const field of fields) {
      if (expected.has(`${root}.${field}`)) throw new Error(`the specification lists ${root}.${field} twice`);
      expected.set(`${root}.${field}`, rule as Expected);
    }
  }
}

function mayCall(rule: Expected, role: (typeof ROLES)[number] | null): boolean {
  if (role === null) return false;
  return rule === 'AUTHENTICATED' || ROLES.indexOf(role) >= ROLES.indexOf(rule);
}

const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

async function run(document: string, token: string | null) {
  return t.post({ query: document }, { authorization: token ? `Bearer ${token}` : '' });
}

/** Runs `fn` over `items`, a few at a time (the matrix is ~450 requests). */
async function inParallel<T>(items: T[], fn: (item: T) => Promise<void>, width = 6): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: width }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
  }));
}

describe('access rules', () => {
  it('has a specification for every root field of the schema, and for no other field', () => {
    const inSchema = operations.map((op) => `${op.root}.${op.field}`);
    expect(inSchema.filter((field) => !expected.has(field)), 'root fields missing from SPEC').toEqual([]);
    expect([...expected.keys()].filter((field) => !inSchema.includes(field)), 'SPEC names fields the schema lacks').toEqual([]);
    // The specification keeps its own naming rule: every delete needs an administrator.
    expect([...expected].filter(([field, rule]) => /^Mutation\.delete/.test(field) && rule !== 'ADMIN')).toEqual([]);
  });

  it('enforces the rule of every root field for anonymous callers and every role', { timeout: 120_000 }, async () => {
    const callers = [
      { name: 'anonymous', token: null, role: null },
      { name: 'VIEWER', token: tokens.VIEWER, role: 'VIEWER' },
      { name: 'EDITOR', token: tokens.EDITOR, role: 'EDITOR' },
    ] as const;
    const checks = operations.flatMap((op) => callers.map((caller) => ({ op, caller })));
    const wrong: string[] = [];
    await inParallel(checks, async ({ op, caller }) => {
      const rule = expected.get(`${op.root}.${op.field}`);
      if (rule === undefined) return; // reported by the test above
      const res = await run(op.document, caller.token);
      const codes = (res.json.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
      const denied = codes.some((c: string) => AUTH_CODES.has(c));
      if (denied === mayCall(rule, caller.role)) wrong.push(`${caller.name} → ${op.root}.${op.field} (expected ${rule}): ${denied ? 'refused' : 'allowed'}`);
      if (res.status >= 500) wrong.push(`${caller.name} → ${op.root}.${op.field}: HTTP ${res.status}`);
    });
    expect(wrong.sort()).toEqual([]);
    console.log(`authorization matrix: ${operations.length} root fields × ${callers.length} callers = ${checks.length} checks (+ ADMIN everywhere)`);
  });

  it('lets an administrator reach every root field', async () => {
    const refused: string[] = [];
    await inParallel(operations, async (op) => {
      const res = await run(op.document, tokens.ADMIN);
      const codes = (res.json.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
      if (codes.some((c: string) => AUTH_CODES.has(c))) refused.push(`${op.root}.${op.field}: ${codes.join(',')}`);
    });
    expect(refused.sort()).toEqual([]);
  });
});

describe('tokens', () => {
  const ME = '{ me { name role } }';

  it('identifies the caller and refuses malformed or unknown tokens with 401', async () => {
    const me = await run(ME, tokens.EDITOR);
    expect(me.json.data.me.role).toBe('EDITOR');
    for (const header of ['Basic abc', 'Bearer nope', `Bearer acc_${'x'.repeat(43)}`]) {
      const res = await t.post({ query: ME }, { authorization: header });
      expect(res.status).toBe(401);
      expect(res.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('shows a new token once and stores only its hash', async () => {
    const res = await run('mutation { createApiToken(input: {name: "cli", expiresInDays: 30}) { token apiToken { id prefix expiresAt } userErrors { code } } }', tokens.VIEWER);
    const { token, apiToken } = res.json.data.createApiToken;
    expect(token).toMatch(/^acc_/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const stored = await t.db.orm.em.fork().findOneOrFail(ApiToken, { prefix: apiToken.prefix });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    const listed = await run('{ apiTokens { prefix lastUsedAt } }', token);
    expect(JSON.stringify(listed.json)).not.toContain(token);
    expect(listed.json.data.apiTokens.find((x: { prefix: string }) => x.prefix === apiToken.prefix).lastUsedAt).not.toBeNull();
  });

  it('refuses a revoked token from the next request on', async () => {
    const created = await run('mutation { createApiToken(input: {name: "to revoke"}) { token apiToken { id } } }', tokens.EDITOR);
    const { token, apiToken } = created.json.data.createApiToken;
    expect((await run(ME, token)).status).toBe(200);
    const revoked = await run(`mutation { revokeApiToken(id: "${apiToken.id}") { apiToken { revokedAt } userErrors { code } } }`, token);
    expect(revoked.json.data.revokeApiToken.apiToken.revokedAt).not.toBeNull();
    const after = await run(ME, token);
    expect(after.status).toBe(401);
    expect(after.json.errors[0].message).toMatch(/revoked/);
  });

  it('refuses an expired token and a disabled user', async () => {
    const created = await run('mutation { createApiToken(input: {name: "short", expiresInDays: 1}) { token apiToken { prefix } } }', tokens.EDITOR);
    const { token, apiToken } = created.json.data.createApiToken;
    await t.db.orm.em.fork().nativeUpdate(ApiToken, { prefix: apiToken.prefix }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await run(ME, token);
    expect(expired.status).toBe(401);
    expect(expired.json.errors[0].message).toMatch(/expired/);

    const viewer = await t.tokenFor('VIEWER');
    const me = await run('{ me { id } }', viewer);
    await run(`mutation { updateUser(input: {id: "${me.json.data.me.id}", disabled: true}) { user { disabled } } }`, tokens.ADMIN);
    expect((await run(ME, viewer)).status).toBe(401);
  });

  it('keeps other users’ tokens private', async () => {
    const admin = await run('{ me { id } }', tokens.ADMIN);
    const res = await run(`{ apiTokens(userId: "${admin.json.data.me.id}") { id } }`, tokens.VIEWER);
    expect(res.json.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(res.status).toBe(403);
    // A malformed user ID is a bad argument, not "every user's tokens" for an admin.
    const malformed = await run('{ apiTokens(userId: "nope") { id } }', tokens.ADMIN);
    expect(malformed.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'userId' });
    const forOther = await run(`mutation { createApiToken(input: {name: "x", userId: "${admin.json.data.me.id}"}) { token userErrors { code } } }`, tokens.EDITOR);
    expect(forOther.json.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('keeps one active admin: the last one cannot be demoted or disabled', async () => {
    // Only the admin signed in here stays an admin for this test.
    const me = (await run('{ me { id } }', tokens.ADMIN)).json.data.me.id as string;
    const others = await run('{ users(first: 100) { nodes { id role disabled } } }', tokens.ADMIN);
    const otherAdmins = others.json.data.users.nodes.filter((u: { id: string; role: string; disabled: boolean }) => u.role === 'ADMIN' && !u.disabled && u.id !== me);
    for (const u of otherAdmins) await run(`mutation { updateUser(input: {id: "${u.id}", role: EDITOR}) { userErrors { code } } }`, tokens.ADMIN);
    const demote = await run(`mutation { updateUser(input: {id: "${me}", role: EDITOR}) { user { role } userErrors { field code } } }`, tokens.ADMIN);
    expect(demote.json.data.updateUser).toEqual({ user: null, userErrors: [{ field: ['input', 'role'], code: 'INVALID_VALUE' }] });
    const disable = await run(`mutation { updateUser(input: {id: "${me}", disabled: true}) { user { disabled } userErrors { field code } } }`, tokens.ADMIN);
    expect(disable.json.data.updateUser).toEqual({ user: null, userErrors: [{ field: ['input', 'disabled'], code: 'INVALID_VALUE' }] });
    expect((await run(ME, tokens.ADMIN)).status).toBe(200);
    // With a second admin the first may step down.
    const second = await run('mutation { createUser(input: {email: "second-admin@example.org", name: "Second", role: ADMIN}) { user { id } } }', tokens.ADMIN);
    const stepDown = await run(`mutation { updateUser(input: {id: "${me}", name: "Former admin"}) { user { name } userErrors { code } } }`, tokens.ADMIN);
    expect(stepDown.json.data.updateUser.userErrors).toEqual([]);
    expect(second.json.data.createUser.user.id).toBeTruthy();
    for (const u of otherAdmins) await run(`mutation { updateUser(input: {id: "${u.id}", role: ADMIN}) { userErrors { code } } }`, tokens.ADMIN);
  });
});
