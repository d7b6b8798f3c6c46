import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AgreementDocument,
  AgreementsDocument,
  type AgreementsQueryVariables,
  ChangeAgreementStatusDocument,
  type ChangeAgreementStatusInput,
  CreateAgreementDocument,
  type CreateAgreementInput,
  DeleteAgreementDocument,
  InstitutionAgreementsDocument,
  RecordAgreementActionDocument,
  type RecordAgreementActionInput,
  UpdateAgreementDocument,
  type UpdateAgreementInput,
} from '../../client/generated/graphql.js';
import { Commitment } from '../../server/records/commitment/commitment.entity.js';
import { Person } from '../../server/records/person/person.entity.js';
import { Citation } from '../../server/records/provenance/citation.entity.js';
import { SourceKind } from '../../server/records/provenance/provenance.enums.js';
import { Source } from '../../server/records/provenance/source.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
const inst: Record<'az' | 'ge' | 'unicef' | 'enoc', string> = { az: '', ge: '', unicef: '', enoc: '' };
const person: Record<'sabina' | 'nino', string> = { sabina: '', nino: '' };

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
const dbId = (gid: string) => Buffer.from(gid, 'base64url').toString('utf8').split(':')[1]!;

beforeAll(async () => {
  t = await startTestServer();
  inst.az = (await t.client.createInstitution({ name: 'Commissioner for Human Rights of Azerbaijan', kind: 'OMBUDSMAN', country: 'AZ' })).id;
  inst.ge = (await t.client.createInstitution({ name: 'Public Defender of Georgia', kind: 'OMBUDSMAN', country: 'GE' })).id;
  inst.unicef = (await t.client.createInstitution({ name: 'UNICEF', kind: 'INTERGOVERNMENTAL_ORGANIZATION' })).id;
  inst.enoc = (await t.client.createInstitution({ name: 'European Network of Ombudspersons for Children', kind: 'NETWORK' })).id;
  const em = t.db.orm.em.fork();
  const make = (name: string) => {
    const p = em.create(Person, { name, aliases: [], searchText: '' });
    p.refreshSearchKeys();
    return p;
  };
  const sabina = make('Sabina Aliyeva');
  const nino = make('Nino Lomjaria');
  await em.flush();
  person.sabina = globalId('Person', sabina.id);
  person.nino = globalId('Person', nino.id);
});
afterAll(() => t?.close());

async function create(input: CreateAgreementInput) {
  const { createAgreement } = await t.client.request(CreateAgreementDocument, { input });
  expect(createAgreement.userErrors).toEqual([]);
  return createAgreement.agreement!;
}
async function update(input: UpdateAgreementInput) {
  const { updateAgreement } = await t.client.request(UpdateAgreementDocument, { input });
  expect(updateAgreement.userErrors).toEqual([]);
  return updateAgreement.agreement!;
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
const list = async (variables: AgreementsQueryVariables) => (await t.client.request(AgreementsDocument, variables)).agreements;
const titles = async (variables: AgreementsQueryVariables) => (await list({ first: 100, ...variables })).edges.map((e) => e.node.title);

/** A DRAFT memorandum between Azerbaijan and Georgia, nobody signed yet. */
const bilateral = (title: string, extra: Partial<CreateAgreementInput> = {}) =>
  create({
    title,
    kind: 'MEMORANDUM_OF_UNDERSTANDING',
    parties: [
      { institutionId: inst.az, signatoryId: person.sabina },
      { institutionId: inst.ge, signatoryId: person.nino },
    ],
    ...extra,
  });

describe('agreements', () => {
  it('creates an agreement with its parties and reads it back by ID and through node()', async () => {
    const a = await bilateral('Memorandum on cooperation between the Ombudsmen of Azerbaijan and Georgia', {
      effectiveFrom: '2024-03-01',
      expiresOn: '2027-03-01',
      reviewDue: '2025-12-31',
      autoRenews: true,
      noticePeriodDays: 90,
      summary: 'Exchange of experience on the rights of the child.',
      parties: [
        { institutionId: inst.az, signatoryId: person.sabina },
        { institutionId: inst.ge, signatoryId: person.nino },
        { institutionId: inst.unicef, role: 'WITNESS' },
      ],
    });
    expect(a).toMatchObject({
      status: 'DRAFT',
      kind: 'MEMORANDUM_OF_UNDERSTANDING',
      effectiveFrom: '2024-03-01',
      expiresOn: '2027-03-01',
      reviewDue: '2025-12-31',
      autoRenews: true,
      noticePeriodDays: 90,
      noticeDeadline: '2026-12-01',
      confidential: false,
      isOverdueExpiry: false,
      version: 1,
      renews: null,
      renewedBy: [],
      actions: [],
    });
    expect(a.parties.map((p) => [p.institution.name, p.role, p.signatory?.name ?? null, p.signedOn])).toEqual([
      ['Commissioner for Human Rights of Azerbaijan', 'PARTY', 'Sabina Aliyeva', null],
      ['Public Defender of Georgia', 'PARTY', 'Nino Lomjaria', null],
      ['UNICEF', 'WITNESS', null, null],
    ]);
    expect(typeof a.daysToExpiry).toBe('number');
    expect(await get(a.id)).toEqual(a);
    const node = await t.client.node(a.id);
    expect(node).toMatchObject({ __typename: 'Agreement', id: a.id });
    const party = await t.client.node(a.parties[0]!.id);
    expect(party).toMatchObject({ __typename: 'AgreementParty' });
  });

  it('answers NOT_FOUND for unknown or malformed agreement IDs', async () => {
    for (const id of [globalId('Agreement', '00000000-0000-4000-8000-000000000000'), inst.az, 'garbage']) {
      const res = await t.post({ query: 'query($id: ID!) { agreement(id: $id) { id } }', variables: { id } });
      expect(res.json.errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('runs the lifecycle through the ledger: signatures, automatic SIGNED, entry into force, suspension, expiry', async () => {
    const a = await bilateral('Lifecycle memorandum', { expiresOn: '2025-06-30' });
    const negotiating = await move({ id: a.id, status: 'NEGOTIATION', version: a.version });
    expect(negotiating).toMatchObject({ status: 'NEGOTIATION', version: 2, actions: [] });

    const first = await record({ agreementId: a.id, kind: 'SIGNATURE', date: '2024-05-02', partyId: inst.ge, note: 'signed in Tbilisi' });
    expect(first).toMatchObject({ kind: 'SIGNATURE', date: '2024-05-02', party: { name: 'Public Defender of Georgia' } });
    expect(first.agreement.status).toBe('NEGOTIATION'); // Azerbaijan has not signed yet
    expect(first.agreement.parties.find((p) => p.institution.id === inst.ge)!.signedOn).toBe('2024-05-02');

    const second = await record({ agreementId: a.id, kind: 'SIGNATURE', date: '2024-05-01', partyId: inst.az });
    expect(second.agreement.status).toBe('SIGNED'); // every PARTY has signed: moved automatically
    expect(second.agreement.actions.map((x) => [x.kind, x.date, x.party?.id ?? null])).toEqual([
      ['SIGNATURE', '2024-05-01', inst.az], // the ledger is by date, not by recording order
      ['SIGNATURE', '2024-05-02', inst.ge],
    ]);

    const inForce = await move({ id: a.id, status: 'IN_FORCE', date: '2024-06-01', note: 'on notification' });
    expect(inForce).toMatchObject({ status: 'IN_FORCE', effectiveFrom: '2024-06-01' }); // taken from the move's date
    expect(inForce.actions.at(-1)).toMatchObject({ kind: 'ENTRY_INTO_FORCE', date: '2024-06-01', note: 'on notification', party: null });

    await move({ id: a.id, status: 'SUSPENDED', date: '2025-01-10' });
    const resumed = await move({ id: a.id, status: 'IN_FORCE', date: '2025-02-10' });
    expect(resumed.effectiveFrom).toBe('2024-06-01');
    const amended = await record({ agreementId: a.id, kind: 'EXTENSION', date: '2025-03-01', expiresOn: '2026-01-01' });
    expect(amended.agreement.expiresOn).toBe('2026-01-01');

    const expired = await move({ id: a.id, status: 'EXPIRED' }); // date defaults to expiresOn (passed: no status change is dated after today)
    expect(expired.actions.map((x) => [x.kind, x.date])).toEqual([
      ['SIGNATURE', '2024-05-01'],
      ['SIGNATURE', '2024-05-02'],
      ['ENTRY_INTO_FORCE', '2024-06-01'],
      ['SUSPENSION', '2025-01-10'],
      ['RESUMPTION', '2025-02-10'],
      ['EXTENSION', '2025-03-01'],
      ['EXPIRY', '2026-01-01'],
    ]);
    expect(expired.status).toBe('EXPIRED');
  });

  it('moves to SIGNED with signature dates entered on the parties, back-filling the ledger', async () => {
    const a = await create({
      title: 'Action plan 2024–2025',
      kind: 'ACTION_PLAN',
      effectiveFrom: '2024-01-15',
      parties: [
        { institutionId: inst.az, signedOn: '2024-01-10' },
        { institutionId: inst.unicef, signedOn: '2024-01-12' },
        { institutionId: inst.enoc, role: 'OBSERVER' },
      ],
    });
    const signed = await move({ id: a.id, status: 'SIGNED' }); // DRAFT → SIGNED (registered after the fact)
    expect(signed.actions.map((x) => [x.kind, x.date, x.party?.name])).toEqual([
      ['SIGNATURE', '2024-01-10', 'Commissioner for Human Rights of Azerbaijan'],
      ['SIGNATURE', '2024-01-12', 'UNICEF'],
    ]);
    const inForce = await move({ id: a.id, status: 'IN_FORCE' }); // date defaults to effectiveFrom
    expect(inForce.actions.at(-1)).toMatchObject({ kind: 'ENTRY_INTO_FORCE', date: '2024-01-15' });
  });

  it('flags an agreement still in force after its expiry date and derives days to expiry', async () => {
    const a = await bilateral('Overdue memorandum', {
      effectiveFrom: '2019-01-01',
      expiresOn: '2020-01-01',
      parties: [
        { institutionId: inst.az, signedOn: '2018-12-01' },
        { institutionId: inst.ge, signedOn: '2018-12-02' },
      ],
    });
    expect(a.isOverdueExpiry).toBe(false); // a draft is not in force
    await move({ id: a.id, status: 'SIGNED' });
    const inForce = await move({ id: a.id, status: 'IN_FORCE' });
    expect(inForce.isOverdueExpiry).toBe(true);
    expect(inForce.daysToExpiry).toBeLessThan(-365);
    expect(inForce.noticeDeadline).toBeNull(); // no auto-renewal
    const expired = await move({ id: a.id, status: 'EXPIRED' });
    expect(expired.isOverdueExpiry).toBe(false);
  });

  it('keeps a renewal chain: the renewing agreement entering into force supersedes the one it renews', async () => {
    const signedParties = [
      { institutionId: inst.az, signedOn: '2020-01-01' },
      { institutionId: inst.ge, signedOn: '2020-01-01' },
    ];
    const old = await create({ title: 'Renewal chain 2020', kind: 'COOPERATION_AGREEMENT', effectiveFrom: '2020-02-01', parties: signedParties });
    await move({ id: old.id, status: 'SIGNED' });
    await move({ id: old.id, status: 'IN_FORCE' });
    const renewed = await create({
      title: 'Renewal chain 2024',
      kind: 'COOPERATION_AGREEMENT',
      renewsId: old.id,
      parties: signedParties.map((p) => ({ ...p, signedOn: '2024-01-01' })),
    });
    expect(renewed.renews).toMatchObject({ id: old.id, status: 'IN_FORCE' });
    await move({ id: renewed.id, status: 'SIGNED' });
    const now = await move({ id: renewed.id, status: 'IN_FORCE', date: '2024-02-01' });
    expect(now.renews).toMatchObject({ id: old.id, status: 'SUPERSEDED' });

    const before = await get(old.id);
    expect(before.status).toBe('SUPERSEDED');
    expect(before.renewedBy.map((r) => r.id)).toEqual([renewed.id]);
    expect(before.actions.at(-1)).toMatchObject({ kind: 'RENEWAL', date: '2024-02-01', note: 'Superseded by “Renewal chain 2024”' });
  });

  it('filters by status, kind, party, expiry window, title and confidentiality', async () => {
    const f1 = await create({
      title: 'Filter: Tbilisi–Baku exchange',
      kind: 'JOINT_DECLARATION',
      expiresOn: '2026-06-30',
      confidential: true,
      parties: [{ institutionId: inst.ge }, { institutionId: inst.enoc }],
    });
    await create({ title: 'Filter: ENOC 100% plan', kind: 'OTHER', expiresOn: '2028-01-01', parties: [{ institutionId: inst.enoc }] });
    await move({ id: f1.id, status: 'NEGOTIATION' });

    expect(await titles({ filter: { search: 'filter:', kind: ['JOINT_DECLARATION'] } })).toEqual(['Filter: Tbilisi–Baku exchange']);
    expect(await titles({ filter: { search: 'FILTER', status: ['NEGOTIATION'] } })).toEqual(['Filter: Tbilisi–Baku exchange']);
    expect(await titles({ filter: { partyId: inst.enoc } })).toEqual([
      'Action plan 2024–2025', // ENOC is an observer there: any role counts
      'Filter: ENOC 100% plan',
      'Filter: Tbilisi–Baku exchange',
    ]);
    expect(await titles({ filter: { partyId: inst.enoc, search: 'filter', confidential: false } })).toEqual(['Filter: ENOC 100% plan']);
    expect(await titles({ filter: { search: 'filter', expiresBefore: '2026-06-30' } })).toEqual(['Filter: Tbilisi–Baku exchange']);
    expect(await titles({ filter: { search: 'filter', expiresAfter: '2026-07-01' } })).toEqual(['Filter: ENOC 100% plan']);
    expect(await titles({ filter: { search: '100%' } })).toEqual(['Filter: ENOC 100% plan']);
    expect(await titles({ filter: { search: '%' } })).toEqual(['Filter: ENOC 100% plan']); // wildcards are literal
    expect((await list({ filter: { partyId: inst.enoc }, first: 1 })).totalCount).toBe(3);

    const res = await t.post({ query: 'query($id: ID!) { agreements(filter: {partyId: $id}) { totalCount } }', variables: { id: person.sabina } });
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.partyId' });
    const badDate = await t.post({ query: '{ agreements(filter: {expiresBefore: "2024-02-30"}) { totalCount } }' });
    expect(badDate.json.errors[0].extensions.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);

    const enoc = (await t.client.request(InstitutionAgreementsDocument, { id: inst.enoc })).institution;
    expect(enoc.agreements.map((a) => a.title)).toEqual(['Action plan 2024–2025', 'Filter: ENOC 100% plan', 'Filter: Tbilisi–Baku exchange']);
    const negotiating = (await t.client.request(InstitutionAgreementsDocument, { id: inst.enoc, status: ['NEGOTIATION'] })).institution;
    expect(negotiating.agreements.map((a) => a.title)).toEqual(['Filter: Tbilisi–Baku exchange']);
  });

  it('orders by title and by nullable dates, paging forwards and backwards across the NULLs', async () => {
    const dates = ['2021-05-01', null, '2020-01-01', null, '2023-07-15', '2020-01-01', null, '2022-02-02', null, '2019-09-09', null];
    for (const [i, effectiveFrom] of dates.entries()) {
      await create({ title: `Paging ${String(i).padStart(2, '0')}`, kind: 'OTHER', effectiveFrom, parties: [{ institutionId: inst.unicef }] });
    }
    const filter = { search: 'paging ' };
    const byTitleDesc = await titles({ filter, orderBy: { field: 'TITLE', direction: 'DESC' } });
    expect(byTitleDesc[0]).toBe('Paging 10');

    for (const direction of ['ASC', 'DESC'] as const) {
      const orderBy = { field: 'EFFECTIVE_FROM' as const, direction };
      const all = await list({ filter, orderBy, first: 100 });
      expect(all.totalCount).toBe(dates.length);
      const values = all.edges.map((e) => e.node.effectiveFrom as string | null);
      const known = values.filter((v): v is string => v !== null);
      expect(known).toEqual([...known].sort((a, b) => (direction === 'ASC' ? a.localeCompare(b) : b.localeCompare(a))));
      // Undated last in either direction (PostgreSQL alone would put them first descending).
      expect(values.slice(-5)).toEqual([null, null, null, null, null]);

      // forwards in pages of 3: every row exactly once, same order as one page
      const forwards: string[] = [];
      let after: string | null | undefined;
      do {
        const page = await list({ filter, orderBy, first: 3, after });
        forwards.push(...page.edges.map((e) => e.node.title));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
      } while (after);
      expect(forwards).toEqual(all.edges.map((e) => e.node.title));

      // backwards in pages of 2 from the end
      const backwards: string[] = [];
      let before: string | null | undefined;
      do {
        const page = await list({ filter, orderBy, last: 2, before });
        backwards.unshift(...page.edges.map((e) => e.node.title));
        before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : undefined;
      } while (before);
      expect(backwards).toEqual(forwards);
    }

    const expiring = await list({ filter, orderBy: { field: 'EXPIRES_ON', direction: 'ASC' }, first: 4 });
    const next = await list({ filter, orderBy: { field: 'EXPIRES_ON', direction: 'ASC' }, first: 20, after: expiring.pageInfo.endCursor });
    expect(expiring.edges.length + next.edges.length).toBe(dates.length); // all NULL: ties broken by id
    const created = await list({ filter, orderBy: { field: 'CREATED_AT', direction: 'ASC' }, first: 2 });
    expect(created.edges.map((e) => e.node.title)).toEqual(['Paging 00', 'Paging 01']);

    const foreign = await t.post({
      query: 'query($after: String) { agreements(orderBy: {field: EFFECTIVE_FROM}, after: $after) { totalCount } }',
      variables: { after: (await list({ filter, first: 1 })).pageInfo.endCursor },
    });
    expect(foreign.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('updates with patch semantics and never touches the status', async () => {
    const a = await bilateral('Patch me', { effectiveFrom: '2024-01-01', expiresOn: '2025-01-01', summary: 'old', autoRenews: true, noticePeriodDays: 30 });
    const b = await update({ id: a.id, version: a.version, summary: null, title: 'Patched', noticePeriodDays: null });
    expect(b).toMatchObject({
      title: 'Patched',
      summary: null,
      effectiveFrom: '2024-01-01',
      expiresOn: '2025-01-01',
      autoRenews: true,
      noticePeriodDays: null,
      status: 'DRAFT',
      version: 2,
    });
    expect(b.parties).toHaveLength(2);
    const c = await update({ id: a.id, autoRenews: false, confidential: true, expiresOn: null });
    expect(c).toMatchObject({ autoRenews: false, confidential: true, expiresOn: null, title: 'Patched', version: 3 });

    const withStatus = await t.post({
      query: 'mutation($id: ID!) { updateAgreement(input: {id: $id, status: IN_FORCE}) { agreement { status } } }',
      variables: { id: a.id },
    });
    expect(withStatus.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await get(a.id)).status).toBe('DRAFT');
  });

  it('deletes an agreement, refusing while renewed or referenced by commitments unless detached; parties, ledger and citations go with it', async () => {
    const old = await bilateral('Delete me', { parties: [{ institutionId: inst.az, signedOn: '2020-01-01' }, { institutionId: inst.ge, signedOn: '2020-01-02' }] });
    await move({ id: old.id, status: 'SIGNED' });
    const successor = await bilateral('Delete me too (successor)', { renewsId: old.id });
    const em = t.db.orm.em.fork();
    const commitment = em.create(Commitment, { title: 'Joint report', madeInAgreement: dbId(old.id) as never });
    const source = em.create(Source, { title: 'Press release', kind: SourceKind.PRESS_RELEASE });
    const oldDetail = await get(old.id);
    const partyId = dbId(oldDetail.parties[0]!.id);
    const actionId = dbId(oldDetail.actions[0]!.id);
    for (const recordId of [dbId(old.id), partyId, actionId]) {
      em.create(Citation, { source, recordId, recordType: 'X' });
    }
    await em.flush();

    const DELETE = 'mutation($input: DeleteAgreementInput!) { deleteAgreement(input: $input) { deletedId userErrors { field code message } } }';
    const refused = await t.post({ query: DELETE, variables: { input: { id: old.id } } });
    expect(refused.json.data.deleteAgreement).toMatchObject({ deletedId: null, userErrors: [{ field: ['input', 'id'], code: 'IN_USE' }] });
    expect(refused.json.data.deleteAgreement.userErrors[0].message).toMatch(/1 agreement.*1 commitment/);
    const stale = await t.post({ query: DELETE, variables: { input: { id: old.id, version: 1, detachReferences: true } } });
    expect(stale.json.data.deleteAgreement.userErrors[0]).toMatchObject({ field: ['input', 'version'], code: 'CONFLICT' });
    expect((await get(old.id)).parties).toHaveLength(2);

    const { deleteAgreement } = await t.client.request(DeleteAgreementDocument, { input: { id: old.id, detachReferences: true } });
    expect(deleteAgreement).toEqual({ deletedId: old.id, userErrors: [] });
    expect(await t.client.node(old.id)).toBeNull();
    expect(await t.client.node(oldDetail.parties[0]!.id)).toBeNull();
    expect(await t.client.node(oldDetail.actions[0]!.id)).toBeNull();
    expect((await get(successor.id)).renews).toBeNull();
    const check = t.db.orm.em.fork();
    expect((await check.findOneOrFail(Commitment, { id: commitment.id })).madeInAgreement).toBeNull();
    expect(await check.count(Citation, { recordId: { $in: [dbId(old.id), partyId, actionId] } })).toBe(0);

    // without references it just goes
    const plain = await t.client.request(DeleteAgreementDocument, { input: { id: successor.id, version: 2 } });
    expect(plain.deleteAgreement).toEqual({ deletedId: successor.id, userErrors: [] });
  });
});
