import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { Agreement } from '../../server/records/agreement/agreement.entity.js';
import { AgreementKind } from '../../server/records/agreement/agreement.enums.js';
import { Event } from '../../server/records/event/event.entity.js';
import { EventKind } from '../../server/records/event/event.enums.js';
import { Institution } from '../../server/records/institution/institution.entity.js';
import { InstitutionKind } from '../../server/records/institution/institution.kind.js';
import { Tagging } from '../../server/records/topic/tagging.entity.js';
import { Topic } from '../../server/records/topic/topic.entity.js';
import { Visit } from '../../server/records/visit/visit.entity.js';
import { VisitDirection, VisitPurpose } from '../../server/records/visit/visit.enums.js';
import { startTestServer, type TestServer } from '../harness/server.js';

// biome-ignore lint/suspicious/noExplicitAny: GraphQL response bodies, checked by the assertions
type Json = any;

let t: TestServer;
const ids: Record<string, string> = {};

const TOPIC = 'id name slug description version parent { id name } children { name }';

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const res = await t.post({ query, variables });
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return res.json.data;
}

const TYPES: Record<string, string> = {
  createTopic: 'CreateTopicInput',
  updateTopic: 'UpdateTopicInput',
  deleteTopic: 'DeleteTopicInput',
  tagRecord: 'TagRecordInput',
  untagRecord: 'TagRecordInput',
};

async function run(name: string, input: Record<string, unknown>, selection: string) {
  const data = await gql(`mutation($input: ${TYPES[name]}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`, { input });
  return data[name];
}

async function ok(name: string, input: Record<string, unknown>, selection = `topic { ${TOPIC} }`) {
  const payload = await run(name, input, selection);
  expect(payload.userErrors).toEqual([]);
  return payload;
}

async function rows(): Promise<number[]> {
  const em = t.db.orm.em.fork();
  return [await em.count(Topic), await em.count(Tagging)];
}

/** A mutation that must be refused; checks that no topic or tag was written or removed. */
async function refused(name: string, input: Record<string, unknown>, selection = 'topic { id }') {
  const before = await rows();
  const payload = await run(name, input, selection);
  expect(payload.userErrors.length).toBeGreaterThan(0);
  expect(await rows()).toEqual(before);
  return payload.userErrors as { field: string[]; code: string }[];
}

const topic = async (input: Record<string, unknown>) => (await ok('createTopic', input)).topic;
const tag = (recordId: string, topicIds: string[]) => ok('tagRecord', { recordId, topicIds }, 'record { __typename id } topics { name }');
const unknown = (type: string) => toGlobalId(type, '00000000-0000-4000-8000-000000000000');

beforeAll(async () => {
  t = await startTestServer();
  const em = t.db.orm.em.fork();
  const ombudsman = em.create(Institution, { name: 'Commissioner for Human Rights of Azerbaijan', kind: InstitutionKind.OMBUDSMAN, nameKey: '', searchText: '' });
  ombudsman.refreshSearchKeys();
  const event = em.create(Event, { title: 'Baku Forum', kind: EventKind.FORUM, searchText: '' });
  event.refreshSearchKeys();
  const agreement = em.create(Agreement, { title: 'Memorandum on children’s rights', kind: AgreementKind.MEMORANDUM_OF_UNDERSTANDING });
  const visit = em.create(Visit, {
    title: 'IPHRC mission to Karabakh',
    delegationOf: ombudsman,
    direction: VisitDirection.INBOUND,
    purpose: VisitPurpose.ASSESSMENT_MISSION,
  });
  await em.flush();
  ids.ombudsman = toGlobalId('Institution', ombudsman.id);
  ids.event = toGlobalId('Event', event.id);
  ids.agreement = toGlobalId('Agreement', agreement.id);
  ids.visit = toGlobalId('Visit', visit.id);
  const doc = await gql('mutation { createDocument(input: {title: "Appeal on mine victims", kind: APPEAL}) { document { id } } }');
  ids.document = doc.createDocument.document.id;
  const commitment = await gql('mutation($o: ID!) { createCommitment(input: {title: "Demining report", ownerId: $o}) { commitment { id } } }', { o: ids.ombudsman });
  ids.commitment = commitment.createCommitment.commitment.id;
});
afterAll(() => t?.close());

describe('topics', () => {
  it('creates topics with generated or given slugs and a hierarchy', async () => {
    const rights = await topic({ name: 'Human rights', description: 'Broad' });
    expect(rights).toMatchObject({ name: 'Human rights', slug: 'human-rights', parent: null, children: [], version: 1 });
    const children = await topic({ name: 'Children’s rights', parentId: rights.id });
    expect(children).toMatchObject({ slug: 'childrens-rights', parent: { id: rights.id, name: 'Human rights' } });
    const mine = await topic({ name: 'Mine action (demining)', slug: 'Mine-Action' });
    expect(mine.slug).toBe('mine-action');
    const climate = await topic({ name: 'Climate justice', parentId: rights.id });
    Object.assign(ids, { rights: rights.id, children: children.id, mine: mine.id, climate: climate.id });
    const read = await gql(`query($id: ID!) { topic(id: $id) { ${TOPIC} } node(id: $id) { __typename } }`, { id: rights.id });
    expect(read.topic.children).toEqual([{ name: 'Children’s rights' }, { name: 'Climate justice' }]);
    expect(read.node.__typename).toBe('Topic');
  });

  it.each([
    ['a blank name', { name: ' ' }, ['input', 'name'], 'REQUIRED'],
    ['a name differing only in case', { name: 'HUMAN RIGHTS', slug: 'other' }, ['input', 'name'], 'DUPLICATE'],
    ['a taken slug', { name: 'Mine clearance', slug: 'mine-action' }, ['input', 'slug'], 'DUPLICATE'],
    ['a generated slug that is taken', { name: 'Human-Rights!' }, ['input', 'slug'], 'DUPLICATE'],
    ['a malformed slug', { name: 'Rule of law', slug: 'rule of law' }, ['input', 'slug'], 'INVALID_FORMAT'],
    ['a name without a possible slug', { name: '— ☆ —' }, ['input', 'slug'], 'REQUIRED'],
    ['an unknown parent', { name: 'Repatriation', parentId: unknown('Topic') }, ['input', 'parentId'], 'NOT_FOUND'],
    ['a parent that is not a topic', { name: 'Repatriation', parentId: unknown('Event') }, ['input', 'parentId'], 'INVALID_ID'],
  ])('create refuses %s', async (_label, input, field, code) => {
    expect(await refused('createTopic', input)).toEqual([expect.objectContaining({ field, code })]);
  });

  it('refuses a parent chain with a cycle', async () => {
    for (const parentId of [ids.rights, ids.children]) {
      expect(await refused('updateTopic', { id: ids.rights, parentId })).toEqual([expect.objectContaining({ field: ['input', 'parentId'], code: 'CYCLE' })]);
    }
  });

  it('updates with patch semantics, keeps the slug stable unless asked, and refuses a stale version', async () => {
    const t1 = await topic({ name: 'Forced migration', description: 'keep' });
    const renamed = (await ok('updateTopic', { id: t1.id, version: 1, name: 'Forced displacement', parentId: ids.rights })).topic;
    expect(renamed).toMatchObject({ name: 'Forced displacement', slug: 'forced-migration', description: 'keep', parent: { id: ids.rights }, version: 2 });
    const reslugged = (await ok('updateTopic', { id: t1.id, slug: null, parentId: null })).topic;
    expect(reslugged).toMatchObject({ slug: 'forced-displacement', parent: null, version: 3 });
    expect(await refused('updateTopic', { id: t1.id, version: 2, description: 'lost' })).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' }),
    ]);
    expect(await refused('updateTopic', { id: t1.id, name: 'Mine Action (Demining)' })).toEqual([
      expect.objectContaining({ field: ['input', 'name'], code: 'DUPLICATE' }),
    ]);
  });

  it('lists, filters, orders and pages the vocabulary', async () => {
    const list = async (args: string, variables: Record<string, unknown> = {}, decl = '') =>
      (await gql(`query${decl} { topics(${args}) { totalCount nodes { name } pageInfo { endCursor hasNextPage } } }`, variables)).topics;
    const all = await list('first: 100');
    expect(all.nodes.map((n: Json) => n.name)).toEqual(['Children’s rights', 'Climate justice', 'Forced displacement', 'Human rights', 'Mine action (demining)']);
    expect((await list('filter: {parentId: $p}', { p: ids.rights }, '($p: ID)')).nodes.map((n: Json) => n.name)).toEqual(['Children’s rights', 'Climate justice']);
    expect((await list('filter: {hasParent: false}')).totalCount).toBe(3);
    expect((await list('filter: {search: "RIGHTS"}')).nodes.map((n: Json) => n.name)).toEqual(['Children’s rights', 'Human rights']);
    expect((await list('filter: {search: "mine-action"}')).nodes.map((n: Json) => n.name)).toEqual(['Mine action (demining)']);
    expect((await list('first: 1, orderBy: {field: SLUG, direction: DESC}')).nodes.map((n: Json) => n.name)).toEqual(['Mine action (demining)']);
    const p1 = await list('first: 2');
    const p2 = await list('first: 2, after: $a', { a: p1.pageInfo.endCursor }, '($a: String)');
    expect(p2.nodes.map((n: Json) => n.name)).toEqual(['Forced displacement', 'Human rights']);
    const res = await t.post({ query: '{ topics(filter: {parentId: "x"}) { totalCount } }' });
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.parentId' });
  });
});

describe('tagging', () => {
  it('tags agreements, events, visits, documents and commitments, idempotently, and lists them from the topic', async () => {
    const r = await tag(ids.document, [ids.mine, ids.children]);
    expect(r.record).toEqual({ __typename: 'Document', id: ids.document });
    expect(r.topics).toEqual([{ name: 'Children’s rights' }, { name: 'Mine action (demining)' }]);
    expect((await tag(ids.document, [ids.mine, ids.mine])).topics).toHaveLength(2); // nothing new
    for (const id of [ids.commitment, ids.event, ids.agreement, ids.visit]) await tag(id!, [ids.mine]);

    const read = await gql(`query($id: ID!) { topic(id: $id) { records { __typename id } onlyVisits: records(types: [VISIT]) { id }
      documents { id } commitments { id } events { id } agreements { id } visits { id } } }`, { id: ids.mine });
    expect(read.topic.records.map((r: Json) => r.__typename)).toEqual(['Document', 'Commitment', 'Event', 'Agreement', 'Visit']);
    expect(read.topic.onlyVisits).toEqual([{ id: ids.visit }]);
    expect(read.topic.documents).toEqual([{ id: ids.document }]);
    expect(read.topic.commitments).toEqual([{ id: ids.commitment }]);
    expect(read.topic.events).toEqual([{ id: ids.event }]);
    expect(read.topic.agreements).toEqual([{ id: ids.agreement }]);
    expect(read.topic.visits).toEqual([{ id: ids.visit }]);

    const doc = await gql('query($id: ID!) { document(id: $id) { topics { slug } } }', { id: ids.document });
    expect(doc.document.topics).toEqual([{ slug: 'childrens-rights' }, { slug: 'mine-action' }]);
    const docs = await gql('query($t: ID!) { documents(filter: {topicId: $t}) { nodes { id } } commitments(filter: {topicId: $t}) { nodes { id } } }', { t: ids.children });
    expect(docs.documents.nodes).toEqual([{ id: ids.document }]);
    expect(docs.commitments.nodes).toEqual([]);
  });

  it('untags', async () => {
    const r = await ok('untagRecord', { recordId: ids.document, topicIds: [ids.children, ids.climate] }, 'record { id } topics { name }');
    expect(r.topics).toEqual([{ name: 'Mine action (demining)' }]);
  });

  it.each([
    ['an institution', { recordId: 'OMBUDSMAN', topicIds: ['MINE'] }, ['input', 'recordId'], 'INVALID_VALUE'],
    ['a topic as the record', { recordId: 'MINE', topicIds: ['MINE'] }, ['input', 'recordId'], 'INVALID_VALUE'],
    ['a malformed record ID', { recordId: 'nope', topicIds: ['MINE'] }, ['input', 'recordId'], 'INVALID_ID'],
    ['an unknown record', { recordId: unknown('Visit'), topicIds: ['MINE'] }, ['input', 'recordId'], 'NOT_FOUND'],
    ['a malformed topic ID', { recordId: 'EVENT', topicIds: ['CLIMATE', 'OMBUDSMAN'] }, ['input', 'topicIds', '1'], 'INVALID_ID'],
    ['an unknown topic', { recordId: 'EVENT', topicIds: ['CLIMATE', unknown('Topic')] }, ['input', 'topicIds', '1'], 'NOT_FOUND'],
    ['too many topics', { recordId: 'EVENT', topicIds: Array.from({ length: 51 }, () => 'MINE') }, ['input', 'topicIds'], 'TOO_MANY'],
  ])('tagRecord refuses %s', async (_label, raw, field, code) => {
    const swap: Record<string, string> = { OMBUDSMAN: ids.ombudsman!, MINE: ids.mine!, EVENT: ids.event!, CLIMATE: ids.climate! };
    const s = (v: string) => swap[v] ?? v;
    const input = { recordId: s(raw.recordId as string), topicIds: (raw.topicIds as string[]).map(s) };
    expect(await refused('tagRecord', input, 'record { id }')).toEqual([expect.objectContaining({ field, code })]);
  });

  it('deletes a topic only when unused, or with detach (sub-topics move up, records are untagged)', async () => {
    expect(await refused('deleteTopic', { id: ids.mine }, 'deletedId')).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'IN_USE' })]);
    expect(await refused('deleteTopic', { id: ids.rights }, 'deletedId')).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'IN_USE' })]);
    const leaf = await topic({ name: 'Cultural heritage', parentId: ids.climate });
    expect((await ok('deleteTopic', { id: leaf.id, version: 1 }, 'deletedId')).deletedId).toBe(leaf.id);

    const deleted = await ok('deleteTopic', { id: ids.climate, detach: true }, 'deletedId');
    expect(deleted.deletedId).toBe(ids.climate);
    expect((await ok('deleteTopic', { id: ids.mine, detach: true }, 'deletedId')).deletedId).toBe(ids.mine);
    const doc = await gql('query($id: ID!) { document(id: $id) { topics { id } } }', { id: ids.document });
    expect(doc.document.topics).toEqual([]);

    // a sub-topic moves up to the deleted topic's parent
    const mid = await topic({ name: 'Disability rights', parentId: ids.rights });
    const low = await topic({ name: 'Accessibility', parentId: mid.id });
    await ok('deleteTopic', { id: mid.id, detach: true }, 'deletedId');
    const moved = await gql(`query($id: ID!) { topic(id: $id) { ${TOPIC} } }`, { id: low.id });
    expect(moved.topic).toMatchObject({ parent: { id: ids.rights }, version: 2 });
  });
});

describe('topic batching', () => {
  const QUERY = `query($first: Int) { topics(filter: {search: "batch topic"}, first: $first) {
    nodes { id name parent { name } children { name } records { __typename id } documents { id } events { id } citations { id } } } }`;

  beforeAll(async () => {
    const em = t.db.orm.em.fork();
    const root = em.create(Topic, { name: 'Batch root', slug: 'batch-root' });
    const { Document } = await import('../../server/records/document/document.entity.js');
    const { DocumentKind } = await import('../../server/records/document/document.enums.js');
    for (let i = 0; i < 100; i++) {
      const n = String(i).padStart(3, '0');
      const parent = em.create(Topic, { name: `Batch topic ${n}`, slug: `batch-topic-${n}`, parent: root });
      em.create(Topic, { name: `Batch leaf ${n}`, slug: `batch-leaf-${n}`, parent });
      const meeting = em.create(Event, { title: `Batch meeting ${n}`, kind: EventKind.SESSION, searchText: '' });
      meeting.refreshSearchKeys();
      const doc = em.create(Document, { title: `Batch document ${n}`, kind: DocumentKind.STATEMENT, searchText: '' });
      doc.refreshSearchKeys();
      em.create(Tagging, { topic: parent, recordId: meeting.id, recordType: 'Event' });
      em.create(Tagging, { topic: parent, recordId: doc.id, recordType: 'Document' });
    }
    await em.flush();
  });

  it('lists 100 topics with parents, children and tagged records in the same few SQL statements as 10', async () => {
    const runQuery = async (first: number) => {
      const res = await t.post({ query: QUERY, variables: { first } });
      expect(res.json.errors).toBeUndefined();
      const nodes = res.json.data.topics.nodes;
      expect(nodes).toHaveLength(first);
      for (const n of nodes) {
        expect(n.parent.name).toBe('Batch root');
        expect(n.children).toHaveLength(1);
        expect(n.records.map((r: Json) => r.__typename).sort()).toEqual(['Document', 'Event']);
        expect(n.documents).toHaveLength(1);
      }
      return res.json.extensions.sqlStatements as number;
    };
    const ten = await runQuery(10);
    const hundred = await runQuery(100);
    console.log(`topic batching: ${ten} SQL statements for 10 topics, ${hundred} for 100`);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(9);
  });
});
