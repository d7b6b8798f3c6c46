import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiToken } from '../../server/records/auth/api-token.entity.js';
import { User } from '../../server/records/auth/user.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';

// A server process trusts a token it accepted for AUTH_CACHE_TTL_MS (README, SECURITY.md): a
// revocation made elsewhere (another process, or straight in the database) takes effect within
// that bound; one made through this process's API at once.

const TTL = 400;
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ env: { AUTH_CACHE_TTL_MS: String(TTL) } });
});
afterAll(() => t?.close());

const ME = '{ me { id } }';
const me = (token: string) => t.post({ query: ME }, { authorization: `Bearer ${token}` });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('token check cache', () => {
  it('checks a token in the database once per bound, not on every request', async () => {
    const token = await t.tokenFor('VIEWER');
    expect((await me(token)).status).toBe(200);
    const before = t.db.sql.total;
    for (let i = 0; i < 5; i++) expect((await me(token)).status).toBe(200);
    // `me` itself reads the user once per request; the token check adds nothing while cached.
    const perRequest = (t.db.sql.total - before) / 5;
    await sleep(TTL + 50);
    const beforeMiss = t.db.sql.total;
    expect((await me(token)).status).toBe(200);
    expect(t.db.sql.total - beforeMiss).toBeGreaterThan(perRequest);
  });

  it('refuses a token revoked in the database (as by another server process) within the bound', async () => {
    const token = await t.tokenFor('VIEWER');
    expect((await me(token)).status).toBe(200);
    await t.db.orm.em.fork().nativeUpdate(ApiToken, { revokedAt: null, user: { email: { $like: 'viewer-%' } } }, { revokedAt: new Date() });
    await sleep(TTL + 50);
    const after = await me(token);
    expect(after.status).toBe(401);
    expect(after.json.errors[0].message).toMatch(/revoked/);
  });

  it('refuses a user disabled in the database within the bound', async () => {
    const token = await t.tokenFor('EDITOR');
    expect((await me(token)).status).toBe(200);
    await t.db.orm.em.fork().nativeUpdate(User, { email: { $like: 'editor-%' } }, { disabled: true });
    await sleep(TTL + 50);
    expect((await me(token)).status).toBe(401);
  });

  it('refuses a token revoked through this process at once', async () => {
    const created = await t.post({ query: 'mutation { createApiToken(input: {name: "short-lived"}) { token apiToken { id } } }' });
    const { token, apiToken } = created.json.data.createApiToken;
    expect((await me(token)).status).toBe(200);
    await t.post({ query: `mutation { revokeApiToken(id: "${apiToken.id}") { apiToken { revokedAt } } }` });
    expect((await me(token)).status).toBe(401);
  });

  it('keeps expiry exact while cached', async () => {
    const token = await t.tokenFor('VIEWER');
    await t.db.orm.em.fork().nativeUpdate(ApiToken, { revokedAt: null, expiresAt: null }, { expiresAt: new Date(Date.now() + 200) });
    expect((await me(token)).status).toBe(200);
    await sleep(250);
    // Still inside the cache bound, yet refused: the cached entry carries the expiry time.
    expect((await me(token)).status).toBe(401);
  });
});
