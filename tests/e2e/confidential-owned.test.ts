import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../../server/db/seed/seed-id.js';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { Event } from '../../server/records/event/event.entity.js';
import { Citation } from '../../server/records/provenance/citation.entity.js';
import { Claim } from '../../server/records/provenance/claim.entity.js';
import { Participation } from '../../server/records/event/participation.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';

/*
 * Rows owned by an internal record (citations, claims, taggings, parties, actions,
 * participations, members, audit entries) are internal too, on every path: the ORM filter, raw
 * SQL, node(id), /export and history. Draft and negotiation agreements are internal.
 */

let t: TestServer;
let viewer: string;
let editor: string;
const meetingsUuid = seedId('event-repatriate-meetings');
const SECRET_QUOTE = 'SECRET-QUOTE-7f3a';
const SECRET_STATEMENT = 'SECRET-STATEMENT-7f3a';
let citationIds: string[];
let claimIds: string[];
let participationIds: string[];

const as = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  t = await startTestServer({ seed: true });
  viewer = await t.tokenFor('VIEWER');
  editor = await t.tokenFor('EDITOR');
  const em = t.db.orm.em.fork();
  await em.nativeUpdate(Event, { id: meetingsUuid }, { confidential: true });
  const claims = await em.find(Claim, { recordId: meetingsUuid });
  await em.nativeUpdate(Claim, { recordId: meetingsUuid }, { statement: SECRET_STATEMENT, value: 987654.25 });
  await em.nativeUpdate(Citation, { recordId: { $in: [meetingsUuid, ...claims.map((c) => c.id)] } }, { quote: SECRET_QUOTE });
  citationIds = (await em.find(Citation, { recordId: { $in: [meetingsUuid, ...claims.map((c) => c.id)] } })).map((c) => toGlobalId('Citation', c.id));
  claimIds = claims.map((c) => toGlobalId('Claim', c.id));
  participationIds = (await em.find(Participation, { event: meetingsUuid })).map((p) => toGlobalId('Participation', p.id));
  expect(citationIds.length).toBeGreaterThan(0);
  expect(claimIds.length).toBeGreaterThan(0);
});
afterAll(() => t?.close());

const SOURCES = '{ sources(first: 100) { nodes { citations { id quote recordType } } } }';

describe('rows owned by confidential records', () => {
  it('leave sources → citations for viewers, and stay for editors', async () => {
    const forViewer = await t.post({ query: SOURCES }, as(viewer));
    expect(forViewer.json.errors).toBeUndefined();
    expect(JSON.stringify(forViewer.json)).not.toContain(SECRET_QUOTE);
    const forEditor = await t.post({ query: SOURCES }, as(editor));
    expect(JSON.stringify(forEditor.json)).toContain(SECRET_QUOTE);
  });

  it('are NOT_FOUND through citation(id) and claim(id), and null through nodes(ids)', async () => {
    const citation = await t.post({ query: 'query($id: ID!) { citation(id: $id) { quote } }', variables: { id: citationIds[0] } }, as(viewer));
    expect(citation.json.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const claim = await t.post({ query: 'query($id: ID!) { claim(id: $id) { value statement } }', variables: { id: claimIds[0] } }, as(viewer));
    expect(claim.json.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const ids = [...citationIds, ...claimIds, ...participationIds];
    const nodes = await t.post({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } }, as(viewer));
    expect(nodes.json.data.nodes).toEqual(ids.map(() => null));
    const forEditor = await t.post({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } }, as(editor));
    expect(forEditor.json.data.nodes.every((n: unknown) => n !== null)).toBe(true);
  });

  it('leave POST /export of the same query', async () => {
    const response = await fetch(t.url.replace('/graphql', '/export'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as(viewer) },
      body: JSON.stringify({ query: '{ sources(first: 100) { nodes { title citations { quote } } } }' }),
    });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toContain(SECRET_QUOTE);
  });

  it('leave no ID in the history of a public record, and viewers see no editor names', async () => {
    const created = await t.post(
      {
        query: `mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { commitment { id } userErrors { message } } }`,
        variables: { input: { title: 'Follow up the meetings', ownerId: toGlobalId('Institution', seedId('az-ombudsman')), madeAtEventId: toGlobalId('Event', meetingsUuid) } },
      },
      as(editor),
    );
    const id = created.json.data.createCommitment.commitment.id;
    const query = 'query($id: ID!) { commitment(id: $id) { history { changes userName recordGlobalId } } }';
    const forEditor = await t.post({ query, variables: { id } }, as(editor));
    expect(JSON.stringify(forEditor.json)).toContain(meetingsUuid);
    expect(forEditor.json.data.commitment.history[0].userName).toMatch(/Test editor/);
    const forViewer = await t.post({ query, variables: { id } }, as(viewer));
    expect(forViewer.json.data.commitment.history.length).toBe(1);
    expect(JSON.stringify(forViewer.json)).not.toContain(meetingsUuid);
    expect(forViewer.json.data.commitment.history[0].userName).toBeNull();
  });
});

describe('draft and negotiation agreements', () => {
  // The seed holds no agreement (the articles state none): the test drafts one.
  let draft = '';
  beforeAll(async () => {
    const res = await t.post({
      query: 'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id status } userErrors { message } } }',
      variables: { input: { title: 'Memoranda planned with partner ombudsman offices', kind: 'MEMORANDUM_OF_UNDERSTANDING', parties: [{ institutionId: toGlobalId('Institution', seedId('az-ombudsman')) }] } },
    });
    expect(res.json.data.createAgreement.agreement.status).toBe('DRAFT');
    draft = res.json.data.createAgreement.agreement.id;
  });

  it('are internal: viewers do not see them in lists, node(id), search, or through the commitment made in them', async () => {
    const forViewer = await t.post(
      { query: `query($id: ID!) { agreements(first: 100) { totalCount nodes { id } } node(id: $id) { id } search(text: "memoranda") { node { id } } commitments(first: 100) { nodes { madeInAgreement { id } } } }`, variables: { id: draft } },
      as(viewer),
    );
    expect(forViewer.json.errors).toBeUndefined();
    expect(JSON.stringify(forViewer.json)).not.toContain(draft);
    expect(forViewer.json.data.node).toBeNull();
    const forEditor = await t.post({ query: `query($id: ID!) { agreements(first: 100) { nodes { id } } node(id: $id) { id } }`, variables: { id: draft } }, as(editor));
    expect(forEditor.json.data.node).toEqual({ id: draft });
  });

  it('are left out of stats and timelines for viewers', async () => {
    const query = '{ stats(groupBy: [TYPE], types: [AGREEMENT]) { total } timeline(first: 100) { nodes { record { id } } } }';
    const forViewer = await t.post({ query }, as(viewer));
    expect(forViewer.json.errors).toBeUndefined();
    expect(JSON.stringify(forViewer.json)).not.toContain(draft);
    const total = (r: typeof forViewer) => r.json.data.stats.total;
    const forEditor = await t.post({ query }, as(editor));
    expect(total(forViewer)).toBeLessThan(total(forEditor));
  });
});
