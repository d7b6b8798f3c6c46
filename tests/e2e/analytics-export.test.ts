// CSV export (server/views/analytics/export.route.ts) through HTTP on the application server, and
// with development auth on a Fastify instance of its own with the plugin over the same database.
import Fastify, { type FastifyInstance } from 'fastify';
import { csvRows } from '../harness/cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccordAuthError, AccordGraphQLError, createAccordClient } from '../../client/index.js';
import pino from 'pino';
import { createGraphQLRuntime } from '../../server/app/runtime.js';
import { loadConfig } from '../../server/kernel/config.js';
import { registerExportRoute } from '../../server/views/analytics/export.route.js';
import type { Institution } from '../../server/records/institution/institution.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { AgreementActionKind, builders, DocumentRole, gid, InstitutionKind, ParticipationRole, RelationKind } from './timeline.fixtures.js';

let t: TestServer;
let base: string;
let dev: FastifyInstance;
let devBase: string;
let viewer: string;
const I: Record<string, Institution> = {};

async function serve(authDevMode: boolean): Promise<[FastifyInstance, string]> {
  const app = Fastify();
  const runtime = await createGraphQLRuntime(loadConfig({ NODE_ENV: 'test' }), t.db, pino({ level: 'silent' }));
  await registerExportRoute(app, { db: t.db, config: { authDevMode, nodeEnv: 'test', exportMaxRows: 50_000 }, ...runtime });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return [app, address];
}

beforeAll(async () => {
  t = await startTestServer();
  viewer = await t.tokenFor('VIEWER');
  // The application server serves /export; the dev-auth variant needs a Fastify app of its own.
  base = t.server.url;
  [dev, devBase] = await serve(true);
  const em = t.db.orm.em.fork();
  const b = builders(em);
  I.A = b.institution('Alpha Ombudsman', InstitutionKind.OMBUDSMAN, 'AZ');
  I.B = b.institution('Beta "Quoted", Network', InstitutionKind.NETWORK);
  I.C = b.institution('Gamma Commission', InstitutionKind.NHRI, 'TR', I.A);
  const source = b.source('Daily News');
  const forum = b.event('Climate Forum', '2021-03-15', [[I.A, ParticipationRole.ORGANISER], [I.B]], { country: 'AZ' });
  b.cite(source, forum);
  b.document('Forum Declaration', '2021-03-15', [[I.A, DocumentRole.ISSUER]], forum);
  b.event('Closed Meeting', '2021-05-01', [[I.A]], { confidential: true });
  b.agreement('Alpha–Gamma MoU', [I.A, I.C], [[AgreementActionKind.SIGNATURE, '2021-12-01', I.A]]);
  b.relation(I.A, RelationKind.MEMBER_OF, I.B, '2020');
  b.event('Line\nbreak, "and" quotes', '2022', [[I.A]]);
  for (let i = 0; i < 230; i++) b.institution(`Bulk Institution ${String(i).padStart(3, '0')}`, InstitutionKind.OTHER, 'GE', I.A);
  await em.flush();
});
afterAll(async () => {
  await dev?.close();
  await t?.close();
});

type Response = { status: number; type: string | null; disposition: string | null; text: string };

async function request(path: string, init: { body?: unknown; token?: string | null; base?: string } = {}): Promise<Response> {
  const token = init.token === undefined ? t.adminToken : init.token;
  const res = await fetch(`${init.base ?? base}${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), text: await res.text() };
}

const csv = (text: string) => csvRows(text);
const vars = (v: unknown) => `?variables=${encodeURIComponent(JSON.stringify(v))}`;

describe('CSV export of named queries', () => {
  it('timeline: one row per item, institutions and sources by name', async () => {
    const res = await request('/export/timeline.csv', { body: undefined });
    expect(res.status).toBe(200); // whole registry (no focus)
    const focused = await request('/export', { body: { name: 'timeline', variables: { institutionIds: [gid(I.A)] } } });
    expect(focused.status).toBe(200);
    expect(focused.type).toBe('text/csv; charset=utf-8');
    expect(focused.disposition).toBe('attachment; filename="timeline.csv"');
    const [header, ...rows] = csv(focused.text);
    expect(header).toEqual(['date', 'endDate', 'kind', 'title', 'status', 'country', 'institutions', 'sources', 'id']);
    expect(rows.map((r) => r[3])).toEqual([
      'Alpha Ombudsman joins Beta "Quoted", Network',
      'Climate Forum',
      'Forum Declaration',
      'Closed Meeting',
      'Signature: Alpha–Gamma MoU',
      'Line\nbreak, "and" quotes',
    ]);
    const forum = rows.find((r) => r[3] === 'Climate Forum')!;
    expect(forum.slice(0, 8)).toEqual(['2021-03-15', '2021-03-15', 'EVENT', 'Climate Forum', 'HELD', 'AZ', 'Alpha Ombudsman; Beta "Quoted", Network', 'Daily News']);
    expect(Buffer.from(forum[8]!, 'base64url').toString()).toMatch(/^Event:/);
    expect(focused.text.endsWith('\r\n')).toBe(true);
  });

  it('lists with related records as names (institutions: parent by name), streamed over several pages', async () => {
    const res = await request(`/export/institutions${vars({ filter: { country: ['GE'] } })}`);
    expect(res.status).toBe(200);
    const [header, ...rows] = csv(res.text);
    expect(header).toEqual(['name', 'acronym', 'kind', 'status', 'country', 'parent', 'website', 'aliases', 'description', 'id']);
    expect(rows).toHaveLength(230); // three pages of at most 100
    expect(new Set(rows.map((r) => r[0])).size).toBe(230);
    expect(rows[0]!.slice(0, 6)).toEqual(['Bulk Institution 000', '', 'OTHER', 'ACTIVE', 'GE', 'Alpha Ombudsman']);
    const events = csv((await request('/export/events')).text);
    expect(events[0]).toEqual([
      'title', 'kind', 'status', 'startDate', 'endDate', 'city', 'country', 'venue', 'parent', 'series', 'edition',
      'organisers', 'hosts', 'participants', 'topics', 'id',
    ]);
    const forum = events.find((r) => r[0] === 'Climate Forum')!;
    expect(forum[11]).toBe('Alpha Ombudsman');
    expect(forum[13]!.split('; ').sort()).toEqual(['Alpha Ombudsman', 'Beta "Quoted", Network']);
    const relations = csv((await request('/export/relations')).text);
    expect(relations[1]!.slice(0, 3)).toEqual(['MEMBER_OF', 'Alpha Ombudsman', 'Beta "Quoted", Network']);
    const agreements = csv((await request('/export/agreements')).text);
    expect(agreements[1]![0]).toBe('Alpha–Gamma MoU');
    // (parties in the order they were added: same transaction here, so compare as a set)
    expect(agreements[1]![agreements[0]!.indexOf('parties')]!.split('; ').sort()).toEqual(['Alpha Ombudsman', 'Gamma Commission']);
  });

  it('stats: one column per grouped dimension, then the count', async () => {
    const res = await request(`/export/stats${vars({ groupBy: ['YEAR', 'TYPE'], types: ['EVENT', 'DOCUMENT'] })}`);
    expect(csv(res.text)).toEqual([
      ['year', 'type', 'count'],
      ['2021', 'DOCUMENT', '1'],
      ['2021', 'EVENT', '2'],
      ['2022', 'EVENT', '1'],
    ]);
  });
});

describe('CSV export of any query', () => {
  it('exports the nodes (or edges) of any connection, with nested fields as columns', async () => {
    const res = await request('/export', {
      body: {
        query: `query($c: [String!]) { institutions(filter: { country: $c }, first: 7) { edges { node { name parent { name acronym } children { name } } } } }`,
        variables: { c: ['TR', 'AZ'] },
      },
    });
    expect(res.status).toBe(200);
    expect(res.disposition).toBe('attachment; filename="export.csv"');
    const [header, ...rows] = csv(res.text);
    expect(header).toEqual(['name', 'parent.name', 'parent.acronym', 'children']);
    expect(rows[0]).toEqual(['Alpha Ombudsman', '', '', expect.stringContaining('Bulk Institution 000; Bulk Institution 001')]);
    expect(rows[1]).toEqual(['Gamma Commission', 'Alpha Ombudsman', '', '']);
  });

  it('exports a plain list field too (the first list inside the root field)', async () => {
    const res = await request('/export', { body: { query: '{ search(text: "forum") { type title score } }' } });
    const [header, ...rows] = csv(res.text);
    expect(header).toEqual(['type', 'title', 'score']);
    expect(rows.map((r) => r[1])).toContain('Climate Forum');
  });
});

describe('access and errors', () => {
  it('authenticates like /graphql: a token is needed, except in development auth mode', async () => {
    for (const [token, message] of [
      [null, /sign in/],
      ['acc_nope', /unknown token/],
      ['garbage', /malformed/],
    ] as const) {
      const res = await request('/export/institutions', { token });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.text).errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(message) });
    }
    const devMode = await request('/export/institutions', { token: null, base: devBase });
    expect(devMode.status).toBe(200);
  });

  it('applies the access rules and hides confidential records from viewers', async () => {
    const forViewer = await request('/export', { body: { name: 'timeline', variables: { institutionIds: [gid(I.A)] } }, token: viewer });
    expect(csv(forViewer.text).map((r) => r[3])).not.toContain('Closed Meeting');
    const forbidden = await request('/export', { body: { query: '{ auditLog(first: 5) { nodes { action } } }' }, token: viewer });
    expect(forbidden.status).toBe(403);
    expect(JSON.parse(forbidden.text).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses unknown exports, invalid or non-query documents and bad variables with a JSON error', async () => {
    const cases: [string, { body?: unknown }, number, string][] = [
      ['/export/nothing', {}, 404, 'NOT_FOUND'],
      ['/export', { body: { query: '{ institutions { nope } }' } }, 400, 'GRAPHQL_VALIDATION_FAILED'],
      ['/export', { body: { query: '{ institutions { ' } }, 400, 'GRAPHQL_PARSE_FAILED'],
      ['/export', { body: { query: 'mutation { deleteInstitution(input: { id: "x" }) { deletedId } }' } }, 400, 'BAD_USER_INPUT'],
      ['/export', { body: { query: '{ a: institutions { nodes { name } } b: events { nodes { title } } }' } }, 400, 'BAD_USER_INPUT'],
      ['/export', { body: { query: '{ institutions(last: 5) { nodes { name } } }' } }, 400, 'BAD_USER_INPUT'],
      ['/export', { body: { name: 'institutions', variables: '[1]' } }, 400, 'BAD_USER_INPUT'],
      ['/export', { body: { name: 'timeline', variables: { institutionIds: ['nope'] } } }, 400, 'BAD_USER_INPUT'],
      ['/export', { body: {} }, 400, 'BAD_REQUEST'],
    ];
    for (const [path, init, status, code] of cases) {
      const res = await request(path, init);
      expect({ path, init, status: res.status }).toEqual({ path, init, status });
      expect(JSON.parse(res.text).errors[0].extensions.code).toBe(code);
    }
  });
});

describe('typed client', () => {
  it('exportCsv streams the CSV; refusals throw typed errors', async () => {
    const client = createAccordClient({ url: `${base}/graphql`, token: t.adminToken });
    expect(client.exportUrl()).toBe(`${base}/export`);
    const text = await client.exportCsvText({ name: 'relations' });
    expect(csv(text)[1]!.slice(0, 3)).toEqual(['MEMBER_OF', 'Alpha Ombudsman', 'Beta "Quoted", Network']);
    await expect(client.exportCsvText({ name: 'nothing' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(client.exportCsvText({ query: '{ institutions { nope } }' })).rejects.toBeInstanceOf(AccordGraphQLError);
    const anonymous = createAccordClient({ url: `${base}/graphql` });
    await expect(anonymous.exportCsvText({ name: 'relations' })).rejects.toBeInstanceOf(AccordAuthError);
  });
});

