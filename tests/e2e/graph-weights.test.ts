// Issue 16, part 3 "Path and weight": a DRAFT agreement or a future PLANNED visit weighs less than a
// signed agreement or a held visit, and every record behind an edge says its status and how its
// weight was reached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
const id: Record<string, string> = {};
const nextYear = new Date().getUTCFullYear() + 1;

// biome-ignore lint/suspicious/noExplicitAny: raw GraphQL responses are untyped in these tests
async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.post({ query, variables });
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return res.json.data as T;
}

async function mutate(field: string, input: Record<string, unknown>): Promise<string> {
  const payload = field.replace(/^create/, '').replace(/^./, (c) => c.toLowerCase());
  const type = `${field[0]!.toUpperCase()}${field.slice(1)}Input`;
  const data = await gql(`mutation($input: ${type}!) { ${field}(input: $input) { ${payload} { id } userErrors { field code message } } }`, { input });
  expect(data[field].userErrors).toEqual([]);
  return data[field][payload].id;
}

beforeAll(async () => {
  t = await startTestServer();
  for (const letter of ['New', 'Draft', 'Visited', 'Target', 'Planned']) {
    id[letter] = (await t.client.createInstitution({ name: `Weight ${letter}`, kind: 'OMBUDSMAN', country: 'AZ' })).id;
  }
  // New → Draft by a draft renewal (3 × 0.2), New → Visited by a held visit (2 × 1); both reach Target by a held event.
  await mutate('createAgreement', { title: 'Draft renewal', kind: 'MEMORANDUM_OF_UNDERSTANDING', parties: [{ institutionId: id.New }, { institutionId: id.Draft }] });
  const visit = { direction: 'OUTBOUND', purpose: 'STUDY_VISIT', delegationOfId: id.New };
  await mutate('createVisit', { ...visit, title: 'Held visit', hostId: id.Visited, status: 'HELD', startDate: '2024-05-02' });
  await mutate('createVisit', { ...visit, title: 'Planned visit', hostId: id.Planned, status: 'PLANNED', startDate: `${nextYear}-05-02` });
  for (const via of ['Draft', 'Visited']) {
    await mutate('createEvent', {
      title: `Forum with ${via}`,
      kind: 'FORUM',
      status: 'HELD',
      startDate: '2024-06-01',
      participations: [{ institutionId: id[via], role: 'PARTICIPANT' }, { institutionId: id.Target, role: 'HOST' }],
    });
  }
});
afterAll(() => t?.close());

describe('weight by status', () => {
  it('prefers the path over a held visit to the one over a draft agreement, and says why', async () => {
    const data = await gql(
      `query($from: ID!, $to: ID!) { connectionPath(fromId: $from, toId: $to, maxHops: 3, maxPaths: 2) {
        paths { weight institutions { name } steps { weight records { kind summary status weight weightBasis } } } } }`,
      { from: id.New, to: id.Target },
    );
    const [best, second] = data.connectionPath.paths;
    expect(best.institutions.map((i: { name: string }) => i.name)).toEqual(['Weight New', 'Weight Visited', 'Weight Target']);
    expect(best.weight).toBe(2 + 1);
    expect(best.steps[0].records).toEqual([{ kind: 'VISIT', summary: 'Held visit', status: 'HELD', weight: 2, weightBasis: '2 (visit) × 1 (HELD)' }]);
    expect(second.weight).toBe(0.6 + 1);
    expect(second.steps[0].records).toEqual([
      { kind: 'AGREEMENT', summary: 'Draft renewal', status: 'DRAFT', weight: 0.6, weightBasis: '3 (agreement) × 0.2 (DRAFT)' },
    ]);
  });

  it('weighs a future planned visit less than a held one in the neighbourhood', async () => {
    const data = await gql(`query($id: ID!) { neighbourhood(institutionId: $id, hops: 1) { edges { weight target { name } source { name } } } }`, { id: id.New });
    const weightTo = (name: string) => data.neighbourhood.edges.find((e: { source: { name: string }; target: { name: string } }) => [e.source.name, e.target.name].includes(name)).weight;
    expect(weightTo('Weight Visited')).toBe(2);
    expect(weightTo('Weight Planned')).toBe(0.8);
    expect(weightTo('Weight Draft')).toBe(0.6);
  });
});
