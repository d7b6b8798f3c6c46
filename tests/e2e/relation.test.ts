import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateRelationDocument,
  DeleteRelationDocument,
  InstitutionRelationsDocument,
  InstitutionsWithRelationsDocument,
  RelationDocument,
  RelationsDocument,
  UpdateRelationDocument,
} from '../../client/generated/graphql.js';
import { Institution } from '../../server/records/institution/institution.entity.js';
import { InstitutionKind } from '../../server/records/institution/institution.kind.js';
import { Person } from '../../server/records/person/person.entity.js';
import { Post } from '../../server/records/person/post.entity.js';
import { Tenure } from '../../server/records/person/tenure.entity.js';
import { Citation } from '../../server/records/provenance/citation.entity.js';
import { SourceKind } from '../../server/records/provenance/provenance.enums.js';
import { Source } from '../../server/records/provenance/source.entity.js';
import { Relation } from '../../server/records/relation/relation.entity.js';
import { RelationKind } from '../../server/records/relation/relation.enums.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let ombudsman: string; // Ombudsman of Azerbaijan
let oicoa: string; // OIC Ombudsman Association
let ioi: string; // International Ombudsman Institute
let oic: string;
let iphrc: string;
let sabina: string;

type Vars = Record<string, unknown>;

async function run<R, V>(doc: TypedDocumentNode<R, V>, variables: Vars): Promise<R> {
  const res = await t.client.execute(doc as TypedDocumentNode<R, Vars>, variables);
  expect(res.errors).toBeUndefined();
  return res.data as R;
}

async function createRelation(input: Vars) {
  const data = await run(CreateRelationDocument, { input });
  expect(data.createRelation.userErrors).toEqual([]);
  return data.createRelation.relation!;
}

async function relationRows(): Promise<number> {
  const result = await t.db.orm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from relation');
  return result[0]!.n;
}

const CREATE = `mutation($input: CreateRelationInput!) { createRelation(input: $input) { relation { id } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateRelationInput!) { updateRelation(input: $input) { relation { id version } userErrors { field code message } } }`;
const DELETE = `mutation($input: DeleteRelationInput!) { deleteRelation(input: $input) { deletedId userErrors { field code message } } }`;

/** Posts a mutation that must be refused; returns its userErrors after checking nothing changed. */
async function refused(mutation: string, input: Vars) {
  const before = await relationRows();
  const snapshot = await t.db.orm.em.fork().execute('select id, version from relation order by id');
  const res = await t.post({ query: mutation, variables: { input } });
  expect(res.status).toBe(200);
  expect(res.json.errors).toBeUndefined();
  const payload = Object.values(res.json.data)[0] as Record<string, unknown> & { userErrors: { field: string[]; code: string; message: string }[] };
  for (const [key, value] of Object.entries(payload)) if (key !== 'userErrors') expect(value).toBeNull();
  expect(payload.userErrors.length).toBeGreaterThan(0);
  expect(await relationRows()).toBe(before);
  expect(await t.db.orm.em.fork().execute('select id, version from relation order by id')).toEqual(snapshot);
  return payload.userErrors;
}

const gid = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64url');
const unknown = (type: string) => gid(type, '00000000-0000-4000-8000-000000000000');

beforeAll(async () => {
  t = await startTestServer();
  const make = async (name: string, kind: Parameters<typeof t.client.createInstitution>[0]['kind'], extra: Vars = {}) =>
    (await t.client.createInstitution({ name, kind, ...extra })).id;
  ombudsman = await make('Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan', 'OMBUDSMAN', { country: 'AZ' });
  oicoa = await make('OIC Ombudsman Association', 'NETWORK', { acronym: 'OICOA' });
  ioi = await make('International Ombudsman Institute', 'NETWORK', { acronym: 'IOI' });
  oic = await make('Organisation of Islamic Cooperation', 'INTERGOVERNMENTAL_ORGANIZATION', { acronym: 'OIC' });
  iphrc = await make('Independent Permanent Human Rights Commission', 'IGO_BODY', { acronym: 'IPHRC' });
  const res = await t.post({
    query: 'mutation { createPerson(input: {name: "Sabina Aliyeva", country: "AZ"}) { person { id } } }',
  });
  sabina = res.json.data.createPerson.person.id;
});
afterAll(() => t?.close());

describe('relations', () => {
  it('creates relations between institutions and from a person, with subject, object and derived status', async () => {
    const member = await createRelation({ kind: 'MEMBER_OF', subjectInstitutionId: ombudsman, objectId: oicoa, startDate: '2015', role: 'full member' });
    expect(member).toMatchObject({
      kind: 'MEMBER_OF',
      role: 'full member',
      startDate: '2015',
      endDate: null,
      status: 'ACTIVE',
      version: 1,
      subject: { __typename: 'Institution', id: ombudsman },
      object: { id: oicoa, acronym: 'OICOA' },
    });
    const represents = await createRelation({ kind: 'REPRESENTS', subjectPersonId: sabina, objectId: ombudsman, startDate: '2019-10' });
    expect(represents.subject).toMatchObject({ __typename: 'Person', id: sabina, name: 'Sabina Aliyeva' });

    const read = await run(RelationDocument, { id: member.id });
    expect(read.relation).toMatchObject({ id: member.id, subject: { id: ombudsman } });
    expect(await t.client.node(member.id)).toMatchObject({ __typename: 'Relation', id: member.id });
    const res = await t.post({ query: 'query($id: ID!) { relation(id: $id) { id } }', variables: { id: unknown('Relation') } });
    expect(res.json.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('derives UPCOMING, ACTIVE and ENDED from partial dates, and filters by them the same way', async () => {
    const ended = await createRelation({ kind: 'OBSERVER_IN', subjectInstitutionId: iphrc, objectId: ioi, startDate: '2001', endDate: '2003-06' });
    const active = await createRelation({ kind: 'BODY_OF', subjectInstitutionId: iphrc, objectId: oic, startDate: '2011-06-28' });
    const upcoming = await createRelation({ kind: 'PARTNER_OF', subjectInstitutionId: iphrc, objectId: oicoa, startDate: '2097-01' });
    const endsLater = await createRelation({ kind: 'COOPERATES_WITH', subjectInstitutionId: iphrc, objectId: ombudsman, endDate: '2098' });
    expect([ended.status, active.status, upcoming.status, endsLater.status]).toEqual(['ENDED', 'ACTIVE', 'UPCOMING', 'ACTIVE']);

    const ids = async (filter: Vars) =>
      (await run(RelationsDocument, { filter: { subjectId: iphrc, ...filter }, first: 100 })).relations.nodes.map((r) => r.id);
    expect(await ids({ status: ['ENDED'] })).toEqual([ended.id]);
    expect(await ids({ status: ['ACTIVE'] })).toEqual([active.id, endsLater.id]);
    expect(await ids({ status: ['UPCOMING'] })).toEqual([upcoming.id]);
    expect(await ids({ status: ['UPCOMING', 'ENDED'] })).toEqual([ended.id, upcoming.id]);
    // activeOn a day: partial dates cover their whole span, open ends are unbounded
    expect(await ids({ activeOn: '2003-06-30' })).toEqual([ended.id, endsLater.id]);
    expect(await ids({ activeOn: '2003-07-01' })).toEqual([endsLater.id]);
    expect(await ids({ activeOn: '2097-01-01' })).toEqual([active.id, upcoming.id, endsLater.id]);
    expect(await ids({ activeOn: '2099-01-01' })).toEqual([active.id, upcoming.id]);

    // the status shown always matches the filter that found it
    for (const status of ['UPCOMING', 'ACTIVE', 'ENDED']) {
      const nodes = (await run(RelationsDocument, { filter: { status: [status] }, first: 100 })).relations.nodes;
      for (const n of nodes) expect(n.status).toBe(status);
    }
    const bad = await t.post({
      query: 'query($day: LocalDate) { relations(filter: {activeOn: $day}) { totalCount } }',
      variables: { day: '2024-02-30' },
    });
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('filters by kind, institution (either side), subject and object', async () => {
    const ids = async (filter: Vars) => (await run(RelationsDocument, { filter, first: 100 })).relations.nodes.map((r) => `${r.kind}:${r.object.acronym ?? r.object.name}`);
    expect(await ids({ kind: ['MEMBER_OF', 'REPRESENTS'] })).toEqual([
      'MEMBER_OF:OICOA',
      'REPRESENTS:Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan',
    ]);
    expect(await ids({ subjectId: sabina })).toEqual(['REPRESENTS:Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan']);
    expect(await ids({ objectId: oicoa })).toEqual(['MEMBER_OF:OICOA', 'PARTNER_OF:OICOA']);
    expect((await ids({ institutionId: ombudsman })).sort()).toEqual([
      'COOPERATES_WITH:Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan',
      'MEMBER_OF:OICOA',
      'REPRESENTS:Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan',
    ]);
    for (const [filter, argument] of [
      ['{subjectId: "nope"}', 'filter.subjectId'],
      [`{objectId: "${sabina}"}`, 'filter.objectId'],
      ['{institutionId: "x"}', 'filter.institutionId'],
    ]) {
      const res = await t.post({ query: `{ relations(filter: ${filter}) { totalCount } }` });
      expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('orders by start date (undated last) and pages with cursors', async () => {
    const all = async (vars: Vars) => (await run(RelationsDocument, { filter: { subjectId: iphrc }, ...vars })).relations;
    const first = await all({ first: 2, orderBy: { field: 'START_DATE', direction: 'ASC' } });
    expect(first.totalCount).toBe(4);
    expect(first.nodes.map((n) => n.startDate)).toEqual(['2001', '2011-06-28']);
    const rest = await all({ first: 10, after: first.pageInfo.endCursor, orderBy: { field: 'START_DATE', direction: 'ASC' } });
    expect(rest.nodes.map((n) => n.startDate)).toEqual(['2097-01', null]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const back = await all({ last: 1, before: rest.pageInfo.startCursor, orderBy: { field: 'START_DATE', direction: 'ASC' } });
    expect(back.nodes.map((n) => n.startDate)).toEqual(['2011-06-28']);
  });

  it('lists an institution’s relations by direction, kind and status, and a person’s relations', async () => {
    const rel = async (vars: Vars) =>
      (await run(InstitutionRelationsDocument, { id: iphrc, ...vars })).institution.relations.map((r) => [r.kind, r.status]);
    // current first, then upcoming, then ended
    expect(await rel({})).toEqual([
      ['BODY_OF', 'ACTIVE'],
      ['COOPERATES_WITH', 'ACTIVE'],
      ['PARTNER_OF', 'UPCOMING'],
      ['OBSERVER_IN', 'ENDED'],
    ]);
    expect(await rel({ status: ['ENDED', 'UPCOMING'] })).toEqual([
      ['PARTNER_OF', 'UPCOMING'],
      ['OBSERVER_IN', 'ENDED'],
    ]);
    expect(await rel({ kind: ['BODY_OF'] })).toEqual([['BODY_OF', 'ACTIVE']]);
    expect(await rel({ direction: 'INCOMING' })).toEqual([]);

    const oicoaRel = async (direction: string) =>
      (await run(InstitutionRelationsDocument, { id: oicoa, direction })).institution.relations.map((r) => r.kind).sort();
    expect(await oicoaRel('INCOMING')).toEqual(['MEMBER_OF', 'PARTNER_OF']);
    expect(await oicoaRel('OUTGOING')).toEqual([]);
    const azRel = (await run(InstitutionRelationsDocument, { id: ombudsman, direction: 'BOTH' })).institution.relations;
    expect(azRel.map((r) => r.kind).sort()).toEqual(['COOPERATES_WITH', 'MEMBER_OF', 'REPRESENTS']);

    const person = await t.post({
      query: 'query($id: ID!) { person(id: $id) { relations { kind object { id } status } } }',
      variables: { id: sabina },
    });
    expect(person.json.data.person.relations).toEqual([{ kind: 'REPRESENTS', object: { id: ombudsman }, status: 'ACTIVE' }]);
  });
});

describe('relation rules', () => {
  it.each([
    ['both subjects', () => ({ kind: 'MEMBER_OF', subjectInstitutionId: ombudsman, subjectPersonId: sabina, objectId: ioi }), ['input', 'subjectPersonId'], 'INVALID_VALUE'],
    ['no subject', () => ({ kind: 'MEMBER_OF', objectId: ioi }), ['input', 'subjectInstitutionId'], 'REQUIRED'],
    ['null subjects', () => ({ kind: 'MEMBER_OF', subjectInstitutionId: null, subjectPersonId: null, objectId: ioi }), ['input', 'subjectInstitutionId'], 'REQUIRED'],
    ['a self-relation', () => ({ kind: 'COOPERATES_WITH', subjectInstitutionId: ioi, objectId: ioi }), ['input', 'objectId'], 'INVALID_VALUE'],
    ['an end year before the start year', () => ({ kind: 'MEMBER_OF', subjectInstitutionId: ombudsman, objectId: ioi, startDate: '2024', endDate: '2023' }), ['input', 'endDate'], 'INVALID_DATE_RANGE'],
    ['an end day before the start day', () => ({ kind: 'MEMBER_OF', subjectInstitutionId: ombudsman, objectId: ioi, startDate: '2024-05-02', endDate: '2024-05-01' }), ['input', 'endDate'], 'INVALID_DATE_RANGE'],
    ['an institution that REPRESENTS', () => ({ kind: 'REPRESENTS', subjectInstitutionId: ombudsman, objectId: ioi }), ['input', 'kind'], 'INVALID_VALUE'],
    ['a person that is a BODY_OF', () => ({ kind: 'BODY_OF', subjectPersonId: sabina, objectId: ioi }), ['input', 'kind'], 'INVALID_VALUE'],
    ['an unknown object', () => ({ kind: 'MEMBER_OF', subjectInstitutionId: ombudsman, objectId: unknown('Institution') }), ['input', 'objectId'], 'NOT_FOUND'],
    ['a person as object', () => ({ kind: 'MEMBER_OF', subjectInstitutionId: ombudsman, objectId: sabina }), ['input', 'objectId'], 'INVALID_ID'],
    ['an unknown subject person', () => ({ kind: 'MEMBER_OF', subjectPersonId: unknown('Person'), objectId: ioi }), ['input', 'subjectPersonId'], 'NOT_FOUND'],
    ['an institution ID as subject person', () => ({ kind: 'MEMBER_OF', subjectPersonId: ombudsman, objectId: ioi }), ['input', 'subjectPersonId'], 'INVALID_ID'],
    ['a malformed subject institution', () => ({ kind: 'MEMBER_OF', subjectInstitutionId: 'nope', objectId: ioi }), ['input', 'subjectInstitutionId'], 'INVALID_ID'],
    ['a too long role', () => ({ kind: 'MEMBER_OF', subjectInstitutionId: ombudsman, objectId: ioi, role: 'x'.repeat(301) }), ['input', 'role'], 'TOO_LONG'],
  ])('createRelation refuses %s', async (_label, input, field, code) => {
    expect(await refused(CREATE, input())).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('accepts an end that covers the start ("2024-05" to "2024")', async () => {
    const r = await createRelation({ kind: 'AFFILIATED_WITH', subjectInstitutionId: ombudsman, objectId: ioi, startDate: '2024-05', endDate: '2024' });
    expect(r).toMatchObject({ startDate: '2024-05', endDate: '2024', status: 'ENDED' });
  });

  it('refuses a second relation of the same kind over overlapping dates, allows disjoint periods and other kinds', async () => {
    await createRelation({ kind: 'MEMBER_OF', subjectInstitutionId: ombudsman, objectId: ioi, startDate: '2005', endDate: '2010-03' });
    // "2010" overlaps "… to 2010-03" (both cover January–March 2010)
    expect(await refused(CREATE, { kind: 'MEMBER_OF', subjectInstitutionId: ombudsman, objectId: ioi, startDate: '2010', endDate: '2012' })).toEqual([
      expect.objectContaining({ field: ['input', 'startDate'], code: 'DUPLICATE' }),
    ]);
    // an undated relation overlaps everything
    expect(await refused(CREATE, { kind: 'MEMBER_OF', subjectInstitutionId: ombudsman, objectId: ioi })).toEqual([
      expect.objectContaining({ code: 'DUPLICATE' }),
    ]);
    const later = await createRelation({ kind: 'MEMBER_OF', subjectInstitutionId: ombudsman, objectId: ioi, startDate: '2010-04' });
    await createRelation({ kind: 'OBSERVER_IN', subjectInstitutionId: ombudsman, objectId: ioi, startDate: '2006' });
    await createRelation({ kind: 'MEMBER_OF', subjectPersonId: sabina, objectId: ioi, startDate: '2006' });
    // moving the later one back onto the first period is refused too
    expect(await refused(UPDATE, { id: later.id, startDate: '2009' })).toEqual([expect.objectContaining({ field: ['input', 'startDate'], code: 'DUPLICATE' })]);
  });

  it('lets only one of several concurrent duplicates through', async () => {
    const input = { kind: 'COOPERATES_WITH', subjectInstitutionId: oicoa, objectId: ioi, startDate: '2020' };
    const results = await Promise.all([1, 2, 3, 4].map(() => t.post({ query: CREATE, variables: { input } })));
    const payloads = results.map((r) => r.json.data.createRelation);
    expect(payloads.filter((p) => p.relation !== null)).toHaveLength(1);
    expect(payloads.filter((p) => p.userErrors[0]?.code === 'DUPLICATE')).toHaveLength(3);
  });

  it('updates with patch semantics, switches the subject, and refuses stale versions', async () => {
    const r = await createRelation({ kind: 'OTHER', subjectInstitutionId: oic, objectId: ioi, role: 'liaison', description: 'x', startDate: '2018' });
    const patched = await run(UpdateRelationDocument, { input: { id: r.id, version: 1, description: null, endDate: '2019' } });
    expect(patched.updateRelation.relation).toMatchObject({ role: 'liaison', description: null, startDate: '2018', endDate: '2019', status: 'ENDED', version: 2 });

    expect(await refused(UPDATE, { id: r.id, version: 1, role: 'lost' })).toEqual([expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' })]);
    // giving a person while the institution stays set is "both"
    expect(await refused(UPDATE, { id: r.id, subjectPersonId: sabina })).toEqual([
      expect.objectContaining({ field: ['input', 'subjectPersonId'], code: 'INVALID_VALUE' }),
    ]);
    expect(await refused(UPDATE, { id: r.id, subjectInstitutionId: null })).toEqual([
      expect.objectContaining({ field: ['input', 'subjectInstitutionId'], code: 'REQUIRED' }),
    ]);
    expect(await refused(UPDATE, { id: r.id, subjectInstitutionId: ioi })).toEqual([
      expect.objectContaining({ field: ['input', 'objectId'], code: 'INVALID_VALUE' }),
    ]);
    expect(await refused(UPDATE, { id: r.id, kind: null })).toEqual([expect.objectContaining({ field: ['input', 'kind'], code: 'REQUIRED' })]);
    expect(await refused(UPDATE, { id: r.id, objectId: null })).toEqual([expect.objectContaining({ field: ['input', 'objectId'], code: 'REQUIRED' })]);
    expect(await refused(UPDATE, { id: r.id, startDate: '2020' })).toEqual([expect.objectContaining({ field: ['input', 'endDate'], code: 'INVALID_DATE_RANGE' })]);
    expect(await refused(UPDATE, { id: unknown('Relation'), role: 'x' })).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'NOT_FOUND' })]);

    const switched = await run(UpdateRelationDocument, { input: { id: r.id, subjectPersonId: sabina, subjectInstitutionId: null, kind: 'REPRESENTS' } });
    expect(switched.updateRelation.userErrors).toEqual([]);
    expect(switched.updateRelation.relation).toMatchObject({ kind: 'REPRESENTS', subject: { __typename: 'Person', id: sabina }, version: 3 });
  });

  it('deletes a relation with its citations, refusing a stale version', async () => {
    const r = await createRelation({ kind: 'ACCREDITED_BY', subjectInstitutionId: ombudsman, objectId: oicoa, startDate: '2014' });
    const em = t.db.orm.em.fork();
    const source = em.create(Source, { title: 'GANHRI chart', kind: SourceKind.OFFICIAL_DOCUMENT });
    em.create(Citation, { source, recordId: Buffer.from(r.id, 'base64url').toString().split(':')[1]!, recordType: 'Relation' });
    await em.flush();
    expect(await refused(DELETE, { id: r.id, version: 2 })).toEqual([expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' })]);
    const done = await run(DeleteRelationDocument, { input: { id: r.id, version: 1 } });
    expect(done.deleteRelation).toEqual({ deletedId: r.id, userErrors: [] });
    expect(await t.db.orm.em.fork().count(Citation, { recordType: 'Relation' })).toBe(0);
    expect(await t.client.node(r.id)).toBeNull();
    expect(await refused(DELETE, { id: r.id })).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'NOT_FOUND' })]);
  });
});

describe('batching', () => {
  it('lists institutions with relations, posts and people in a constant number of SQL statements', async () => {
    const em = t.db.orm.em.fork();
    const hub = em.create(Institution, { name: 'Batch Hub', kind: InstitutionKind.NETWORK, aliases: [], nameKey: '', searchText: '' });
    hub.refreshSearchKeys();
    for (let i = 0; i < 100; i++) {
      const office = em.create(Institution, { name: `Batch Member ${String(i).padStart(3, '0')}`, kind: InstitutionKind.OMBUDSMAN, aliases: [], nameKey: '', searchText: '' });
      office.refreshSearchKeys();
      const person = em.create(Person, { name: `Batch Head ${i}`, aliases: [], searchText: '' });
      person.refreshSearchKeys();
      const post = em.create(Post, { title: 'Head', institution: office, isHead: true });
      em.create(Tenure, { person, post, startDate: '2020' });
      em.create(Relation, { kind: RelationKind.MEMBER_OF, subjectInstitution: office, object: hub, startDate: '2016' });
      em.create(Relation, { kind: RelationKind.OBSERVER_IN, subjectInstitution: office, object: hub, startDate: '2001', endDate: '2005' });
      em.create(Relation, { kind: RelationKind.REPRESENTS, subjectPerson: person, object: office });
    }
    await em.flush();

    const measure = async (first: number) => {
      const res = await t.client.execute(InstitutionsWithRelationsDocument, { filter: { search: 'batch member' }, first });
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.institutions.nodes;
      expect(nodes).toHaveLength(first);
      for (const n of nodes) {
        expect(n.relations.map((r) => [r.kind, r.status, r.subject.__typename, r.object.name])).toEqual([
          ['MEMBER_OF', 'ACTIVE', 'Institution', 'Batch Hub'], // active, latest start first (undated last)
          ['REPRESENTS', 'ACTIVE', 'Person', n.name],
          ['OBSERVER_IN', 'ENDED', 'Institution', 'Batch Hub'],
        ]);
        expect(n.posts).toHaveLength(1);
        expect(n.people).toHaveLength(1);
        expect(n.people[0]!.relations).toEqual([expect.objectContaining({ kind: 'REPRESENTS', status: 'ACTIVE' })]);
      }
      return res.extensions!.sqlStatements as number;
    };
    const ten = await measure(10);
    const hundred = await measure(100);
    // page with its count (one statement, server/api/records.ts pageWithExtras; were two), relations
    // by subject institution or object with their sides (one statement: the hub and the subject
    // people come with them, server/api/read-rows.ts joins; institutions by id were a statement of
    // their own), people by id (the office holders), posts by institution, tenures by post,
    // relations by subject person
    expect(hundred).toBe(6);
    expect(ten).toBe(hundred);
    console.log(`relation batching: ${ten} SQL statements for 10 institutions, ${hundred} for 100`);
  });
});
