// The cooperation network on a small hand-built graph, through the API:
//
//   A ══ B            A–B: a relation (2019 → 2021) and an agreement signed 2020-03-05
//        │ \          B, C, D and M (through a person on its behalf) at event E1 (2022-05);
//        C ─ D        L declined E1, K only went to a cancelled event with A
//        │ ╲ │ ╲      C–D: a co-issued document (2023); C–E: a co-endorsed statement (2024)
//        M  E ─ F     D–E–F: a visit of D's delegation (with F) hosted by E (2024-02-10 … 12)
//
//   G ── H            another component (a relation); I: no links at all
//   A ·· J            a confidential agreement: only editors see this edge
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeIdOf, toGlobalId } from '../../server/kernel/global-id.js';
import { Agreement } from '../../server/records/agreement/agreement.entity.js';
import { Document } from '../../server/records/document/document.entity.js';
import { DocumentRole, DocumentKind } from '../../server/records/document/document.enums.js';
import { DocumentParty } from '../../server/records/document/document-party.entity.js';
import { Event } from '../../server/records/event/event.entity.js';
import { ScheduleStatus } from '../../server/records/event/event.enums.js';
import { Institution } from '../../server/records/institution/institution.entity.js';
import { InstitutionKind } from '../../server/records/institution/institution.kind.js';
import { Relation } from '../../server/records/relation/relation.entity.js';
import { RelationKind } from '../../server/records/relation/relation.enums.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let viewer: string;
const id: Record<string, string> = {};
const name: Record<string, string> = {};

// biome-ignore lint/suspicious/noExplicitAny: raw GraphQL responses are untyped in these tests
async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  const res = await t.post({ query, variables }, headers);
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return res.json.data as T;
}

async function mutate(field: string, inputType: string, input: Record<string, unknown>, select = 'id'): Promise<string> {
  const payload = field.replace(/^create/, '').replace(/^./, (c) => c.toLowerCase());
  const data = await gql(`mutation($input: ${inputType}!) { ${field}(input: $input) { ${payload} { ${select} } userErrors { field code message } } }`, { input });
  expect(data[field].userErrors).toEqual([]);
  return data[field][payload].id;
}

beforeAll(async () => {
  t = await startTestServer();
  viewer = await t.tokenFor('VIEWER');
  for (const letter of 'ABCDEFGHIJKLM') {
    name[letter] = `Graph Test ${letter}`;
    id[letter] = (await t.client.createInstitution({ name: name[letter]!, kind: letter === 'E' ? 'NETWORK' : 'OMBUDSMAN', country: letter === 'F' ? 'GE' : 'AZ' })).id;
  }
  const person = await mutate('createPerson', 'CreatePersonInput', { name: 'Graph Delegate' });
  await mutate('createRelation', 'CreateRelationInput', { kind: 'MEMBER_OF', subjectInstitutionId: id.A, objectId: id.B, startDate: '2019', endDate: '2021' });
  await mutate('createRelation', 'CreateRelationInput', { kind: 'PARTNER_OF', subjectInstitutionId: id.G, objectId: id.H, startDate: '2018-04' });
  const memorandum = await mutate('createAgreement', 'CreateAgreementInput', {
    title: 'A–B memorandum',
    kind: 'MEMORANDUM_OF_UNDERSTANDING',
    parties: [{ institutionId: id.A, signedOn: '2020-03-05' }, { institutionId: id.B, signedOn: '2020-03-05' }],
  });
  // Signed: a DRAFT or NEGOTIATION agreement is internal (editors only), like a confidential one.
  const signed = await gql('mutation($input: ChangeAgreementStatusInput!) { changeAgreementStatus(input: $input) { userErrors { message } } }', {
    input: { id: memorandum, status: 'SIGNED' },
  });
  expect(signed.changeAgreementStatus.userErrors).toEqual([]);
  // In force, and the forum and visit below HELD: each weighs its kind's full weight (graph.weights.ts).
  const inForce = await gql('mutation($input: ChangeAgreementStatusInput!) { changeAgreementStatus(input: $input) { userErrors { message } } }', {
    input: { id: memorandum, status: 'IN_FORCE', date: '2020-04-01' },
  });
  expect(inForce.changeAgreementStatus.userErrors).toEqual([]);
  const secret = await mutate('createAgreement', 'CreateAgreementInput', {
    title: 'A–J draft',
    kind: 'COOPERATION_AGREEMENT',
    confidential: true,
    parties: [{ institutionId: id.A }, { institutionId: id.J }],
  });
  await mutate('createEvent', 'CreateEventInput', {
    title: 'Graph forum E1',
    kind: 'FORUM',
    status: 'HELD',
    startDate: '2022-05',
    participations: [
      { institutionId: id.B, role: 'HOST' },
      { institutionId: id.B, role: 'SPEAKER' },
      { institutionId: id.C, role: 'PARTICIPANT' },
      { institutionId: id.D, role: 'DELEGATE', rsvp: 'ATTENDED' },
      { personId: person, onBehalfOfId: id.M, role: 'DELEGATE' },
      { institutionId: id.L, role: 'PARTICIPANT', rsvp: 'DECLINED' },
    ],
  });
  const cancelled = await mutate('createEvent', 'CreateEventInput', {
    title: 'Graph workshop (cancelled)',
    kind: 'WORKSHOP',
    startDate: '2023-01-10',
    participations: [{ institutionId: id.A, role: 'HOST' }, { institutionId: id.K, role: 'PARTICIPANT' }],
  });
  await mutate('createDocument', 'CreateDocumentInput', {
    title: 'C–D joint report',
    kind: 'REPORT',
    date: '2023',
    parties: [{ institutionId: id.C, role: 'ISSUER' }, { institutionId: id.D, role: 'CO_ISSUER' }, { institutionId: id.A, role: 'ADDRESSED_TO' }],
  });
  await mutate('createDocument', 'CreateDocumentInput', {
    title: 'C–E statement',
    kind: 'STATEMENT',
    date: '2024-06',
    parties: [{ institutionId: id.C, role: 'ISSUER' }, { institutionId: id.E, role: 'ENDORSED_BY' }],
  });
  await mutate('createVisit', 'CreateVisitInput', {
    title: 'D delegation to E',
    delegationOfId: id.D,
    hostId: id.E,
    direction: 'OUTBOUND',
    purpose: 'STUDY_VISIT',
    status: 'HELD',
    startDate: '2024-02-10',
    endDate: '2024-02-12',
    members: [{ institutionId: id.F }, { personId: person, role: 'HEAD' }],
  });
  const em = t.db.orm.em.fork();
  await em.nativeUpdate(Event, { id: decodeIdOf('Event', cancelled)! }, { status: ScheduleStatus.CANCELLED });
  expect(await em.count(Agreement, { id: decodeIdOf('Agreement', secret)!, confidential: true })).toBe(1);
});
afterAll(() => t?.close());

const letterOf = (globalId: string) => Object.keys(id).find((k) => id[k] === globalId) ?? globalId;
const pair = (e: { source: { id: string }; target: { id: string } }) => [letterOf(e.source.id), letterOf(e.target.id)].sort().join('');

const EDGE = `source { id } target { id } weight interactions firstInteraction lastInteraction byKind { kind count }`;
const HOOD = `query($id: ID!, $hops: Int!, $limit: Int!, $filter: CooperationFilter) {
  neighbourhood(institutionId: $id, hops: $hops, limit: $limit, filter: $filter) {
    hops truncated centre { id }
    nodes { distance degree weight institution { id name } }
    edges { ${EDGE} }
  }
}`;

async function hood(letter: string, hops: number, options: { limit?: number; filter?: Record<string, unknown>; token?: string } = {}) {
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const data = await gql(HOOD, { id: id[letter], hops, limit: options.limit ?? 50, filter: options.filter }, headers);
  const n = data.neighbourhood;
  return {
    ...n,
    at: Object.fromEntries(n.nodes.map((x: { institution: { id: string }; distance: number }) => [letterOf(x.institution.id), x.distance])),
    pairs: n.edges.map(pair).sort(),
  };
}

describe('neighbourhood', () => {
  it('derives edges from relations, agreements, events, visits and documents, with weights and dates', async () => {
    const n = await hood('A', 3);
    expect(n.centre.id).toBe(id.A);
    expect(n.at).toEqual({ A: 0, B: 1, C: 2, D: 2, M: 2, E: 3, F: 3, J: 1 });
    expect(n.nodes[0].institution.id).toBe(id.A);
    expect(n.nodes.map((x: { distance: number }) => x.distance)).toEqual([...n.nodes.map((x: { distance: number }) => x.distance)].sort());
    // Every edge between two nodes, cycles included (B–C–D–B, C–D–E–C, D–E–F).
    expect(n.pairs).toEqual(['AB', 'AJ', 'BC', 'BD', 'BM', 'CD', 'CE', 'CM', 'DE', 'DF', 'DM', 'EF'].sort());
    const ab = n.edges.find((e: never) => pair(e) === 'AB');
    // A relation (2) and an agreement (3); B was HOST and SPEAKER at E1 but an event counts once.
    expect(ab).toMatchObject({ weight: 5, interactions: 2, firstInteraction: '2019', lastInteraction: '2021' });
    expect(ab.byKind).toEqual([{ kind: 'RELATION', count: 1 }, { kind: 'AGREEMENT', count: 1 }]);
    expect(ab.source.id).toBe(id.A); // oriented from the centre outwards
    const cd = n.edges.find((e: never) => pair(e) === 'CD');
    expect(cd).toMatchObject({ weight: 2.5, interactions: 2, firstInteraction: '2022-05', lastInteraction: '2023' });
    const de = n.edges.find((e: never) => pair(e) === 'DE');
    expect(de).toMatchObject({ weight: 2, firstInteraction: '2024-02-10', lastInteraction: '2024-02-12' });
    expect(n.edges[0]).toMatchObject({ weight: 5 }); // heaviest first
    expect(n.truncated).toBe(false);
  });

  it('leaves out declined participations, cancelled events, addressees and unconnected institutions', async () => {
    const n = await hood('A', 3);
    for (const letter of ['K', 'L', 'G', 'H', 'I']) expect(n.at[letter]).toBeUndefined();
    expect((await hood('L', 3)).nodes).toHaveLength(1);
    expect((await hood('K', 1)).edges).toEqual([]);
    const i = await hood('I', 2);
    expect(i.at).toEqual({ I: 0 });
    expect(i.edges).toEqual([]);
  });

  it('stops at the hop limit and refuses more than 3 hops', async () => {
    expect((await hood('A', 1)).at).toEqual({ A: 0, B: 1, J: 1 });
    expect(Object.keys((await hood('A', 2)).at).sort()).toEqual(['A', 'B', 'C', 'D', 'J', 'M']);
    const res = await t.post({ query: HOOD, variables: { id: id.A, hops: 4, limit: 10 } });
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'hops' });
    const zero = await t.post({ query: HOOD, variables: { id: id.A, hops: 0, limit: 10 } });
    expect(zero.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the nearest institutions within the limit and says it truncated', async () => {
    const n = await hood('A', 3, { limit: 3 });
    expect(n.truncated).toBe(true);
    expect(n.nodes).toHaveLength(4);
    expect(n.at.B).toBe(1);
    expect(n.at.J).toBe(1);
    expect(Object.values(n.at).filter((d) => d === 2)).toHaveLength(1);
    const big = await t.post({ query: HOOD, variables: { id: id.A, hops: 2, limit: 501 } });
    expect(big.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit' });
  });

  it('hides confidential records from viewers', async () => {
    const n = await hood('A', 1, { token: viewer });
    expect(n.at).toEqual({ A: 0, B: 1 });
  });

  it('filters by record kind, period, institution kind, country and weight', async () => {
    expect((await hood('A', 3, { filter: { kinds: ['RELATION'] } })).at).toEqual({ A: 0, B: 1 });
    expect((await hood('D', 1, { filter: { kinds: ['VISIT'] } })).pairs).toEqual(['DE', 'DF', 'EF']);
    // Only records reaching 2023 or later: A–B (2019–2021) and E1 (2022-05) drop out.
    expect((await hood('A', 3, { filter: { from: '2023' } })).at).toEqual({ A: 0 });
    const recent = await hood('D', 1, { filter: { from: '2024-01', to: '2024' } });
    expect(recent.pairs).toEqual(['DE', 'DF', 'EF']);
    const early = await hood('A', 1, { filter: { to: '2020-02' } });
    const ab = early.edges.find((e: never) => pair(e) === 'AB');
    expect(ab).toMatchObject({ weight: 2, byKind: [{ kind: 'RELATION', count: 1 }] });
    // E is a network: kept out of the traversal when only ombudsman offices may be reached.
    expect(Object.keys((await hood('D', 1, { filter: { institutionKinds: ['OMBUDSMAN'] } })).at).sort()).toEqual(['B', 'C', 'D', 'F', 'M']);
    expect(Object.keys((await hood('D', 1, { filter: { countries: ['az'] } })).at).sort()).toEqual(['B', 'C', 'D', 'E', 'M']);
    expect((await hood('B', 1, { filter: { minWeight: 2 } })).at).toEqual({ B: 0, A: 1 });
    for (const [filter, argument] of [
      [{ from: '2024', to: '2023' }, 'filter.to'],
      [{ countries: ['XX'] }, 'filter.countries'],
      [{ minWeight: -1 }, 'filter.minWeight'],
    ] as const) {
      const res = await t.post({ query: HOOD, variables: { id: id.A, hops: 1, limit: 5, filter } });
      expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('explains each edge by its records, latest first', async () => {
    const data = await gql(
      `query($id: ID!) { neighbourhood(institutionId: $id, hops: 1) { edges { source { id } target { id }
         records(first: 10) { kind summary date endDate weight record { __typename id } } } } }`,
      { id: id.A },
    );
    const ab = data.neighbourhood.edges.find((e: never) => pair(e) === 'AB');
    expect(ab.records).toEqual([
      { kind: 'RELATION', summary: 'MEMBER_OF', date: '2019', endDate: '2021', weight: 2, record: { __typename: 'Relation', id: expect.any(String) } },
      { kind: 'AGREEMENT', summary: 'A–B memorandum', date: '2020-03-05', endDate: null, weight: 3, record: { __typename: 'Agreement', id: expect.any(String) } },
    ]);
    const one = await gql(`query($id: ID!) { neighbourhood(institutionId: $id, hops: 1) { edges { records(first: 1) { kind } } } }`, { id: id.A });
    expect(one.neighbourhood.edges.map((e: { records: unknown[] }) => e.records.length)).toEqual([1, 1]);
  });

  it('answers NOT_FOUND and BAD_USER_INPUT for unknown and malformed institutions', async () => {
    const unknown = await t.post({ query: HOOD, variables: { id: 'SW5zdGl0dXRpb246MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw', hops: 1, limit: 5 } });
    expect(unknown.json.errors[0].extensions.code).toBe('NOT_FOUND');
    const malformed = await t.post({ query: HOOD, variables: { id: 'nonsense', hops: 1, limit: 5 } });
    expect(malformed.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'institutionId' });
  });
});

const PATH = `query($from: ID!, $to: ID!, $maxHops: Int!, $filter: CooperationFilter, $maxPaths: Int! = 3) {
  connectionPath(fromId: $from, toId: $to, maxHops: $maxHops, filter: $filter, maxPaths: $maxPaths) {
    status message hops explored from { id } to { id }
    paths { hops weight institutions { id } steps { ${EDGE} records { kind summary } } }
  }
}`;

async function path(from: string, to: string, maxHops = 6, filter?: Record<string, unknown>, token?: string) {
  const data = await gql(PATH, { from: id[from], to: id[to], maxHops, filter }, token ? { authorization: `Bearer ${token}` } : {});
  const r = data.connectionPath;
  return { ...r, routes: r.paths.map((p: { institutions: { id: string }[] }) => p.institutions.map((i) => letterOf(i.id)).join('')) };
}

describe('connectionPath', () => {
  it('finds the shortest path and explains every hop', async () => {
    const r = await path('A', 'E');
    expect(r.status).toBe('FOUND');
    expect(r.hops).toBe(3);
    expect(r.from.id).toBe(id.A);
    expect(r.to.id).toBe(id.E);
    // A–B–D–E (1 + 2) outweighs A–B–C–E (1 + 1.5).
    expect(r.routes).toEqual(['ABDE', 'ABCE']);
    const [best] = r.paths;
    expect(best.weight).toBe(5 + 1 + 2);
    expect(best.steps.map((s: { source: { id: string }; target: { id: string } }) => `${letterOf(s.source.id)}${letterOf(s.target.id)}`)).toEqual(['AB', 'BD', 'DE']);
    expect(best.steps[1].records).toEqual([{ kind: 'EVENT', summary: 'Graph forum E1' }]);
    expect(best.steps[2].records).toEqual([{ kind: 'VISIT', summary: 'D delegation to E' }]);
    expect(r.message).toBe('2 shortest paths of 3 hops');
  });

  it('lists several shortest paths, strongest first, up to maxPaths', async () => {
    const r = await path('B', 'E');
    expect(r.routes).toEqual(['BDE', 'BCE']);
    const one = await gql(PATH, { from: id.B, to: id.E, maxHops: 4, maxPaths: 1 });
    expect(one.connectionPath.paths).toHaveLength(1);
  });

  it('gives a definite NO_PATH for disconnected institutions and beyond maxHops', async () => {
    const apart = await path('A', 'G');
    expect(apart).toMatchObject({ status: 'NO_PATH', hops: null, paths: [] });
    expect(apart.message).toMatch(/not connected/);
    const far = await path('A', 'F', 2);
    expect(far).toMatchObject({ status: 'NO_PATH', paths: [] });
    expect(far.message).toBe('no path of at most 2 hops');
    expect((await path('A', 'F', 3)).routes).toEqual(['ABDF']);
    expect((await path('I', 'A')).status).toBe('NO_PATH');
  });

  it('applies the filter and the confidentiality rule', async () => {
    expect((await path('A', 'J')).routes).toEqual(['AJ']);
    expect((await path('A', 'J', 6, undefined, viewer)).status).toBe('NO_PATH');
    // Only visits and documents: C–E (document) and D–E–F (visit) remain.
    expect((await path('C', 'F', 6, { kinds: ['VISIT', 'DOCUMENT'] })).routes.sort()).toEqual(['CDF', 'CEF']);
    // Without the network E, C reaches F only through D.
    expect((await path('C', 'F', 6, { kinds: ['VISIT', 'DOCUMENT'], institutionKinds: ['OMBUDSMAN'] })).routes).toEqual(['CDF']);
    // …but a target of another kind is always reachable.
    expect((await path('C', 'E', 6, { institutionKinds: ['OMBUDSMAN'] })).routes).toEqual(['CE']);
  });

  it('answers a path to itself, and refuses maxHops outside 1..6', async () => {
    const self = await path('A', 'A');
    expect(self).toMatchObject({ status: 'FOUND', hops: 0, routes: ['A'] });
    const res = await t.post({ query: PATH, variables: { from: id.A, to: id.E, maxHops: 7 } });
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops' });
  });
});

const METRICS = `query($id: ID!, $filter: CooperationFilter) {
  cooperationMetrics(institutionId: $id, filter: $filter) {
    institution { id } degree weightedDegree interactions egoBetweenness egoBetweennessNormalized clusteringCoefficient
    egoNetworkSize egoNetworkComplete undatedInteractions byYear { year interactions weight partners }
  }
  topPartners(institutionId: $id, filter: $filter, first: 3) { source { id } target { id } weight }
}`;

describe('metrics', () => {
  it('computes degree, weighted degree, ego betweenness, clustering and intensity per year', async () => {
    const data = await gql(METRICS, { id: id.D });
    expect(data.cooperationMetrics).toEqual({
      institution: { id: id.D },
      degree: 5,
      weightedDegree: 8.5,
      interactions: 3,
      // Unlinked partner pairs B–E, C–F, E–M (one other two-step path each) and B–F, F–M (none).
      egoBetweenness: 3.5,
      egoBetweennessNormalized: 0.35,
      clusteringCoefficient: 0.5,
      egoNetworkSize: 5,
      egoNetworkComplete: true,
      undatedInteractions: 0,
      byYear: [
        { year: 2022, interactions: 1, weight: 3, partners: 3 },
        { year: 2023, interactions: 1, weight: 1.5, partners: 1 },
        { year: 2024, interactions: 1, weight: 4, partners: 2 },
      ],
    });
    const partners = data.topPartners.map((e: { source: { id: string }; target: { id: string }; weight: number }) => [letterOf(e.source.id), letterOf(e.target.id), e.weight]);
    expect(partners[0]).toEqual(['D', 'C', 2.5]);
    expect(partners.slice(1).sort()).toEqual([['D', 'E', 2], ['D', 'F', 2]]);
  });

  it('counts undated records apart and respects the filter', async () => {
    const data = await gql(METRICS, { id: id.A });
    // The confidential A–J agreement is a DRAFT: 3 × 0.2.
    expect(data.cooperationMetrics).toMatchObject({ degree: 2, weightedDegree: 5.6, undatedInteractions: 1, egoBetweenness: 1, clusteringCoefficient: 0 });
    const asViewer = await gql(METRICS, { id: id.A }, { authorization: `Bearer ${viewer}` });
    expect(asViewer.cooperationMetrics).toMatchObject({ degree: 1, weightedDegree: 5, undatedInteractions: 0, egoBetweenness: 0 });
    const isolated = await gql(METRICS, { id: id.I });
    expect(isolated.cooperationMetrics).toMatchObject({ degree: 0, weightedDegree: 0, egoBetweenness: 0, byYear: [] });
    expect(isolated.topPartners).toEqual([]);
  });
});

describe('SQL statements per request', () => {
  // A hub with 150 members, each of which co-issued a document with a partner of its own.
  let hub: string;
  beforeAll(async () => {
    const em = t.db.orm.em.fork();
    const make = (n: string) => {
      const row = em.create(Institution, { name: n, kind: InstitutionKind.OTHER, aliases: [], country: 'TR', nameKey: '', searchText: '' });
      row.refreshSearchKeys();
      return row;
    };
    const centre = make('Graph Hub');
    for (let i = 0; i < 150; i++) {
      const member = make(`Graph Hub Member ${i}`);
      const partner = make(`Graph Hub Partner ${i}`);
      em.create(Relation, { kind: RelationKind.MEMBER_OF, subjectInstitution: member, object: centre, startDate: `${2000 + (i % 20)}` });
      const doc = em.create(Document, { title: `Hub paper ${i}`, kind: DocumentKind.REPORT, date: '2024', searchText: '' });
      doc.refreshSearchKeys();
      em.create(DocumentParty, { document: doc, institution: member, role: DocumentRole.ISSUER });
      em.create(DocumentParty, { document: doc, institution: partner, role: DocumentRole.CO_ISSUER });
    }
    await em.flush();
    hub = toGlobalId('Institution', centre.id);
  });

  const NETWORK = `query($id: ID!, $hops: Int!, $limit: Int!) {
    neighbourhood(institutionId: $id, hops: $hops, limit: $limit) {
      truncated centre { name } nodes { distance institution { name country } }
      edges { weight source { name } target { name } records(first: 3) { kind summary record { id } } }
    }
  }`;
  const run = async (query: string, variables: Record<string, unknown>) => {
    const res = await t.post({ query, variables });
    expect(res.json.errors).toBeUndefined();
    return { data: res.json.data, statements: res.json.extensions.sqlStatements as number };
  };

  it('are the same for 5 and for 150 institutions at the second hop', async () => {
    const small = await run(NETWORK, { id: hub, hops: 2, limit: 155 });
    const large = await run(NETWORK, { id: hub, hops: 2, limit: 300 });
    expect(small.data.neighbourhood).toMatchObject({ truncated: true });
    expect(small.data.neighbourhood.nodes.filter((n: { distance: number }) => n.distance === 2)).toHaveLength(5);
    expect(large.data.neighbourhood).toMatchObject({ truncated: false });
    expect(large.data.neighbourhood.nodes).toHaveLength(301);
    expect(large.data.neighbourhood.edges).toHaveLength(300);
    expect(large.data.neighbourhood.edges.every((e: { records: unknown[] }) => e.records.length === 1)).toBe(true);
    // centre + 2 hops + edges + institutions + records + relations + documents
    expect(large.statements).toBe(8);
    expect(small.statements).toBe(large.statements);
    // A limit reached at the first hop saves the second.
    expect((await run(NETWORK, { id: hub, hops: 2, limit: 10 })).statements).toBe(6);
    const all = await run(NETWORK, { id: id.A, hops: 3, limit: 100 });
    // centre + 3 hops + edges + institutions + records + the five record types
    expect(all.statements).toBeLessThanOrEqual(1 + 3 + 1 + 1 + 1 + 5);
    console.log(`neighbourhood SQL statements: ${small.statements} for 155 nodes, ${large.statements} for 300 nodes; ${all.statements} for 3 hops over every record type`);
  });

  it('a path costs one statement per BFS step plus its explanation; metrics a handful', async () => {
    const path = await run(PATH, { from: id.A, to: id.E, maxHops: 6 });
    // the two ends, 3 BFS steps, hop details, institutions, records, the five record types
    expect(path.statements).toBeLessThanOrEqual(1 + 3 + 1 + 1 + 1 + 5);
    const metrics = await run(METRICS, { id: id.D });
    // institution, edges, ego links, years; top partners: edges again + partner institutions
    expect(metrics.statements).toBeLessThanOrEqual(6);
    const hubMetrics = await run(METRICS, { id: hub });
    expect(hubMetrics.data.cooperationMetrics).toMatchObject({ degree: 150, weightedDegree: 300, egoBetweenness: 150 * 149 / 2, clusteringCoefficient: 0 });
    expect(hubMetrics.statements).toBe(metrics.statements);
    console.log(`connectionPath SQL statements: ${path.statements}; metrics + top partners: ${metrics.statements}`);
  });
});
