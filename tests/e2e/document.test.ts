import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { Event } from '../../server/records/event/event.entity.js';
import { EventKind } from '../../server/records/event/event.enums.js';
import { startTestServer, type TestServer } from '../harness/server.js';

// biome-ignore lint/suspicious/noExplicitAny: GraphQL response bodies, checked by the assertions
type Json = any;

let t: TestServer;
const ids: Record<string, string> = {};

/** Runs GraphQL that must succeed; returns `data`. */
async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const res = await t.post({ query, variables });
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return res.json.data;
}

/** Runs a mutation that must succeed; returns its payload's record (or deletedId). */
async function mutate(name: string, input: Record<string, unknown>, selection = 'document { id version title date kind url summary parties { id role date institution { name } atEvent { title } } }') {
  const data = await gql(`mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`, { input });
  expect(data[name].userErrors).toEqual([]);
  return data[name];
}

async function documentCount(): Promise<number> {
  return (await gql('{ documents(first: 1) { totalCount } }')).documents.totalCount;
}

async function partyCount(): Promise<number> {
  const data = await gql('{ documents(first: 100) { nodes { parties { id } } } }');
  return data.documents.nodes.reduce((n: number, d: { parties: unknown[] }) => n + d.parties.length, 0);
}

/** Runs a mutation that must be refused; checks nothing was written and returns the userErrors. */
async function refused(name: string, input: Record<string, unknown>, payloadField = 'document { id }') {
  const [docs, parties] = [await documentCount(), await partyCount()];
  const res = await t.post({
    query: `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${payloadField} userErrors { field code message } } }`,
    variables: { input },
  });
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  const payload = res.json.data[name];
  expect(payload[payloadField.split(' ')[0]!]).toBeNull();
  expect(payload.userErrors.length).toBeGreaterThan(0);
  expect([await documentCount(), await partyCount()]).toEqual([docs, parties]);
  return payload.userErrors as { field: string[]; code: string; message: string }[];
}

async function institution(name: string): Promise<string> {
  const data = await gql('mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { institution { id } userErrors { code } } }', {
    input: { name, kind: 'OTHER' },
  });
  return data.createInstitution.institution.id;
}

async function event(title: string, startDate: string): Promise<string> {
  const em = t.db.orm.em.fork();
  const row = em.create(Event, { title, kind: EventKind.SESSION, startDate, searchText: '' });
  row.refreshSearchKeys();
  await em.flush();
  return toGlobalId('Event', row.id);
}

const unknown = (type: string) => toGlobalId(type, '00000000-0000-4000-8000-000000000000');

beforeAll(async () => {
  t = await startTestServer();
  ids.oic = await institution('Organisation of Islamic Cooperation');
  ids.iphrc = await institution('Independent Permanent Human Rights Commission');
  ids.cfm = await institution('OIC Council of Foreign Ministers');
  ids.ombudsman = await institution('Commissioner for Human Rights of Azerbaijan');
  ids.un = await institution('United Nations');
  ids.cfm50 = await event('50th session of the OIC Council of Foreign Ministers', '2024-08-29');
  ids.forum = await event('Baku Forum of Ombudsmen', '2024-10-02');
});
afterAll(() => t?.close());

describe('documents', () => {
  it('creates a mission report with its parties and reads it back (also from the institutions)', async () => {
    const { document } = await mutate('createDocument', {
      title: 'Report of the IPHRC mission to Azerbaijan',
      kind: 'REPORT',
      date: '2024-06',
      url: 'https://oic-iphrc.org/report',
      parties: [
        { institutionId: ids.cfm, role: 'APPROVED_BY', date: '2024-08-29', atEventId: ids.cfm50 },
        { institutionId: ids.iphrc, role: 'ISSUER', date: '2024-06' },
        { institutionId: ids.oic, role: 'CO_ISSUER' },
      ],
    });
    ids.report = document.id;
    expect(document).toMatchObject({ title: 'Report of the IPHRC mission to Azerbaijan', kind: 'REPORT', date: '2024-06', version: 1 });
    // by role: ISSUER, CO_ISSUER, … APPROVED_BY
    expect(document.parties.map((p: Json) => [p.role, p.institution.name, p.date, p.atEvent?.title ?? null])).toEqual([
      ['ISSUER', 'Independent Permanent Human Rights Commission', '2024-06', null],
      ['CO_ISSUER', 'Organisation of Islamic Cooperation', null, null],
      ['APPROVED_BY', 'OIC Council of Foreign Ministers', '2024-08-29', '50th session of the OIC Council of Foreign Ministers'],
    ]);

    const read = await gql(`query($id: ID!) { document(id: $id) { issuers { name } adoptedAt { id } commitments { id }
      parties { document { id } } } node(id: $id) { __typename id } }`, { id: document.id });
    expect(read.document.issuers.map((i: Json) => i.name)).toEqual(['Independent Permanent Human Rights Commission', 'Organisation of Islamic Cooperation']);
    expect(read.document.adoptedAt).toBeNull();
    expect(read.document.parties.every((p: Json) => p.document.id === document.id)).toBe(true);
    expect(read.node).toEqual({ __typename: 'Document', id: document.id });

    const { document: declaration } = await mutate('createDocument', {
      title: 'Baku Declaration',
      kind: 'DECLARATION',
      date: '2024-10-02',
      adoptedAtId: ids.forum,
      summary: 'On the rights of children affected by landmines',
      parties: [{ institutionId: ids.ombudsman, role: 'ISSUER' }, { institutionId: ids.un, role: 'ADDRESSED_TO', date: '2024-10' }],
    });
    ids.declaration = declaration.id;
    const cfm = await gql(`query($id: ID!) { institution(id: $id) { documents { title } approved: documents(role: [APPROVED_BY]) { title }
      issued: documents(role: [ISSUER, CO_ISSUER]) { title } documentParties { role document { title } } } }`, { id: ids.cfm });
    expect(cfm.institution.documents.map((d: Json) => d.title)).toEqual(['Report of the IPHRC mission to Azerbaijan']);
    expect(cfm.institution.approved).toHaveLength(1);
    expect(cfm.institution.issued).toEqual([]);
    expect(cfm.institution.documentParties).toEqual([{ role: 'APPROVED_BY', document: { title: 'Report of the IPHRC mission to Azerbaijan' } }]);
    const adopted = await gql('query($id: ID!) { document(id: $id) { adoptedAt { id } } }', { id: declaration.id });
    expect(adopted.document.adoptedAt.id).toBe(ids.forum);
  });

  it('answers NOT_FOUND for unknown or foreign IDs', async () => {
    for (const id of [unknown('Document'), ids.oic, 'garbage']) {
      const res = await t.post({ query: 'query($id: ID!) { document(id: $id) { id } }', variables: { id } });
      expect(res.json.errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('filters by kind, issuer, party role, adoption event, partial-date range and text', async () => {
    await mutate('createDocument', { title: 'Appeal to UNESCO on cultural heritage', kind: 'APPEAL', date: '2023', parties: [{ institutionId: ids.un, role: 'ADDRESSED_TO' }] });
    await mutate('createDocument', { title: 'Statement without a date', kind: 'STATEMENT' });
    const titles = async (filter: Record<string, unknown>) =>
      (await gql('query($f: DocumentFilter) { documents(filter: $f, first: 100, orderBy: {field: TITLE}) { nodes { title } } }', { f: filter })).documents.nodes.map(
        (n: Json) => n.title,
      );
    expect(await titles({ kind: ['DECLARATION', 'APPEAL'] })).toEqual(['Appeal to UNESCO on cultural heritage', 'Baku Declaration']);
    expect(await titles({ issuerId: ids.oic })).toEqual(['Report of the IPHRC mission to Azerbaijan']); // as CO_ISSUER
    expect(await titles({ partyId: ids.un })).toEqual(['Appeal to UNESCO on cultural heritage', 'Baku Declaration']);
    expect(await titles({ partyId: ids.un, partyRole: ['ISSUER'] })).toEqual([]);
    expect(await titles({ partyRole: ['APPROVED_BY'] })).toEqual(['Report of the IPHRC mission to Azerbaijan']);
    expect(await titles({ adoptedAtId: ids.forum })).toEqual(['Baku Declaration']);
    // partial dates compare by the days they cover: "2023" can fall on or after "2023-12"; undated never matches
    expect(await titles({ from: '2023-12' })).toEqual(['Appeal to UNESCO on cultural heritage', 'Baku Declaration', 'Report of the IPHRC mission to Azerbaijan']);
    expect(await titles({ from: '2024-07' })).toEqual(['Baku Declaration']);
    expect(await titles({ to: '2024-06-01' })).toEqual(['Appeal to UNESCO on cultural heritage', 'Report of the IPHRC mission to Azerbaijan']);
    expect(await titles({ from: '2024', to: '2024-09' })).toEqual(['Report of the IPHRC mission to Azerbaijan']);
    expect(await titles({ search: 'LANDMINES' })).toEqual(['Baku Declaration']); // summary
    expect(await titles({ search: 'baku declaratión' })).toEqual(['Baku Declaration']); // accents ignored
    expect(await titles({ search: '100%' })).toEqual([]);
  });

  it('rejects bad filters with BAD_USER_INPUT', async () => {
    for (const [filter, argument] of [
      [{ issuerId: ids.forum }, 'filter.issuerId'],
      [{ partyId: 'nope' }, 'filter.partyId'],
      [{ adoptedAtId: ids.oic }, 'filter.adoptedAtId'],
      [{ from: '2024-06', to: '2024-05' }, 'filter.to'],
    ] as const) {
      const res = await t.post({ query: 'query($f: DocumentFilter) { documents(filter: $f) { totalCount } }', variables: { f: filter } });
      expect(res.json.errors[0].extensions, JSON.stringify(filter)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    for (const from of ['2024-13', '2023-02-29', '24', 'soon']) {
      const res = await t.post({ query: 'query($from: PartialDate) { documents(filter: {from: $from}) { totalCount } }', variables: { from } });
      expect(res.json.errors[0].extensions.code, from).toBe('BAD_USER_INPUT');
    }
  });

  it('orders newest first with undated documents last, and pages both ways', async () => {
    for (let i = 0; i < 12; i++) {
      await mutate('createDocument', { title: `Minutes ${String(i).padStart(2, '0')}`, kind: 'MINUTES', date: i < 10 ? `2020-01-${String(i + 10)}` : null });
    }
    const filter = { kind: ['MINUTES'] };
    const page = (args: string) => gql(`query($f: DocumentFilter) { documents(filter: $f, ${args}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { title } } }`, { f: filter });
    const first = (await page('first: 5')).documents;
    expect(first.totalCount).toBe(12);
    expect(first.nodes.map((n: Json) => n.title)).toEqual(['Minutes 09', 'Minutes 08', 'Minutes 07', 'Minutes 06', 'Minutes 05']);
    const second = (await page(`first: 5, after: "${first.pageInfo.endCursor}"`)).documents;
    expect(second.nodes.map((n: Json) => n.title)).toEqual(['Minutes 04', 'Minutes 03', 'Minutes 02', 'Minutes 01', 'Minutes 00']);
    const third = (await page(`first: 5, after: "${second.pageInfo.endCursor}"`)).documents;
    expect(third.nodes.map((n: Json) => n.title).sort()).toEqual(['Minutes 10', 'Minutes 11']); // undated last
    expect(third.pageInfo.hasNextPage).toBe(false);
    const back = (await page(`last: 3, before: "${third.pageInfo.startCursor}"`)).documents;
    expect(back.nodes.map((n: Json) => n.title)).toEqual(['Minutes 02', 'Minutes 01', 'Minutes 00']);
    const asc = (await page('first: 2, orderBy: {field: DATE, direction: ASC}')).documents;
    expect(asc.nodes.map((n: Json) => n.title)).toEqual(['Minutes 00', 'Minutes 01']);
    const byTitle = (await page('first: 1, orderBy: {field: TITLE, direction: DESC}')).documents;
    expect(byTitle.nodes[0].title).toBe('Minutes 11');
  });

  it('updates with patch semantics, keeps the search text current, and refuses a stale version', async () => {
    const { document } = await mutate('createDocument', { title: 'Draft statement', kind: 'STATEMENT', date: '2024', url: 'https://example.org/s', summary: 'old' });
    const { document: updated } = await mutate('updateDocument', { id: document.id, version: 1, title: 'Joint statement on forced migration', url: null });
    expect(updated).toMatchObject({ title: 'Joint statement on forced migration', kind: 'STATEMENT', date: '2024', url: null, summary: 'old', version: 2 });
    const found = await gql('{ documents(filter: {search: "forced migration"}) { nodes { id } } }');
    expect(found.documents.nodes).toEqual([{ id: document.id }]);
    expect(await refused('updateDocument', { id: document.id, version: 1, summary: 'lost' })).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' }),
    ]);
    expect((await gql('query($id: ID!) { document(id: $id) { summary version } }', { id: document.id })).document).toEqual({ summary: 'old', version: 2 });
  });

  it.each([
    ['blank title', { title: '  ', kind: 'REPORT' }, ['input', 'title'], 'REQUIRED'],
    ['too long title', { title: 'x'.repeat(501), kind: 'REPORT' }, ['input', 'title'], 'TOO_LONG'],
    ['non-http url', { title: 'A', kind: 'REPORT', url: 'ftp://example.org/a' }, ['input', 'url'], 'INVALID_FORMAT'],
    ['unknown adoption event', { title: 'A', kind: 'REPORT', adoptedAtId: unknown('Event') }, ['input', 'adoptedAtId'], 'NOT_FOUND'],
    ['adoption "event" that is an institution', { title: 'A', kind: 'REPORT', adoptedAtId: 'SW5zdGl0dXRpb246eA' }, ['input', 'adoptedAtId'], 'INVALID_ID'],
    ['unknown party institution', { title: 'A', kind: 'REPORT', parties: [{ institutionId: unknown('Institution'), role: 'ISSUER' }] }, ['input', 'parties', '0', 'institutionId'], 'NOT_FOUND'],
    ['malformed party institution', { title: 'A', kind: 'REPORT', parties: [{ institutionId: 'X', role: 'ISSUER' }] }, ['input', 'parties', '0', 'institutionId'], 'INVALID_ID'],
    ['too many parties', { title: 'A', kind: 'REPORT', parties: Array.from({ length: 101 }, () => ({ institutionId: 'x', role: 'ISSUER' })) }, ['input', 'parties'], 'TOO_MANY'],
  ])('create refuses %s', async (_label, input, field, code) => {
    expect(await refused('createDocument', input)).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('refuses duplicate parties and approvals dated before the document', async () => {
    expect(
      await refused('createDocument', {
        title: 'A',
        kind: 'REPORT',
        parties: [{ institutionId: ids.oic, role: 'ISSUER' }, { institutionId: ids.oic, role: 'ISSUER', date: '2024' }],
      }),
    ).toEqual([expect.objectContaining({ field: ['input', 'parties', '1', 'role'], code: 'DUPLICATE' })]);
    expect(
      await refused('createDocument', {
        title: 'A',
        kind: 'REPORT',
        date: '2024-06',
        parties: [{ institutionId: ids.cfm, role: 'APPROVED_BY', date: '2024-05-31' }],
      }),
    ).toEqual([expect.objectContaining({ field: ['input', 'parties', '0', 'date'], code: 'INVALID_DATE_RANGE' })]);
    // a partial date that may fall on or after the document date is fine: "2024" vs "2024-06"
    const { document } = await mutate('createDocument', { title: 'Resolution', kind: 'RESOLUTION', date: '2024-06', parties: [{ institutionId: ids.cfm, role: 'ENDORSED_BY', date: '2024' }] });
    expect(document.parties).toHaveLength(1);
  });

  it('adds, updates and removes parties with the same rules', async () => {
    const PARTY = 'documentParty { id role date version institution { name } atEvent { title } } document { id }';
    const { document } = await mutate('createDocument', { title: 'Special report on mine victims', kind: 'SPECIAL_REPORT', date: '2024-03' });
    const added = await mutate('addDocumentParty', { documentId: document.id, institutionId: ids.cfm, role: 'SUBMITTED_TO', date: '2024-08', atEventId: ids.cfm50 }, PARTY);
    expect(added.documentParty).toMatchObject({ role: 'SUBMITTED_TO', date: '2024-08', institution: { name: 'OIC Council of Foreign Ministers' } });
    expect(added.document.id).toBe(document.id);
    const partyId = added.documentParty.id;

    expect(await refused('addDocumentParty', { documentId: document.id, institutionId: ids.cfm, role: 'SUBMITTED_TO' }, 'documentParty { id }')).toEqual([
      expect.objectContaining({ field: ['input', 'role'], code: 'DUPLICATE' }),
    ]);
    expect(await refused('addDocumentParty', { documentId: document.id, institutionId: ids.un, role: 'ENDORSED_BY', date: '2023' }, 'documentParty { id }')).toEqual([
      expect.objectContaining({ field: ['input', 'date'], code: 'INVALID_DATE_RANGE' }),
    ]);
    expect(await refused('addDocumentParty', { documentId: unknown('Document'), institutionId: ids.un, role: 'ISSUER' }, 'documentParty { id }')).toEqual([
      expect.objectContaining({ field: ['input', 'documentId'], code: 'NOT_FOUND' }),
    ]);
    // the same institution in another role is fine
    await mutate('addDocumentParty', { documentId: document.id, institutionId: ids.cfm, role: 'ENDORSED_BY' }, PARTY);

    // moving the document date after the submission is refused
    expect(await refused('updateDocument', { id: document.id, date: '2024-09' })).toEqual([
      expect.objectContaining({ field: ['input', 'date'], code: 'INVALID_DATE_RANGE' }),
    ]);

    const changed = await mutate('updateDocumentParty', { id: partyId, version: 1, date: '2024-08-30', atEventId: null }, PARTY);
    expect(changed.documentParty).toMatchObject({ date: '2024-08-30', atEvent: null, version: 2 });
    expect(await refused('updateDocumentParty', { id: partyId, version: 1, date: '2024-09' }, 'documentParty { id }')).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' }),
    ]);
    expect(await refused('updateDocumentParty', { id: partyId, date: '2024-02' }, 'documentParty { id }')).toEqual([
      expect.objectContaining({ field: ['input', 'date'], code: 'INVALID_DATE_RANGE' }),
    ]);

    const removed = await mutate('removeDocumentParty', { id: partyId }, 'deletedId document { parties { role } }');
    expect(removed.deletedId).toBe(partyId);
    expect(removed.document.parties).toEqual([{ role: 'ENDORSED_BY' }]);
    const again = await t.post({ query: 'mutation($input: RemoveDocumentPartyInput!) { removeDocumentParty(input: $input) { deletedId userErrors { field code } } }', variables: { input: { id: partyId } } });
    expect(again.json.data.removeDocumentParty).toEqual({ deletedId: null, userErrors: [{ field: ['input', 'id'], code: 'NOT_FOUND' }] });
  });

  it('deletes a document with its parties, their citations and its tags; refuses while commitments were made in it', async () => {
    const { document } = await mutate('createDocument', { title: 'Action plan text', kind: 'AGREEMENT_TEXT', parties: [{ institutionId: ids.oic, role: 'ISSUER' }] });
    const partyId = document.parties[0].id;
    const source = await gql('mutation { createSource(input: {title: "OIC press release", kind: PRESS_RELEASE}) { source { id } userErrors { code } } }');
    const sourceId = source.createSource.source.id;
    const cite = async (recordId: string) =>
      (await gql('mutation($input: CiteSourceInput!) { citeSource(input: $input) { citation { id } userErrors { code } } }', { input: { recordId, sourceId } })).citeSource.citation.id;
    const partyCitation = await cite(partyId);
    const documentCitation = await cite(document.id);
    const commitment = await gql('mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { commitment { id } userErrors { code } } }', {
      input: { title: 'Follow up', ownerId: ids.oic, madeInDocumentId: document.id },
    });
    const commitmentId = commitment.createCommitment.commitment.id;

    const DELETE = 'mutation($input: DeleteDocumentInput!) { deleteDocument(input: $input) { deletedId userErrors { field code message } } }';
    const refusedDelete = await t.post({ query: DELETE, variables: { input: { id: document.id } } });
    expect(refusedDelete.json.data.deleteDocument).toMatchObject({ deletedId: null, userErrors: [{ field: ['input', 'id'], code: 'IN_USE' }] });
    expect(refusedDelete.json.data.deleteDocument.userErrors[0].message).toMatch(/1 commitment\b/);
    const stale = await t.post({ query: DELETE, variables: { input: { id: document.id, version: 7, detachCommitments: true } } });
    expect(stale.json.data.deleteDocument.userErrors).toEqual([expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' })]);

    const deleted = await gql(DELETE, { input: { id: document.id, version: 1, detachCommitments: true } });
    expect(deleted.deleteDocument).toEqual({ deletedId: document.id, userErrors: [] });
    const after = await gql('query($ids: [ID!]!, $c: ID!) { nodes(ids: $ids) { id } commitment(id: $c) { madeInDocument { id } version } }', {
      ids: [document.id, partyId, partyCitation, documentCitation],
      c: commitmentId,
    });
    expect(after.nodes).toEqual([null, null, null, null]);
    expect(after.commitment).toEqual({ madeInDocument: null, version: 2 });
  });

  it('hides confidential documents from viewers and lets only editors write', async () => {
    const { document } = await mutate('createDocument', {
      title: 'Confidential minutes',
      kind: 'MINUTES',
      confidential: true,
      parties: [{ institutionId: ids.un, role: 'SUBMITTED_TO' }],
    });
    const viewer = { authorization: `Bearer ${await t.tokenFor('VIEWER')}` };
    const asViewer = async (query: string, variables: Record<string, unknown> = {}) => (await t.post({ query, variables }, viewer)).json;
    const one = await asViewer('query($id: ID!) { document(id: $id) { id } }', { id: document.id });
    expect(one.errors[0].extensions.code).toBe('NOT_FOUND');
    const list = await asViewer('{ documents(filter: {search: "confidential minutes"}) { totalCount } }');
    expect(list.data.documents.totalCount).toBe(0);
    const un = await asViewer('query($id: ID!) { institution(id: $id) { documents { title } documentParties { role } } }', { id: ids.un });
    expect(un.data.institution.documents.map((d: Json) => d.title)).not.toContain('Confidential minutes');
    expect(un.data.institution.documentParties.map((p: Json) => p.role)).not.toContain('SUBMITTED_TO');
    const write = await asViewer('mutation { createDocument(input: {title: "x", kind: OTHER}) { document { id } } }');
    expect(write.errors[0].extensions.code).toBe('FORBIDDEN');
    // editors see it
    const editor = { authorization: `Bearer ${await t.tokenFor('EDITOR')}` };
    const seen = await t.post({ query: '{ documents(filter: {search: "confidential minutes"}) { totalCount } }' }, editor);
    expect(seen.json.data.documents.totalCount).toBe(1);
    const del = await t.post({ query: 'mutation($id: ID!) { deleteDocument(input: {id: $id}) { deletedId } }', variables: { id: document.id } }, editor);
    expect(del.json.errors[0].extensions.code).toBe('FORBIDDEN'); // deleting needs ADMIN
  });

  it('refuses to delete the only evidence of a done commitment', async () => {
    const { document } = await mutate('createDocument', { title: 'Evidence report', kind: 'REPORT' });
    const created = await gql('mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { commitment { id } userErrors { field code } } }', {
      input: { title: 'Publish the report', ownerId: ids.iphrc, status: 'DONE', evidenceDocumentId: document.id },
    });
    expect(created.createCommitment.userErrors).toEqual([]);
    const res = await gql('mutation($input: DeleteDocumentInput!) { deleteDocument(input: $input) { deletedId userErrors { field code } } }', {
      input: { id: document.id, detachCommitments: true },
    });
    expect(res.deleteDocument).toEqual({ deletedId: null, userErrors: [{ field: ['input', 'id'], code: 'IN_USE' }] });
  });
});

describe('document batching', () => {
  const QUERY = `query($first: Int) { documents(filter: {search: "batch document"}, first: $first, orderBy: {field: TITLE}) {
    nodes { id title adoptedAt { title } issuers { name } commitments { id } topics { name } citations { source { title } }
      parties { role date institution { name } atEvent { title } } } } }`;

  beforeAll(async () => {
    const em = t.db.orm.em.fork();
    const { Document } = await import('../../server/records/document/document.entity.js');
    const { DocumentParty } = await import('../../server/records/document/document-party.entity.js');
    const { Institution } = await import('../../server/records/institution/institution.entity.js');
    const { Commitment } = await import('../../server/records/commitment/commitment.entity.js');
    const { DocumentRole, DocumentKind } = await import('../../server/records/document/document.enums.js');
    const { InstitutionKind } = await import('../../server/records/institution/institution.kind.js');
    const { Topic } = await import('../../server/records/topic/topic.entity.js');
    const { Tagging } = await import('../../server/records/topic/tagging.entity.js');
    const { Source } = await import('../../server/records/provenance/source.entity.js');
    const { Citation } = await import('../../server/records/provenance/citation.entity.js');
    const { SourceKind } = await import('../../server/records/provenance/provenance.enums.js');
    const topic = em.create(Topic, { name: 'Batch topic', slug: 'batch-topic' });
    const source = em.create(Source, { title: 'Batch source', kind: SourceKind.WEBSITE });
    for (let i = 0; i < 100; i++) {
      const issuer = em.create(Institution, { name: `Batch issuer ${i}`, kind: InstitutionKind.OTHER, nameKey: '', searchText: '' });
      issuer.refreshSearchKeys();
      const meeting = em.create(Event, { title: `Batch meeting ${i}`, kind: EventKind.SESSION, searchText: '' });
      meeting.refreshSearchKeys();
      const doc = em.create(Document, { title: `Batch document ${String(i).padStart(3, '0')}`, kind: DocumentKind.REPORT, adoptedAt: meeting, searchText: '' });
      doc.refreshSearchKeys();
      em.create(DocumentParty, { document: doc, institution: issuer, role: DocumentRole.ISSUER });
      em.create(DocumentParty, { document: doc, institution: issuer, role: DocumentRole.APPROVED_BY, atEvent: meeting, date: '2024' });
      em.create(Commitment, { title: `Batch follow-up ${i}`, ownerInstitution: issuer, madeInDocument: doc });
      em.create(Tagging, { topic, recordId: doc.id, recordType: 'Document' });
      em.create(Citation, { source, recordId: doc.id, recordType: 'Document' });
    }
    await em.flush();
  });

  it('lists 100 documents with parties, issuers, events and commitments in the same few SQL statements as 10', async () => {
    const run = async (first: number) => {
      const res = await t.post({ query: QUERY, variables: { first } });
      expect(res.json.errors).toBeUndefined();
      const nodes = res.json.data.documents.nodes;
      expect(nodes).toHaveLength(first);
      for (const n of nodes) {
        expect(n.parties).toHaveLength(2);
        expect(n.parties[1].atEvent.title).toMatch(/^Batch meeting/);
        expect(n.issuers).toHaveLength(1);
        expect(n.commitments).toHaveLength(1);
        expect(n.adoptedAt.title).toMatch(/^Batch meeting/);
        expect(n.topics).toEqual([{ name: 'Batch topic' }]);
        expect(n.citations).toEqual([{ source: { title: 'Batch source' } }]);
      }
      return res.json.extensions.sqlStatements as number;
    };
    const ten = await run(10);
    const hundred = await run(100);
    console.log(`document batching: ${ten} SQL statements for 10 documents, ${hundred} for 100`);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(12);
  });

  it('lists 100 institutions with their documents, roles and commitments in the same few SQL statements as 10', async () => {
    const run = async (first: number) => {
      const res = await t.post({
        query: `query($first: Int) { institutions(filter: {search: "batch issuer"}, first: $first) { nodes { name
          documents { title } approved: documents(role: [APPROVED_BY]) { title } documentParties { role } commitments { title } } } }`,
        variables: { first },
      });
      expect(res.json.errors).toBeUndefined();
      const nodes = res.json.data.institutions.nodes;
      expect(nodes).toHaveLength(first);
      for (const n of nodes) {
        expect(n.documents).toHaveLength(1);
        expect(n.approved).toHaveLength(1);
        expect(n.documentParties.map((p: Json) => p.role).sort()).toEqual(['APPROVED_BY', 'ISSUER']);
        expect(n.commitments).toHaveLength(1);
      }
      return res.json.extensions.sqlStatements as number;
    };
    const ten = await run(10);
    const hundred = await run(100);
    console.log(`institution documents batching: ${ten} SQL statements for 10 institutions, ${hundred} for 100`);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(6);
  });
});
