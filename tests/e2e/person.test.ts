import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreatePersonDocument,
  CreatePostDocument,
  CreateTenureDocument,
  DeletePersonDocument,
  DeletePostDocument,
  InstitutionPeopleDocument,
  PeopleDocument,
  PeopleWithTenuresDocument,
  PersonDocument,
  PostDocument,
  PostsDocument,
  UpdatePersonDocument,
  UpdateTenureDocument,
} from '../../client/generated/graphql.js';
import { Event } from '../../server/records/event/event.entity.js';
import { EventKind, ParticipationRole } from '../../server/records/event/event.enums.js';
import { Participation } from '../../server/records/event/participation.entity.js';
import { Institution } from '../../server/records/institution/institution.entity.js';
import { InstitutionKind } from '../../server/records/institution/institution.kind.js';
import { Person } from '../../server/records/person/person.entity.js';
import { Post } from '../../server/records/person/post.entity.js';
import { Tenure } from '../../server/records/person/tenure.entity.js';
import { Citation } from '../../server/records/provenance/citation.entity.js';
import { SourceKind } from '../../server/records/provenance/provenance.enums.js';
import { Source } from '../../server/records/provenance/source.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let ombudsmanId: string; // Commissioner for Human Rights (Ombudsman) of Azerbaijan
let enocId: string;

type Vars = Record<string, unknown>;

/** Runs a typed operation and returns its data, failing the test on top-level errors. */
async function run<R, V>(doc: TypedDocumentNode<R, V>, variables: Vars): Promise<R> {
  const res = await t.client.execute(doc as TypedDocumentNode<R, Vars>, variables);
  expect(res.errors).toBeUndefined();
  return res.data as R;
}

async function createPerson(input: Vars) {
  const data = await run(CreatePersonDocument, { input });
  expect(data.createPerson.userErrors).toEqual([]);
  return data.createPerson.person!;
}
async function createPost(input: Vars) {
  const data = await run(CreatePostDocument, { input });
  expect(data.createPost.userErrors).toEqual([]);
  return data.createPost.post!;
}
async function createTenure(input: Vars) {
  const data = await run(CreateTenureDocument, { input });
  expect(data.createTenure.userErrors).toEqual([]);
  return data.createTenure.tenure!;
}

/** Counts rows straight from the database (to prove a refused mutation wrote nothing). */
async function rows(table: 'person' | 'post' | 'tenure' | 'relation' | 'citation'): Promise<number> {
  const result = await t.db.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from "${table}"`);
  return result[0]!.n;
}

/** Posts a mutation that must be refused: returns its userErrors and checks nothing was written. */
async function refused(mutation: string, input: Vars, tables: Parameters<typeof rows>[0][] = ['person', 'post', 'tenure']) {
  const before = await Promise.all(tables.map(rows));
  const res = await t.post({ query: mutation, variables: { input } });
  expect(res.status).toBe(200);
  expect(res.json.errors).toBeUndefined();
  const payload = Object.values(res.json.data)[0] as Record<string, unknown> & { userErrors: { field: string[]; code: string; message: string }[] };
  for (const [key, value] of Object.entries(payload)) if (key !== 'userErrors') expect(value).toBeNull();
  expect(payload.userErrors.length).toBeGreaterThan(0);
  for (const e of payload.userErrors) expect(e.message.length).toBeGreaterThan(0);
  expect(await Promise.all(tables.map(rows))).toEqual(before);
  return payload.userErrors;
}

const gid = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64url');
const unknown = (type: string) => gid(type, '00000000-0000-4000-8000-000000000000');

const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } userErrors { field code message } } }`;
const UPDATE_PERSON = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id version } userErrors { field code message } } }`;
const DELETE_PERSON = `mutation($input: DeletePersonInput!) { deletePerson(input: $input) { deletedId userErrors { field code message } } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } userErrors { field code message } } }`;
const UPDATE_POST = `mutation($input: UpdatePostInput!) { updatePost(input: $input) { post { id } userErrors { field code message } } }`;
const DELETE_POST = `mutation($input: DeletePostInput!) { deletePost(input: $input) { deletedId userErrors { field code message } } }`;
const CREATE_TENURE = `mutation($input: CreateTenureInput!) { createTenure(input: $input) { tenure { id } userErrors { field code message } } }`;
const UPDATE_TENURE = `mutation($input: UpdateTenureInput!) { updateTenure(input: $input) { tenure { id } userErrors { field code message } } }`;

beforeAll(async () => {
  t = await startTestServer();
  const ombudsman = await t.client.createInstitution({
    name: 'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan',
    kind: 'OMBUDSMAN',
    country: 'AZ',
  });
  const enoc = await t.client.createInstitution({ name: 'European Network of Ombudspersons for Children', kind: 'NETWORK', acronym: 'ENOC' });
  ombudsmanId = ombudsman.id;
  enocId = enoc.id;
});
afterAll(() => t?.close());

describe('people', () => {
  it('creates a person and finds them by name or alias, ignoring case and accents', async () => {
    const sabina = await createPerson({
      name: 'Sabina Aliyeva',
      honorific: 'Ms',
      aliases: ['Səbinə Əliyeva', 'Səbinə Əliyeva'],
      country: 'az',
      description: 'Commissioner for Human Rights of Azerbaijan',
    });
    expect(sabina).toMatchObject({ name: 'Sabina Aliyeva', country: 'AZ', countryName: 'Azerbaijan', version: 1, tenures: [] });
    expect(sabina.aliases).toEqual(['Səbinə Əliyeva']); // de-duplicated
    await createPerson({ name: 'Elmira Süleymanova', country: 'AZ' });
    await createPerson({ name: 'Claire Hédon', country: 'FR' });

    const names = async (filter: Vars) => (await run(PeopleDocument, { filter, first: 100 })).people.nodes.map((p) => p.name);
    expect(await names({ search: 'SABINA' })).toEqual(['Sabina Aliyeva']);
    expect(await names({ search: 'sebine eliyeva' })).toEqual(['Sabina Aliyeva']); // alias, ə → e
    expect(await names({ search: 'Səbinə' })).toEqual(['Sabina Aliyeva']);
    expect(await names({ search: 'suleymanova' })).toEqual(['Elmira Süleymanova']);
    expect(await names({ search: 'hedon' })).toEqual(['Claire Hédon']);
    expect(await names({ search: '%' })).toEqual([]); // wildcards are literal
    expect(await names({ country: ['az'] })).toEqual(['Elmira Süleymanova', 'Sabina Aliyeva']);

    const again = await run(PersonDocument, { id: sabina.id });
    expect(again.person.honorific).toBe('Ms');
    expect(await t.client.node(sabina.id)).toMatchObject({ __typename: 'Person', id: sabina.id });
  });

  it('answers NOT_FOUND for unknown person IDs and BAD_USER_INPUT for bad filters', async () => {
    for (const id of [unknown('Person'), ombudsmanId, 'garbage']) {
      const res = await t.post({ query: 'query($id: ID!) { person(id: $id) { id } }', variables: { id } });
      expect(res.json.errors[0].extensions.code).toBe('NOT_FOUND');
    }
    for (const [filter, argument] of [
      ['{country: ["XX"]}', 'filter.country'],
      ['{institutionId: "nope"}', 'filter.institutionId'],
    ]) {
      const res = await t.post({ query: `{ people(filter: ${filter}) { totalCount } }` });
      expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it.each([
    ['blank name', { name: '  ' }, ['input', 'name'], 'REQUIRED'],
    ['too long name', { name: 'x'.repeat(301) }, ['input', 'name'], 'TOO_LONG'],
    ['bad country', { name: 'A', country: 'XX' }, ['input', 'country'], 'INVALID_COUNTRY'],
    ['alpha-3 country', { name: 'A', country: 'AZE' }, ['input', 'country'], 'INVALID_COUNTRY'],
    ['blank alias', { name: 'A', aliases: ['ok', ''] }, ['input', 'aliases', '1'], 'REQUIRED'],
    ['too long honorific', { name: 'A', honorific: 'x'.repeat(51) }, ['input', 'honorific'], 'TOO_LONG'],
  ])('createPerson refuses %s', async (_label, input, field, code) => {
    expect(await refused(CREATE_PERSON, input)).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('updates with patch semantics and refuses a stale version with CONFLICT', async () => {
    const p = await createPerson({ name: 'Patch Person', honorific: 'Dr', country: 'GE', aliases: ['Patch Alias'] });
    const data = await run(UpdatePersonDocument, { input: { id: p.id, version: 1, honorific: null, name: 'Patched Person' } });
    expect(data.updatePerson.userErrors).toEqual([]);
    expect(data.updatePerson.person).toMatchObject({ name: 'Patched Person', honorific: null, country: 'GE', aliases: ['Patch Alias'], version: 2 });
    // the folded search column follows the name
    expect((await run(PeopleDocument, { filter: { search: 'patched' } })).people.totalCount).toBe(1);

    expect(await refused(UPDATE_PERSON, { id: p.id, version: 1, description: 'lost edit' })).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' }),
    ]);
    expect(await refused(UPDATE_PERSON, { id: p.id, name: null })).toEqual([expect.objectContaining({ field: ['input', 'name'], code: 'REQUIRED' })]);
    expect(await refused(UPDATE_PERSON, { id: unknown('Person'), name: 'x' })).toEqual([
      expect.objectContaining({ field: ['input', 'id'], code: 'NOT_FOUND' }),
    ]);
    expect((await run(PersonDocument, { id: p.id })).person.version).toBe(2);
  });

  it('pages people forwards and backwards and orders them', async () => {
    for (let i = 0; i < 12; i++) await createPerson({ name: `Paging Person ${String(i).padStart(2, '0')}`, country: 'NO' });
    const filter = { country: ['NO'] };
    const first = (await run(PeopleDocument, { filter, first: 5 })).people;
    expect(first.totalCount).toBe(12);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await run(PeopleDocument, { filter, first: 5, after: first.pageInfo.endCursor })).people;
    expect(second.nodes.map((n) => n.name)).toEqual(['05', '06', '07', '08', '09'].map((n) => `Paging Person ${n}`));
    const back = (await run(PeopleDocument, { filter, last: 2, before: second.pageInfo.startCursor })).people;
    expect(back.nodes.map((n) => n.name)).toEqual(['Paging Person 03', 'Paging Person 04']);
    const desc = (await run(PeopleDocument, { filter, first: 1, orderBy: { field: 'NAME', direction: 'DESC' } })).people;
    expect(desc.nodes[0]!.name).toBe('Paging Person 11');
    const res = await t.post({ query: '{ people(first: 101) { totalCount } }' });
    expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('posts and tenures', () => {
  it('records who holds which post, with derived statuses, current first', async () => {
    const commissioner = await createPost({ title: 'Commissioner for Human Rights (Ombudsman)', institutionId: ombudsmanId, isHead: true });
    expect(commissioner).toMatchObject({ isHead: true, institution: { id: ombudsmanId }, holders: [], tenures: [] });
    const deputy = await createPost({ title: 'Deputy Commissioner', institutionId: ombudsmanId });
    const sabina = (await run(PeopleDocument, { filter: { search: 'sabina aliyeva' } })).people.nodes[0]!;
    const elmira = (await run(PeopleDocument, { filter: { search: 'elmira' } })).people.nodes[0]!;

    const past = await createTenure({ personId: elmira.id, postId: commissioner.id, startDate: '2002-07', endDate: '2019' });
    expect(past).toMatchObject({ status: 'ENDED', acting: false, person: { id: elmira.id }, post: { id: commissioner.id } });
    const current = await createTenure({ personId: sabina.id, postId: commissioner.id, startDate: '2019-10-15' });
    expect(current.status).toBe('ACTIVE');
    const earlier = await createTenure({ personId: sabina.id, postId: deputy.id, startDate: '2010', endDate: '2019-10' });
    const future = await createTenure({ personId: sabina.id, postId: deputy.id, startDate: '2095', acting: true });
    expect(future).toMatchObject({ status: 'UPCOMING', acting: true });

    const person = (await run(PersonDocument, { id: sabina.id })).person;
    expect(person.tenures.map((x) => [x.id, x.status])).toEqual([
      [current.id, 'ACTIVE'],
      [future.id, 'UPCOMING'],
      [earlier.id, 'ENDED'],
    ]);
    expect(person.tenures[0]!.post.institution.id).toBe(ombudsmanId);

    const post = (await run(PostDocument, { id: commissioner.id })).post;
    expect(post.holders.map((h) => h.name)).toEqual(['Sabina Aliyeva']);
    expect(post.tenures.map((x) => x.person.name)).toEqual(['Sabina Aliyeva', 'Elmira Süleymanova']);

    const institution = (await run(InstitutionPeopleDocument, { id: ombudsmanId })).institution;
    expect(institution.posts.map((p) => [p.title, p.isHead])).toEqual([
      ['Commissioner for Human Rights (Ombudsman)', true],
      ['Deputy Commissioner', false],
    ]);
    expect(institution.people.map((p) => p.name)).toEqual(['Sabina Aliyeva']); // current holders only, once

    // holds or held a post there
    const names = async (filter: Vars) => (await run(PeopleDocument, { filter })).people.nodes.map((p) => p.name);
    expect(await names({ institutionId: ombudsmanId })).toEqual(['Elmira Süleymanova', 'Sabina Aliyeva']);
    expect(await names({ institutionId: enocId })).toEqual([]);
    expect(await names({ institutionId: ombudsmanId, search: 'sabina' })).toEqual(['Sabina Aliyeva']);

    const posts = (await run(PostsDocument, { filter: { institutionId: ombudsmanId, isHead: true } })).posts;
    expect(posts.nodes.map((p) => [p.title, p.holders.map((h) => h.name)])).toEqual([
      ['Commissioner for Human Rights (Ombudsman)', ['Sabina Aliyeva']],
    ]);
    expect((await run(PostsDocument, { filter: { search: 'DEPUTY' } })).posts.totalCount).toBe(1);
  });

  it('accepts partial dates that overlap within their span and refuses an end before the start', async () => {
    const p = await createPerson({ name: 'Range Person' });
    const post = await createPost({ title: 'Range Post', institutionId: enocId });
    // "2024-05" to "2024": the end year covers May, so the range is possible
    const ok = await createTenure({ personId: p.id, postId: post.id, startDate: '2024-05', endDate: '2024' });
    expect(ok).toMatchObject({ startDate: '2024-05', endDate: '2024' });
    expect(await refused(CREATE_TENURE, { personId: p.id, postId: post.id, startDate: '2024', endDate: '2023' })).toEqual([
      expect.objectContaining({ field: ['input', 'endDate'], code: 'INVALID_DATE_RANGE' }),
    ]);
    expect(await refused(UPDATE_TENURE, { id: ok.id, endDate: '2024-04-30' })).toEqual([
      expect.objectContaining({ field: ['input', 'endDate'], code: 'INVALID_DATE_RANGE' }),
    ]);
    // the same person in the same post over overlapping days is a duplicate; a later term is not
    expect(await refused(CREATE_TENURE, { personId: p.id, postId: post.id, startDate: '2024-12' })).toEqual([
      expect.objectContaining({ field: ['input', 'startDate'], code: 'DUPLICATE' }),
    ]);
    await createTenure({ personId: p.id, postId: post.id, startDate: '2025-01' });
    // not a partial date at all: refused by the PartialDate scalar before anything runs
    const bad = await t.post({ query: CREATE_TENURE, variables: { input: { personId: p.id, postId: post.id, startDate: '2024-02-30' } } });
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');

    const updated = await run(UpdateTenureDocument, { input: { id: ok.id, version: 1, acting: true, endDate: null } });
    expect(updated.updateTenure.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'startDate'], code: 'DUPLICATE' }), // open end now overlaps the 2025 term
    ]);
    const fixed = await run(UpdateTenureDocument, { input: { id: ok.id, version: 1, acting: true, endDate: '2024-11' } });
    expect(fixed.updateTenure.tenure).toMatchObject({ acting: true, endDate: '2024-11', startDate: '2024-05', version: 2 });
  });

  it.each([
    ['unknown person', () => ({ personId: unknown('Person'), postId: '' }), ['input', 'personId'], 'NOT_FOUND'],
    ['malformed person', () => ({ personId: 'nope', postId: '' }), ['input', 'personId'], 'INVALID_ID'],
    ['an institution ID as person', () => ({ personId: ombudsmanId, postId: '' }), ['input', 'personId'], 'INVALID_ID'],
  ])('createTenure refuses %s', async (_label, input, field, code) => {
    expect(await refused(CREATE_TENURE, input())).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('refuses an unknown post and a duplicate post title at the same institution', async () => {
    const p = await createPerson({ name: 'Tenure Ref Person' });
    expect(await refused(CREATE_TENURE, { personId: p.id, postId: unknown('Post') })).toEqual([
      expect.objectContaining({ field: ['input', 'postId'], code: 'NOT_FOUND' }),
    ]);
    expect(await refused(CREATE_POST, { title: 'Press Officer', institutionId: unknown('Institution') })).toEqual([
      expect.objectContaining({ field: ['input', 'institutionId'], code: 'NOT_FOUND' }),
    ]);
    expect(await refused(CREATE_POST, { title: ' ', institutionId: enocId })).toEqual([
      expect.objectContaining({ field: ['input', 'title'], code: 'REQUIRED' }),
    ]);
    await createPost({ title: 'Press Officer', institutionId: enocId });
    expect(await refused(CREATE_POST, { title: 'PRESS OFFİCER', institutionId: enocId })).toEqual([
      expect.objectContaining({ field: ['input', 'title'], code: 'DUPLICATE' }),
    ]);
    expect(await refused(CREATE_POST, { title: 'Press Officer', institutionId: enocId })).toEqual([
      expect.objectContaining({ field: ['input', 'title'], code: 'DUPLICATE' }),
    ]);
    // the same title elsewhere is fine; moving it onto a clash is not
    const other = await createPost({ title: 'Press Officer', institutionId: ombudsmanId });
    expect(await refused(UPDATE_POST, { id: other.id, institutionId: enocId })).toEqual([
      expect.objectContaining({ field: ['input', 'title'], code: 'DUPLICATE' }),
    ]);
  });
});

describe('deleting people and posts', () => {
  it('refuses to delete a person with tenures or relations unless detach is set, and removes their citations', async () => {
    const p = await createPerson({ name: 'Departing Person' });
    const post = await createPost({ title: 'Departing Post', institutionId: enocId });
    const tenure = await createTenure({ personId: p.id, postId: post.id, startDate: '2020' });
    const rel = await t.post({
      query: 'mutation($input: CreateRelationInput!) { createRelation(input: $input) { relation { id } userErrors { code } } }',
      variables: { input: { kind: 'REPRESENTS', subjectPersonId: p.id, objectId: enocId } },
    });
    expect(rel.json.data.createRelation.userErrors).toEqual([]);
    const relationId: string = rel.json.data.createRelation.relation.id;

    // a citation on the tenure and on the person go with them
    const em = t.db.orm.em.fork();
    const source = em.create(Source, { title: 'Interview', kind: SourceKind.INTERVIEW });
    const uuidOf = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1]!;
    for (const [type, id] of [['Tenure', tenure.id], ['Person', p.id], ['Relation', relationId]] as const) {
      em.create(Citation, { source, recordId: uuidOf(id), recordType: type });
    }
    await em.flush();

    const errors = await refused(DELETE_PERSON, { id: p.id }, ['person', 'tenure', 'relation', 'citation']);
    expect(errors).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'IN_USE' })]);
    expect(errors[0]!.message).toMatch(/1 tenure, 1 relation\b/);
    expect(errors[0]!.message).toMatch(/detach: true/);

    expect(await refused(DELETE_PERSON, { id: p.id, version: 7, detach: true }, ['person', 'tenure', 'relation'])).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' }),
    ]);

    const citationsBefore = await rows('citation');
    const done = await run(DeletePersonDocument, { input: { id: p.id, version: 1, detach: true } });
    expect(done.deletePerson).toEqual({ deletedId: p.id, userErrors: [] });
    expect(await rows('citation')).toBe(citationsBefore - 3);
    expect(await t.client.node(p.id)).toBeNull();
    expect(await t.client.node(tenure.id)).toBeNull();
    expect(await t.client.node(relationId)).toBeNull();
    expect(await t.client.node(post.id)).not.toBeNull();
    // every deletion is in the audit trail, the detached ones included
    const audited = await t.db.orm.em
      .fork()
      .execute<{ record_type: string }[]>(`select record_type from audit_entry where action = 'DELETE' and operation = 'deletePerson' order by record_type`);
    expect(audited.map((a) => a.record_type)).toEqual(['Person', 'Relation', 'Tenure']);
  });

  it('needs EDITOR to create and ADMIN to delete', async () => {
    const viewer = await t.tokenFor('VIEWER');
    const editor = await t.tokenFor('EDITOR');
    const asViewer = await t.post({ query: CREATE_PERSON, variables: { input: { name: 'Viewer Made' } } }, { authorization: `Bearer ${viewer}` });
    expect(asViewer.json.errors[0].extensions.code).toBe('FORBIDDEN');
    const asEditor = await t.post({ query: CREATE_PERSON, variables: { input: { name: 'Editor Made' } } }, { authorization: `Bearer ${editor}` });
    const id = asEditor.json.data.createPerson.person.id;
    const del = await t.post({ query: DELETE_PERSON, variables: { input: { id } } }, { authorization: `Bearer ${editor}` });
    expect(del.json.errors[0].extensions.code).toBe('FORBIDDEN');
    const read = await t.post({ query: 'query($id: ID!) { person(id: $id) { name } }', variables: { id } }, { authorization: `Bearer ${viewer}` });
    expect(read.json.data.person.name).toBe('Editor Made');
  });

  it('refuses to delete a person who took part in an event, even with detach', async () => {
    const p = await createPerson({ name: 'Speaker Person' });
    const em = t.db.orm.em.fork();
    const event = em.create(Event, { title: 'Baku Forum', kind: EventKind.FORUM, searchText: 'baku forum' });
    const person = await em.findOneOrFail(Person, { name: 'Speaker Person' });
    em.create(Participation, { event, person, role: ParticipationRole.SPEAKER });
    await em.flush();
    for (const detach of [false, true]) {
      const errors = await refused(DELETE_PERSON, { id: p.id, detach });
      expect(errors).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'IN_USE' })]);
      expect(errors[0]!.message).toMatch(/1 event participation\b/);
    }
  });

  it('deletes a person without references, and answers NOT_FOUND for unknown ones', async () => {
    const p = await createPerson({ name: 'Lonely Person' });
    expect((await run(DeletePersonDocument, { input: { id: p.id } })).deletePerson.deletedId).toBe(p.id);
    expect(await refused(DELETE_PERSON, { id: p.id })).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'NOT_FOUND' })]);
  });

  it('refuses to delete a post with tenures unless detach is set', async () => {
    const p = await createPerson({ name: 'Post Holder' });
    const post = await createPost({ title: 'Doomed Post', institutionId: enocId });
    const tenure = await createTenure({ personId: p.id, postId: post.id, startDate: '2021' });
    const errors = await refused(DELETE_POST, { id: post.id });
    expect(errors).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'IN_USE' })]);
    const done = await run(DeletePostDocument, { input: { id: post.id, detach: true } });
    expect(done.deletePost).toEqual({ deletedId: post.id, userErrors: [] });
    expect(await t.client.node(tenure.id)).toBeNull();
    expect((await run(PersonDocument, { id: p.id })).person.tenures).toEqual([]);
    const empty = await createPost({ title: 'Empty Post', institutionId: enocId });
    expect((await run(DeletePostDocument, { input: { id: empty.id } })).deletePost.deletedId).toBe(empty.id);
  });
});

describe('batching', () => {
  it('lists people with tenures, posts and institutions in a constant number of SQL statements', async () => {
    const em = t.db.orm.em.fork();
    for (let i = 0; i < 100; i++) {
      const institution = em.create(Institution, { name: `Batch Office ${i}`, kind: InstitutionKind.OMBUDSMAN, aliases: [], nameKey: '', searchText: '' });
      institution.refreshSearchKeys();
      const head = em.create(Post, { title: 'Ombudsman', institution, isHead: true });
      const deputy = em.create(Post, { title: 'Deputy', institution });
      const person = em.create(Person, { name: `Batch Person ${String(i).padStart(3, '0')}`, aliases: [], searchText: '' });
      person.refreshSearchKeys();
      em.create(Tenure, { person, post: head, startDate: '2020' });
      em.create(Tenure, { person, post: deputy, startDate: '2015', endDate: '2019' });
    }
    await em.flush();

    const measure = async (first: number) => {
      const res = await t.client.execute(PeopleWithTenuresDocument, { filter: { search: 'batch person' }, first });
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.people.nodes;
      expect(nodes).toHaveLength(first);
      for (const n of nodes) {
        expect(n.tenures.map((x) => [x.post.title, x.status])).toEqual([
          ['Ombudsman', 'ACTIVE'],
          ['Deputy', 'ENDED'],
        ]);
        expect(n.tenures[0]!.post.institution.name).toMatch(/^Batch Office /);
      }
      return res.extensions!.sqlStatements as number;
    };
    const ten = await measure(10);
    const hundred = await measure(100);
    // page + count + tenures by person + posts by id + institutions by id
    expect(hundred).toBe(5);
    expect(ten).toBe(hundred);
    console.log(`person batching: ${ten} SQL statements for 10 people, ${hundred} for 100`);
  });
});

describe('a person’s events and visits', () => {
  const PERSON_ACTIVITY = `query($id: ID!) { node(id: $id) { ... on Person {
    events { role rsvp event { title } onBehalfOf { name } }
    speaking: events(role: [SPEAKER]) { event { title } }
    visits { role visit { title startDate } }
  } } }`;

  it('lists the events a person took part in and the delegations they travelled with; a viewer does not see confidential ones', async () => {
    const person = await createPerson({ name: 'Activity Person' });
    const mutate = async (query: string, input: Vars) => {
      const res = await t.post({ query, variables: { input } });
      expect(res.json.errors).toBeUndefined();
      const payload = Object.values(res.json.data as Record<string, { userErrors: unknown[] }>)[0]!;
      expect(payload.userErrors).toEqual([]);
    };
    const createEvent = `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } userErrors { field code message } } }`;
    const createVisit = `mutation($input: CreateVisitInput!) { createVisit(input: $input) { visit { id } userErrors { field code message } } }`;
    await mutate(createEvent, { title: 'Open Forum', kind: 'FORUM', startDate: '2024-10-02', participations: [{ personId: person.id, role: 'SPEAKER', onBehalfOfId: ombudsmanId }] });
    await mutate(createEvent, { title: 'Closed Retreat', kind: 'CONFERENCE', startDate: '2024-11-05', confidential: true, participations: [{ personId: person.id, role: 'DELEGATE' }] });
    const visit = { delegationOfId: ombudsmanId, hostId: enocId, direction: 'OUTBOUND', purpose: 'STUDY_VISIT', members: [{ personId: person.id, role: 'HEAD' }] };
    await mutate(createVisit, { ...visit, title: 'Later Visit', startDate: '2025-03' });
    await mutate(createVisit, { ...visit, title: 'Earlier Visit', startDate: '2023-06-01' });
    await mutate(createVisit, { ...visit, title: 'Secret Visit', startDate: '2024', confidential: true });

    const admin = await t.post({ query: PERSON_ACTIVITY, variables: { id: person.id } });
    expect(admin.json.errors).toBeUndefined();
    const seen = admin.json.data.node;
    expect(seen.events.map((p: { event: { title: string } }) => p.event.title).sort()).toEqual(['Closed Retreat', 'Open Forum']);
    expect(seen.events.find((p: { event: { title: string } }) => p.event.title === 'Open Forum')).toMatchObject({ role: 'SPEAKER', onBehalfOf: { name: expect.stringMatching(/^Commissioner/) } });
    expect(seen.speaking).toEqual([{ event: { title: 'Open Forum' } }]);
    expect(seen.visits.map((m: { visit: { title: string } }) => m.visit.title)).toEqual(['Earlier Visit', 'Secret Visit', 'Later Visit']);
    expect(seen.visits[0].role).toBe('HEAD');

    const viewer = await t.post({ query: PERSON_ACTIVITY, variables: { id: person.id } }, { authorization: `Bearer ${await t.tokenFor('VIEWER')}` });
    expect(viewer.json.errors).toBeUndefined();
    expect(viewer.json.data.node.events.map((p: { event: { title: string } }) => p.event.title)).toEqual(['Open Forum']);
    expect(viewer.json.data.node.visits.map((m: { visit: { title: string } }) => m.visit.title)).toEqual(['Earlier Visit', 'Later Visit']);
    expect(JSON.stringify(viewer.json)).not.toMatch(/Secret|Closed/);
  });

  it('reads the events and visits of a page of people in a constant number of SQL statements', async () => {
    // The 100 "Batch Person" rows come from the batching test above.
    const query = `query($first: Int!) { people(filter: { search: "batch person" }, first: $first) { nodes { name events { role event { title } } visits { role visit { title } } } } }`;
    const statements = async (first: number) => {
      const res = await t.post({ query, variables: { first } });
      expect(res.json.errors).toBeUndefined();
      expect(res.json.data.people.nodes).toHaveLength(first);
      return res.json.extensions.sqlStatements as number;
    };
    expect(await statements(100)).toBe(await statements(10));
  });
});
