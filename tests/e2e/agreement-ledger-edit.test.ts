// Correcting an agreement's ledger (updateAgreementAction, removeAgreementAction): a signature's
// date moves its party's signedOn along, an entry recorded by mistake can go, but not an entry a
// status rests on, nor a signature a signed agreement needs. Refusals write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let az: string;
let ge: string;

const ERRORS = 'userErrors { field code message }';

async function run(query: string, input: Record<string, unknown>) {
  const res = await t.post({ query, variables: { input } });
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return Object.values(res.json.data)[0] as Record<string, unknown> & { userErrors: { field: string[]; code: string; message: string }[] };
}
const record = (input: Record<string, unknown>) =>
  run(`mutation($input: RecordAgreementActionInput!) { recordAgreementAction(input: $input) { agreementAction { id version } ${ERRORS} } }`, input);
const update = (input: Record<string, unknown>) =>
  run(`mutation($input: UpdateAgreementActionInput!) { updateAgreementAction(input: $input) { agreementAction { id version date note } ${ERRORS} } }`, input);
const remove = (input: Record<string, unknown>) => run(`mutation($input: RemoveAgreementActionInput!) { removeAgreementAction(input: $input) { deletedId ${ERRORS} } }`, input);

async function agreement(id: string) {
  const res = await t.post({
    query: 'query ($id: ID!) { agreement(id: $id) { status parties { institution { id } signedOn } actions { id version kind date note party { id } } } }',
    variables: { id },
  });
  return res.json.data.agreement as {
    status: string;
    parties: { institution: { id: string }; signedOn: string | null }[];
    actions: { id: string; version: number; kind: string; date: string; note: string | null; party: { id: string } | null }[];
  };
}
const signedOn = async (id: string, party: string) => (await agreement(id)).parties.find((p) => p.institution.id === party)?.signedOn;

async function draft(title: string): Promise<string> {
  const created = await run(`mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id } ${ERRORS} } }`, {
    title,
    kind: 'MEMORANDUM_OF_UNDERSTANDING',
    parties: [{ institutionId: az }, { institutionId: ge }],
  });
  expect(created.userErrors).toEqual([]);
  return (created.agreement as { id: string }).id;
}

beforeAll(async () => {
  t = await startTestServer();
  az = (await t.client.createInstitution({ name: 'Ombudsman of Azerbaijan', kind: 'OMBUDSMAN', country: 'AZ' })).id;
  ge = (await t.client.createInstitution({ name: 'Public Defender of Georgia', kind: 'OMBUDSMAN', country: 'GE' })).id;
});
afterAll(() => t?.close());

describe('correcting a ledger entry', () => {
  it('moves a signature date with its party, refuses a stale version and a cleared date, and removes the signature with the party’s signedOn', async () => {
    const id = await draft('MoU to correct');
    const signed = await record({ agreementId: id, partyId: az, kind: 'SIGNATURE', date: '2024-03-01' });
    expect(signed.userErrors).toEqual([]);
    const entry = signed.agreementAction as { id: string; version: number };
    expect(await signedOn(id, az)).toBe('2024-03-01');

    const moved = await update({ id: entry.id, version: entry.version, date: '2024-03-05', note: 'Date from the signed copy' });
    expect(moved.userErrors).toEqual([]);
    expect(moved.agreementAction).toMatchObject({ date: '2024-03-05', note: 'Date from the signed copy', version: entry.version + 1 });
    expect(await signedOn(id, az)).toBe('2024-03-05');

    const before = JSON.stringify(await agreement(id));
    expect((await update({ id: entry.id, version: entry.version, note: 'stale' })).userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
    expect((await update({ id: entry.id, date: null })).userErrors).toEqual([expect.objectContaining({ field: ['input', 'date'], code: 'REQUIRED' })]);
    expect(JSON.stringify(await agreement(id))).toBe(before);

    const removed = await remove({ id: entry.id, version: entry.version + 1 });
    expect(removed.userErrors).toEqual([]);
    expect(removed.deletedId).toBe(entry.id);
    const after = await agreement(id);
    expect(after.actions).toEqual([]);
    expect(await signedOn(id, az)).toBeNull();
  });

  it('keeps the signatures a signed agreement needs and the entries its status rests on', async () => {
    const id = await draft('MoU in force');
    for (const party of [az, ge]) expect((await record({ agreementId: id, partyId: party, kind: 'SIGNATURE', date: '2024-04-01' })).userErrors).toEqual([]);
    expect((await agreement(id)).status).toBe('SIGNED');
    const status = await run(`mutation($input: ChangeAgreementStatusInput!) { changeAgreementStatus(input: $input) { agreement { id } ${ERRORS} } }`, {
      id,
      status: 'IN_FORCE',
      date: '2024-05-01',
    });
    expect(status.userErrors).toEqual([]);
    const ledger = (await agreement(id)).actions;
    const signature = ledger.find((a) => a.kind === 'SIGNATURE' && a.party?.id === ge)!;
    const inForce = ledger.find((a) => a.kind === 'ENTRY_INTO_FORCE')!;
    const before = JSON.stringify(await agreement(id));

    const needed = await remove({ id: signature.id });
    expect(needed.userErrors).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'INVALID_VALUE' })]);
    expect(needed.userErrors[0]!.message).toMatch(/IN_FORCE/);
    const rests = await remove({ id: inForce.id });
    expect(rests.userErrors).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'INVALID_TRANSITION' })]);
    expect(JSON.stringify(await agreement(id))).toBe(before);

    // Its date and note can still be corrected; a withdrawal recorded by mistake can go.
    expect((await update({ id: inForce.id, version: inForce.version, note: 'Per the exchange of notes' })).userErrors).toEqual([]);
    const withdrawal = await record({ agreementId: id, partyId: ge, kind: 'WITHDRAWAL', date: '2024-06-01' });
    expect((await remove({ id: (withdrawal.agreementAction as { id: string }).id })).userErrors).toEqual([]);
    const after = await agreement(id);
    expect(after.status).toBe('IN_FORCE');
    expect(after.actions.map((a) => a.kind).sort()).toEqual(['ENTRY_INTO_FORCE', 'SIGNATURE', 'SIGNATURE']);
    expect(after.actions.find((a) => a.id === inForce.id)?.note).toBe('Per the exchange of notes');
  });
});
