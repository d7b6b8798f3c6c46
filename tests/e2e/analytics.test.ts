// `stats`: counts of records grouped the way the caller asks, on small hand-built data (and a
// look at the seed data).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Institution } from '../../server/records/institution/institution.entity.js';
import type { Topic } from '../../server/records/topic/topic.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { builders, DocumentRole, gid, InstitutionKind, ParticipationRole, RelationKind, ScheduleStatus } from './timeline.fixtures.js';

let t: TestServer;
let viewer: string;
const I: Record<string, Institution> = {};
const T: Record<string, Topic> = {};

beforeAll(async () => {
  t = await startTestServer();
  viewer = await t.tokenFor('VIEWER');
  const em = t.db.orm.em.fork();
  const b = builders(em);
  I.A = b.institution('Alpha Ombudsman', InstitutionKind.OMBUDSMAN, 'AZ');
  I.B = b.institution('Beta Network', InstitutionKind.NETWORK);
  I.C = b.institution('Gamma Commission', InstitutionKind.NHRI, 'TR');
  T.climate = b.topic('Climate');
  T.children = b.topic('Children');
  const e1 = b.event('E1', '2021-03-15', [[I.A, ParticipationRole.ORGANISER], [I.B]], { country: 'AZ' });
  b.tag(T.climate, e1);
  b.tag(T.children, e1);
  b.tag(T.climate, b.event('E2', '2021-11', [[I.C]], { country: 'TR' }));
  b.event('E3', '2022', [[I.C]], { status: ScheduleStatus.PLANNED });
  b.event('E4', null, [[I.A]], { country: 'AZ' });
  b.event('E5', '2021-06-01', [[I.A]], { country: 'AZ', confidential: true });
  b.visit('V1', I.C, I.A, '2022-05', { country: 'AZ' });
  b.tag(T.climate, b.document('D1', '2021-03-15', [[I.A, DocumentRole.ISSUER]]));
  b.agreement('G1', [I.A, I.C], [], { effectiveFrom: '2022-01-10' });
  b.commitment('K1', I.A, '2023');
  b.relation(I.A, RelationKind.MEMBER_OF, I.B, '2020');
  await em.flush();
});
afterAll(() => t?.close());

const QUERY = `query($groupBy: [StatsDimension!]!, $types: [StatsRecordType!], $filter: StatsFilter) {
  stats(groupBy: $groupBy, types: $types, filter: $filter) {
    groupBy total truncated
    groups { type year country kind status topic { name } institutionKind institution { name } count }
  }
}`;

type Group = Record<string, unknown> & { count: number };

async function stats(variables: Record<string, unknown>, headers?: Record<string, string>) {
  const res = await t.post({ query: QUERY, variables }, headers);
  expect(res.json.errors).toBeUndefined();
  return { ...(res.json.data.stats as { total: number; groups: Group[]; truncated: boolean }), sql: res.json.extensions.sqlStatements as number };
}

/** The groups as [value of each asked dimension…, count]. */
function rows(groups: Group[], keys: string[]): unknown[][] {
  return groups.map((g) => [
    ...keys.map((k) => {
      const v = g[k];
      return v && typeof v === 'object' ? (v as { name: string }).name : v;
    }),
    g.count,
  ]);
}

describe('stats', () => {
  it('counts every record type by type and by year (undated last), in one SQL statement', async () => {
    const byType = await stats({ groupBy: ['TYPE'] });
    expect(byType.total).toBe(10);
    expect(rows(byType.groups, ['type'])).toEqual([
      ['AGREEMENT', 1],
      ['COMMITMENT', 1],
      ['DOCUMENT', 1],
      ['EVENT', 5],
      ['RELATION', 1],
      ['VISIT', 1],
    ]);
    expect(byType.sql).toBe(1);
    const byYear = await stats({ groupBy: ['YEAR'] });
    expect(rows(byYear.groups, ['year'])).toEqual([
      [2020, 1],
      [2021, 4],
      [2022, 3],
      [2023, 1],
      [null, 1],
    ]);
  });

  it('groups by several dimensions in the order asked, for the chosen types', async () => {
    const r = await stats({ groupBy: ['TYPE', 'YEAR'], types: ['EVENT', 'VISIT'] });
    expect(rows(r.groups, ['type', 'year'])).toEqual([
      ['EVENT', 2021, 3],
      ['EVENT', 2022, 1],
      ['EVENT', null, 1],
      ['VISIT', 2022, 1],
    ]);
    expect(r.total).toBe(6);
    const status = await stats({ groupBy: ['STATUS', 'KIND'], types: ['EVENT'] });
    expect(rows(status.groups, ['status', 'kind'])).toEqual([
      ['HELD', 'FORUM', 4],
      ['PLANNED', 'FORUM', 1],
    ]);
  });

  it('counts a record in every group it belongs to (topics, countries, institutions), and once in the total', async () => {
    const topics = await stats({ groupBy: ['TOPIC'] });
    expect(rows(topics.groups, ['topic'])).toEqual([
      ['Children', 1],
      ['Climate', 3],
      [null, 7],
    ]);
    expect(topics.total).toBe(10);
    // Events and visits by their place; other records by the countries of the institutions involved (E3 has no place: its participant is Turkish).
    const countries = await stats({ groupBy: ['COUNTRY'] });
    expect(rows(countries.groups, ['country'])).toEqual([
      ['AZ', 8],
      ['TR', 3],
    ]);
    const institutions = await stats({ groupBy: ['INSTITUTION'] });
    expect(rows(institutions.groups, ['institution'])).toEqual([
      ['Alpha Ombudsman', 8],
      ['Beta Network', 2],
      ['Gamma Commission', 4],
    ]);
    const kinds = await stats({ groupBy: ['INSTITUTION_KIND'], types: ['EVENT'] });
    expect(rows(kinds.groups, ['institutionKind'])).toEqual([
      ['NETWORK', 1],
      ['NHRI', 2],
      ['OMBUDSMAN', 3],
    ]);
    expect(institutions.sql).toBeLessThanOrEqual(2); // + one batched load of the institutions
  });

  it('filters by date range, institution, topic and country', async () => {
    expect((await stats({ groupBy: [], filter: { from: '2021', to: '2021' } })).total).toBe(4);
    expect((await stats({ groupBy: [], filter: { institutionId: [gid(I.C)] } })).total).toBe(4);
    expect((await stats({ groupBy: [], filter: { topicId: [gid(T.climate)] } })).total).toBe(3);
    expect((await stats({ groupBy: [], filter: { country: ['tr'] } })).total).toBe(3);
    const none = await stats({ groupBy: ['YEAR'], filter: { from: '1990', to: '1990' } });
    expect(none).toMatchObject({ total: 0, groups: [], truncated: false });
  });

  it('leaves confidential records out for viewers', async () => {
    const r = await stats({ groupBy: ['YEAR'], types: ['EVENT'] }, { authorization: `Bearer ${viewer}` });
    expect(r.total).toBe(4);
    expect(rows(r.groups, ['year'])[0]).toEqual([2021, 2]);
  });

  it('refuses bad filters', async () => {
    for (const [filter, argument] of [
      [{ from: '2022', to: '2021' }, 'filter.to'],
      [{ country: ['XX'] }, 'filter.country'],
      [{ institutionId: [gid(T.climate)] }, 'filter.institutionId'],
      [{ topicId: ['nope'] }, 'filter.topicId'],
    ] as const) {
      const res = await t.post({ query: QUERY, variables: { groupBy: ['YEAR'], filter } });
      expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});

describe('stats on the seed data', () => {
  it('events, visits, agreements and documents by year', async () => {
    const seeded = await startTestServer({ seed: true });
    try {
      const res = await seeded.post({ query: QUERY, variables: { groupBy: ['YEAR', 'TYPE'], types: ['EVENT', 'VISIT', 'AGREEMENT', 'DOCUMENT'] } });
      expect(res.json.errors).toBeUndefined();
      const groups = res.json.data.stats.groups as Group[];
      // 2024: the forum, the OIC events, the Children's Rights Month, the schools and the 31 repatriates.
      expect(groups.find((g) => g.year === 2024 && g.type === 'EVENT')?.count).toBe(5);
      // 2025: the board meeting, the general assembly, the media interviews, the Year of the Constitution, the symposium.
      expect(groups.find((g) => g.year === 2025 && g.type === 'EVENT')?.count).toBe(5);
      expect(groups.find((g) => g.year === 2024 && g.type === 'DOCUMENT')?.count).toBe(1); // the Baku Declaration
    } finally {
      await seeded.close();
    }
  });
});
