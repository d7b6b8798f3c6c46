import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AgreementDocument,
  ChangeAgreementStatusDocument,
  type ChangeAgreementStatusInput,
  CreateAgreementDocument,
  type CreateAgreementInput,
  RecordAgreementActionDocument,
  type RecordAgreementActionInput,
} from '../../client/generated/graphql.js';
import { Person } from '../../server/records/person/person.entity.js';
import { Agreement } from '../../server/records/agreement/agreement.entity.js';
import { AgreementStatus } from '../../server/records/agreement/agreement.enums.js';
import { decodeIdOf } from '../../server/kernel/global-id.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let az: string;
let ge: string;
let unicef: string;
let enoc: string;
let sabina: string;

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
const unknownAgreement = globalId('Agreement', '00000000-0000-4000-8000-000000000000');

beforeAll(async () => {
  t = await startTestServer();
  az = (await t.client.createInstitution({ name: 'Ombudsman of Azerbaijan', kind: 'OMBUDSMAN', country: 'AZ' })).id;
  ge = (await t.client.createInstitution({ name: 'Public Defender of Georgia', kind: 'OMBUDSMAN', country: 'GE' })).id;
  unicef = (await t.client.createInstitution({ name: 'UNICEF', kind: 'INTERGOVERNMENTAL_ORGANIZATION' })).id;
  enoc = (await t.client.createInstitution({ name: 'ENOC', kind: 'NETWORK' })).id;
  const em = t.db.orm.em.fork();
  const p = em.create(Person, { name: 'Sabina Aliyeva', aliases: [], searchText: '' });
  p.refreshSearchKeys();
  await em.flush();
  sabina = globalId('Person', p.id);
});
afterAll(() => t?.close());

const ERRORS = 'userErrors { field code message }';
const MUTATION: Record<string, string> = {
  createAgreement: `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id } ${ERRORS} } }`,
  updateAgreement: `mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { agreement { id } ${ERRORS} } }`,
  changeAgreementStatus: `mutation($input: ChangeAgreementStatusInput!) { changeAgreementStatus(input: $input) { agreement { id } ${ERRORS} } }`,
  recordAgreementAction: `mutation($input: RecordAgreementActionInput!) { recordAgreementAction(input: $input) { agreementAction { id } ${ERRORS} } }`,
  addAgreementParty: `mutation($input: AddAgreementPartyInput!) { addAgreementParty(input: $input) { agreementParty { id } ${ERRORS} } }`,
  updateAgreementParty: `mutation($input: UpdateAgreementPartyInput!) { updateAgreementParty(input: $input) { agreementParty { id signedOn } ${ERRORS} } }`,
  removeAgreementParty: `mutation($input: RemoveAgreementPartyInput!) { removeAgreementParty(input: $input) { deletedId ${ERRORS} } }`,
};

type UserErrorShape = { field: string[]; code: string; message: string };

/** Everything that could change: agreements, their parties and ledgers (as JSON). */
async function snapshot(): Promise<string> {
  const res = await t.post({
    query: `{ agreements(first: 100, orderBy: {field: CREATED_AT}) { totalCount nodes { id version status title effectiveFrom expiresOn
      renews { id } parties { id version role signedOn institution { id } signatory { id } } actions { id kind date party { id } } } } }`,
  });
  expect(res.json.errors).toBeUndefined();
  return JSON.stringify(res.json.data);
}

/** Runs a mutation that must be refused; asserts nothing was written and returns its userErrors. */
async function refused(mutation: keyof typeof MUTATION, input: Record<string, unknown>): Promise<UserErrorShape[]> {
  const before = await snapshot();
  const res = await t.post({ query: MUTATION[mutation], variables: { input } });
  expect(res.json.errors).toBeUndefined();
  const payload = res.json.data[mutation];
  expect(payload.userErrors.length).toBeGreaterThan(0);
  for (const value of Object.values(payload)) if (!Array.isArray(value)) expect(value).toBeNull();
  for (const e of payload.userErrors) expect(e.message.length).toBeGreaterThan(0);
  expect(await snapshot()).toBe(before); // nothing written
  return payload.userErrors;
}

async function create(input: CreateAgreementInput) {
  const { createAgreement } = await t.client.request(CreateAgreementDocument, { input });
  expect(createAgreement.userErrors).toEqual([]);
  return createAgreement.agreement!;
}
async function move(input: ChangeAgreementStatusInput) {
  const { changeAgreementStatus } = await t.client.request(ChangeAgreementStatusDocument, { input });
  expect(changeAgreementStatus.userErrors).toEqual([]);
  return changeAgreementStatus.agreement!;
}
async function record(input: RecordAgreementActionInput) {
  const { recordAgreementAction } = await t.client.request(RecordAgreementActionDocument, { input });
  expect(recordAgreementAction.userErrors).toEqual([]);
  return recordAgreementAction.agreementAction!;
}
const get = async (id: string) => (await t.client.request(AgreementDocument, { id })).agreement;

/** An agreement between Azerbaijan and Georgia, both signed, moved to `status` through the lifecycle. */
async function signedAgreement(title: string, status: 'SIGNED' | 'IN_FORCE' = 'SIGNED', extra: Partial<CreateAgreementInput> = {}) {
  const a = await create({
    title,
    kind: 'MEMORANDUM_OF_UNDERSTANDING',
    effectiveFrom: '2024-01-01',
    parties: [
      { institutionId: az, signedOn: '2023-12-01' },
      { institutionId: ge, signedOn: '2023-12-02' },
    ],
    ...extra,
  });
  await move({ id: a.id, status: 'SIGNED' });
  return status === 'IN_FORCE' ? move({ id: a.id, status: 'IN_FORCE' }) : get(a.id);
}

const base = { title: 'A memorandum', kind: 'MEMORANDUM_OF_UNDERSTANDING' };

describe('agreement input rules', () => {
  it.each([
    ['blank title', { ...base, title: '  ' }, [['input', 'title'], 'REQUIRED']],
    ['too long title', { ...base, title: 'x'.repeat(501) }, [['input', 'title'], 'TOO_LONG']],
    ['expiry before start', { ...base, effectiveFrom: '2024-05-01', expiresOn: '2024-04-30' }, [['input', 'expiresOn'], 'INVALID_DATE_RANGE']],
    ['expiry on the start day', { ...base, effectiveFrom: '2024-05-01', expiresOn: '2024-05-01' }, [['input', 'expiresOn'], 'INVALID_DATE_RANGE']],
    ['review before the term', { ...base, effectiveFrom: '2024-05-01', reviewDue: '2024-04-01' }, [['input', 'reviewDue'], 'INVALID_DATE_RANGE']],
    ['review after the term', { ...base, expiresOn: '2025-05-01', reviewDue: '2025-06-01' }, [['input', 'reviewDue'], 'INVALID_DATE_RANGE']],
    ['negative notice period', { ...base, autoRenews: true, noticePeriodDays: -1 }, [['input', 'noticePeriodDays'], 'INVALID_VALUE']],
    ['huge notice period', { ...base, autoRenews: true, noticePeriodDays: 100_000 }, [['input', 'noticePeriodDays'], 'INVALID_VALUE']],
    ['notice period without auto-renewal', { ...base, noticePeriodDays: 30 }, [['input', 'noticePeriodDays'], 'INVALID_VALUE']],
    ['unknown renewed agreement', { ...base, renewsId: unknownAgreement }, [['input', 'renewsId'], 'NOT_FOUND']],
    ['renewing a non-agreement', { ...base, renewsId: 'bm9wZQ' }, [['input', 'renewsId'], 'INVALID_ID']],
  ])('create refuses %s', async (_label, input, [field, code]) => {
    expect(await refused('createAgreement', input)).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('refuses bad parties on create, with the path of each party', async () => {
    const errors = await refused('createAgreement', {
      ...base,
      parties: [
        { institutionId: az, signatoryId: ge }, // an institution is not a Person
        { institutionId: ge },
        { institutionId: az }, // twice
        { institutionId: globalId('Institution', '00000000-0000-4000-8000-000000000000') },
        { institutionId: sabina }, // a person is not an institution
      ],
    });
    expect(errors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.parties.0.signatoryId', 'INVALID_ID'],
      ['input.parties.2.institutionId', 'DUPLICATE'],
      ['input.parties.3.institutionId', 'NOT_FOUND'],
      ['input.parties.4.institutionId', 'INVALID_ID'],
    ]);
  });

  it('reports every problem at once', async () => {
    const shape = await refused('createAgreement', { ...base, title: '', summary: 'x'.repeat(20_001), noticePeriodDays: -5 });
    expect(shape.map((e) => e.code).sort()).toEqual(['INVALID_VALUE', 'REQUIRED', 'TOO_LONG']);
    const rules = await refused('createAgreement', {
      ...base,
      effectiveFrom: '2024-01-01',
      expiresOn: '2023-01-01',
      noticePeriodDays: 5,
      renewsId: unknownAgreement,
      parties: [{ institutionId: az }, { institutionId: az }],
    });
    expect(rules.map((e) => e.code).sort()).toEqual(['DUPLICATE', 'INVALID_DATE_RANGE', 'INVALID_VALUE', 'NOT_FOUND']);
  });

  it('checks the merged state on update: dates, notice period, required fields, version', async () => {
    const a = await create({ ...base, title: 'Update rules', effectiveFrom: '2024-01-01', expiresOn: '2026-01-01', autoRenews: true, noticePeriodDays: 60 } as CreateAgreementInput);
    expect(await refused('updateAgreement', { id: a.id, effectiveFrom: '2026-06-01' })).toEqual([
      expect.objectContaining({ field: ['input', 'expiresOn'], code: 'INVALID_DATE_RANGE' }),
    ]);
    expect(await refused('updateAgreement', { id: a.id, autoRenews: false })).toEqual([
      expect.objectContaining({ field: ['input', 'noticePeriodDays'], code: 'INVALID_VALUE' }),
    ]);
    expect(await refused('updateAgreement', { id: a.id, title: null, kind: null, autoRenews: null })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: ['input', 'title'], code: 'REQUIRED' }),
        expect.objectContaining({ field: ['input', 'kind'], code: 'REQUIRED' }),
        expect.objectContaining({ field: ['input', 'autoRenews'], code: 'REQUIRED' }),
      ]),
    );
    expect(await refused('updateAgreement', { id: a.id, version: 7, summary: 'lost' })).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' }),
    ]);
    expect(await refused('updateAgreement', { id: unknownAgreement, summary: 'x' })).toEqual([
      expect.objectContaining({ field: ['input', 'id'], code: 'NOT_FOUND' }),
    ]);
    expect((await get(a.id)).version).toBe(1);
  });

  it('refuses a renewal chain that points to itself or loops', async () => {
    const a = await create({ ...base, title: 'Chain A' } as CreateAgreementInput);
    const b = await create({ ...base, title: 'Chain B', renewsId: a.id } as CreateAgreementInput);
    const c = await create({ ...base, title: 'Chain C', renewsId: b.id } as CreateAgreementInput);
    expect(await refused('updateAgreement', { id: a.id, renewsId: a.id })).toEqual([
      expect.objectContaining({ field: ['input', 'renewsId'], code: 'CYCLE' }),
    ]);
    expect(await refused('updateAgreement', { id: a.id, renewsId: c.id })).toEqual([
      expect.objectContaining({ field: ['input', 'renewsId'], code: 'CYCLE' }),
    ]);
    const res = await t.post({ query: MUTATION.updateAgreement, variables: { input: { id: c.id, renewsId: null } } });
    expect(res.json.data.updateAgreement.userErrors).toEqual([]);
    expect((await get(c.id)).renews).toBeNull();
  });
});

describe('agreement lifecycle rules', () => {
  it('refuses moves the lifecycle does not allow, and the ones whose preconditions fail', async () => {
    const draft = await create({ ...base, title: 'Transitions', parties: [{ institutionId: az }] } as CreateAgreementInput);
    const transition = (status: string, extra: Record<string, unknown> = {}) =>
      refused('changeAgreementStatus', { id: draft.id, status, date: '2024-01-01', ...extra });

    for (const status of ['IN_FORCE', 'SUSPENDED', 'EXPIRED', 'SUPERSEDED', 'TERMINATED']) {
      expect(await transition(status)).toEqual([expect.objectContaining({ field: ['input', 'status'], code: 'INVALID_TRANSITION' })]);
    }
    expect((await transition('DRAFT'))[0]!.message).toMatch(/already DRAFT/);
    // SIGNED needs two PARTY-role parties …
    expect((await transition('SIGNED'))[0]).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringMatching(/at least 2 parties/) });
    // … each of which has signed
    await t.post({ query: MUTATION.addAgreementParty, variables: { input: { agreementId: draft.id, institutionId: ge } } });
    await t.post({ query: MUTATION.addAgreementParty, variables: { input: { agreementId: draft.id, institutionId: unicef, role: 'WITNESS' } } });
    const unsigned = (await transition('SIGNED'))[0]!;
    expect(unsigned).toMatchObject({ code: 'INVALID_TRANSITION', field: ['input', 'status'] });
    expect(unsigned.message).toMatch(/Ombudsman of Azerbaijan, Public Defender of Georgia/);
    expect(unsigned.message).not.toMatch(/UNICEF/); // witnesses need not sign
    expect(await transition('SIGNED', { version: 99 })).toEqual([expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' })]);
  });

  it('needs a date for moves that record one, and refuses moves out of final states', async () => {
    const a = await signedAgreement('Dates of moves', 'SIGNED', { effectiveFrom: null });
    expect(await refused('changeAgreementStatus', { id: a.id, status: 'IN_FORCE' })).toEqual([
      expect.objectContaining({ field: ['input', 'date'], code: 'REQUIRED' }),
    ]);
    await t.post({ query: MUTATION.updateAgreement, variables: { input: { id: a.id, expiresOn: '2025-01-01' } } });
    expect(await refused('changeAgreementStatus', { id: a.id, status: 'IN_FORCE', date: '2025-01-01' })).toEqual([
      expect.objectContaining({ field: ['input', 'date'], code: 'INVALID_DATE_RANGE' }),
    ]);
    await move({ id: a.id, status: 'IN_FORCE', date: '2024-01-01' });
    expect(await refused('changeAgreementStatus', { id: a.id, status: 'SUSPENDED' })).toEqual([
      expect.objectContaining({ field: ['input', 'date'], code: 'REQUIRED' }),
    ]);
    expect(await refused('changeAgreementStatus', { id: a.id, status: 'SUPERSEDED', date: '2024-06-01' })).toEqual([
      expect.objectContaining({ field: ['input', 'status'], code: 'INVALID_TRANSITION', message: expect.stringMatching(/no agreement renews it/) }),
    ]);
    await move({ id: a.id, status: 'TERMINATED', date: '2024-06-01', note: 'notice by Georgia' });
    for (const status of ['IN_FORCE', 'SUSPENDED', 'DRAFT', 'EXPIRED']) {
      const [error] = await refused('changeAgreementStatus', { id: a.id, status, date: '2024-07-01' });
      expect(error).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringMatching(/TERMINATED is final/) });
    }
  });

  it('applies the rules of the ledger', async () => {
    const a = await create({
      ...base,
      title: 'Ledger rules',
      effectiveFrom: '2024-01-01',
      expiresOn: '2025-01-01',
      parties: [{ institutionId: az }, { institutionId: ge }],
    } as CreateAgreementInput);
    const action = (input: Record<string, unknown>) => refused('recordAgreementAction', { agreementId: a.id, date: '2024-02-02', ...input });

    expect(await action({ kind: 'SIGNATURE' })).toEqual([expect.objectContaining({ field: ['input', 'partyId'], code: 'REQUIRED' })]);
    expect(await action({ kind: 'SIGNATURE', partyId: enoc })).toEqual([expect.objectContaining({ field: ['input', 'partyId'], code: 'INVALID_VALUE' })]);
    expect(await action({ kind: 'SIGNATURE', partyId: sabina })).toEqual([expect.objectContaining({ field: ['input', 'partyId'], code: 'INVALID_ID' })]);
    for (const kind of ['ENTRY_INTO_FORCE', 'TERMINATION', 'SUSPENSION', 'RESUMPTION', 'EXPIRY']) {
      expect(await action({ kind })).toEqual([expect.objectContaining({ field: ['input', 'kind'], code: 'INVALID_VALUE' })]);
    }
    expect(await action({ kind: 'AMENDMENT', expiresOn: '2026-01-01' })).toEqual([
      expect.objectContaining({ field: ['input', 'expiresOn'], code: 'INVALID_VALUE' }),
    ]);
    expect(await action({ kind: 'EXTENSION', expiresOn: '2023-01-01' })).toEqual([
      expect.objectContaining({ field: ['input', 'expiresOn'], code: 'INVALID_DATE_RANGE' }),
    ]);
    expect(await refused('recordAgreementAction', { agreementId: unknownAgreement, kind: 'AMENDMENT', date: '2024-01-01' })).toEqual([
      expect.objectContaining({ field: ['input', 'agreementId'], code: 'NOT_FOUND' }),
    ]);

    await record({ agreementId: a.id, kind: 'SIGNATURE', date: '2024-02-02', partyId: az });
    expect(await action({ kind: 'SIGNATURE', partyId: az })).toEqual([expect.objectContaining({ field: ['input', 'partyId'], code: 'DUPLICATE' })]);
    // a party's own withdrawal or entry into force is fine and leaves the status alone
    const perParty = await record({ agreementId: a.id, kind: 'WITHDRAWAL', date: '2024-03-03', partyId: az, note: 'letter of 3 March' });
    expect(perParty.agreement.status).toBe('DRAFT');
    const extension = await record({ agreementId: a.id, kind: 'EXTENSION', date: '2024-04-04', expiresOn: '2027-01-01' });
    expect(extension.agreement.expiresOn).toBe('2027-01-01');
  });
});

describe('agreement party rules', () => {
  it('refuses a second party with the same institution and a signatory who is not a person', async () => {
    const a = await create({ ...base, title: 'Party rules', parties: [{ institutionId: az }] } as CreateAgreementInput);
    expect(await refused('addAgreementParty', { agreementId: a.id, institutionId: az })).toEqual([
      expect.objectContaining({ field: ['input', 'institutionId'], code: 'DUPLICATE' }),
    ]);
    expect(await refused('addAgreementParty', { agreementId: a.id, institutionId: ge, signatoryId: unicef })).toEqual([
      expect.objectContaining({ field: ['input', 'signatoryId'], code: 'INVALID_ID' }),
    ]);
    const added = await t.post({ query: MUTATION.addAgreementParty, variables: { input: { agreementId: a.id, institutionId: ge, signatoryId: sabina } } });
    const partyId = added.json.data.addAgreementParty.agreementParty.id;
    expect(await refused('updateAgreementParty', { id: partyId, institutionId: az })).toEqual([
      expect.objectContaining({ field: ['input', 'institutionId'], code: 'DUPLICATE' }),
    ]);
    expect(await refused('updateAgreementParty', { id: partyId, institutionId: null })).toEqual([
      expect.objectContaining({ field: ['input', 'institutionId'], code: 'REQUIRED' }),
    ]);
    expect(await refused('updateAgreementParty', { id: partyId, version: 5, role: 'WITNESS' })).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' }),
    ]);
    const concurrent = await Promise.all(
      [1, 2, 3].map(() => t.post({ query: MUTATION.addAgreementParty, variables: { input: { agreementId: a.id, institutionId: enoc } } })),
    );
    const payloads = concurrent.map((r) => r.json.data.addAgreementParty);
    expect(payloads.filter((p) => p.agreementParty !== null)).toHaveLength(1);
    expect(payloads.filter((p) => p.userErrors[0]?.code === 'DUPLICATE')).toHaveLength(2);
  });

  it('keeps a signed agreement valid: every PARTY signed, at least two of them', async () => {
    const a = await signedAgreement('Signed party rules');
    const azParty = a.parties.find((p) => p.institution.id === az);
    const geParty = a.parties.find((p) => p.institution.id === ge);
    expect(await refused('addAgreementParty', { agreementId: a.id, institutionId: unicef })).toEqual([
      expect.objectContaining({ field: ['input', 'signedOn'], code: 'INVALID_VALUE' }),
    ]);
    expect(await refused('updateAgreementParty', { id: geParty!.id, signedOn: null })).toEqual([
      expect.objectContaining({ field: ['input', 'signedOn'], code: 'INVALID_VALUE' }),
    ]);
    expect(await refused('updateAgreementParty', { id: geParty!.id, role: 'OBSERVER' })).toEqual([
      expect.objectContaining({ field: ['input', 'role'], code: 'INVALID_VALUE' }),
    ]);
    expect(await refused('removeAgreementParty', { id: azParty!.id })).toEqual([
      expect.objectContaining({ field: ['input', 'id'], code: 'IN_USE' }), // its SIGNATURE is in the ledger
    ]);
    expect(await refused('removeAgreementParty', { id: azParty!.id, removeActions: true })).toEqual([
      expect.objectContaining({ field: ['input', 'id'], code: 'INVALID_VALUE' }), // would leave one PARTY
    ]);

    // an accession: a new party that signed later, recorded in the ledger at once
    const joined = await t.post({
      query: MUTATION.addAgreementParty,
      variables: { input: { agreementId: a.id, institutionId: unicef, signedOn: '2024-09-09' } },
    });
    expect(joined.json.data.addAgreementParty.userErrors).toEqual([]);
    // correcting a signature date moves its ledger entry along
    const corrected = await t.post({ query: MUTATION.updateAgreementParty, variables: { input: { id: geParty!.id, signedOn: '2023-12-05' } } });
    expect(corrected.json.data.updateAgreementParty).toMatchObject({ agreementParty: { signedOn: '2023-12-05' }, userErrors: [] });
    const after = await get(a.id);
    expect(after.actions.map((x) => [x.kind, x.date, x.party?.name])).toEqual([
      ['SIGNATURE', '2023-12-01', 'Ombudsman of Azerbaijan'],
      ['SIGNATURE', '2023-12-05', 'Public Defender of Georgia'],
      ['SIGNATURE', '2024-09-09', 'UNICEF'],
    ]);
    // with three signed parties one can go, together with its ledger entries
    const removed = await t.post({ query: MUTATION.removeAgreementParty, variables: { input: { id: azParty!.id, removeActions: true } } });
    expect(removed.json.data.removeAgreementParty).toEqual({ deletedId: azParty!.id, userErrors: [] });
    const final = await get(a.id);
    expect(final.parties.map((p) => p.institution.name)).toEqual(['Public Defender of Georgia', 'UNICEF']);
    expect(final.actions.map((x) => x.party?.name)).toEqual(['Public Defender of Georgia', 'UNICEF']);
    expect(final.status).toBe('SIGNED');
  });

  it('removes a party of a draft without ledger entries directly', async () => {
    const a = await create({ ...base, title: 'Draft party removal', parties: [{ institutionId: az }, { institutionId: enoc, role: 'OBSERVER' }] } as CreateAgreementInput);
    const observer = a.parties.find((p) => p.role === 'OBSERVER')!;
    const res = await t.post({ query: MUTATION.removeAgreementParty, variables: { input: { id: observer.id, version: 1 } } });
    expect(res.json.data.removeAgreementParty.userErrors).toEqual([]);
    expect((await get(a.id)).parties.map((p) => p.institution.id)).toEqual([az]);
    expect(await t.client.node(observer.id)).toBeNull();
  });
});

describe('agreement access', () => {
  it('hides confidential agreements from viewers and refuses them changes', async () => {
    const secret = await create({ ...base, title: 'Access: confidential', confidential: true, parties: [{ institutionId: enoc }] } as CreateAgreementInput);
    const open = await create({ ...base, title: 'Access: open', parties: [{ institutionId: enoc }] } as CreateAgreementInput);
    // Signed: viewers see it. (A DRAFT or NEGOTIATION agreement is internal, like a confidential one.)
    await t.db.orm.em.fork().nativeUpdate(Agreement, { id: decodeIdOf('Agreement', open.id)! }, { status: AgreementStatus.SIGNED });
    const draft = await create({ ...base, title: 'Access: draft', parties: [{ institutionId: enoc }] } as CreateAgreementInput);
    await t.post({ query: MUTATION.updateAgreement, variables: { input: { id: open.id, renewsId: secret.id } } });
    const token = await t.tokenFor('VIEWER');
    const asViewer = (query: string, variables: Record<string, unknown> = {}) =>
      t.post({ query, variables }, { authorization: `Bearer ${token}` });

    const list = await asViewer('{ agreements(filter: {search: "access:"}) { totalCount nodes { title renews { id } } } }');
    expect(list.json.data.agreements).toEqual({ totalCount: 1, nodes: [{ title: 'Access: open', renews: null }] });
    const onlySecret = await asViewer('{ agreements(filter: {search: "access:", confidential: true}) { totalCount } }');
    expect(onlySecret.json.data.agreements.totalCount).toBe(0);
    const one = await asViewer('query($id: ID!) { agreement(id: $id) { id } }', { id: secret.id });
    expect(one.json.errors[0].extensions.code).toBe('NOT_FOUND');
    const drafted = await asViewer('query($id: ID!) { agreement(id: $id) { id } }', { id: draft.id });
    expect(drafted.json.errors[0].extensions.code).toBe('NOT_FOUND');
    const byInstitution = await asViewer('query($id: ID!) { institution(id: $id) { agreements { title } } }', { id: enoc });
    const titles = byInstitution.json.data.institution.agreements.map((a: { title: string }) => a.title);
    expect(titles.filter((title: string) => title.startsWith('Access:'))).toEqual(['Access: open']);
    const change = await asViewer(MUTATION.updateAgreement, { input: { id: open.id, summary: 'x' } });
    expect(change.json.errors[0].extensions.code).toBe('FORBIDDEN');

    const asEditor = await t.post({ query: '{ agreements(filter: {search: "access:"}) { totalCount } }' });
    expect(asEditor.json.data.agreements.totalCount).toBe(3);
  });
});
