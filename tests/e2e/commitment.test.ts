import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { Agreement } from '../../server/records/agreement/agreement.entity.js';
import { AgreementKind } from '../../server/records/agreement/agreement.enums.js';
import { Commitment } from '../../server/records/commitment/commitment.entity.js';
import { CommitmentStatus } from '../../server/records/commitment/commitment.enums.js';
import { Document } from '../../server/records/document/document.entity.js';
import { DocumentKind } from '../../server/records/document/document.enums.js';
import { Event } from '../../server/records/event/event.entity.js';
import { EventKind } from '../../server/records/event/event.enums.js';
import { Institution } from '../../server/records/institution/institution.entity.js';
import { InstitutionKind } from '../../server/records/institution/institution.kind.js';
import { Person } from '../../server/records/person/person.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';

// biome-ignore lint/suspicious/noExplicitAny: GraphQL response bodies, checked by the assertions
type Json = any;

let t: TestServer;
const ids: Record<string, string> = {};

const FIELDS = `id title description status dueDate isOverdue evidence confidential version
  owner { __typename id } ownerInstitution { id name } ownerPerson { id name }
  madeAtEvent { id title } madeInAgreement { id title } madeInDocument { id title } evidenceDocument { id title }`;

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const res = await t.post({ query, variables });
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return res.json.data;
}

const MUTATION = (name: string, type: string, selection: string) =>
  `mutation($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`;

async function create(input: Record<string, unknown>) {
  const data = await gql(MUTATION('createCommitment', 'CreateCommitmentInput', `commitment { ${FIELDS} }`), { input });
  expect(data.createCommitment.userErrors).toEqual([]);
  return data.createCommitment.commitment;
}

async function update(input: Record<string, unknown>) {
  const data = await gql(MUTATION('updateCommitment', 'UpdateCommitmentInput', `commitment { ${FIELDS} }`), { input });
  expect(data.updateCommitment.userErrors).toEqual([]);
  return data.updateCommitment.commitment;
}

async function count(): Promise<number> {
  return (await gql('{ commitments(first: 1) { totalCount } }')).commitments.totalCount;
}

/** A mutation that must be refused: returns the userErrors after checking nothing was written. */
async function refused(name: 'createCommitment' | 'updateCommitment', input: Record<string, unknown>) {
  const before = await count();
  const type = name === 'createCommitment' ? 'CreateCommitmentInput' : 'UpdateCommitmentInput';
  const data = await gql(MUTATION(name, type, 'commitment { id }'), { input });
  expect(data[name].commitment).toBeNull();
  expect(await count()).toBe(before);
  return data[name].userErrors as { field: string[]; code: string }[];
}

async function read(id: string) {
  return (await gql(`query($id: ID!) { commitment(id: $id) { ${FIELDS} } }`, { id })).commitment;
}

const unknown = (type: string) => toGlobalId(type, '00000000-0000-4000-8000-000000000000');

beforeAll(async () => {
  t = await startTestServer();
  const em = t.db.orm.em.fork();
  const institution = (name: string) => {
    const row = em.create(Institution, { name, kind: InstitutionKind.OMBUDSMAN, nameKey: '', searchText: '' });
    row.refreshSearchKeys();
    return row;
  };
  const ombudsman = institution('Commissioner for Human Rights of Azerbaijan');
  const iphrc = institution('Independent Permanent Human Rights Commission');
  const person = em.create(Person, { name: 'Sabina Aliyeva', searchText: '' });
  person.refreshSearchKeys();
  const forum = em.create(Event, { title: 'Baku Forum of Ombudsmen', kind: EventKind.FORUM, startDate: '2024-10-02', searchText: '' });
  forum.refreshSearchKeys();
  const mou = em.create(Agreement, { title: 'Memorandum with the IPHRC', kind: AgreementKind.MEMORANDUM_OF_UNDERSTANDING });
  const declaration = em.create(Document, { title: 'Baku Declaration', kind: DocumentKind.DECLARATION, searchText: '' });
  declaration.refreshSearchKeys();
  const report = em.create(Document, { title: 'Progress report', kind: DocumentKind.REPORT, searchText: '' });
  report.refreshSearchKeys();
  await em.flush();
  Object.assign(ids, {
    ombudsman: toGlobalId('Institution', ombudsman.id),
    iphrc: toGlobalId('Institution', iphrc.id),
    person: toGlobalId('Person', person.id),
    forum: toGlobalId('Event', forum.id),
    mou: toGlobalId('Agreement', mou.id),
    declaration: toGlobalId('Document', declaration.id),
    report: toGlobalId('Document', report.id),
  });
});
afterAll(() => t?.close());

describe('commitments', () => {
  it('creates a commitment owned by an institution and made at an event, and reads it back', async () => {
    const c = await create({
      title: 'Host a regional workshop on mine action',
      description: 'Agreed at the forum',
      dueDate: '2999-06',
      ownerId: ids.ombudsman,
      madeAtEventId: ids.forum,
    });
    expect(c).toMatchObject({
      title: 'Host a regional workshop on mine action',
      status: 'OPEN',
      dueDate: '2999-06',
      isOverdue: false,
      version: 1,
      owner: { __typename: 'Institution', id: ids.ombudsman },
      ownerInstitution: { name: 'Commissioner for Human Rights of Azerbaijan' },
      ownerPerson: null,
      madeAtEvent: { title: 'Baku Forum of Ombudsmen' },
      madeInAgreement: null,
      madeInDocument: null,
    });
    expect(await read(c.id)).toEqual(c);
    const node = await gql('query($id: ID!) { node(id: $id) { __typename id } }', { id: c.id });
    expect(node.node).toEqual({ __typename: 'Commitment', id: c.id });

    const p = await create({ title: 'Report back to the board', ownerId: ids.person, madeInAgreementId: ids.mou, dueDate: '2020' });
    expect(p).toMatchObject({ owner: { __typename: 'Person' }, ownerPerson: { name: 'Sabina Aliyeva' }, ownerInstitution: null, isOverdue: true });
    expect(p.madeInAgreement.title).toBe('Memorandum with the IPHRC');

    const inst = await gql('query($id: ID!) { institution(id: $id) { commitments { title } open: commitments(status: [OPEN]) { title } done: commitments(status: [DONE]) { title } } }', {
      id: ids.ombudsman,
    });
    expect(inst.institution.commitments).toEqual([{ title: 'Host a regional workshop on mine action' }]);
    expect(inst.institution.open).toHaveLength(1);
    expect(inst.institution.done).toEqual([]);
  });

  it.each([
    ['a blank title', { title: ' ', ownerId: 'x' }, ['input', 'title'], 'REQUIRED'],
    ['an owner that is a document', { title: 'A', ownerId: 'RG9jdW1lbnQ6eA' }, ['input', 'ownerId'], 'INVALID_ID'],
    ['a malformed owner', { title: 'A', ownerId: 'nope' }, ['input', 'ownerId'], 'INVALID_ID'],
    ['an unknown owner', { title: 'A', ownerId: unknown('Person') }, ['input', 'ownerId'], 'NOT_FOUND'],
    ['an unknown event', { title: 'A', ownerId: 'OWNER', madeAtEventId: unknown('Event') }, ['input', 'madeAtEventId'], 'NOT_FOUND'],
    ['an agreement ID given as document', { title: 'A', ownerId: 'OWNER', madeInDocumentId: 'AGREEMENT' }, ['input', 'madeInDocumentId'], 'INVALID_ID'],
    ['two origins', { title: 'A', ownerId: 'OWNER', madeAtEventId: 'EVENT', madeInDocumentId: 'DOC' }, ['input', 'madeInDocumentId'], 'INVALID_VALUE'],
    ['DONE without evidence', { title: 'A', ownerId: 'OWNER', status: 'DONE' }, ['input', 'evidence'], 'REQUIRED'],
    ['DONE with blank evidence', { title: 'A', ownerId: 'OWNER', status: 'DONE', evidence: '  ' }, ['input', 'evidence'], 'REQUIRED'],
  ])('create refuses %s', async (_label, raw, field, code) => {
    const swap: Record<string, string> = { OWNER: ids.ombudsman!, EVENT: ids.forum!, DOC: ids.declaration!, AGREEMENT: ids.mou! };
    const input = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' && swap[v] ? swap[v] : v]));
    expect(await refused('createCommitment', input)).toEqual([expect.objectContaining({ field, code })]);
  });

  it('moves through the lifecycle: OPEN → IN_PROGRESS → OPEN → IN_PROGRESS → DONE (with evidence)', async () => {
    const c = await create({ title: 'Translate the declaration', ownerId: ids.iphrc, madeInDocumentId: ids.declaration, dueDate: '2020-01' });
    expect(c.isOverdue).toBe(true);
    expect((await update({ id: c.id, status: 'IN_PROGRESS' })).status).toBe('IN_PROGRESS');
    expect((await update({ id: c.id, status: 'OPEN' })).status).toBe('OPEN');
    expect((await update({ id: c.id, status: 'IN_PROGRESS', version: 3 })).version).toBe(4);
    expect(await refused('updateCommitment', { id: c.id, status: 'DONE' })).toEqual([
      expect.objectContaining({ field: ['input', 'evidence'], code: 'REQUIRED' }),
    ]);
    const done = await update({ id: c.id, status: 'DONE', evidenceDocumentId: ids.report });
    expect(done).toMatchObject({ status: 'DONE', isOverdue: false, evidenceDocument: { title: 'Progress report' }, evidence: null });
    // a done commitment must keep some evidence
    expect(await refused('updateCommitment', { id: c.id, evidenceDocumentId: null })).toEqual([
      expect.objectContaining({ field: ['input', 'evidence'], code: 'REQUIRED' }),
    ]);
    const swapped = await update({ id: c.id, evidenceDocumentId: null, evidence: 'https://example.org/translation.pdf' });
    expect(swapped).toMatchObject({ evidenceDocument: null, evidence: 'https://example.org/translation.pdf', status: 'DONE' });
    // other fields of a final commitment can still be corrected
    expect((await update({ id: c.id, title: 'Translate the Baku Declaration' })).title).toBe('Translate the Baku Declaration');
  });

  it.each([
    ['DONE', 'OPEN'],
    ['DONE', 'IN_PROGRESS'],
    ['DONE', 'DROPPED'],
    ['DROPPED', 'OPEN'],
    ['DROPPED', 'IN_PROGRESS'],
    ['DROPPED', 'DONE'],
  ])('refuses the move %s → %s with INVALID_TRANSITION', async (from, to) => {
    const c = await create({ title: `Final ${from}`, ownerId: ids.ombudsman, status: from, evidence: 'minutes of the board' });
    const errors = await refused('updateCommitment', { id: c.id, status: to, evidence: 'x' });
    expect(errors).toEqual([expect.objectContaining({ field: ['input', 'status'], code: 'INVALID_TRANSITION' })]);
    expect(await read(c.id)).toMatchObject({ status: from, version: 1, evidence: 'minutes of the board' });
  });

  it('allows every move of the lifecycle table', async () => {
    for (const [from, to] of [
      ['OPEN', 'IN_PROGRESS'],
      ['OPEN', 'DONE'],
      ['OPEN', 'DROPPED'],
      ['IN_PROGRESS', 'DONE'],
      ['IN_PROGRESS', 'DROPPED'],
      ['IN_PROGRESS', 'OPEN'],
      ['OPEN', 'OPEN'],
    ]) {
      const c = await create({ title: `Move ${from} ${to}`, ownerId: ids.ombudsman, status: from });
      expect((await update({ id: c.id, status: to, evidence: 'seen' })).status).toBe(to);
    }
  });

  it('updates with patch semantics, switches origin only when the old one is cleared, and refuses a stale version', async () => {
    const c = await create({ title: 'Joint monitoring visit', ownerId: ids.ombudsman, madeAtEventId: ids.forum, dueDate: '2999', description: 'keep' });
    expect(await refused('updateCommitment', { id: c.id, madeInDocumentId: ids.declaration })).toEqual([
      expect.objectContaining({ field: ['input', 'madeInDocumentId'], code: 'INVALID_VALUE' }),
    ]);
    const moved = await update({ id: c.id, version: 1, madeAtEventId: null, madeInDocumentId: ids.declaration, ownerId: ids.person, dueDate: null });
    expect(moved).toMatchObject({
      madeAtEvent: null,
      madeInDocument: { title: 'Baku Declaration' },
      owner: { __typename: 'Person' },
      ownerInstitution: null,
      dueDate: null,
      description: 'keep',
      version: 2,
    });
    expect(await refused('updateCommitment', { id: c.id, version: 1, title: 'lost' })).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' }),
    ]);
    expect(await refused('updateCommitment', { id: c.id, ownerId: null })).toEqual([
      expect.objectContaining({ field: ['input', 'ownerId'], code: 'REQUIRED' }),
    ]);
    expect(await refused('updateCommitment', { id: unknown('Commitment'), title: 'x' })).toEqual([
      expect.objectContaining({ field: ['input', 'id'], code: 'NOT_FOUND' }),
    ]);
  });

  it('filters by status, owner, due dates (partial-date aware), overdue, origin and title', async () => {
    const titles = async (filter: Record<string, unknown>) =>
      (await gql('query($f: CommitmentFilter) { commitments(filter: $f, first: 100, orderBy: {field: TITLE}) { nodes { title } } }', { f: { search: 'due test', ...filter } })).commitments.nodes.map(
        (n: Json) => n.title,
      );
    await create({ title: 'Due test A (2020)', ownerId: ids.iphrc, dueDate: '2020', madeInAgreementId: ids.mou });
    await create({ title: 'Due test B (2020-06-15, done)', ownerId: ids.iphrc, dueDate: '2020-06-15', status: 'DONE', evidence: 'ok' });
    await create({ title: 'Due test C (2999-03)', ownerId: ids.person, dueDate: '2999-03', status: 'IN_PROGRESS', madeInDocumentId: ids.report });
    await create({ title: 'Due test D (none)', ownerId: ids.iphrc, madeAtEventId: ids.forum });
    expect(await titles({})).toHaveLength(4);
    expect(await titles({ status: ['DONE', 'IN_PROGRESS'] })).toEqual(['Due test B (2020-06-15, done)', 'Due test C (2999-03)']);
    expect(await titles({ ownerId: ids.person })).toEqual(['Due test C (2999-03)']);
    expect(await titles({ ownerId: ids.iphrc })).toEqual(['Due test A (2020)', 'Due test B (2020-06-15, done)', 'Due test D (none)']);
    // "2020" covers the whole year: it can fall before June 2020 and after it
    expect(await titles({ dueBefore: '2020-05' })).toEqual(['Due test A (2020)']);
    expect(await titles({ dueAfter: '2020-07' })).toEqual(['Due test A (2020)', 'Due test C (2999-03)']);
    expect(await titles({ dueAfter: '2020-06-15', dueBefore: '2020-06-15' })).toEqual(['Due test A (2020)', 'Due test B (2020-06-15, done)']);
    expect(await titles({ overdue: true })).toEqual(['Due test A (2020)']); // B is done
    expect(await titles({ overdue: false })).toEqual(['Due test B (2020-06-15, done)', 'Due test C (2999-03)', 'Due test D (none)']);
    expect(await titles({ madeAtEventId: ids.forum })).toEqual(['Due test D (none)']);
    expect(await titles({ agreementId: ids.mou })).toEqual(['Due test A (2020)']);
    expect(await titles({ documentId: ids.report })).toEqual(['Due test C (2999-03)']);

    const ordered = await gql('{ commitments(filter: {search: "due test"}, first: 10) { nodes { title } } }');
    expect(ordered.commitments.nodes.map((n: Json) => n.title)).toEqual([
      'Due test A (2020)',
      'Due test B (2020-06-15, done)',
      'Due test C (2999-03)',
      'Due test D (none)', // no due date: last
    ]);
    const desc = await gql('{ commitments(filter: {search: "due test"}, first: 2, orderBy: {field: DUE_DATE, direction: DESC}) { nodes { title } pageInfo { endCursor } } }');
    expect(desc.commitments.nodes.map((n: Json) => n.title)).toEqual(['Due test C (2999-03)', 'Due test B (2020-06-15, done)']);
    const rest = await gql('query($after: String) { commitments(filter: {search: "due test"}, first: 5, after: $after, orderBy: {field: DUE_DATE, direction: DESC}) { nodes { title } pageInfo { hasNextPage hasPreviousPage } } }', {
      after: desc.commitments.pageInfo.endCursor,
    });
    expect(rest.commitments.nodes.map((n: Json) => n.title)).toEqual(['Due test A (2020)', 'Due test D (none)']);
    expect(rest.commitments.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });

    for (const [filter, argument] of [
      [{ ownerId: ids.forum }, 'filter.ownerId'],
      [{ agreementId: ids.forum }, 'filter.agreementId'],
      [{ dueAfter: '2025', dueBefore: '2024' }, 'filter.dueBefore'],
    ] as const) {
      const res = await t.post({ query: 'query($f: CommitmentFilter) { commitments(filter: $f) { totalCount } }', variables: { f: filter } });
      expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('hides confidential commitments from viewers', async () => {
    const c = await create({ title: 'Confidential follow-up', ownerId: ids.iphrc, confidential: true });
    const viewer = { authorization: `Bearer ${await t.tokenFor('VIEWER')}` };
    const asViewer = async (query: string, variables: Record<string, unknown> = {}) => (await t.post({ query, variables }, viewer)).json;
    expect((await asViewer('query($id: ID!) { commitment(id: $id) { id } }', { id: c.id })).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await asViewer('{ commitments(filter: {search: "confidential follow"}) { totalCount } }')).data.commitments.totalCount).toBe(0);
    const owner = await asViewer('query($id: ID!) { institution(id: $id) { commitments { id } } }', { id: ids.iphrc });
    expect(owner.data.institution.commitments.map((x: Json) => x.id)).not.toContain(c.id);
    expect((await asViewer('mutation { deleteCommitment(input: {id: "x"}) { deletedId } }')).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql('{ commitments(filter: {search: "confidential follow"}) { totalCount } }')).commitments.totalCount).toBe(1);
  });

  it('deletes a commitment with its citations and tags', async () => {
    const c = await create({ title: 'Short-lived', ownerId: ids.ombudsman });
    const source = await gql('mutation { createSource(input: {title: "Minutes", kind: INTERNAL_NOTE}) { source { id } } }');
    const cited = await gql('mutation($input: CiteSourceInput!) { citeSource(input: $input) { citation { id } userErrors { code } } }', {
      input: { recordId: c.id, sourceId: source.createSource.source.id },
    });
    const citationId = cited.citeSource.citation.id;
    const DELETE = MUTATION('deleteCommitment', 'DeleteCommitmentInput', 'deletedId');
    expect((await gql(DELETE, { input: { id: c.id, version: 9 } })).deleteCommitment.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' }),
    ]);
    expect((await gql(DELETE, { input: { id: c.id, version: 1 } })).deleteCommitment).toEqual({ deletedId: c.id, userErrors: [] });
    expect((await gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [c.id, citationId] })).nodes).toEqual([null, null]);
    expect((await gql(DELETE, { input: { id: c.id } })).deleteCommitment.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'id'], code: 'NOT_FOUND' }),
    ]);
  });
});

describe('commitment batching', () => {
  const QUERY = `query($first: Int) { commitments(filter: {search: "batch commitment"}, first: $first, orderBy: {field: TITLE}) {
    nodes { ${FIELDS} topics { id } citations { id } } } }`;

  beforeAll(async () => {
    const em = t.db.orm.em.fork();
    for (let i = 0; i < 100; i++) {
      const owner = em.create(Institution, { name: `Batch owner ${i}`, kind: InstitutionKind.OTHER, nameKey: '', searchText: '' });
      owner.refreshSearchKeys();
      const person = em.create(Person, { name: `Batch person ${i}`, searchText: '' });
      person.refreshSearchKeys();
      const meeting = em.create(Event, { title: `Batch meeting ${i}`, kind: EventKind.SESSION, searchText: '' });
      meeting.refreshSearchKeys();
      const evidence = em.create(Document, { title: `Batch evidence ${i}`, kind: DocumentKind.REPORT, searchText: '' });
      evidence.refreshSearchKeys();
      const agreement = em.create(Agreement, { title: `Batch agreement ${i}`, kind: AgreementKind.ACTION_PLAN });
      em.create(Commitment, {
        title: `Batch commitment ${i} a`,
        ownerInstitution: owner,
        madeAtEvent: meeting,
        status: CommitmentStatus.DONE,
        evidenceDocument: evidence,
        dueDate: '2024',
      });
      em.create(Commitment, { title: `Batch commitment ${i} b`, ownerPerson: person, madeInAgreement: agreement, dueDate: '2025-01' });
    }
    await em.flush();
  });

  it('lists 100 commitments with owners, origins and evidence in the same few SQL statements as 10', async () => {
    const run = async (first: number) => {
      const res = await t.post({ query: QUERY, variables: { first } });
      expect(res.json.errors).toBeUndefined();
      const nodes = res.json.data.commitments.nodes;
      expect(nodes).toHaveLength(first);
      for (const n of nodes) {
        expect(n.owner).not.toBeNull();
        expect(n.madeAtEvent ?? n.madeInAgreement).not.toBeNull();
      }
      return res.json.extensions.sqlStatements as number;
    };
    const ten = await run(10);
    const hundred = await run(100);
    console.log(`commitment batching: ${ten} SQL statements for 10 commitments, ${hundred} for 100`);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(10);
  });
});
