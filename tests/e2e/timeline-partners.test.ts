// Point in time: partnersAsOf(institution, date) and partnerChanges(from, to) on hand-built
// relations and agreements (partial dates, suspension and resumption, termination, withdrawal,
// drafts, confidential agreements, statuses that changed without a dated record).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Institution } from '../../server/records/institution/institution.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { AgreementActionKind, AgreementStatus, builders, gid, InstitutionKind, RelationKind } from './timeline.fixtures.js';

let t: TestServer;
let viewer: string;
const I: Record<string, Institution> = {};

beforeAll(async () => {
  t = await startTestServer();
  viewer = await t.tokenFor('VIEWER');
  const em = t.db.orm.em.fork();
  const b = builders(em);
  for (const [key, name, kind] of [
    ['X', 'Focus Office', InstitutionKind.OMBUDSMAN],
    ['N1', 'Old Network', InstitutionKind.NETWORK],
    ['N2', 'New Network', InstitutionKind.NETWORK],
    ['Y', 'Young Member', InstitutionKind.OMBUDSMAN],
    ['Z', 'Zeta Partner', InstitutionKind.NGO],
    ['W', 'Future Partner', InstitutionKind.NGO],
    ['Q', 'Quartz Institute', InstitutionKind.ACADEMIC],
    ['R', 'Rho Office', InstitutionKind.OMBUDSMAN],
    ['S', 'Sigma Office', InstitutionKind.OMBUDSMAN],
    ['U', 'Upsilon Office', InstitutionKind.OMBUDSMAN],
    ['V', 'Vega Office', InstitutionKind.OMBUDSMAN],
    ['T', 'Tau Office', InstitutionKind.OMBUDSMAN],
  ] as const) {
    I[key] = b.institution(name, kind);
  }
  b.relation(I.X, RelationKind.MEMBER_OF, I.N1, '2019', '2021-06');
  b.relation(I.X, RelationKind.MEMBER_OF, I.N2, '2021-03');
  b.relation(I.Y, RelationKind.MEMBER_OF, I.X, '2020-05-10');
  b.relation(I.X, RelationKind.COOPERATES_WITH, I.Z, null);
  b.relation(I.X, RelationKind.PARTNER_OF, I.W, '2030');
  b.agreement('G1 with Quartz', [I.X, I.Q], [], { effectiveFrom: '2020-01-01', expiresOn: '2024-12-31' });
  b.agreement(
    'G2 with Rho',
    [I.X, I.R],
    [
      [AgreementActionKind.ENTRY_INTO_FORCE, '2021-02-01'],
      [AgreementActionKind.SUSPENSION, '2022-03-01'],
      [AgreementActionKind.RESUMPTION, '2022-09-01'],
    ],
  );
  b.agreement('G3 with Sigma', [I.X, I.S], [[AgreementActionKind.TERMINATION, '2022-12-31']], { effectiveFrom: '2020-01-01', status: AgreementStatus.TERMINATED });
  b.agreement('G4 with Upsilon', [I.X, I.U], [[AgreementActionKind.WITHDRAWAL, '2021-12-01', I.X]], { effectiveFrom: '2020-01-01' });
  b.agreement('G5 draft with Vega', [I.X, I.V], [], { effectiveFrom: '2020-01-01', status: AgreementStatus.DRAFT });
  b.agreement('G6 secret with Quartz', [I.X, I.Q], [], { effectiveFrom: '2020-01-01', confidential: true });
  b.agreement('G7 with Tau', [I.X, I.T], [], { effectiveFrom: '2020-01-01', status: AgreementStatus.TERMINATED });
  await em.flush();
});
afterAll(() => t?.close());

const AS_OF = `query($id: ID!, $date: LocalDate) { partnersAsOf(institutionId: $id, date: $date) {
  date institution { name }
  relations { kind object { name } }
  memberships { object { name } }
  members { subject { ... on Institution { name } } }
  agreements { title }
  partners { institution { name } relations { kind } agreements { title } }
} }`;

async function asOf(date: string | null, headers?: Record<string, string>) {
  const res = await t.post({ query: AS_OF, variables: { id: gid(I.X), date } }, headers);
  expect(res.json.errors).toBeUndefined();
  return res.json.data.partnersAsOf;
}

const names = (rows: { name: string }[]) => rows.map((r) => r.name);
const agreementTitles = (rows: { title: string }[]) => rows.map((r) => r.title);

describe('partnersAsOf', () => {
  it('lists the relations, memberships, members, agreements in force and partners on a day', async () => {
    const snapshot = await asOf('2022-06-01');
    expect(snapshot.date).toBe('2022-06-01');
    expect(snapshot.relations.map((r: { object: { name: string } }) => r.object.name).sort()).toEqual(['Focus Office', 'New Network', 'Zeta Partner']);
    expect(snapshot.memberships).toEqual([{ object: { name: 'New Network' } }]);
    expect(snapshot.members).toEqual([{ subject: { name: 'Young Member' } }]);
    // G2 is suspended on that day, G4 was withdrawn from, G5 is a draft; G7 ended without a date, so it still counts in the past.
    expect(agreementTitles(snapshot.agreements)).toEqual(['G1 with Quartz', 'G3 with Sigma', 'G6 secret with Quartz', 'G7 with Tau']);
    expect(snapshot.partners.map((p: { institution: { name: string } }) => p.institution.name)).toEqual([
      'New Network',
      'Quartz Institute',
      'Sigma Office',
      'Tau Office',
      'Young Member',
      'Zeta Partner',
    ]);
    expect(snapshot.partners[1]).toEqual({
      institution: { name: 'Quartz Institute' },
      relations: [],
      agreements: [{ title: 'G1 with Quartz' }, { title: 'G6 secret with Quartz' }],
    });
  });

  it('counts partial dates by the days they cover', async () => {
    // "2021-06" (end of the old membership) covers 2021-06-15; "2021-03" (start of the new one) has begun.
    const june = await asOf('2021-06-15');
    expect(june.memberships.map((m: { object: { name: string } }) => m.object.name).sort()).toEqual(['New Network', 'Old Network']);
    expect(agreementTitles(june.agreements)).toEqual(['G1 with Quartz', 'G2 with Rho', 'G3 with Sigma', 'G4 with Upsilon', 'G6 secret with Quartz', 'G7 with Tau']);
    const july = await asOf('2021-07-01');
    expect(july.memberships).toEqual([{ object: { name: 'New Network' } }]);
    // Before it started: "2019" covers 2019-01-01 … so 2018-12-31 is before it.
    expect((await asOf('2018-12-31')).memberships).toEqual([]);
    expect((await asOf('2019-01-01')).memberships).toEqual([{ object: { name: 'Old Network' } }]);
  });

  it('follows the action ledger and expiry, and the current status for today', async () => {
    expect(agreementTitles((await asOf('2022-10-01')).agreements)).toContain('G2 with Rho'); // resumed
    expect(agreementTitles((await asOf('2023-06-01')).agreements)).toEqual(['G1 with Quartz', 'G2 with Rho', 'G6 secret with Quartz', 'G7 with Tau']);
    expect(agreementTitles((await asOf('2025-01-01')).agreements)).not.toContain('G1 with Quartz'); // expired 2024-12-31
    const today = await asOf(null);
    expect(today.date).toBe(new Date().toISOString().slice(0, 10));
    // G7 is TERMINATED: whatever its dates say, it is not in force today.
    expect(agreementTitles(today.agreements)).toEqual(['G2 with Rho', 'G6 secret with Quartz']);
  });

  it('hides confidential agreements from viewers', async () => {
    const snapshot = await asOf('2022-06-01', { authorization: `Bearer ${viewer}` });
    expect(agreementTitles(snapshot.agreements)).toEqual(['G1 with Quartz', 'G3 with Sigma', 'G7 with Tau']);
    expect(snapshot.partners.find((p: { institution: { name: string } }) => p.institution.name === 'Quartz Institute').agreements).toEqual([
      { title: 'G1 with Quartz' },
    ]);
  });

  it('refuses unknown institutions and bad dates', async () => {
    const ghost = gid({ id: '00000000-0000-4000-8000-000000000000', constructor: { name: 'Institution' } });
    const missing = await t.post({ query: AS_OF, variables: { id: ghost } });
    expect(missing.json.errors[0].extensions.code).toBe('NOT_FOUND');
    const bad = await t.post({ query: AS_OF, variables: { id: gid(I.X), date: '2022-13-01' } });
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('takes a constant number of SQL statements', async () => {
    const res = await t.post({ query: AS_OF, variables: { id: gid(I.X), date: '2022-06-01' } });
    console.log(`partnersAsOf SQL statements: ${res.json.extensions.sqlStatements}`);
    expect(res.json.extensions.sqlStatements).toBeLessThanOrEqual(8);
  });
});

describe('partnerChanges', () => {
  const CHANGES = `query($id: ID!, $from: LocalDate!, $to: LocalDate!) { partnerChanges(institutionId: $id, from: $from, to: $to) {
    from to relationsStarted { object { name } } relationsEnded { object { name } }
    agreementsEntered { title } agreementsLeft { title } partnersGained { name } partnersLost { name }
  } }`;

  async function changes(from: string, to: string) {
    const res = await t.post({ query: CHANGES, variables: { id: gid(I.X), from, to } });
    expect(res.json.errors).toBeUndefined();
    return res.json.data.partnerChanges;
  }

  it('is the difference between the two days', async () => {
    const c = await changes('2021-06-15', '2022-06-01');
    expect(c.relationsEnded).toEqual([{ object: { name: 'Old Network' } }]);
    expect(c.relationsStarted).toEqual([]);
    expect(agreementTitles(c.agreementsLeft)).toEqual(['G2 with Rho', 'G4 with Upsilon']);
    expect(c.agreementsEntered).toEqual([]);
    expect(names(c.partnersLost)).toEqual(['Old Network', 'Rho Office', 'Upsilon Office']);
    expect(c.partnersGained).toEqual([]);

    const later = await changes('2022-06-01', '2023-06-01');
    expect(agreementTitles(later.agreementsEntered)).toEqual(['G2 with Rho']);
    expect(agreementTitles(later.agreementsLeft)).toEqual(['G3 with Sigma']);
    expect(names(later.partnersGained)).toEqual(['Rho Office']);
    expect(names(later.partnersLost)).toEqual(['Sigma Office']);

    const start = await changes('2018-01-01', '2020-06-01');
    expect(start.relationsStarted.map((r: { object: { name: string } }) => r.object.name).sort()).toEqual(['Focus Office', 'Old Network']);
  });

  it('refuses a range that ends before it starts', async () => {
    const res = await t.post({ query: CHANGES, variables: { id: gid(I.X), from: '2023-01-01', to: '2022-01-01' } });
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
  });
});
