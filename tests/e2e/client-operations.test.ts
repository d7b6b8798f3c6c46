import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: true });
});
afterAll(() => t?.close());

describe('typed client: every operation by name', () => {
  it('reaches the new record types through accord.operations', async () => {
    const { operations } = t.client;
    const people = await operations.People({ filter: { search: 'aliyeva' } });
    expect(people.people.nodes.map((p) => p.name)).toEqual(['Sabina Aliyeva']);
    const events = await operations.Events({ filter: { search: 'baku forum' } });
    expect(events.events.edges.map((e) => e.node.title)).toContain('International Baku Forum of Ombudsmen');
    const created = await operations.CreatePerson({ input: { name: 'Test Delegate', country: 'AZ' } });
    expect(created.createPerson.userErrors).toEqual([]);
    expect(created.createPerson.person?.name).toBe('Test Delegate');
  });
});
