import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { Event } from '../../server/records/event/event.entity.js';
import { EventKind } from '../../server/records/event/event.enums.js';
import { Institution } from '../../server/records/institution/institution.entity.js';
import { InstitutionKind } from '../../server/records/institution/institution.kind.js';
import { Citation } from '../../server/records/provenance/citation.entity.js';
import { SourceKind } from '../../server/records/provenance/provenance.enums.js';
import { Source } from '../../server/records/provenance/source.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';

// biome-ignore lint/suspicious/noExplicitAny: GraphQL response bodies, checked by the assertions
type Json = any;

let t: TestServer;
const ids: Record<string, string> = {};

const SOURCE = 'id title kind publisherName url publishedOn language description version publisher { id name }';
const CITATION = 'id recordType quote locator version source { id title } record { __typename id }';
const CLAIM = `id recordType measure qualifier value statement asOf version record { __typename id } citations { ${CITATION} }`;

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const res = await t.post({ query, variables });
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return res.json.data;
}

const TYPES: Record<string, string> = {
  createSource: 'CreateSourceInput',
  updateSource: 'UpdateSourceInput',
  deleteSource: 'DeleteSourceInput',
  citeSource: 'CiteSourceInput',
  removeCitation: 'RemoveCitationInput',
  reportFigure: 'ReportFigureInput',
  updateClaim: 'UpdateClaimInput',
  deleteClaim: 'DeleteClaimInput',
};

async function run(name: string, input: Record<string, unknown>, selection: string) {
  const data = await gql(`mutation($input: ${TYPES[name]}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`, { input });
  return data[name];
}

/** A mutation that must succeed; returns its payload. */
async function ok(name: string, input: Record<string, unknown>, selection: string) {
  const payload = await run(name, input, selection);
  expect(payload.userErrors).toEqual([]);
  return payload;
}

/** Rows in the provenance tables, to check that refused mutations wrote nothing. */
async function rows(): Promise<number[]> {
  const em = t.db.orm.em.fork();
  const { Claim } = await import('../../server/records/provenance/claim.entity.js');
  return [await em.count(Source), await em.count(Citation), await em.count(Claim)];
}

async function refused(name: string, input: Record<string, unknown>, selection: string) {
  const before = await rows();
  const payload = await run(name, input, selection);
  expect(payload.userErrors.length).toBeGreaterThan(0);
  expect(await rows()).toEqual(before);
  return payload.userErrors as { field: string[]; code: string }[];
}

const source = async (input: Record<string, unknown>) => (await ok('createSource', input, `source { ${SOURCE} }`)).source;
const cite = async (input: Record<string, unknown>) => (await ok('citeSource', input, `citation { ${CITATION} }`)).citation;
const unknown = (type: string) => toGlobalId(type, '00000000-0000-4000-8000-000000000000');

beforeAll(async () => {
  t = await startTestServer();
  const em = t.db.orm.em.fork();
  const azernews = em.create(Institution, { name: 'Azernews', kind: InstitutionKind.MEDIA, country: 'AZ', nameKey: '', searchText: '' });
  azernews.refreshSearchKeys();
  const ombudsman = em.create(Institution, { name: 'Commissioner for Human Rights of Azerbaijan', kind: InstitutionKind.OMBUDSMAN, nameKey: '', searchText: '' });
  ombudsman.refreshSearchKeys();
  const forum = em.create(Event, { title: 'International conference on mine action', kind: EventKind.CONFERENCE, startDate: '2024-04-04', searchText: '' });
  forum.refreshSearchKeys();
  await em.flush();
  ids.azernews = toGlobalId('Institution', azernews.id);
  ids.ombudsman = toGlobalId('Institution', ombudsman.id);
  ids.forum = toGlobalId('Event', forum.id);
});
afterAll(() => t?.close());

describe('sources', () => {
  it('creates a source with its publisher and reads it back', async () => {
    const s = await source({
      title: 'Ombudsman addresses international conference',
      kind: 'NEWS_ARTICLE',
      publisherName: ' Azernews ',
      publisherId: ids.azernews,
      url: 'https://www.azernews.az/nation/1',
      publishedOn: '2024-04',
      language: 'en',
    });
    expect(s).toMatchObject({ title: 'Ombudsman addresses international conference', publisherName: 'Azernews', publishedOn: '2024-04', version: 1, publisher: { name: 'Azernews' } });
    ids.article = s.id;
    const read = await gql(`query($id: ID!) { source(id: $id) { ${SOURCE} citations { id } claims { id } } node(id: $id) { __typename } }`, { id: s.id });
    expect(read.source).toEqual({ ...s, citations: [], claims: [] });
    expect(read.node.__typename).toBe('Source');
  });

  it.each([
    ['a blank title', { title: '', kind: 'WEBSITE' }, ['input', 'title'], 'REQUIRED'],
    ['a non-http url', { title: 'A', kind: 'WEBSITE', url: 'mailto:x@example.org' }, ['input', 'url'], 'INVALID_FORMAT'],
    ['a bad language tag', { title: 'A', kind: 'WEBSITE', language: 'english!' }, ['input', 'language'], 'INVALID_FORMAT'],
    ['an unknown publisher', { title: 'A', kind: 'WEBSITE', publisherId: unknown('Institution') }, ['input', 'publisherId'], 'NOT_FOUND'],
    ['a publisher that is not an institution', { title: 'A', kind: 'WEBSITE', publisherId: unknown('Person') }, ['input', 'publisherId'], 'INVALID_ID'],
    ['an URL another source has', { title: 'A', kind: 'WEBSITE', url: 'https://www.azernews.az/nation/1' }, ['input', 'url'], 'DUPLICATE'],
  ])('create refuses %s', async (_label, input, field, code) => {
    expect(await refused('createSource', input, 'source { id }')).toEqual([expect.objectContaining({ field, code })]);
  });

  it('filters by kind, publisher and title, orders newest first (undated last) and pages', async () => {
    await source({ title: 'Interview with the Ombudsman', kind: 'INTERVIEW', publishedOn: '2023', publisherName: 'Report.az' });
    await source({ title: 'Press release on the conference', kind: 'PRESS_RELEASE', publishedOn: '2024-04-05' });
    await source({ title: 'Undated web page', kind: 'WEBSITE' });
    const titles = async (args: string, variables: Record<string, unknown> = {}) =>
      (await gql(`query${args.includes('$p') ? '($p: ID)' : ''} { sources(${args}) { totalCount nodes { title } pageInfo { endCursor } } }`, args.includes('$p') ? { p: ids.azernews, ...variables } : variables)).sources;
    expect((await titles('first: 10')).nodes.map((n: Json) => n.title)).toEqual([
      'Press release on the conference',
      'Ombudsman addresses international conference',
      'Interview with the Ombudsman',
      'Undated web page',
    ]);
    expect((await titles('filter: {kind: [INTERVIEW, WEBSITE]}, orderBy: {field: TITLE}')).nodes.map((n: Json) => n.title)).toEqual([
      'Interview with the Ombudsman',
      'Undated web page',
    ]);
    expect((await titles('filter: {publisherId: $p}')).nodes.map((n: Json) => n.title)).toEqual(['Ombudsman addresses international conference']);
    expect((await titles('filter: {search: "REPORT.AZ"}')).nodes.map((n: Json) => n.title)).toEqual(['Interview with the Ombudsman']);
    expect((await titles('filter: {search: "conference"}, orderBy: {field: TITLE, direction: DESC}')).nodes.map((n: Json) => n.title)).toEqual([
      'Press release on the conference',
      'Ombudsman addresses international conference',
    ]);
    const page1 = await titles('first: 3');
    const page2 = await titles(`first: 3, after: "${page1.pageInfo.endCursor}"`);
    expect(page2.nodes.map((n: Json) => n.title)).toEqual(['Undated web page']);
    const res = await t.post({ query: '{ sources(filter: {publisherId: "nope"}) { totalCount } }' });
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.publisherId' });
  });

  it('updates with patch semantics and refuses a stale version', async () => {
    const s = await source({ title: 'Draft title', kind: 'WEBSITE', url: 'https://example.org/a', language: 'az', description: 'keep' });
    const u = (await ok('updateSource', { id: s.id, version: 1, title: 'Final title', url: null, language: 'pt-BR' }, `source { ${SOURCE} }`)).source;
    expect(u).toMatchObject({ title: 'Final title', url: null, language: 'pt-BR', description: 'keep', kind: 'WEBSITE', version: 2 });
    expect(await refused('updateSource', { id: s.id, version: 1, title: 'lost' }, 'source { id }')).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' }),
    ]);
    expect(await refused('updateSource', { id: s.id, url: 'https://www.azernews.az/nation/1' }, 'source { id }')).toEqual([
      expect.objectContaining({ field: ['input', 'url'], code: 'DUPLICATE' }),
    ]);
  });
});

describe('citations', () => {
  it('cites a source for any record and shows it from both ends', async () => {
    const c = await cite({ recordId: ids.ombudsman, sourceId: ids.article, quote: 'the Ombudsman addressed the conference', locator: 'para. 2' });
    expect(c).toMatchObject({ recordType: 'Institution', quote: 'the Ombudsman addressed the conference', locator: 'para. 2', record: { __typename: 'Institution', id: ids.ombudsman } });
    // a second citation of the same source elsewhere in it is fine; the same locator twice is not
    await cite({ recordId: ids.ombudsman, sourceId: ids.article, locator: 'para. 5' });
    expect(await refused('citeSource', { recordId: ids.ombudsman, sourceId: ids.article, locator: 'para. 2' }, 'citation { id }')).toEqual([
      expect.objectContaining({ field: ['input', 'sourceId'], code: 'DUPLICATE' }),
    ]);
    const inst = await gql('query($id: ID!) { institution(id: $id) { citations { locator source { title } } } }', { id: ids.ombudsman });
    expect(inst.institution.citations).toEqual([
      { locator: 'para. 2', source: { title: 'Ombudsman addresses international conference' } },
      { locator: 'para. 5', source: { title: 'Ombudsman addresses international conference' } },
    ]);
    const src = await gql('query($id: ID!) { source(id: $id) { citations { locator record { id } } } }', { id: ids.article });
    expect(src.source.citations.map((x: Json) => x.record.id)).toEqual([ids.ombudsman, ids.ombudsman]);
    const one = await gql(`query($id: ID!) { citation(id: $id) { ${CITATION} } }`, { id: c.id });
    expect(one.citation).toEqual(c);
  });

  it.each([
    ['a malformed record ID', { recordId: 'nope', sourceId: 'ARTICLE' }, ['input', 'recordId'], 'INVALID_ID'],
    ['an unknown record', { recordId: unknown('Event'), sourceId: 'ARTICLE' }, ['input', 'recordId'], 'NOT_FOUND'],
    ['a citation as the record', { recordId: 'CITATION', sourceId: 'ARTICLE' }, ['input', 'recordId'], 'INVALID_VALUE'],
    ['a source as the record', { recordId: 'ARTICLE', sourceId: 'ARTICLE' }, ['input', 'recordId'], 'INVALID_VALUE'],
    ['an unknown source', { recordId: 'FORUM', sourceId: unknown('Source') }, ['input', 'sourceId'], 'NOT_FOUND'],
    ['a source ID of another type', { recordId: 'FORUM', sourceId: 'FORUM' }, ['input', 'sourceId'], 'INVALID_ID'],
    ['a too long locator', { recordId: 'FORUM', sourceId: 'ARTICLE', locator: 'x'.repeat(301) }, ['input', 'locator'], 'TOO_LONG'],
  ])('citeSource refuses %s', async (_label, raw, field, code) => {
    const citationId = (await gql('query($id: ID!) { source(id: $id) { citations { id } } }', { id: ids.article })).source.citations[0].id;
    const swap: Record<string, string> = { ARTICLE: ids.article!, FORUM: ids.forum!, CITATION: citationId };
    const input = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, swap[v as string] ?? v]));
    expect(await refused('citeSource', input, 'citation { id }')).toEqual([expect.objectContaining({ field, code })]);
  });

  it('removes a citation; a source is deleted only when nothing cites it, or with detachCitations', async () => {
    const s = await source({ title: 'Short-lived source', kind: 'OTHER' });
    const c = await cite({ recordId: ids.forum, sourceId: s.id });
    const DEL = 'deletedId';
    expect(await refused('deleteSource', { id: s.id }, DEL)).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'IN_USE' })]);
    expect((await ok('removeCitation', { id: c.id }, DEL)).deletedId).toBe(c.id);
    expect(await refused('removeCitation', { id: c.id }, DEL)).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'NOT_FOUND' })]);
    expect((await ok('deleteSource', { id: s.id, version: 1 }, DEL)).deletedId).toBe(s.id);

    const s2 = await source({ title: 'Cited twice', kind: 'OTHER' });
    const c1 = await cite({ recordId: ids.forum, sourceId: s2.id });
    const c2 = await cite({ recordId: ids.ombudsman, sourceId: s2.id });
    expect(await refused('deleteSource', { id: s2.id, version: 5, detachCitations: true }, DEL)).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' }),
    ]);
    expect((await ok('deleteSource', { id: s2.id, detachCitations: true }, DEL)).deletedId).toBe(s2.id);
    expect((await gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [s2.id, c1.id, c2.id] })).nodes).toEqual([null, null, null]);
  });
});

describe('reported figures', () => {
  it('keeps two disagreeing figures from two sources, each with its own citation', async () => {
    const press = await source({ title: 'Conference press release', kind: 'PRESS_RELEASE', url: 'https://ombudsman.az/press/1' });
    const news = await source({ title: 'Conference news report', kind: 'NEWS_ARTICLE', url: 'https://example.org/news/1' });
    const a = (
      await ok('reportFigure', {
        recordId: ids.forum,
        measure: 'participants',
        qualifier: 'MORE_THAN',
        value: 200,
        statement: 'over 200 representatives',
        asOf: '2024-04-04',
        sourceId: press.id,
        quote: 'over 200 representatives from more than 30 countries',
        locator: 'para. 1',
      }, `claim { ${CLAIM} }`)
    ).claim;
    expect(a).toMatchObject({ recordType: 'Event', measure: 'participants', qualifier: 'MORE_THAN', value: 200, record: { __typename: 'Event', id: ids.forum } });
    expect(a.citations).toEqual([expect.objectContaining({ recordType: 'Claim', quote: 'over 200 representatives from more than 30 countries', source: { id: press.id, title: 'Conference press release' }, record: { __typename: 'Claim', id: a.id } })]);
    const b = (await ok('reportFigure', { recordId: ids.forum, measure: 'participants', qualifier: 'ABOUT', value: 150, sourceId: news.id }, `claim { ${CLAIM} }`)).claim;
    expect(b.qualifier).toBe('ABOUT');

    const event = await gql('query($id: ID!) { node(id: $id) { ... on Event { claims { id measure qualifier value citations { source { title } } } } } }', { id: ids.forum });
    expect(event.node.claims).toEqual([
      { id: a.id, measure: 'participants', qualifier: 'MORE_THAN', value: 200, citations: [{ source: { title: 'Conference press release' } }] },
      { id: b.id, measure: 'participants', qualifier: 'ABOUT', value: 150, citations: [{ source: { title: 'Conference news report' } }] },
    ]);
    const one = await gql(`query($id: ID!) { claim(id: $id) { ${CLAIM} } }`, { id: a.id });
    expect(one.claim).toEqual(a);
    ids.claimA = a.id;
  });

  it('records a figure without a source and cites one later', async () => {
    const c = (await ok('reportFigure', { recordId: ids.forum, measure: 'countries', value: 30 }, `claim { ${CLAIM} }`)).claim;
    expect(c).toMatchObject({ qualifier: 'EXACT', citations: [] });
    await cite({ recordId: c.id, sourceId: ids.article });
    expect((await gql('query($id: ID!) { claim(id: $id) { citations { source { id } } } }', { id: c.id })).claim.citations).toEqual([{ source: { id: ids.article } }]);
  });

  it.each([
    ['a blank measure', { recordId: 'FORUM', measure: ' ', value: 1 }, ['input', 'measure'], 'REQUIRED'],
    ['an unknown record', { recordId: unknown('Institution'), measure: 'm', value: 1 }, ['input', 'recordId'], 'NOT_FOUND'],
    ['a figure about a figure', { recordId: 'CLAIM', measure: 'm', value: 1 }, ['input', 'recordId'], 'INVALID_VALUE'],
    ['a quote without a source', { recordId: 'FORUM', measure: 'm', value: 1, quote: 'said so' }, ['input', 'sourceId'], 'REQUIRED'],
    // the figure and its citation are one transaction: an unknown source leaves no figure behind
    ['an unknown source', { recordId: 'FORUM', measure: 'm', value: 1, sourceId: unknown('Source') }, ['input', 'sourceId'], 'NOT_FOUND'],
  ])('reportFigure refuses %s', async (_label, raw, field, code) => {
    const swap: Record<string, string> = { FORUM: ids.forum!, CLAIM: ids.claimA! };
    const input = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? (swap[v] ?? v) : v]));
    expect(await refused('reportFigure', input, 'claim { id }')).toEqual([expect.objectContaining({ field, code })]);
  });

  it('updates a figure with patch semantics and deletes it with its citations', async () => {
    const s = await source({ title: 'Annual report', kind: 'OFFICIAL_DOCUMENT' });
    const c = (await ok('reportFigure', { recordId: ids.ombudsman, measure: 'complaints', value: 1000, statement: 'about a thousand', sourceId: s.id }, `claim { ${CLAIM} }`)).claim;
    const u = (await ok('updateClaim', { id: c.id, version: 1, qualifier: 'ABOUT', statement: null }, `claim { ${CLAIM} }`)).claim;
    expect(u).toMatchObject({ measure: 'complaints', value: 1000, qualifier: 'ABOUT', statement: null, version: 2 });
    expect(await refused('updateClaim', { id: c.id, version: 1, value: 5 }, 'claim { id }')).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' }),
    ]);
    expect(await refused('updateClaim', { id: c.id, measure: null }, 'claim { id }')).toEqual([
      expect.objectContaining({ field: ['input', 'measure'], code: 'REQUIRED' }),
    ]);
    const citationId = c.citations[0].id;
    expect((await ok('deleteClaim', { id: c.id, version: 2 }, 'deletedId')).deletedId).toBe(c.id);
    expect((await gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [c.id, citationId] })).nodes).toEqual([null, null]);
    // the source is no longer cited and can go
    expect((await ok('deleteSource', { id: s.id }, 'deletedId')).deletedId).toBe(s.id);
  });
});

describe('provenance batching', () => {
  const QUERY = `query($first: Int) { sources(filter: {search: "batch source"}, first: $first, orderBy: {field: TITLE}) {
    nodes { id title publisher { name } claims { id } citations { quote source { id } record { __typename id } } } } }`;

  beforeAll(async () => {
    const em = t.db.orm.em.fork();
    for (let i = 0; i < 100; i++) {
      const publisher = em.create(Institution, { name: `Batch publisher ${i}`, kind: InstitutionKind.MEDIA, nameKey: '', searchText: '' });
      publisher.refreshSearchKeys();
      const meeting = em.create(Event, { title: `Batch meeting ${i}`, kind: EventKind.SESSION, searchText: '' });
      meeting.refreshSearchKeys();
      const s = em.create(Source, { title: `Batch source ${String(i).padStart(3, '0')}`, kind: SourceKind.NEWS_ARTICLE, publisher });
      em.create(Citation, { source: s, recordId: publisher.id, recordType: 'Institution', quote: 'a' });
      em.create(Citation, { source: s, recordId: meeting.id, recordType: 'Event', quote: 'b' });
    }
    await em.flush();
  });

  it('lists 100 sources with publishers and cited records in the same few SQL statements as 10', async () => {
    const runQuery = async (first: number) => {
      const res = await t.post({ query: QUERY, variables: { first } });
      expect(res.json.errors).toBeUndefined();
      const nodes = res.json.data.sources.nodes;
      expect(nodes).toHaveLength(first);
      for (const n of nodes) {
        expect(n.publisher.name).toMatch(/^Batch publisher/);
        expect(n.citations.map((c: Json) => c.record.__typename).sort()).toEqual(['Event', 'Institution']);
      }
      return res.json.extensions.sqlStatements as number;
    };
    const ten = await runQuery(10);
    const hundred = await runQuery(100);
    console.log(`provenance batching: ${ten} SQL statements for 10 sources, ${hundred} for 100`);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(8);
  });
});
