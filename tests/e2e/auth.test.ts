import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_RULES } from '../../server/api/access.js';
import { buildAccordSchema } from '../../server/app/schema.js';
import { hasRole, Role } from '../../server/kernel/role.js';
import { ApiToken } from '../../server/records/auth/api-token.entity.js';
import { hashToken } from '../../server/records/auth/auth.service.js';
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

const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

async function run(document: string, token: string | null) {
  return t.post({ query: document }, { authorization: token ? `Bearer ${token}` : '' });
}

describe('access rules', () => {
  it('gives every query and mutation field an explicit rule', async () => {
    const missing = operations.filter((op) => ACCESS_RULES[op.root][op.field] === undefined).map((op) => `${op.root}.${op.field}`);
    expect(missing).toEqual([]);
  });

  it('enforces the rule of every root field for anonymous callers and every role', { timeout: 120_000 }, async () => {
    const callers = [
      { name: 'anonymous', token: null, role: null },
      { name: 'VIEWER', token: tokens.VIEWER, role: Role.VIEWER },
      { name: 'EDITOR', token: tokens.EDITOR, role: Role.EDITOR },
    ] as const;
    let checked = 0;
    for (const op of operations) {
      const rule = ACCESS_RULES[op.root][op.field];
      for (const caller of callers) {
        const allowed =
          rule === 'PUBLIC' || (caller.role !== null && (rule === 'AUTHENTICATED' || hasRole(caller.role, rule as Role)));
        const res = await run(op.document, caller.token);
        const codes = (res.json.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
        const denied = codes.some((c: string) => AUTH_CODES.has(c));
        expect(denied, `${caller.name} → ${op.root}.${op.field} (${rule}): ${JSON.stringify(res.json.errors)}`).toBe(!allowed);
        expect(res.status, `${op.field}`).toBeLessThan(500);
        checked++;
      }
    }
    console.log(`authorization matrix: ${operations.length} root fields × ${callers.length} callers = ${checked} checks (+ ADMIN everywhere)`);
  });

  it('lets an administrator reach every root field', async () => {
    for (const op of operations) {
      const res = await run(op.document, tokens.ADMIN);
      const codes = (res.json.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
      expect(codes.filter((c: string) => AUTH_CODES.has(c)), op.field).toEqual([]);
    }
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
  });
});
