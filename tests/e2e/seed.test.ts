import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { institutions as dataset } from '../../server/db/seed/dataset.js';
import { seedDatabase } from '../../server/db/seed/seed.js';
import { seedId } from '../../server/db/seed/seed-id.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: true });
});
afterAll(() => t?.close());

const idOf = (type: string, key: string) => toGlobalId(type, seedId(key));

async function node(type: string, key: string, selection: string) {
  const res = await t.post({
    query: `query($id: ID!) { node(id: $id) { __typename ... on ${type} { ${selection} } } }`,
    variables: { id: idOf(type, key) },
  });
  expect(res.json.errors).toBeUndefined();
  return res.json.data.node;
}

describe('seed dataset from the source articles', () => {
  it('loads every institution once, and a second run changes nothing', async () => {
    expect((await t.client.institutions()).totalCount).toBe(dataset.length);
    const again = await seedDatabase(t.db.orm.em.fork());
    for (const [type, counts] of Object.entries(again)) expect(counts.created, type).toBe(0);
    expect(again.Institution!.unchanged).toBe(dataset.length);
    expect((await t.client.institutions()).totalCount).toBe(dataset.length);
  });

  it('holds the OIC with its Independent Permanent Human Rights Commission', async () => {
    const iphrc = (await t.client.searchInstitutions('IPHRC')).edges.map((e) => e.node);
    expect(iphrc).toHaveLength(1);
    const detail = await t.client.institution(iphrc[0]!.id);
    expect(detail).toMatchObject({ kind: 'IGO_BODY', parent: { acronym: 'OIC', kind: 'INTERGOVERNMENTAL_ORGANIZATION' } });
  });

  it('finds the Ombudsman of Azerbaijan by its Azerbaijani name, with its sectors', async () => {
    const found = await t.client.searchInstitutions('İnsan Hüquqları üzrə Müvəkkili');
    expect(found.totalCount).toBe(1);
    const ombudsman = await t.client.institution(found.edges[0]!.node.id);
    expect(ombudsman).toMatchObject({ kind: 'OMBUDSMAN', country: 'AZ', countryName: 'Azerbaijan' });
    expect(ombudsman.children.map((c) => c.name)).toContain('Children’s Rights Protection Sector');
  });

  it('knows the networks by acronym', async () => {
    for (const acronym of ['ENOC', 'ENNHRI', 'OICOA', 'UNESCO']) {
      const found = await t.client.searchInstitutions(acronym.toLowerCase(), { filter: {} });
      expect(found.edges.map((e) => e.node.acronym), acronym).toContain(acronym);
    }
  });

  it('records the Baku Forum with its reported figures, each citing the interview', async () => {
    const forum = await node(
      'Event',
      'event-baku-forum-2024',
      'title status city country claims { measure qualifier value statement citations { quote } } citations { quote }',
    );
    expect(forum).toMatchObject({ title: 'International Baku Forum of Ombudsmen', status: 'HELD', city: 'Baku', country: 'AZ' });
    expect(forum.claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ measure: 'participants', qualifier: 'MORE_THAN', value: 200, statement: 'over 200 representatives' }),
        expect.objectContaining({ measure: 'countries represented', qualifier: 'MORE_THAN', value: 30 }),
      ]),
    );
    for (const claim of forum.claims) expect(claim.citations[0].quote).toMatch(/over 200 representatives/);
    expect(forum.citations[0].quote).toMatch(/October 2, 2024/);
  });

  it('records the Baku Declaration, the OIC Ombudsman Association meetings and the IPHRC missions', async () => {
    expect(await node('Document', 'doc-baku-declaration', 'title kind date topics { slug }')).toEqual({
      __typename: 'Document',
      title: 'Baku Declaration',
      kind: 'DECLARATION',
      date: '2024-10-02',
      topics: [{ slug: 'climate-justice' }],
    });
    const ga = await node('Event', 'event-oicoa-ga-2025', 'kind status startDate country');
    expect(ga).toMatchObject({ kind: 'GENERAL_ASSEMBLY', status: 'HELD', startDate: '2025-05', country: 'IR' });
    const board = await node('Event', 'event-oicoa-board-2025', 'kind citations { quote }');
    expect(board.kind).toBe('BOARD_MEETING');
    const mission = await node('Visit', 'visit-iphrc-mission-2', 'purpose direction startDate status');
    expect(mission).toMatchObject({ purpose: 'ASSESSMENT_MISSION', direction: 'INBOUND', startDate: '2023', status: 'HELD' });
    const symposium = await node('Event', 'event-symposium-2025', 'kind status startDate city');
    expect(symposium).toMatchObject({ kind: 'SYMPOSIUM', status: 'PLANNED', startDate: '2025-06', city: 'Baku' });
  });

  it('cites a source for every seeded institution', async () => {
    const res = await t.post({ query: '{ institutions(first: 100) { nodes { name citations { quote } } } }' });
    for (const institution of res.json.data.institutions.nodes) {
      expect(institution.citations.length, institution.name).toBeGreaterThan(0);
    }
  });
});
