// The timeline on small hand-built data: order (partial dates, ties), filters, pairs and sets,
// keyset pagination both ways with inserts between pages, counts, confidentiality, errors, and
// SQL statement counts that do not grow with the page size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Institution } from '../../server/records/institution/institution.entity.js';
import type { Topic } from '../../server/records/topic/topic.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import {
  AgreementActionKind,
  AgreementStatus,
  builders,
  CommitmentStatus,
  DocumentRole,
  gid,
  InstitutionKind,
  ParticipationRole,
  RelationKind,
  ScheduleStatus,
} from './timeline.fixtures.js';

let t: TestServer;
let viewer: string;
const I: Record<string, Institution> = {};
const T: Record<string, Topic> = {};
let tieIds: string[] = [];

beforeAll(async () => {
  t = await startTestServer();
  viewer = await t.tokenFor('VIEWER');
  const em = t.db.orm.em.fork();
  const b = builders(em);
  I.A = b.institution('Alpha Ombudsman', InstitutionKind.OMBUDSMAN, 'AZ');
  I.B = b.institution('Beta Network', InstitutionKind.NETWORK);
  I.C = b.institution('Gamma Commission', InstitutionKind.NHRI, 'TR');
  I.P = b.institution('Parent Organisation', InstitutionKind.INTERGOVERNMENTAL_ORGANIZATION);
  I.P1 = b.institution('Parent Body', InstitutionKind.IGO_BODY, null, I.P);
  I.P2 = b.institution('Parent Sub-body', InstitutionKind.IGO_BODY, null, I.P1);
  I.Lonely = b.institution('Lonely Office', InstitutionKind.OTHER, 'GE');
  T.climate = b.topic('Climate');
  T.children = b.topic('Children');
  const s1 = b.source('Daily News');
  const s2 = b.source('Weekly Review');

  b.relation(I.A, RelationKind.MEMBER_OF, I.B, '2020', '2023-06');
  b.event('Spring Assembly', '2021-03', [[I.A], [I.C]], { country: 'TR' });
  const e1 = b.event('Climate Forum', '2021-03-15', [[I.A, ParticipationRole.ORGANISER], [I.B]], { country: 'AZ' });
  b.tag(T.climate, e1);
  b.cite(s1, e1);
  b.cite(s2, e1);
  const d1 = b.document('Forum Declaration', '2021-03-15', [[I.A, DocumentRole.ISSUER], [I.B, DocumentRole.ENDORSED_BY]], e1);
  b.tag(T.climate, d1);
  b.event('Closed Meeting', '2021-05-01', [[I.A]], { confidential: true });
  b.agreement('Secret MoU', [I.A, I.B], [[AgreementActionKind.SIGNATURE, '2021-06-01']], { confidential: true, status: AgreementStatus.SIGNED });
  const g1 = b.agreement(
    'Alpha–Gamma MoU',
    [I.A, I.C],
    [
      [AgreementActionKind.SIGNATURE, '2021-12-01', I.A],
      [AgreementActionKind.ENTRY_INTO_FORCE, '2022-01-10'],
    ],
    { effectiveFrom: '2022-01-10', expiresOn: '2030-12-31' },
  );
  b.cite(s2, g1.agreement);
  b.tag(T.children, g1.agreement);
  b.visit('Gamma delegation visit', I.C, I.A, '2022', { country: 'AZ' });
  b.commitment('Report back', I.A, '2022-06');
  b.commitment('Network plan', I.B, '2021', CommitmentStatus.DONE);
  const ties = [1, 2, 3].map((n) => b.event(`Tie event ${n}`, '2024-02-02', [[I.A]]));
  tieIds = ties.map((e) => e.id).sort();
  b.event('Planned Summit', '2026-05-10', [[I.A]], { status: ScheduleStatus.PLANNED, country: 'AZ' });
  b.event('Undated Meeting', null, [[I.A]]);
  b.event('Body Workshop', '2021-07', [[I.P2]]);
  b.event('Body Session', '2021-08', [[I.P1]]);
  await em.flush();
});
afterAll(() => t?.close());

const as = (token: string) => ({ authorization: `Bearer ${token}` });

const QUERY = `query T($ids: [ID!], $bodiesOf: ID, $with: ID, $filter: TimelineFilter, $order: SortDirection,
                       $first: Int, $after: String, $last: Int, $before: String) {
  timeline(institutionIds: $ids, bodiesOf: $bodiesOf, sharedWith: $with, filter: $filter, order: $order,
           first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { __typename kind date endDate precision sortDate title status
      record { id } } }
  }
}`;

type Item = { __typename: string; kind: string; date: string | null; precision: string | null; sortDate: string | null; title: string; record: { id: string } };
type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }; edges: { cursor: string; node: Item }[] };

async function timeline(variables: Record<string, unknown>, headers?: Record<string, string>): Promise<Page> {
  const res = await t.post({ query: QUERY, variables: { first: 100, ...variables } }, headers);
  expect(res.json.errors).toBeUndefined();
  return res.json.data.timeline;
}

const titles = (page: Page) => page.edges.map((e) => e.node.title);

async function errorOf(variables: Record<string, unknown>): Promise<{ code: string; argument?: string; message: string }> {
  const res = await t.post({ query: QUERY, variables });
  expect(res.json.data).toBeNull();
  return { ...res.json.errors[0].extensions, message: res.json.errors[0].message };
}

const A_TIMELINE = [
  'Alpha Ombudsman joins Beta Network',
  'Spring Assembly',
  'Climate Forum',
  'Forum Declaration',
  'Closed Meeting',
  'Signature: Secret MoU',
  'Signature: Alpha–Gamma MoU',
  'Gamma delegation visit',
  'Entry into force: Alpha–Gamma MoU',
  'Report back',
  'Alpha Ombudsman leaves Beta Network',
  'Tie event',
  'Tie event',
  'Tie event',
  'Planned Summit',
  'Undated Meeting',
];
const CONFIDENTIAL = ['Closed Meeting', 'Signature: Secret MoU'];

describe('timeline of one institution', () => {
  it('mixes every kind in one chronological stream: partial dates by their first day, coarser first, then kind, then key; undated last', async () => {
    const page = await timeline({ ids: [gid(I.A)] });
    expect(titles(page).map((x) => x.replace(/ \d$/, ''))).toEqual(A_TIMELINE);
    expect(page.totalCount).toBe(A_TIMELINE.length);
    const nodes = page.edges.map((e) => e.node);
    const byTitle = Object.fromEntries(nodes.map((n) => [n.title, n]));
    expect(byTitle['Spring Assembly']).toMatchObject({ __typename: 'TimelineEvent', kind: 'EVENT', date: '2021-03', precision: 'MONTH', sortDate: '2021-03-01', status: 'HELD' });
    expect(byTitle['Gamma delegation visit']).toMatchObject({ __typename: 'TimelineVisit', kind: 'VISIT', date: '2022', precision: 'YEAR', sortDate: '2022-01-01' });
    expect(byTitle['Forum Declaration']).toMatchObject({ __typename: 'TimelineDocument', kind: 'DOCUMENT', precision: 'DAY' });
    expect(byTitle['Report back']).toMatchObject({ __typename: 'TimelineCommitment', kind: 'COMMITMENT', status: 'OPEN' });
    expect(byTitle['Signature: Alpha–Gamma MoU']).toMatchObject({ __typename: 'TimelineAgreementAction', kind: 'AGREEMENT_ACTION', date: '2021-12-01', status: 'IN_FORCE' });
    expect(byTitle['Alpha Ombudsman joins Beta Network']).toMatchObject({ __typename: 'TimelineRelationChange', kind: 'RELATION_START', date: '2020', status: 'ENDED' });
    expect(byTitle['Alpha Ombudsman leaves Beta Network']).toMatchObject({ kind: 'RELATION_END', date: '2023-06' });
    expect(byTitle['Undated Meeting']).toMatchObject({ date: null, precision: null, sortDate: null });
    // Ties on (day, precision, kind) are broken by the record key.
    const tieKeys = nodes.filter((n) => n.title.startsWith('Tie event')).map((n) => Buffer.from(n.record.id, 'base64url').toString().split(':')[1]);
    expect(tieKeys).toEqual(tieIds);
  });

  it('gives each item the institutions involved, its sources and the typed record', async () => {
    const res = await t.post({
      query: `query($ids: [ID!]) { timeline(institutionIds: $ids, filter: { from: "2021-03-15", to: "2022-01-10" }) { nodes {
        title institutions { name } sources { title }
        ... on TimelineEvent { event { title } participations { role institution { name } } }
        ... on TimelineDocument { document { adoptedAt { title } } parties { role } }
        ... on TimelineAgreementAction { actionKind agreement { title } action { date } }
        ... on TimelineVisit { visit { host { name } } scheduleStatus }
      } } }`,
      variables: { ids: [gid(I.A)] },
    });
    expect(res.json.errors).toBeUndefined();
    const byTitle = Object.fromEntries(res.json.data.timeline.nodes.map((n: { title: string }) => [n.title, n]));
    expect(byTitle['Climate Forum']).toEqual({
      title: 'Climate Forum',
      institutions: [{ name: 'Alpha Ombudsman' }, { name: 'Beta Network' }],
      sources: [{ title: 'Daily News' }, { title: 'Weekly Review' }],
      event: { title: 'Climate Forum' },
      // only the institution in focus
      participations: [{ role: 'ORGANISER', institution: { name: 'Alpha Ombudsman' } }],
    });
    expect(byTitle['Forum Declaration']).toMatchObject({ document: { adoptedAt: { title: 'Climate Forum' } }, parties: [{ role: 'ISSUER' }] });
    expect(byTitle['Signature: Alpha–Gamma MoU']).toMatchObject({
      actionKind: 'SIGNATURE',
      agreement: { title: 'Alpha–Gamma MoU' },
      action: { date: '2021-12-01' },
      institutions: [{ name: 'Alpha Ombudsman' }, { name: 'Gamma Commission' }],
      sources: [{ title: 'Weekly Review' }], // the agreement's citation
    });
    expect(byTitle['Gamma delegation visit']).toMatchObject({ visit: { host: { name: 'Alpha Ombudsman' } }, scheduleStatus: 'HELD' });
  });

  it('newest first with order: DESC, undated still last', async () => {
    const page = await timeline({ ids: [gid(I.A)], order: 'DESC' });
    const asc = titles(await timeline({ ids: [gid(I.A)] }));
    expect(titles(page)).toEqual([...asc.slice(0, -1).reverse(), 'Undated Meeting']);
  });

  it('filters by (partial) date range: an item matches when the days it covers overlap the range; undated items drop out', async () => {
    expect(titles(await timeline({ ids: [gid(I.A)], filter: { from: '2021-03', to: '2021-03' } }))).toEqual([
      'Spring Assembly',
      'Climate Forum',
      'Forum Declaration',
    ]);
    // "2022" (the visit) and "2022-06" (the commitment) both cover 2022-06-16.
    expect(titles(await timeline({ ids: [gid(I.A)], filter: { from: '2022-06-15', to: '2022-06-20' } }))).toEqual(['Gamma delegation visit', 'Report back']);
    const fromOnly = titles(await timeline({ ids: [gid(I.A)], filter: { from: '2024' } }));
    expect(fromOnly).toEqual(['Tie event 1', 'Tie event 2', 'Tie event 3', 'Planned Summit'].map((x) => (x.startsWith('Tie') ? expect.stringMatching(/^Tie event/) : x)));
    expect(titles(await timeline({ ids: [gid(I.A)], filter: { dated: false } }))).toEqual(['Undated Meeting']);
    expect((await timeline({ ids: [gid(I.A)], filter: { dated: true } })).totalCount).toBe(A_TIMELINE.length - 1);
  });

  it('filters by kind, topic, country and status', async () => {
    expect(titles(await timeline({ ids: [gid(I.A)], filter: { kind: ['AGREEMENT_ACTION', 'COMMITMENT'] } }))).toEqual([
      'Signature: Secret MoU',
      'Signature: Alpha–Gamma MoU',
      'Entry into force: Alpha–Gamma MoU',
      'Report back',
    ]);
    // Agreement actions count their agreement's topics.
    expect(titles(await timeline({ ids: [gid(I.A)], filter: { topicId: [gid(T.climate), gid(T.children)] } }))).toEqual([
      'Climate Forum',
      'Forum Declaration',
      'Signature: Alpha–Gamma MoU',
      'Entry into force: Alpha–Gamma MoU',
    ]);
    // Events and visits by their own country; the rest by the countries of the institutions involved.
    expect(titles(await timeline({ ids: [gid(I.A)], filter: { country: ['tr'] } }))).toEqual([
      'Spring Assembly',
      'Signature: Alpha–Gamma MoU',
      'Entry into force: Alpha–Gamma MoU',
    ]);
    // The future part: planned events and visits only.
    expect(titles(await timeline({ ids: [gid(I.A)], filter: { kind: ['EVENT', 'VISIT'], scheduleStatus: ['PLANNED', 'CONFIRMED'] } }))).toEqual([
      'Planned Summit',
    ]);
    expect(titles(await timeline({ ids: [gid(I.A), gid(I.B)], filter: { kind: ['COMMITMENT'], commitmentStatus: ['DONE'] } }))).toEqual(['Network plan']);
  });
});

describe('timelines of a pair and of a set', () => {
  it('a pair: only the shared history', async () => {
    expect(titles(await timeline({ ids: [gid(I.A)], with: gid(I.C) }))).toEqual([
      'Spring Assembly',
      'Signature: Alpha–Gamma MoU',
      'Gamma delegation visit',
      'Entry into force: Alpha–Gamma MoU',
    ]);
    expect(titles(await timeline({ ids: [gid(I.A)], with: gid(I.B) }))).toEqual([
      'Alpha Ombudsman joins Beta Network',
      'Climate Forum',
      'Forum Declaration',
      'Signature: Secret MoU',
      'Alpha Ombudsman leaves Beta Network',
    ]);
  });

  it('a set of institutions: what involves any of them, each item once', async () => {
    const both = await timeline({ ids: [gid(I.A), gid(I.B)] });
    expect(both.totalCount).toBe(A_TIMELINE.length + 1); // + the network's own commitment
    expect(titles(both)).toContain('Network plan');
    expect(titles(both).filter((x) => x === 'Climate Forum')).toHaveLength(1);
  });

  it('bodiesOf: an institution and every body under it, recursively', async () => {
    expect(titles(await timeline({ bodiesOf: gid(I.P) }))).toEqual(['Body Workshop', 'Body Session']);
    expect(titles(await timeline({ bodiesOf: gid(I.P1) }))).toEqual(['Body Workshop', 'Body Session']);
    expect(titles(await timeline({ bodiesOf: gid(I.P2) }))).toEqual(['Body Workshop']);
    expect(titles(await timeline({ ids: [gid(I.C)], bodiesOf: gid(I.P2) }))[0]).toBe('Spring Assembly');
  });

  it('an institution with no history has an empty timeline; no focus is the whole registry', async () => {
    const empty = await timeline({ ids: [gid(I.Lonely)] });
    expect(empty).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
    const all = await timeline({});
    expect(all.totalCount).toBe(A_TIMELINE.length + 3); // + the network's commitment and the two body events
  });
});

describe('counts', () => {
  it('per year and kind for the same filter, over all pages, in the same request', async () => {
    const res = await t.post({
      query: `query($ids: [ID!], $filter: TimelineFilter) { timeline(institutionIds: $ids, filter: $filter, first: 2) {
        totalCount edges { node { title } }
        counts { byYear { year kind count } byKind { year kind count } byYearAndKind { year kind count } } } }`,
      variables: { ids: [gid(I.A)], filter: { to: '2022' } },
    });
    expect(res.json.errors).toBeUndefined();
    const { totalCount, counts, edges } = res.json.data.timeline;
    expect(edges).toHaveLength(2);
    expect(totalCount).toBe(10);
    expect(counts.byYear).toEqual([
      { year: 2020, kind: null, count: 1 },
      { year: 2021, kind: null, count: 6 },
      { year: 2022, kind: null, count: 3 },
    ]);
    expect(counts.byKind).toEqual([
      { year: null, kind: 'RELATION_START', count: 1 },
      { year: null, kind: 'AGREEMENT_ACTION', count: 3 },
      { year: null, kind: 'EVENT', count: 3 },
      { year: null, kind: 'VISIT', count: 1 },
      { year: null, kind: 'DOCUMENT', count: 1 },
      { year: null, kind: 'COMMITMENT', count: 1 },
    ]);
    expect(counts.byYearAndKind.filter((c: { year: number }) => c.year === 2021)).toEqual([
      { year: 2021, kind: 'AGREEMENT_ACTION', count: 2 },
      { year: 2021, kind: 'EVENT', count: 3 },
      { year: 2021, kind: 'DOCUMENT', count: 1 },
    ]);
  });

  it('undated items are counted with year null', async () => {
    const res = await t.post({
      query: 'query($ids: [ID!]) { timeline(institutionIds: $ids, filter: { kind: [EVENT] }, first: 1) { counts { byYear { year count } } } }',
      variables: { ids: [gid(I.A)] },
    });
    expect(res.json.data.timeline.counts.byYear.at(-1)).toEqual({ year: null, count: 1 });
  });
});

describe('confidentiality', () => {
  it('viewers see no confidential record, in the stream or in the counts', async () => {
    const page = await timeline({ ids: [gid(I.A)] }, as(viewer));
    expect(titles(page).map((x) => x.replace(/ \d$/, ''))).toEqual(A_TIMELINE.filter((x) => !CONFIDENTIAL.includes(x)));
    expect(page.totalCount).toBe(A_TIMELINE.length - 2);
    const editor = await t.tokenFor('EDITOR');
    expect((await timeline({ ids: [gid(I.A)] }, as(editor))).totalCount).toBe(A_TIMELINE.length);
  });

  it('needs a signed-in user', async () => {
    const res = await t.post({ query: QUERY, variables: { ids: [gid(I.A)] } }, { authorization: '' });
    expect(res.status).toBe(401);
  });
});

describe('keyset pagination', () => {
  async function walkForward(variables: Record<string, unknown>, size: number): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const page: Page = await timeline({ ...variables, first: size, after });
      seen.push(...titles(page));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return seen;
  }

  async function walkBackward(variables: Record<string, unknown>, size: number): Promise<string[]> {
    const seen: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const page: Page = await timeline({ ...variables, first: undefined, last: size, before });
      seen.unshift(...titles(page));
      expect(page.pageInfo.hasNextPage).toBe(before !== null);
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    return seen;
  }

  it('pages forward and backward through exactly the same stream, in both orders', async () => {
    for (const order of ['ASC', 'DESC']) {
      const whole = titles(await timeline({ ids: [gid(I.A)], order }));
      for (const size of [1, 3, 5]) {
        expect(await walkForward({ ids: [gid(I.A)], order }, size)).toEqual(whole);
        expect(await walkBackward({ ids: [gid(I.A)], order }, size)).toEqual(whole);
      }
    }
  });

  it('edge cursors resume right after (or before) their item', async () => {
    const whole = await timeline({ ids: [gid(I.A)] });
    const fifth = whole.edges[4]!.cursor;
    expect(titles(await timeline({ ids: [gid(I.A)], first: 2, after: fifth }))).toEqual(titles(whole).slice(5, 7));
    expect(titles(await timeline({ ids: [gid(I.A)], first: undefined, last: 2, before: fifth }))).toEqual(titles(whole).slice(2, 4));
    expect(titles(await timeline({ ids: [gid(I.A)], first: 100, after: whole.edges[0]!.cursor, before: fifth }))).toEqual(titles(whole).slice(1, 4));
  });

  it('stays stable when items are added between pages: no repeats, no gaps, new later items appear', async () => {
    const em = t.db.orm.em.fork();
    const b = builders(em);
    const X = b.institution('Paging Office', InstitutionKind.OTHER, 'AM');
    for (const [title, date] of [
      ['P-2001', '2001'],
      ['P-2002', '2002'],
      ['P-2003', '2003'],
      ['P-2004', '2004'],
      ['P-2005', '2005'],
    ] as const) {
      b.event(title, date, [[X]]);
    }
    await em.flush();
    const first = await timeline({ ids: [gid(X)], first: 2 });
    expect(titles(first)).toEqual(['P-2001', 'P-2002']);

    // Inserted before the cursor (must not appear), on the cursor's own day (sorts by key), and after it.
    b.event('P-2000 new', '2000', [[X]]);
    b.event('P-2002 same day', '2002', [[X]]);
    b.event('P-2004 new', '2004-06', [[X]]);
    await em.flush();
    const rest = await timeline({ ids: [gid(X)], first: 100, after: first.pageInfo.endCursor });
    const expectedRest = ['P-2003', 'P-2004', 'P-2004 new', 'P-2005'];
    const sameDay = titles(rest).includes('P-2002 same day');
    // The same-day item comes after P-2002 exactly when its key is greater; either way nothing repeats.
    expect(titles(rest).filter((x) => x !== 'P-2002 same day')).toEqual(expectedRest);
    expect(titles(rest)).not.toContain('P-2000 new');
    expect(titles(rest)).not.toContain('P-2002');
    const all = titles(await timeline({ ids: [gid(X)] }));
    expect(all.indexOf('P-2002 same day') > all.indexOf('P-2002')).toBe(sameDay);

    // Backward: a page read before an insert, then the page before it.
    const last = await timeline({ ids: [gid(X)], first: undefined, last: 2 });
    expect(titles(last)).toEqual(['P-2004 new', 'P-2005']);
    b.event('P-2004 later', '2004-09', [[X]]);
    b.event('P-1999 new', '1999', [[X]]);
    await em.flush();
    const earlier = await timeline({ ids: [gid(X)], first: undefined, last: 3, before: last.pageInfo.startCursor });
    expect(titles(earlier)).toEqual(all.slice(all.indexOf('P-2004 new') - 3, all.indexOf('P-2004 new')));
    expect(earlier.pageInfo.hasPreviousPage).toBe(true);
  });
});

describe('argument errors', () => {
  it('refuses page sizes outside 1..100, foreign or malformed cursors, and both first and last', async () => {
    expect(await errorOf({ ids: [gid(I.A)], first: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(await errorOf({ ids: [gid(I.A)], first: 101 })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(await errorOf({ ids: [gid(I.A)], last: 101 })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
    expect(await errorOf({ ids: [gid(I.A)], first: 5, last: 5 })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
    expect(await errorOf({ ids: [gid(I.A)], after: 'nonsense' })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const desc = await timeline({ ids: [gid(I.A)], order: 'DESC', first: 1 });
    expect(await errorOf({ ids: [gid(I.A)], after: desc.pageInfo.endCursor })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const institutions = await t.post({ query: '{ institutions(first: 1) { pageInfo { endCursor } } }' });
    expect(await errorOf({ ids: [gid(I.A)], before: institutions.json.data.institutions.pageInfo.endCursor })).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'before',
    });
  });

  it('refuses bad IDs, unknown institutions, reversed ranges and unknown countries', async () => {
    expect(await errorOf({ ids: ['nope'] })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'institutionIds' });
    expect(await errorOf({ ids: [gid(T.climate)] })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'institutionIds' });
    const ghost = gid({ id: '00000000-0000-4000-8000-000000000000', constructor: { name: 'Institution' } });
    expect(await errorOf({ ids: [ghost] })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf({ bodiesOf: ghost })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf({ ids: [gid(I.A)], with: ghost })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf({ ids: [gid(I.A)], filter: { from: '2022', to: '2021-12' } })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.to' });
    expect(await errorOf({ ids: [gid(I.A)], filter: { country: ['XX'] } })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.country' });
    expect(await errorOf({ ids: [gid(I.A)], filter: { topicId: [gid(I.A)] } })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.topicId' });
    const tooMany = Array.from({ length: 101 }, () => gid(I.A));
    expect(await errorOf({ ids: tooMany })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'institutionIds' });
  });
});

describe('SQL statements', () => {
  const FULL = `query($ids: [ID!], $first: Int) { timeline(institutionIds: $ids, first: $first) {
    totalCount counts { byYearAndKind { year kind count } }
    pageInfo { endCursor }
    edges { cursor node {
      __typename kind date title status institutions { name country } sources { title } record { id }
      ... on TimelineEvent { event { title country } participations { role institution { name } } }
      ... on TimelineVisit { visit { title } }
      ... on TimelineDocument { document { title } parties { role } }
      ... on TimelineAgreementAction { agreement { title } action { kind } }
      ... on TimelineRelationChange { relation { kind } }
      ... on TimelineCommitment { commitment { title } }
    } }
  } }`;

  it('are the same for a page of 10 and a page of 100 items of every kind, with their institutions and sources', async () => {
    const em = t.db.orm.em.fork();
    const b = builders(em);
    const bulk = b.institution('Bulk Office', InstitutionKind.OMBUDSMAN, 'AZ');
    const other = b.institution('Bulk Partner', InstitutionKind.NHRI, 'TR');
    const source = b.source('Bulk Source');
    const day = (i: number) => new Date(Date.UTC(2010, 0, 1 + i)).toISOString().slice(0, 10);
    for (let i = 0; i < 120; i++) {
      const title = `Bulk ${i}`;
      let record: { id: string; constructor: { name: string } };
      switch (i % 6) {
        case 0:
          record = b.event(title, day(i), [[bulk, ParticipationRole.ORGANISER], [other]]);
          break;
        case 1:
          record = b.document(title, day(i), [[bulk, DocumentRole.ISSUER], [other, DocumentRole.ADDRESSED_TO]]);
          break;
        case 2:
          record = b.visit(title, other, bulk, day(i));
          break;
        case 3:
          record = b.agreement(title, [bulk, other], [[AgreementActionKind.SIGNATURE, day(i), bulk]]).agreement;
          break;
        case 4:
          record = b.commitment(title, bulk, day(i));
          break;
        default:
          record = b.relation(bulk, RelationKind.PARTNER_OF, other, day(i));
      }
      b.cite(source, record);
    }
    await em.flush();
    const run = async (first: number) => {
      const res = await t.post({ query: FULL, variables: { ids: [gid(bulk)], first } });
      expect(res.json.errors).toBeUndefined();
      const edges = res.json.data.timeline.edges as { node: { kind: string; institutions: unknown[]; sources: unknown[] } }[];
      expect(edges).toHaveLength(first);
      expect(new Set(edges.map((e) => e.node.kind)).size).toBe(6);
      for (const e of edges) {
        expect(e.node.institutions).toHaveLength(e.node.kind === 'COMMITMENT' ? 1 : 2);
        expect(e.node.sources).toEqual([{ title: 'Bulk Source' }]);
      }
      return res.json.extensions.sqlStatements as number;
    };
    const ten = await run(10);
    const hundred = await run(100);
    console.log(`timeline SQL statements: ${ten} for 10 items, ${hundred} for 100 items (6 kinds, institutions, sources, counts)`);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(20);
  });
});
