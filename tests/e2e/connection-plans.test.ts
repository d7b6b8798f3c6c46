import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

// Every connection of the API, in every ordering it offers (both directions), must read its first
// page through an index: on a registry of thousands of rows a sequential scan and sort of the whole
// table per request is what made lists slow. The connections and orderings are read from the
// schema, so a new connection or ordering is checked without touching this file.

const ROWS = 5_000;
/** Tables at least this big must not be scanned sequentially for a first page. */
const LARGE = 2_000;


let t: TestServer;
let viewer: string;

// Rows for every table a connection lists, made in SQL (the same on PostgreSQL and PGlite).
const fill = [
  `insert into institution (id, name, name_key, kind, country, search_text)
     select gen_random_uuid(), 'Institution ' || md5(g::text), 'institution ' || md5(g::text),
            (array['OMBUDSMAN','NHRI','NGO','OTHER'])[1 + g % 4], (array['AZ','FR','DE','TR'])[1 + g % 4], 'institution ' || md5(g::text)
     from generate_series(1, ${ROWS}) g`,
  `insert into person (id, name, search_text) select gen_random_uuid(), 'Person ' || md5(g::text), 'person ' || md5(g::text) from generate_series(1, ${ROWS}) g`,
  `insert into post (id, title, institution_id) select gen_random_uuid(), 'Post ' || md5(i.id::text), i.id from institution i`,
  `insert into relation (id, kind, subject_institution_id, object_id, start_date)
     select gen_random_uuid(), 'MEMBER_OF', a.id, b.id, (1990 + (row_number() over ()) % 35)::text
     from (select id, row_number() over (order by id) n from institution) a
     join (select id, row_number() over (order by id desc) n from institution) b on a.n = b.n`,
  // Mostly agreements in force, a tenth drafts: drafts (and negotiations) are internal like confidential ones.
  `insert into agreement (id, title, kind, status, confidential, effective_from, expires_on)
     select gen_random_uuid(), 'Agreement ' || md5(g::text), 'MEMORANDUM_OF_UNDERSTANDING', case when g % 10 = 1 then 'DRAFT' else 'IN_FORCE' end, g % 10 = 0,
            date '2000-01-01' + g, date '2030-01-01' + g from generate_series(1, ${ROWS}) g`,
  `insert into event (id, title, kind, search_text, start_date, confidential)
     select gen_random_uuid(), 'Event ' || md5(g::text), 'FORUM', 'event ' || md5(g::text),
            to_char(date '2000-01-01' + g, 'YYYY-MM-DD'), g % 10 = 0 from generate_series(1, ${ROWS}) g`,
  `insert into visit (id, title, delegation_of_id, direction, purpose, start_date, confidential)
     select gen_random_uuid(), 'Visit ' || md5(i.id::text), i.id, 'OUTBOUND', 'OFFICIAL',
            to_char(date '2000-01-01' + (row_number() over ())::int, 'YYYY-MM-DD'), false from institution i`,
  `insert into document (id, title, kind, search_text, date, confidential)
     select gen_random_uuid(), 'Document ' || md5(g::text), 'REPORT', 'document ' || md5(g::text),
            to_char(date '2000-01-01' + g, 'YYYY-MM-DD'), g % 10 = 0 from generate_series(1, ${ROWS}) g`,
  `insert into commitment (id, title, due_date, status, confidential)
     select gen_random_uuid(), 'Commitment ' || md5(g::text), to_char(date '2020-01-01' + g, 'YYYY-MM-DD'),
            (array['OPEN','IN_PROGRESS','DONE','DROPPED'])[1 + g % 4], false from generate_series(1, ${ROWS}) g`,
  `insert into source (id, title, kind, published_on)
     select gen_random_uuid(), 'Source ' || md5(g::text), 'NEWS_ARTICLE', to_char(date '2000-01-01' + g, 'YYYY-MM-DD')
     from generate_series(1, ${ROWS}) g`,
  `insert into audit_entry (id, action, record_type, record_id, changes, created_at)
     select gen_random_uuid(), 'UPDATE', 'Institution', gen_random_uuid(), '{}'::jsonb, timestamptz '2026-01-01' + g * interval '1 minute'
     from generate_series(1, ${ROWS}) g`,
  'analyze',
];

beforeAll(async () => {
  // Filling thousands of rows (and the read model's triggers) is setup, not a request: no 10 s limit.
  t = await startTestServer({ env: { DB_STATEMENT_TIMEOUT_MS: '300000' } });
  const em = t.db.orm.em.fork();
  for (const sql of fill) await em.execute(sql);
  viewer = await t.tokenFor('VIEWER');
}, 120_000);
afterAll(() => t?.close());

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
const named = (type: TypeRef): string => (type.name ?? named(type.ofType!));

/** Every Query field returning a connection, with the values of its orderBy.field enum. */
async function connections(): Promise<{ name: string; orderFields: string[] }[]> {
  const { json } = await t.post({
    query: `{ __schema { queryType { fields { name type { ...T } args { name type { ...T } } } } }
      __ts: __schema { types { name kind enumValues { name } inputFields { name type { ...T } } } } }
      fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`,
  });
  const types = new Map<string, { enumValues: { name: string }[] | null; inputFields: { name: string; type: TypeRef }[] | null }>(
    json.data.__ts.types.map((ty: { name: string }) => [ty.name, ty]),
  );
  const list = [];
  for (const field of json.data.__schema.queryType.fields as { name: string; type: TypeRef; args: { name: string; type: TypeRef }[] }[]) {
    if (!named(field.type).endsWith('Connection')) continue;
    const orderArg = field.args.find((a) => a.name === 'orderBy');
    const orderInput = orderArg ? types.get(named(orderArg.type)) : undefined;
    const fieldEnum = orderInput?.inputFields?.find((f) => f.name === 'field');
    const orderFields = fieldEnum ? (types.get(named(fieldEnum.type))?.enumValues ?? []).map((v) => v.name) : [];
    list.push({ name: field.name, orderFields });
  }
  return list;
}

/** Large tables (by the planner's own row estimate). */
async function largeTables(): Promise<Set<string>> {
  const rows = await t.db.orm.em.fork().execute<{ relname: string }[]>(
    `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind = 'r' and c.reltuples >= ${LARGE}`,
  );
  return new Set(rows.map((r) => r.relname));
}

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] };
function seqScans(node: PlanNode, large: Set<string>, found: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] && large.has(node['Relation Name'])) found.push(node['Relation Name']);
  for (const child of node.Plans ?? []) seqScans(child, large, found);
  return found;
}

/** Runs a query, captures its SQL, and EXPLAINs every SELECT it sent. */
async function plansOf(query: string, token?: string): Promise<{ sql: string; scans: string[] }[] | 'forbidden'> {
  const statements: string[] = [];
  const untap = t.db.sql.tap((sql) => statements.push(sql));
  let response: { json: { errors?: { extensions?: { code?: string } }[] } };
  try {
    response = await t.post({ query }, token ? { authorization: `Bearer ${token}` } : undefined);
  } finally {
    untap();
  }
  // Administrator-only connections (users, the audit log) are refused to a viewer: nothing to plan.
  if (token && response.json.errors?.[0]?.extensions?.code === 'FORBIDDEN') return 'forbidden';
  expect(response.json.errors, query).toBeUndefined();
  const large = await largeTables();
  const em = t.db.orm.em.fork();
  const out = [];
  for (const sql of statements.filter((s) => /^\s*(with|select)\b/i.test(s) && !/pg_class|api_token/.test(s))) {
    const [row] = await em.execute<{ 'QUERY PLAN': unknown }[]>(`explain (format json) ${sql}`);
    const plan = row!['QUERY PLAN'];
    const root = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan: PlanNode }[];
    out.push({ sql, scans: seqScans(root[0]!.Plan, large) });
  }
  return out;
}

describe('every connection reads its first page through an index', () => {
  it('the test data makes the record tables large', async () => {
    const large = await largeTables();
    for (const table of ['institution', 'person', 'relation', 'agreement', 'event', 'visit', 'document', 'commitment', 'source', 'audit_entry']) {
      expect(large.has(table), table).toBe(true);
    }
  });

  it('in every ordering, both directions, for an administrator and for a viewer', async () => {
    const list = await connections();
    expect(list.map((c) => c.name)).toEqual(expect.arrayContaining(['institutions', 'relations', 'events', 'agreements', 'documents']));
    const failures: string[] = [];
    let checked = 0;
    for (const { name, orderFields } of list) {
      const orders = orderFields.length ? orderFields.flatMap((f) => [`{ field: ${f}, direction: ASC }`, `{ field: ${f}, direction: DESC }`]) : [null];
      for (const order of orders) {
        for (const token of [undefined, viewer]) {
          const query = `{ ${name}(first: 20${order ? `, orderBy: ${order}` : ''}) { nodes { __typename } pageInfo { hasNextPage } } }`;
          const plans = await plansOf(query, token);
          if (plans === 'forbidden') continue;
          for (const { sql, scans } of plans) {
            checked++;
            if (scans.length) failures.push(`${query}${token ? ' (viewer)' : ''}\n  seq scan of ${scans.join(', ')}: ${sql.slice(0, 300)}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(failures, failures.join('\n\n')).toEqual([]);
  }, 120_000);

  it('the filters people use most read through an index too', async () => {
    const queries = [
      '{ institutions(first: 20, filter: { kind: [NHRI] }) { nodes { id } } }',
      '{ institutions(first: 20, filter: { country: ["FR"] }) { nodes { id } } }',
      '{ commitments(first: 20, filter: { status: [OPEN] }) { nodes { id } } }',
    ];
    for (const query of queries) {
      const plans = await plansOf(query);
      if (plans === 'forbidden') throw new Error(`${query} was refused`);
      for (const { sql, scans } of plans) expect(scans, `${query}\n${sql}`).toEqual([]);
    }
  });

  it('totalCount is computed only when it is asked for', async () => {
    const without = await plansOf('{ institutions(first: 20) { nodes { id } } }');
    if (without === 'forbidden') throw new Error('refused');
    expect(without.some((p) => /count\(/i.test(p.sql))).toBe(false);
    const withCount = await plansOf('{ institutions(first: 20) { totalCount nodes { id } } }');
    if (withCount === 'forbidden') throw new Error('refused');
    expect(withCount.some((p) => /count\(/i.test(p.sql))).toBe(true);
  });
});
