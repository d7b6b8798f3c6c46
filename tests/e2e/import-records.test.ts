// importRecords (server/app/bulk.resolver.ts): `refs` fill an ID field with what an earlier
// operation of the same import wrote; a ref to a refused or later operation refuses its row; the
// whole import stays all or nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

const count = async () => (await t.client.institutions({ first: 1 })).totalCount;

describe('importRecords refs', () => {
  it('a child refers to the parent created by an earlier operation, in one transaction', async () => {
    const result = await t.client.importRecords({
      dryRun: false,
      operations: [
        { mutation: 'createInstitution', input: { name: 'Refs Parent', kind: 'NETWORK' } },
        { mutation: 'createInstitution', input: { name: 'Refs Child', kind: 'NETWORK', parentId: 'placeholder' }, refs: [{ path: ['parentId'], operation: 0 }] },
        { mutation: 'createRelation', input: { kind: 'COOPERATES_WITH', subjectInstitutionId: 'x', objectId: 'y' }, refs: [{ path: ['subjectInstitutionId'], operation: 1 }, { path: ['objectId'], operation: 0 }] },
      ],
    });
    expect(result).toMatchObject({ committed: true, failed: 0 });
    const child = await t.client.institution(result.results[1]!.id!);
    expect(child.parent?.id).toBe(result.results[0]!.id);
    const relation = await t.client.relation(result.results[2]!.id!);
    expect([relation.subject?.id, relation.object?.id]).toEqual([child.id, result.results[0]!.id]);
  });

  it('a ref to a later or refused operation refuses its row, and nothing is written', async () => {
    const before = await count();
    const result = await t.client.importRecords({
      dryRun: false,
      operations: [
        { mutation: 'createInstitution', input: { name: 'Refs Early', kind: 'NGO', parentId: 'x' }, refs: [{ path: ['parentId'], operation: 1 }] },
        { mutation: 'createInstitution', input: { name: '', kind: 'NGO' } },
        { mutation: 'createInstitution', input: { name: 'Refs Orphan', kind: 'NGO', parentId: 'x' }, refs: [{ path: ['parentId'], operation: 1 }] },
      ],
    });
    expect(result.committed).toBe(false);
    expect(result.failed).toBe(3);
    expect(result.results[0]!.userErrors).toEqual([{ field: ['input', 'parentId'], code: 'NOT_FOUND', message: 'refers to operation 1, which does not come before this one' }]);
    expect(result.results[2]!.userErrors).toEqual([{ field: ['input', 'parentId'], code: 'NOT_FOUND', message: 'refers to operation 1, which was refused' }]);
    expect(await count()).toBe(before);
  });
});
