// Timelines and point-in-time views on the seed dataset (the two source articles).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../../server/db/seed/seed-id.js';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
const institution = (key: string) => toGlobalId('Institution', seedId(key));
const AZ = institution('az-ombudsman');
const OICOA = institution('oic-oa');
const OIC = institution('oic');

beforeAll(async () => {
  t = await startTestServer({ seed: true });
});
afterAll(() => t?.close());

const QUERY = `query($ids: [ID!], $bodiesOf: ID, $with: ID, $filter: TimelineFilter) {
  timeline(institutionIds: $ids, bodiesOf: $bodiesOf, sharedWith: $with, filter: $filter, first: 100) {
    totalCount
    counts { byYear { year count } }
    nodes { __typename kind date title institutions { acronym name } sources { publisherName }
      ... on TimelineEvent { participations { role person { name } institution { acronym } onBehalfOf { acronym } } } }
  }
}`;

type Node = { __typename: string; kind: string; date: string | null; title: string; institutions: { acronym: string | null; name: string }[]; sources: { publisherName: string }[]; participations?: unknown[] };

async function timeline(variables: Record<string, unknown>) {
  const res = await t.post({ query: QUERY, variables });
  expect(res.json.errors).toBeUndefined();
  return res.json.data.timeline as { totalCount: number; counts: { byYear: { year: number | null; count: number }[] }; nodes: Node[] };
}

describe('timelines on the seed data', () => {
  it('the OIC Ombudsman Association: its board meeting and general assembly of May 2025, with the Azernews article as source', async () => {
    const { nodes } = await timeline({ ids: [OICOA] });
    const may = nodes.filter((n) => n.date === '2025-05');
    expect(may.map((n) => n.title).sort()).toEqual([
      'Board of Directors meeting of the OIC Ombudsman Association (2025)',
      'General Assembly of the OIC Ombudsman Association (2025)',
    ]);
    for (const n of may) {
      expect(n.kind).toBe('EVENT');
      expect(n.institutions.map((i) => i.acronym)).toContain('OICOA');
      expect(n.sources).toEqual([{ publisherName: 'Azernews' }]);
    }
  });

  it('the Ombudsman of Azerbaijan: the Baku Forum on 2024-10-02, then the Baku Declaration adopted there', async () => {
    const { nodes, counts } = await timeline({ ids: [AZ] });
    const forum = nodes.findIndex((n) => n.title === 'International Baku Forum of Ombudsmen');
    const declaration = nodes.findIndex((n) => n.title === 'Baku Declaration');
    expect(nodes[forum]).toMatchObject({ kind: 'EVENT', date: '2024-10-02' });
    expect(nodes[declaration]).toMatchObject({ kind: 'DOCUMENT', date: '2024-10-02' });
    expect(declaration).toBe(forum + 1);
    // The General Assembly: the Ombudsman's delegation and Sabina Aliyeva speaking on its behalf.
    const assembly = nodes.find((n) => n.title.startsWith('General Assembly of the OIC Ombudsman Association'))!;
    expect(assembly.participations).toEqual(
      expect.arrayContaining([
        { role: 'DELEGATE', person: null, institution: { acronym: null }, onBehalfOf: null },
        { role: 'SPEAKER', person: { name: 'Sabina Aliyeva' }, institution: null, onBehalfOf: { acronym: null } },
      ]),
    );
    // The future part: the symposium planned for June 2025 and the commitments due in 2025.
    const planned = await timeline({ ids: [AZ], filter: { kind: ['EVENT'], scheduleStatus: ['PLANNED'] } });
    expect(planned.nodes.map((n) => n.title)).toEqual(['Symposium of Ombudsmen dedicated to National Human Rights Day (18 June)']);
    expect(counts.byYear.map((c) => c.year)).toEqual([2023, 2024, 2025, null]);
  });

  it('a pair: the shared history of the Ombudsman of Azerbaijan and the OIC Ombudsman Association', async () => {
    const { nodes } = await timeline({ ids: [AZ], with: OICOA });
    expect(nodes.map((n) => n.title)).toEqual([
      'Board of Directors meeting of the OIC Ombudsman Association (2025)',
      'General Assembly of the OIC Ombudsman Association (2025)',
    ]);
  });

  it('a set: the OIC and all its bodies', async () => {
    const { nodes } = await timeline({ bodiesOf: OIC });
    const titles = nodes.map((n) => n.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Second assessment mission of the OIC IPHRC to Azerbaijan (2023)',
        'Report of the OIC IPHRC assessment mission to Azerbaijan (2023)',
        'OIC events on human rights (2024)',
        '50th session of the OIC Council of Foreign Ministers',
      ]),
    );
    for (const n of nodes) expect(n.institutions.some((i) => ['OIC', 'IPHRC', 'CFM'].includes(i.acronym ?? ''))).toBe(true);
  });
});

describe('point in time on the seed data', () => {
  it('the Ombudsman of Azerbaijan is a member of the OIC Ombudsman Association and cooperates with ENOC, ENNHRI, the UN …', async () => {
    const res = await t.post({
      query: `query($id: ID!) { partnersAsOf(institutionId: $id, date: "2025-05-14") {
        memberships { object { acronym } } agreements { title } partners { institution { acronym } } } }`,
      variables: { id: AZ },
    });
    expect(res.json.errors).toBeUndefined();
    const snapshot = res.json.data.partnersAsOf;
    expect(snapshot.memberships).toEqual([{ object: { acronym: 'OICOA' } }]);
    expect(snapshot.agreements).toEqual([]); // the planned memoranda are still drafts
    expect(snapshot.partners.map((p: { institution: { acronym: string | null } }) => p.institution.acronym)).toEqual(
      expect.arrayContaining(['OICOA', 'ENOC', 'ENNHRI', 'IPHRC', 'UN', 'CoE', 'UNESCO']),
    );
  });
});

describe('typed client', () => {
  it('reads timelines page by page, their counts, point-in-time views and stats', async () => {
    const titles: string[] = [];
    for await (const item of t.client.allTimeline({ institutionIds: [AZ], filter: { kind: ['EVENT'] } }, 3)) titles.push(item.title);
    const counts = await t.client.timelineCounts({ institutionIds: [AZ], filter: { kind: ['EVENT'] } });
    expect(titles).toHaveLength(counts.totalCount);
    expect(titles).toContain('International Baku Forum of Ombudsmen');
    const page = await t.client.timeline({ institutionIds: [OICOA], first: 1, order: 'DESC' });
    expect(page.edges[0]!.node).toMatchObject({ __typename: 'TimelineEvent', date: '2025-05' });
    expect((await t.client.partnersAsOf(AZ, '2025-05-14')).memberships.map((m) => m.object.acronym)).toEqual(['OICOA']);
    expect((await t.client.partnerChanges(AZ, '2024-01-01', '2025-01-01')).partnersLost).toEqual([]);
    const stats = await t.client.stats({ groupBy: ['TYPE'], types: ['EVENT'] });
    expect(stats.groups).toEqual([expect.objectContaining({ type: 'EVENT', count: stats.total })]);
  });
});

