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
    nodes { __typename kind date dateInferred title institutions { acronym name } sources { publisherName kind }
      ... on TimelineEvent { participations { role person { name } institution { acronym } onBehalfOf { acronym } } } }
  }
}`;

type Node = {
  __typename: string;
  kind: string;
  date: string | null;
  dateInferred: boolean;
  title: string;
  institutions: { acronym: string | null; name: string }[];
  sources: { publisherName: string | null; kind: string }[];
  participations?: unknown[];
};

async function timeline(variables: Record<string, unknown>) {
  const res = await t.post({ query: QUERY, variables });
  expect(res.json.errors).toBeUndefined();
  return res.json.data.timeline as { totalCount: number; counts: { byYear: { year: number | null; count: number }[] }; nodes: Node[] };
}

describe('timelines on the seed data', () => {
  it('the OIC Ombudsman Association: its board meeting and general assembly placed in May 2025, flagged as dated by the registry editors', async () => {
    const { nodes } = await timeline({ ids: [OICOA] });
    const may = nodes.filter((n) => n.date === '2025-05');
    expect(may.map((n) => n.title).sort()).toEqual([
      'Board of Directors meeting of the OIC Ombudsman Association (2025)',
      'General Assembly of the OIC Ombudsman Association (2025)',
    ]);
    for (const n of may) {
      expect(n.kind).toBe('EVENT');
      expect(n.dateInferred).toBe(true);
      expect(n.institutions.map((i) => i.name)).toContain('OIC Ombudsman Association');
      expect(n.sources).toEqual([
        { publisherName: null, kind: 'REGISTRY_EDITORS' },
        { publisherName: 'Azernews', kind: 'NEWS_ARTICLE' },
      ]);
    }
  });

  it('the Ombudsman of Azerbaijan: the Baku Forum on 2024-10-02, then the Baku Declaration adopted there', async () => {
    const { nodes, counts } = await timeline({ ids: [AZ] });
    const forum = nodes.findIndex((n) => n.title === 'International Baku Forum of Ombudsmen');
    const declaration = nodes.findIndex((n) => n.title === 'Baku Declaration');
    expect(nodes[forum]).toMatchObject({ kind: 'EVENT', date: '2024-10-02', dateInferred: false });
    expect(nodes[declaration]).toMatchObject({ kind: 'DOCUMENT', date: '2024-10-02', dateInferred: true });
    expect(declaration).toBe(forum + 1);
    // The General Assembly: Sabina Aliyeva taking part on the Ombudsman's behalf (the article does not place her address there).
    const assembly = nodes.find((n) => n.title.startsWith('General Assembly of the OIC Ombudsman Association'))!;
    expect(assembly.participations).toEqual([{ role: 'PARTICIPANT', person: { name: 'Sabina Aliyeva' }, institution: null, onBehalfOf: { acronym: null } }]);
    // The future part: the symposium planned for June 2025 and the commitments due in 2025.
    const planned = await timeline({ ids: [AZ], filter: { kind: ['EVENT'], scheduleStatus: ['PLANNED'] } });
    expect(planned.nodes.map((n) => n.title)).toEqual(['Symposium of Ombudsmen dedicated to National Human Rights Day (18 June)']);
    expect(counts.byYear.map((c) => c.year)).toEqual([2024, 2025, null]);
  });

  it('a pair: the shared history of the Ombudsman of Azerbaijan and the OIC Ombudsman Association', async () => {
    const { nodes } = await timeline({ ids: [AZ], with: OICOA });
    expect(nodes.map((n) => n.title).sort()).toEqual([
      'Board of Directors meeting of the OIC Ombudsman Association (2025)',
      'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan joins OIC Ombudsman Association (when: not recorded)',
      'General Assembly of the OIC Ombudsman Association (2025)',
    ]);
    // The membership has no date in the sources: it is shown, undated, after the dated items.
    expect(nodes.at(-1)).toMatchObject({ kind: 'RELATION_START', date: null });
  });

  it('undated relations: in the whole-registry timeline (read model) once each, undated, counted as such', async () => {
    const { nodes, counts } = await timeline({ filter: { kind: ['RELATION_START'] } });
    const undated = nodes.filter((n) => n.date === null);
    expect(undated.length).toBeGreaterThan(0);
    expect(undated.every((n) => n.title.endsWith('(when: not recorded)'))).toBe(true);
    expect(undated.map((n) => n.title)).toContain('Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan joins OIC Ombudsman Association (when: not recorded)');
    expect(counts.byYear.find((y) => y.year === null)?.count).toBe(undated.length);
  });

  it('a set: the OIC and all its bodies', async () => {
    const { nodes } = await timeline({ bodiesOf: OIC });
    const titles = nodes.map((n) => n.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Second assessment mission of the Independent Permanent Human Rights Commission to Azerbaijan (2023)',
        'Report on the second assessment mission of the Independent Permanent Human Rights Commission to Azerbaijan',
        'OIC events on human rights',
        '50th session of the OIC Council of Foreign Ministers',
      ]),
    );
    const bodies = ['Organization of Islamic Cooperation', 'Independent Permanent Human Rights Commission', 'OIC Council of Foreign Ministers'];
    for (const n of nodes) expect(n.institutions.some((i) => bodies.includes(i.name))).toBe(true);
  });
});

describe('point in time on the seed data', () => {
  it('the Ombudsman of Azerbaijan is a member of the OIC Ombudsman Association and cooperates with ENOC, ENNHRI, the UN …', async () => {
    const res = await t.post({
      query: `query($id: ID!) { partnersAsOf(institutionId: $id, date: "2025-05-14") {
        memberships { object { name } } agreements { title } partners { institution { name } } } }`,
      variables: { id: AZ },
    });
    expect(res.json.errors).toBeUndefined();
    const snapshot = res.json.data.partnersAsOf;
    expect(snapshot.memberships).toEqual([{ object: { name: 'OIC Ombudsman Association' } }]);
    expect(snapshot.agreements).toEqual([]); // the articles state no agreement, only plans to sign memoranda
    expect(snapshot.partners.map((p: { institution: { name: string } }) => p.institution.name)).toEqual(
      expect.arrayContaining([
        'OIC Ombudsman Association',
        'European Network of Ombudspersons for Children',
        'European Network of National Human Rights Institutions',
        'Independent Permanent Human Rights Commission',
        'United Nations',
        'Council of Europe',
        'United Nations Educational, Scientific and Cultural Organization',
      ]),
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
    expect((await t.client.partnersAsOf(AZ, '2025-05-14')).memberships.map((m) => m.object.name)).toEqual(['OIC Ombudsman Association']);
    expect((await t.client.partnerChanges(AZ, '2024-01-01', '2025-01-01')).partnersLost).toEqual([]);
    const stats = await t.client.stats({ groupBy: ['TYPE'], types: ['EVENT'] });
    expect(stats.groups).toEqual([expect.objectContaining({ type: 'EVENT', count: stats.total })]);
  });
});

