import fc from 'fast-check';
import { getNamedType, type GraphQLSchema, isNonNullType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../../server/db/seed/seed-id.js';
import { ACCESS_RULES } from '../../server/api/access.js';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { buildAccordSchema } from '../../server/app/schema.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { literalOf, selectionOf } from '../harness/selections.js';

/*
 * Property: for any set of records marked confidential, no response to any root query field
 * (every field of the schema, with deep selections, IDs of those records as arguments) made by a
 * VIEWER contains any of their IDs, the IDs of the rows they own, their citations' quotes or
 * their claims' figures. Draft agreements are internal whatever their flag, so theirs too.
 */

let t: TestServer;
let viewer: string;
let schema: GraphQLSchema;

const OWNED: Record<string, { table: string; column: string; type: string }[]> = {
  event: [{ table: 'participation', column: 'event_id', type: 'Participation' }],
  visit: [{ table: 'visit_member', column: 'visit_id', type: 'VisitMember' }],
  document: [{ table: 'document_party', column: 'document_id', type: 'DocumentParty' }],
  agreement: [
    { table: 'agreement_party', column: 'agreement_id', type: 'AgreementParty' },
    { table: 'agreement_action', column: 'agreement_id', type: 'AgreementAction' },
  ],
  commitment: [],
};
const TYPE: Record<string, string> = { event: 'Event', visit: 'Visit', document: 'Document', agreement: 'Agreement', commitment: 'Commitment' };

type RecordRef = { table: string; id: string };
let candidates: RecordRef[];
const DEPTH = Number(process.env.DEPTH ?? 2);
const BREADTH = Number(process.env.BREADTH ?? 6);
const az = toGlobalId('Institution', seedId('az-ombudsman'));

const sql = async <T,>(text: string, params: unknown[] = []) => (await t.db.orm.em.fork().execute(text, params)) as T[];

beforeAll(async () => {
  t = await startTestServer({ seed: true });
  viewer = await t.tokenFor('VIEWER');
  const editor = await t.tokenFor('EDITOR');
  schema = await buildAccordSchema();
  candidates = [];
  for (const table of Object.keys(OWNED)) {
    for (const row of await sql<{ id: string }>(`select id from ${table} order by id`)) candidates.push({ table, id: row.id });
  }
  // Public records whose history names the candidates (a commitment made at each event, in each document).
  for (const c of candidates.filter((c) => c.table === 'event' || c.table === 'document')) {
    const field = c.table === 'event' ? 'madeAtEventId' : 'madeInDocumentId';
    const res = await t.post(
      {
        query: 'mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { userErrors { message } } }',
        variables: { input: { title: `Follow-up ${candidates.indexOf(c)}`, ownerId: az, [field]: toGlobalId(TYPE[c.table]!, c.id) } },
      },
      { authorization: `Bearer ${editor}` },
    );
    expect(res.json.data.createCommitment.userErrors).toEqual([]);
  }
}, 180_000);
afterAll(() => t?.close());

/** Marks the records confidential, gives their citations and claims unique markers, and returns every secret string. */
async function hide(records: RecordRef[], run: number): Promise<{ secrets: string[]; ids: Map<string, string[]> }> {
  const secrets: string[] = [];
  const ids = new Map<string, string[]>();
  const add = (type: string, id: string) => {
    const global = toGlobalId(type, id);
    secrets.push(id, global);
    ids.set(type, [...(ids.get(type) ?? []), global]);
  };
  const all = [...records, ...candidates.filter((c) => c.table === 'agreement')]; // drafts: internal anyway
  for (const r of records) await sql(`update ${r.table} set confidential = true where id = ?`, [r.id]);
  const owners = new Set<string>();
  for (const r of all) {
    add(TYPE[r.table]!, r.id);
    owners.add(r.id);
    for (const owned of OWNED[r.table]!) {
      for (const row of await sql<{ id: string }>(`select id from ${owned.table} where ${owned.column} = ?`, [r.id])) {
        add(owned.type, row.id);
        owners.add(row.id);
      }
    }
  }
  const list = [...owners];
  const marks = list.map(() => '?').join(', ');
  const claims = await sql<{ id: string }>(`select id from claim where record_id in (${marks})`, list);
  let n = 0;
  for (const claim of claims) {
    n++;
    const statement = `SECRET-CLAIM-${run}-${n}`;
    const value = 900_000_000 + run * 1000 + n + 0.25;
    await sql('update claim set statement = ?, measure = ?, value = ? where id = ?', [statement, statement, value, claim.id]);
    secrets.push(statement, String(value));
    add('Claim', claim.id);
  }
  const cited = [...list, ...claims.map((c) => c.id)];
  for (const citation of await sql<{ id: string }>(`select id from citation where record_id in (${cited.map(() => '?').join(', ')})`, cited)) {
    n++;
    const quote = `SECRET-QUOTE-${run}-${n}`;
    await sql('update citation set quote = ?, locator = ? where id = ?', [quote, quote, citation.id]);
    secrets.push(quote);
    add('Citation', citation.id);
  }
  for (const tagging of await sql<{ id: string }>(`select id from tagging where record_id in (${marks})`, list)) secrets.push(tagging.id);
  return { secrets, ids };
}

/** One document per root query field a viewer may use, asking deep, with the hidden IDs as arguments. */
function documents(ids: Map<string, string[]>, breadth: number): { field: string; query: string }[] {
  const everyId = [...ids.values()].flat();
  const out: { field: string; query: string }[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const rule = ACCESS_RULES.Query[field.name];
    if (rule === 'ADMIN' || rule === 'EDITOR') continue;
    const returns = getNamedType(field.type).name;
    const idsFor = (argName: string) => {
      if (field.name === 'nodes') return `[${everyId.slice(0, 100).map((i) => JSON.stringify(i)).join(', ')}]`;
      const own = ids.get(returns) ?? ids.get(argName.replace(/Ids?$/, '').replace(/^./, (c) => c.toUpperCase()));
      return JSON.stringify(own?.[0] ?? everyId[0]);
    };
    const pick = (typeName: string, argName: string) => {
      if (typeName === 'ID') return /institution|from|to|bodiesOf|sharedWith/i.test(argName) && !ids.has(returns) && field.name !== 'node' ? JSON.stringify(az) : idsFor(argName);
      if (argName === 'text') return '"ombudsman"';
      if (typeName === 'LocalDate' || typeName === 'PartialDate') return argName === 'to' ? '"2025-12-31"' : '"2023-01-01"';
      return undefined;
    };
    const args = field.args
      .filter((a) => (isNonNullType(a.type) && a.defaultValue === undefined) || a.name === 'first' || a.name === 'from' || a.name === 'to')
      .map((a) => (a.name === 'first' ? 'first: 100' : `${a.name}: ${literalOf(a.type, a.name, pick)}`));
    // nodes(ids) takes the list itself, not a list of lists.
    const fixed = args.map((a) => (field.name === 'nodes' ? `ids: ${idsFor('ids')}` : a));
    const selection = selectionOf(schema, getNamedType(field.type), DEPTH, breadth);
    out.push({ field: field.name, query: `query { ${field.name}${fixed.length ? `(${fixed.join(', ')})` : ''} ${selection} }` });
  }
  return out;
}

describe('confidentiality, property-based', () => {
  it('no viewer response to any root field contains an ID, quote or figure of a confidential record', { timeout: 300_000 }, async () => {
    let run = 0;
    let answered = 0;
    let asked = 0;
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(candidates, { minLength: 1, maxLength: 6 }), async (chosen) => {
        run++;
        const { secrets, ids } = await hide(chosen, run);
        try {
          const narrower = [BREADTH, 3, 1].map((b) => documents(ids, b));
          for (const [i, { field }] of narrower[0]!.entries()) {
            // The widest selection the query limits accept (cost grows with breadth).
            let query = '';
            let res: Awaited<ReturnType<TestServer['post']>> | undefined;
            for (const docs of narrower) {
              query = docs[i]!.query;
              res = await t.post({ query }, { authorization: `Bearer ${viewer}` });
              if (!/Cost limit/.test(JSON.stringify(res.json.errors ?? []))) break;
            }
            if (!res) continue;
            asked++;
            expect(res.status, `${field}: ${JSON.stringify(res.json).slice(0, 300)}`).toBeLessThan(500);
            const codes = (res.json.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
            expect(codes.filter((c: string) => c === 'GRAPHQL_VALIDATION_FAILED' || c === 'INTERNAL_SERVER_ERROR'), `${field}: ${JSON.stringify(res.json.errors)}`).toEqual([]);
            if (res.json.data && Object.values(res.json.data).some((v) => v !== null)) answered++;
            // An error may echo an ID the caller sent ("Agreement not found: …"); that tells nothing.
            const data = JSON.stringify(res.json.data ?? null);
            const errors = JSON.stringify(res.json.errors ?? []);
            const leaked = secrets.filter((s) => data.includes(s) || (errors.includes(s) && !query.includes(s)));
            expect(leaked, `${field} leaked ${leaked.join(', ')} to a viewer`).toEqual([]);
          }
        } finally {
          for (const r of chosen) await sql(`update ${r.table} set confidential = false where id = ?`, [r.id]);
        }
      }),
      { numRuns: 4, seed: 20261203, endOnFailure: true },
    );
    // The walk reached real data, not only refusals.
    expect(answered / asked).toBeGreaterThan(0.5);
  });
});
