import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../server/records/audit/audit-entry.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

const HISTORY = `query($id: ID!) { institution(id: $id) { history { action operation userName changes recordType } } }`;

describe('audit trail', () => {
  it('records who changed what, field by field, through which mutation', async () => {
    const x = await t.client.createInstitution({ name: 'Audited Office', kind: 'NHRI', country: 'AM' });
    await t.client.updateInstitution({ id: x.id, version: x.version, description: 'first description', country: 'GE' });
    const res = await t.post({ query: HISTORY, variables: { id: x.id } });
    const history = res.json.data.institution.history;
    expect(history.map((h: { action: string; operation: string }) => `${h.action} ${h.operation}`)).toEqual([
      'CREATE createInstitution',
      'UPDATE updateInstitution',
    ]);
    expect(history[0].userName).toMatch(/^Test admin/);
    expect(history[0].changes.name).toEqual({ before: null, after: 'Audited Office' });
    expect(history[1].changes).toEqual({
      description: { before: null, after: 'first description' },
      country: { before: 'AM', after: 'GE' },
    });
    expect(history[1].changes.searchText).toBeUndefined(); // internal columns are not audited
  });

  it('writes nothing for a refused or rolled-back mutation', async () => {
    const before = await t.db.orm.em.fork().count(AuditEntry);
    const res = await t.post({ query: 'mutation { createInstitution(input: {name: "", kind: NGO, country: "XX"}) { userErrors { code } } }' });
    expect(res.json.data.createInstitution.userErrors.length).toBeGreaterThan(0);
    expect(await t.db.orm.em.fork().count(AuditEntry)).toBe(before);
  });

  it('records deletions, and lets admins filter the log', async () => {
    const x = await t.client.createInstitution({ name: 'Short-lived Office', kind: 'NGO' });
    await t.client.deleteInstitution({ id: x.id });
    const res = await t.post({
      query: `query($id: ID!) { auditLog(filter: {recordId: $id}, first: 10) { totalCount nodes { action operation recordGlobalId changes } } }`,
      variables: { id: x.id },
    });
    const log = res.json.data.auditLog;
    expect(log.totalCount).toBe(2);
    expect(log.nodes.map((n: { action: string }) => n.action)).toEqual(['DELETE', 'CREATE']); // newest first
    expect(log.nodes[0].changes.name).toEqual({ before: 'Short-lived Office', after: null });
    expect(log.nodes[0].recordGlobalId).toBe(x.id);
  });

  it('keeps the log from non-admins and offers no way to change it', async () => {
    const viewer = await t.tokenFor('VIEWER');
    const res = await t.post({ query: '{ auditLog { totalCount } }' }, { authorization: `Bearer ${viewer}` });
    expect(res.json.errors[0].extensions.code).toBe('FORBIDDEN');
    const schema = await t.post({ query: '{ __schema { mutationType { fields { name } } } }' });
    const names = schema.json.data.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(names.filter((n: string) => /audit/i.test(n))).toEqual([]);
    // Even a direct SQL client cannot rewrite it.
    await expect(t.db.orm.em.fork().execute(`update audit_entry set operation = 'forged'`)).rejects.toThrow(/append-only/);
  });
});
