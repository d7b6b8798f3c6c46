import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstitutionsWithFamilyDocument } from '../../client/generated/graphql.js';
import { Institution } from '../../server/records/institution/institution.entity.js';
import { InstitutionKind } from '../../server/records/institution/institution.kind.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;

// 10 parents × 10 children, each child with one child of its own: every listed child has a
// parent and children, so any per-row loading would show up as ~100 extra statements.
beforeAll(async () => {
  t = await startTestServer();
  const em = t.db.orm.em.fork();
  const make = (name: string, parent: Institution | null) => {
    const row = em.create(Institution, { name, kind: InstitutionKind.OTHER, aliases: [], country: 'AZ', parent, nameKey: '', searchText: '' });
    row.refreshSearchKeys();
    return row;
  };
  for (let p = 0; p < 10; p++) {
    const parent = make(`Batch Parent ${p}`, null);
    for (let c = 0; c < 10; c++) make(`Batch Grandchild ${p}-${c}`, make(`Batch Child ${p}-${c}`, parent));
  }
  await em.flush();
});
afterAll(() => t?.close());

async function statementsFor(first: number): Promise<{ statements: number; rows: number }> {
  const res = await t.client.execute(InstitutionsWithFamilyDocument, { filter: { search: 'batch child' }, first });
  expect(res.errors).toBeUndefined();
  const nodes = res.data!.institutions.nodes;
  for (const n of nodes) {
    expect(n.parent?.name).toMatch(/^Batch Parent /);
    expect(n.children).toHaveLength(1);
  }
  return { statements: res.extensions!.sqlStatements as number, rows: nodes.length };
}

describe('DataLoader batching', () => {
  it('lists 100 institutions with parents and children in a constant number of SQL statements', async () => {
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(ten.rows).toBe(10);
    expect(hundred.rows).toBe(100);
    // the page with its count and the pages' parents (one statement, server/api/records.ts
    // pageWithExtras; were three: page, count, batched parent load) + one batched children load
    expect(hundred.statements).toBe(2);
    expect(ten.statements).toBe(hundred.statements);
    console.log(`SQL statements: ${ten.statements} for 10 rows, ${hundred.statements} for 100 rows`);
  });
});
