// Issue 16, part 3: renewing an MoU. Status changes follow the ledger's dates: a renewal cannot enter
// into force before its effective date (nor any status change be dated after today), and "as of"
// answers read the ledger (the RENEWAL entry ends the old agreement on its date, not before).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../server/kernel/partial-date.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
const inst = { a: '', b: '' };

const plusDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestServer();
  inst.a = (await t.client.createInstitution({ name: 'Renewal Office A', kind: 'OMBUDSMAN', country: 'AZ' })).id;
  inst.b = (await t.client.createInstitution({ name: 'Renewal Office B', kind: 'OMBUDSMAN', country: 'GE' })).id;
});
afterAll(() => t?.close());

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await t.post({ query, variables });
  expect(res.json.errors).toBeUndefined();
  return res.json.data;
}

const CREATE = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id status } userErrors { field code message } } }`;
const MOVE = `mutation($input: ChangeAgreementStatusInput!) { changeAgreementStatus(input: $input) {
  agreement { id status renews { id status } actions { kind date } } userErrors { field code message } } }`;
const AS_OF = `query($id: ID!, $date: LocalDate) { partnersAsOf(institutionId: $id, date: $date) { agreements { title } } }`;

async function signed(title: string, extra: Record<string, unknown>) {
  const parties = [
    { institutionId: inst.a, signedOn: '2023-01-10' },
    { institutionId: inst.b, signedOn: '2023-01-12' },
  ];
  const { createAgreement } = await gql(CREATE, { input: { title, kind: 'MEMORANDUM_OF_UNDERSTANDING', parties, ...extra } });
  expect(createAgreement.userErrors).toEqual([]);
  const id = createAgreement.agreement.id as string;
  expect((await gql(MOVE, { input: { id, status: 'SIGNED' } })).changeAgreementStatus.userErrors).toEqual([]);
  return id;
}
const move = async (input: Record<string, unknown>) => (await gql(MOVE, { input })).changeAgreementStatus;
const inForceOn = async (date: string | null) => (await gql(AS_OF, { id: inst.a, date })).partnersAsOf.agreements.map((a: { title: string }) => a.title);

describe('renewing an agreement follows the ledger dates', () => {
  it('refuses entry into force before the effective date; the old MoU stays in force until then', async () => {
    const effective = plusDays(90);
    const old = await signed('MoU 2023', { effectiveFrom: '2023-03-01', expiresOn: effective });
    expect((await move({ id: old, status: 'IN_FORCE' })).userErrors).toEqual([]);
    const renewal = await signed('MoU renewal', { effectiveFrom: effective, renewsId: old });

    const early = await move({ id: renewal, status: 'IN_FORCE' });
    expect(early.agreement).toBeNull();
    expect(early.userErrors).toEqual([
      expect.objectContaining({
        field: ['input', 'status'],
        code: 'INVALID_TRANSITION',
        message: expect.stringContaining(`before its effective date (${effective})`),
      }),
    ]);
    // A status change dated after today is refused too (the ledger would record what has not happened).
    const future = await move({ id: old, status: 'TERMINATED', date: plusDays(10) });
    expect(future.userErrors).toEqual([expect.objectContaining({ field: ['input', 'date'], code: 'INVALID_VALUE', message: expect.stringContaining(`after today (${todayIso()})`) })]);

    const { agreement } = await gql(`query($id: ID!) { agreement(id: $id) { status actions { kind } } }`, { id: old });
    expect(agreement).toEqual({ status: 'IN_FORCE', actions: [{ kind: 'SIGNATURE' }, { kind: 'SIGNATURE' }, { kind: 'ENTRY_INTO_FORCE' }] });
    expect(await inForceOn(null)).toEqual(['MoU 2023']);
    expect(await inForceOn(plusDays(45))).toEqual(['MoU 2023']);
  });

  it('answers "as of" from the ledger: the old agreement ends on the RENEWAL date, not before', async () => {
    const old = await signed('Protocol 2020', { effectiveFrom: '2020-02-01' });
    await move({ id: old, status: 'IN_FORCE' });
    const renewal = await signed('Protocol 2024', { effectiveFrom: '2024-02-01', renewsId: old });
    const done = await move({ id: renewal, status: 'IN_FORCE' });
    expect(done.userErrors).toEqual([]);
    expect(done.agreement.renews.status).toBe('SUPERSEDED');
    expect(await inForceOn('2024-01-15')).toContain('Protocol 2020');
    expect(await inForceOn('2024-01-15')).not.toContain('Protocol 2024');
    expect(await inForceOn('2024-03-01')).toContain('Protocol 2024');
    expect(await inForceOn('2024-03-01')).not.toContain('Protocol 2020');
  });

  it('refuses an entry into force dated before effectiveFrom', async () => {
    const a = await signed('Accord dated later', { effectiveFrom: '2025-06-01' });
    const res = await move({ id: a, status: 'IN_FORCE', date: '2025-05-01' });
    expect(res.userErrors).toEqual([expect.objectContaining({ field: ['input', 'date'], code: 'INVALID_DATE_RANGE' })]);
  });
});
