import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: true });
});
afterAll(() => t?.close());

const SEARCH = `query($text: String!, $types: [SearchableType!], $first: Int) {
  search(text: $text, types: $types, first: $first) { type title score node { id __typename } }
}`;

async function search(text: string, types?: string[], first?: number) {
  const res = await t.post({ query: SEARCH, variables: { text, types, first } });
  expect(res.json.errors).toBeUndefined();
  return res.json.data.search as { type: string; title: string; score: number; node: { id: string; __typename: string } }[];
}

describe('search across record types', () => {
  it('finds institutions, events and documents in one ranked list', async () => {
    const hits = await search('baku');
    const titles = hits.map((h) => `${h.type}: ${h.title}`);
    expect(titles).toEqual(expect.arrayContaining(['Event: International Baku Forum of Ombudsmen', 'Document: Baku Declaration']));
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits.at(-1)!.score);
    for (const h of hits) expect(h.node.__typename).toBe(h.type);
  });

  it('ranks a match at the start above one inside', async () => {
    const hits = await search('baku declaration');
    expect(hits[0]).toMatchObject({ type: 'Document', title: 'Baku Declaration' });
  });

  it('is accent-insensitive and tolerates a misspelling', async () => {
    expect((await search('SABİNA ALİYEVA')).map((h) => h.title)).toContain('Sabina Aliyeva');
    expect((await search('ombudsmen forum baku')).length).toBeGreaterThan(0);
    expect((await search('declaraton')).map((h) => h.title)).toContain('Baku Declaration');
  });

  it('says which alias matched when the name does not hold the words', async () => {
    const { json } = await t.post({ query: '{ search(text: "azerbaijani ombudsman institution", types: [INSTITUTION], first: 3) { title matchedName } }' });
    expect(json.data.search[0]).toEqual({
      title: 'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan',
      matchedName: 'Azerbaijani Ombudsman Institution',
    });
    // Found by its own name: no alias to explain.
    const byName = await t.post({ query: '{ search(text: "baku declaration", first: 1) { title matchedName } }' });
    expect(byName.json.data.search[0]).toEqual({ title: 'Baku Declaration', matchedName: null });
  });

  it('narrows to the given types', async () => {
    const hits = await search('mine', ['TOPIC', 'DOCUMENT']);
    expect(new Set(hits.map((h) => h.type))).toEqual(new Set(['Topic', 'Document']));
  });

  it('refuses empty and oversized queries', async () => {
    for (const variables of [{ text: ' ' }, { text: 'x'.repeat(201) }, { text: 'baku', first: 0 }]) {
      const res = await t.post({ query: SEARCH, variables });
      expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers in one SQL statement plus one batched load per record type', async () => {
    const res = await t.post({ query: SEARCH, variables: { text: 'o', first: 100 } });
    expect(res.json.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const ok = await t.post({ query: SEARCH, variables: { text: 'om', first: 100 } });
    const types = new Set(ok.json.data.search.map((h: { type: string }) => h.type));
    expect(ok.json.extensions.sqlStatements).toBeLessThanOrEqual(1 + types.size);
  });
});
