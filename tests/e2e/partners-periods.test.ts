// Issue 16, part 2: partnersAsOf over a partial date ("2023" = at any time during 2023, said in the
// answer), and relations whose period is unknown (no dates) included only flagged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Institution } from '../../server/records/institution/institution.entity.js';
import { cliRunner } from '../harness/cli.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { builders, gid, InstitutionKind, RelationKind } from './timeline.fixtures.js';

let t: TestServer;
const I: Record<string, Institution> = {};

beforeAll(async () => {
  t = await startTestServer();
  const em = t.db.orm.em.fork();
  const b = builders(em);
  I.X = b.institution('Period Focus Office');
  I.N = b.institution('Period Network', InstitutionKind.NETWORK);
  I.Z = b.institution('Period Undated Partner', InstitutionKind.NGO);
  I.Q = b.institution('Period Quartz', InstitutionKind.ACADEMIC);
  I.W = b.institution('Period Mid-year Partner', InstitutionKind.NGO);
  b.relation(I.X, RelationKind.MEMBER_OF, I.N, '2019', '2021-06');
  b.relation(I.X, RelationKind.COOPERATES_WITH, I.Z, null);
  b.agreement('P1 with Quartz', [I.X, I.Q], [], { effectiveFrom: '2020-01-01', expiresOn: '2024-12-31' });
  b.agreement('P2 from mid-2023', [I.X, I.W], [], { effectiveFrom: '2023-07-01' });
  await em.flush();
});
afterAll(() => t?.close());

const AS_OF = `query($id: ID!, $date: LocalDate, $during: PartialDate) { partnersAsOf(institutionId: $id, date: $date, during: $during) {
  date period from to meaning
  agreements { title } relations { kind periodUnknown } undatedRelations { kind }
  partners { institution { name } periodUnknown }
} }`;

async function asOf(variables: { date?: string; during?: string }) {
  const res = await t.post({ query: AS_OF, variables: { id: gid(I.X), ...variables } });
  expect(res.json.errors).toBeUndefined();
  return res.json.data.partnersAsOf;
}
const names = (p: { partners: { institution: { name: string } }[] }) => p.partners.map((x) => x.institution.name);

describe('partnersAsOf over a period', () => {
  it('takes a partial date: what held at any time during it, and says so', async () => {
    const year = await asOf({ during: '2023' });
    expect(year).toMatchObject({ period: '2023', from: '2023-01-01', to: '2023-12-31', meaning: 'at any time during 2023 (2023-01-01 – 2023-12-31)' });
    expect(year.agreements.map((a: { title: string }) => a.title)).toEqual(['P1 with Quartz', 'P2 from mid-2023']);
    const day = await asOf({ date: '2023-03-01' });
    expect(day).toMatchObject({ period: '2023-03-01', meaning: 'on 2023-03-01' });
    expect(day.agreements.map((a: { title: string }) => a.title)).toEqual(['P1 with Quartz']);

    expect(names(await asOf({ during: '2021' }))).toContain('Period Network');
    expect(names(await asOf({ date: '2021-12-01' }))).not.toContain('Period Network');
    expect(names(await asOf({ during: '2021-06' }))).toContain('Period Network');
  });

  it('includes a relation of unknown period only flagged as such', async () => {
    const today = await asOf({});
    expect(today.undatedRelations).toEqual([{ kind: 'COOPERATES_WITH' }]);
    expect(today.relations).toContainEqual({ kind: 'COOPERATES_WITH', periodUnknown: true });
    expect(today.partners).toContainEqual({ institution: { name: 'Period Undated Partner' }, periodUnknown: true });
    expect(today.partners).toContainEqual({ institution: { name: 'Period Mid-year Partner' }, periodUnknown: false });
  });

  it('refuses both a day and a period', async () => {
    const res = await t.post({ query: AS_OF, variables: { id: gid(I.X), date: '2023-01-01', during: '2023' } });
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'during' });
  });

  it('`accord partners --as-of 2023` says what the answer covers and flags unknown periods', async () => {
    const cli = cliRunner(() => ({ url: t.url, token: t.adminToken }));
    const r = await cli(['partners', 'Period Focus Office', '--as-of', '2023']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Period Focus Office at any time during 2023 (2023-01-01 – 2023-12-31)');
    expect(r.stdout).toMatch(/Period Undated Partner \(period unknown\)/);
  });
});
