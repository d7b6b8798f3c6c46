import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

const CREATE = 'mutation($name: String!) { createInstitution(input: {name: $name, kind: NGO, country: "FR"}) { institution { id name } userErrors { code } } }';

async function send(name: string, key: string) {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminToken}`, 'idempotency-key': key },
    body: JSON.stringify({ query: CREATE, variables: { name } }),
  });
  return { status: response.status, replayed: response.headers.get("idempotent-replayed"), json: (await response.json()) as any };
}

const count = async (name: string) => (await t.client.searchInstitutions(name)).totalCount;

describe('Idempotency-Key on mutations', () => {
  it('replays the first response to a retry instead of creating a duplicate', async () => {
    const first = await send('Retried Office', 'key-1');
    const retry = await send('Retried Office', 'key-1');
    expect(retry.json.data).toEqual(first.json.data);
    expect(retry.replayed).toBe('true');
    expect(await count('Retried Office')).toBe(1);
  });

  it('creates exactly one record for concurrent retries', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => send('Concurrent Office', 'key-2')));
    expect(await count('Concurrent Office')).toBe(1);
    for (const r of results) expect([200, 409]).toContain(r.status);
    const ids = new Set(results.filter((r) => r.status === 200).map((r) => r.json.data.createInstitution.institution.id));
    expect(ids.size).toBe(1);
  });

  it('refuses the same key for a different request', async () => {
    await send('Office A', 'key-3');
    const other = await send('Office B', 'key-3');
    expect(other.status).toBe(422);
    expect(other.json.errors[0].extensions.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await count('Office B')).toBe(0);
  });

  it('scopes keys to the caller', async () => {
    const editor = await t.tokenFor('EDITOR');
    await send('Scoped Office One', 'shared-key');
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}`, 'idempotency-key': 'shared-key' },
      body: JSON.stringify({ query: CREATE, variables: { name: 'Scoped Office Two' } }),
    });
    expect(response.status).toBe(200);
    expect(await count('Scoped Office Two')).toBe(1);
  });
});
