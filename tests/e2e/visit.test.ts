import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { Document } from '../../server/records/document/document.entity.js';
import { DocumentKind } from '../../server/records/document/document.enums.js';
import { Person } from '../../server/records/person/person.entity.js';
import { Citation } from '../../server/records/provenance/citation.entity.js';
import { SourceKind } from '../../server/records/provenance/provenance.enums.js';
import { Source } from '../../server/records/provenance/source.entity.js';
import { Visit } from '../../server/records/visit/visit.entity.js';
import { VisitMember } from '../../server/records/visit/visit-member.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let azOmbudsman: string;
let iphrc: string;
let geOmbudsman: string;
let head: string; // Person IDs
let expert: string;
let report: string; // Document ID

beforeAll(async () => {
  t = await startTestServer();
  azOmbudsman = (await t.client.createInstitution({ name: 'Ombudsman of Azerbaijan', kind: 'OMBUDSMAN', country: 'AZ' })).id;
  iphrc = (await t.client.createInstitution({ name: 'IPHRC', kind: 'IGO_BODY' })).id;
  geOmbudsman = (await t.client.createInstitution({ name: 'Public Defender of Georgia', kind: 'OMBUDSMAN', country: 'GE' })).id;
  const em = t.db.orm.em.fork();
  const people = ['Head of Delegation', 'Mine Action Expert'].map((name) => {
    const p = em.create(Person, { name, aliases: [], searchText: '' });
    p.refreshSearchKeys();
    return p;
  });
  const doc = em.create(Document, { title: 'Report of the IPHRC fact-finding mission', kind: DocumentKind.REPORT, date: '2023-06', searchText: '' });
  doc.refreshSearchKeys();
  await em.flush();
  [head, expert] = people.map((p) => toGlobalId('Person', p.id)) as [string, string];
  report = toGlobalId('Document', doc.id);
});
afterAll(() => t?.close());

// biome-ignore lint/suspicious/noExplicitAny: raw GraphQL responses are untyped in these tests
async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.post({ query, variables });
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return res.json.data as T;
}

const VISIT_FIELDS = `id version title direction purpose status startDate endDate place country countryName description confidential
  delegationOf { id } host { id } outcome { id title } members { role person { id name } institution { id } }`;
const CREATE = `mutation($input: CreateVisitInput!) { createVisit(input: $input) { visit { ${VISIT_FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateVisitInput!) { updateVisit(input: $input) { visit { ${VISIT_FIELDS} } userErrors { field code message } } }`;
const DELETE = `mutation($input: DeleteVisitInput!) { deleteVisit(input: $input) { deletedId userErrors { field code message } } }`;
const ADD_MEMBER = `mutation($input: AddVisitMemberInput!) { addVisitMember(input: $input) { visitMember { id role version person { id } institution { id } } userErrors { field code message } } }`;
const REMOVE_MEMBER = `mutation($input: RemoveVisitMemberInput!) { removeVisitMember(input: $input) { deletedId userErrors { field code message } } }`;

const base = () => ({ title: 'Visit', delegationOfId: iphrc, hostId: azOmbudsman, direction: 'INBOUND', purpose: 'ASSESSMENT_MISSION' });

async function createVisit(input: Record<string, unknown>) {
  const data = await gql(CREATE, { input: { ...base(), ...input } });
  expect(data.createVisit.userErrors).toEqual([]);
  return data.createVisit.visit;
}

async function counts() {
  const em = t.db.orm.em.fork();
  return [await em.count(Visit, {}), await em.count(VisitMember, {})];
}

async function refused(query: string, input: Record<string, unknown>) {
  const before = await counts();
  const data = await gql(query, { input });
  const payload = Object.values(data)[0] as Record<string, unknown> & { userErrors: { field: string[]; code: string; message: string }[] };
  expect(payload.userErrors.length).toBeGreaterThan(0);
  for (const [key, value] of Object.entries(payload)) if (key !== 'userErrors') expect(value).toBeNull();
  expect(await counts()).toEqual(before);
  return payload.userErrors;
}

const unknownVisit = toGlobalId('Visit', '00000000-0000-4000-8000-000000000000');

describe('visits', () => {
  it('records a mission with its delegation and outcome and reads it back', async () => {
    const visit = await createVisit({
      title: 'IPHRC fact-finding mission to the liberated territories',
      status: 'HELD',
      startDate: '2023-05-29',
      endDate: '2023-06-02',
      place: 'Karabakh',
      country: 'az',
      outcomeId: report,
      members: [{ personId: head, role: 'HEAD' }, { personId: expert, role: 'EXPERT' }, { institutionId: geOmbudsman }],
    });
    expect(visit).toMatchObject({
      direction: 'INBOUND',
      purpose: 'ASSESSMENT_MISSION',
      status: 'HELD',
      country: 'AZ',
      countryName: 'Azerbaijan',
      delegationOf: { id: iphrc },
      host: { id: azOmbudsman },
      outcome: { id: report, title: 'Report of the IPHRC fact-finding mission' },
      version: 1,
    });
    expect(visit.members).toEqual([
      { role: 'HEAD', person: { id: head, name: 'Head of Delegation' }, institution: null },
      { role: 'EXPERT', person: { id: expert, name: 'Mine Action Expert' }, institution: null },
      { role: 'MEMBER', person: null, institution: { id: geOmbudsman } },
    ]);
    const read = await gql(`query($id: ID!) { visit(id: $id) { title members { visit { id } } } }`, { id: visit.id });
    expect(read.visit.members[0].visit.id).toBe(visit.id);
    const node = await gql(`query($id: ID!) { node(id: $id) { __typename } }`, { id: visit.id });
    expect(node.node.__typename).toBe('Visit');

    const inst = await gql(
      `query($a: ID!, $b: ID!) {
        host: institution(id: $a) { all: visits { id } hosted: visits(as: HOST) { id } went: visits(as: DELEGATION) { id } }
        delegation: institution(id: $b) { visits(as: DELEGATION) { id } }
      }`,
      { a: azOmbudsman, b: iphrc },
    );
    expect(inst.host).toEqual({ all: [{ id: visit.id }], hosted: [{ id: visit.id }], went: [] });
    expect(inst.delegation.visits).toEqual([{ id: visit.id }]);
  });

  it('answers NOT_FOUND for unknown IDs', async () => {
    const res = await t.post({ query: 'query($id: ID!) { visit(id: $id) { id } }', variables: { id: unknownVisit } });
    expect(res.json.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('filters by purpose, status, direction, institution, country and date window, and pages', async () => {
    await createVisit({ title: 'F Study Tbilisi', delegationOfId: azOmbudsman, hostId: geOmbudsman, direction: 'OUTBOUND', purpose: 'STUDY_VISIT', startDate: '2024-04-10', endDate: '2024-04-12', country: 'GE' });
    await createVisit({ title: 'F Mutual Baku', delegationOfId: geOmbudsman, hostId: azOmbudsman, purpose: 'MUTUAL_VISIT', startDate: '2024-09', status: 'CONFIRMED' });
    await createVisit({ title: 'F Monitoring', delegationOfId: azOmbudsman, hostId: null, direction: 'OUTBOUND', purpose: 'MONITORING', startDate: '2025' });
    const titles = async (filter: Record<string, unknown>, extra = '') => {
      const data = await gql(`query($filter: VisitFilter) { visits(filter: $filter, first: 50 ${extra}) { totalCount nodes { title } } }`, { filter });
      return data.visits.nodes.map((n: { title: string }) => n.title);
    };
    expect(await titles({ purpose: ['STUDY_VISIT', 'MONITORING'] })).toEqual(['F Study Tbilisi', 'F Monitoring']);
    expect(await titles({ status: ['CONFIRMED'] })).toEqual(['F Mutual Baku']);
    expect(await titles({ direction: 'OUTBOUND' })).toEqual(['F Study Tbilisi', 'F Monitoring']);
    expect(await titles({ institutionId: geOmbudsman })).toEqual(['F Study Tbilisi', 'F Mutual Baku']);
    expect(await titles({ country: ['ge'] })).toEqual(['F Study Tbilisi']);
    expect(await titles({ from: '2024-04-12', to: '2024-09-01' })).toEqual(['F Study Tbilisi', 'F Mutual Baku']);
    expect(await titles({ from: '2024-10' })).toEqual(['F Monitoring']);
    expect(await titles({ to: '2023' })).toEqual(['IPHRC fact-finding mission to the liberated territories']);
    expect(await titles({}, ', orderBy: {field: TITLE, direction: DESC}')).toEqual([
      'IPHRC fact-finding mission to the liberated territories',
      'F Study Tbilisi',
      'F Mutual Baku',
      'F Monitoring',
    ]);
    const first = await gql(`{ visits(first: 2) { pageInfo { endCursor hasNextPage } nodes { title } } }`);
    expect(first.visits.pageInfo.hasNextPage).toBe(true);
    const next = await gql(`query($after: String) { visits(first: 2, after: $after) { pageInfo { hasNextPage hasPreviousPage } nodes { title } } }`, {
      after: first.visits.pageInfo.endCursor,
    });
    expect(next.visits.nodes.map((n: { title: string }) => n.title)).toEqual(['F Mutual Baku', 'F Monitoring']);
    expect(next.visits.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    for (const filter of [{ institutionId: head }, { country: ['ZZ'] }]) {
      const res = await t.post({ query: 'query($filter: VisitFilter) { visits(filter: $filter) { totalCount } }', variables: { filter } });
      expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('updates with patch semantics, checks transitions and refuses a stale version', async () => {
    const v = await createVisit({ title: 'Patch Visit', startDate: '2024-02-01', place: 'Ganja', description: 'keep' });
    const updated = await gql(UPDATE, { input: { id: v.id, version: 1, place: null, hostId: null, purpose: 'OFFICIAL' } });
    expect(updated.updateVisit.visit).toMatchObject({ place: null, host: null, purpose: 'OFFICIAL', description: 'keep', version: 2 });
    expect((await refused(UPDATE, { id: v.id, version: 1, title: 'lost' }))[0]).toMatchObject({ field: ['input', 'version'], code: 'CONFLICT' });
    const move = (status: string) => gql(UPDATE, { input: { id: v.id, status } }).then((d) => d.updateVisit);
    expect((await move('HELD')).userErrors).toEqual([expect.objectContaining({ field: ['input', 'status'], code: 'INVALID_TRANSITION' })]);
    expect((await move('CONFIRMED')).visit.status).toBe('CONFIRMED');
    expect((await move('CANCELLED')).visit.status).toBe('CANCELLED');
    expect((await move('PLANNED')).userErrors[0].code).toBe('INVALID_TRANSITION');
    const future = await createVisit({ title: 'Future Visit', startDate: '2099-03', status: 'CONFIRMED' });
    expect((await gql(UPDATE, { input: { id: future.id, status: 'HELD' } })).updateVisit.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'status'], code: 'INVALID_VALUE' }),
    ]);
  });

  const cases: [string, Record<string, unknown>, string[], string][] = [
    ['a blank title', { title: ' ' }, ['input', 'title'], 'REQUIRED'],
    ['an unknown delegation', { delegationOfId: toGlobalId('Institution', '00000000-0000-4000-8000-000000000000') }, ['input', 'delegationOfId'], 'NOT_FOUND'],
    ['a delegation that is not an institution', { delegationOfId: '$head' }, ['input', 'delegationOfId'], 'INVALID_ID'],
    ['the delegation hosting itself', { hostId: '$iphrc' }, ['input', 'hostId'], 'INVALID_VALUE'],
    ['an outcome that is not a document', { outcomeId: '$iphrc' }, ['input', 'outcomeId'], 'INVALID_ID'],
    ['an end before the start', { startDate: '2024-05-02', endDate: '2024-05-01' }, ['input', 'endDate'], 'INVALID_DATE_RANGE'],
    ['a bad country', { country: 'AZE' }, ['input', 'country'], 'INVALID_COUNTRY'],
    ['HELD in the future', { status: 'HELD', startDate: '2099' }, ['input', 'status'], 'INVALID_VALUE'],
    ['a member with neither person nor institution', { members: [{ role: 'HEAD' }] }, ['input', 'members', '0', 'personId'], 'REQUIRED'],
    ['a member with both', { members: [{ personId: '$head', institutionId: '$iphrc' }] }, ['input', 'members', '0', 'institutionId'], 'INVALID_VALUE'],
    ['the same member twice', { members: [{ personId: '$head' }, { personId: '$head', role: 'EXPERT' }] }, ['input', 'members', '1', 'personId'], 'DUPLICATE'],
  ];

  it.each(cases)('create refuses %s', async (_label, extra, field, code) => {
    const swap = (v: unknown): unknown =>
      v === '$head' ? head : v === '$iphrc' ? iphrc
        : Array.isArray(v) ? v.map(swap)
          : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)]))
            : v;
    const errors = await refused(CREATE, swap({ ...base(), ...extra }) as Record<string, unknown>);
    expect(errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('adds and removes delegation members', async () => {
    const v = await createVisit({ title: 'Members Visit', members: [{ personId: head, role: 'HEAD' }] });
    const added = await gql(ADD_MEMBER, { input: { visitId: v.id, personId: expert, role: 'EXPERT' } });
    expect(added.addVisitMember.visitMember).toMatchObject({ role: 'EXPERT', person: { id: expert }, institution: null });
    expect((await refused(ADD_MEMBER, { visitId: v.id, personId: head }))[0]).toMatchObject({ field: ['input', 'personId'], code: 'DUPLICATE' });
    expect((await refused(ADD_MEMBER, { visitId: unknownVisit, personId: head }))[0]).toMatchObject({ field: ['input', 'visitId'], code: 'NOT_FOUND' });
    const removed = await gql(REMOVE_MEMBER, { input: { id: added.addVisitMember.visitMember.id, version: 1 } });
    expect(removed.removeVisitMember).toEqual({ deletedId: added.addVisitMember.visitMember.id, userErrors: [] });
    const after = await gql(`query($id: ID!) { visit(id: $id) { members { person { id } } } }`, { id: v.id });
    expect(after.visit.members).toEqual([{ person: { id: head } }]);
    expect((await gql(REMOVE_MEMBER, { input: { id: unknownVisit } })).removeVisitMember.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('deletes a visit with its members and their citations', async () => {
    const v = await createVisit({ title: 'Doomed Visit', members: [{ personId: head }] });
    const em = t.db.orm.em.fork();
    const visitKey = Buffer.from(v.id, 'base64url').toString().split(':')[1]!;
    const member = await em.findOneOrFail(VisitMember, { visit: visitKey });
    const source = em.create(Source, { title: 'Press release', kind: SourceKind.PRESS_RELEASE });
    em.create(Citation, { source, recordId: visitKey, recordType: 'Visit' });
    em.create(Citation, { source, recordId: member.id, recordType: 'VisitMember' });
    await em.flush();
    expect((await gql(DELETE, { input: { id: v.id, version: 2 } })).deleteVisit.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
    expect((await gql(DELETE, { input: { id: v.id, version: 1 } })).deleteVisit).toEqual({ deletedId: v.id, userErrors: [] });
    const check = t.db.orm.em.fork();
    expect(await check.count(VisitMember, { visit: visitKey })).toBe(0);
    expect(await check.count(Citation, { recordId: { $in: [visitKey, member.id] } })).toBe(0);
    expect((await gql(DELETE, { input: { id: v.id } })).deleteVisit.userErrors[0]).toMatchObject({ field: ['input', 'id'], code: 'NOT_FOUND' });
  });
});

describe('visit batching', () => {
  it('lists visits with delegation, host, outcome and members in a constant number of statements', async () => {
    const em = t.db.orm.em.fork();
    const keyOf = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1]!;
    for (let i = 0; i < 100; i++) {
      const visit = em.create(Visit, {
        title: `Batch Visit ${String(i).padStart(3, '0')}`,
        delegationOf: keyOf(iphrc),
        host: keyOf(i % 2 ? azOmbudsman : geOmbudsman),
        direction: 'INBOUND' as never,
        purpose: 'MONITORING' as never,
        outcome: keyOf(report),
        startDate: '2022-01-01',
      });
      em.create(VisitMember, { visit, person: keyOf(head) });
      em.create(VisitMember, { visit, institution: keyOf(geOmbudsman) });
    }
    await em.flush();
    const statements = async (first: number) => {
      const res = await t.post({
        query: `query($first: Int) { visits(filter: {to: "2022"}, first: $first) { nodes { title delegationOf { name } host { name } outcome { title }
          members { role person { name } institution { name } } citations { quote } topics { name } } } }`,
        variables: { first },
      });
      expect(res.json.errors).toBeUndefined();
      expect(res.json.data.visits.nodes).toHaveLength(first);
      for (const n of res.json.data.visits.nodes) expect(n.members).toHaveLength(2);
      return res.json.extensions.sqlStatements as number;
    };
    const ten = await statements(10);
    const hundred = await statements(100);
    console.log(`visits: ${ten} SQL statements for 10, ${hundred} for 100`);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(9);
  });
});

describe('visit access', () => {
  it('hides confidential visits and outcomes below EDITOR and refuses writes to viewers', async () => {
    const viewer = { authorization: `Bearer ${await t.tokenFor('VIEWER')}` };
    const em = t.db.orm.em.fork();
    const secretDoc = em.create(Document, { title: 'Confidential mission notes', kind: DocumentKind.OTHER, confidential: true, searchText: '' });
    secretDoc.refreshSearchKeys();
    await em.flush();
    const hidden = await createVisit({ title: 'Negotiated Visit', confidential: true, delegationOfId: geOmbudsman, hostId: iphrc });
    const shown = await createVisit({ title: 'Public Visit', delegationOfId: geOmbudsman, hostId: iphrc, outcomeId: toGlobalId('Document', secretDoc.id) });
    const one = await t.post({ query: 'query($id: ID!) { visit(id: $id) { id } }', variables: { id: hidden.id } }, viewer);
    expect(one.json.errors[0].extensions.code).toBe('NOT_FOUND');
    const list = await t.post({ query: 'query($id: ID!) { visits(filter: {institutionId: $id, purpose: [ASSESSMENT_MISSION]}) { nodes { title outcome { id } } } }', variables: { id: geOmbudsman } }, viewer);
    expect(list.json.data.visits.nodes).toEqual([{ title: 'Public Visit', outcome: null }]);
    const inst = await t.post({ query: 'query($id: ID!) { institution(id: $id) { visits { id } } }', variables: { id: iphrc } }, viewer);
    expect(inst.json.data.institution.visits.map((v: { id: string }) => v.id)).not.toContain(hidden.id);
    expect(inst.json.data.institution.visits.map((v: { id: string }) => v.id)).toContain(shown.id);
    const write = await t.post({ query: ADD_MEMBER, variables: { input: { visitId: shown.id, personId: head } } }, viewer);
    expect(write.json.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
