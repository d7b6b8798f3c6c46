// AuditEntry.references: a record's history names the records its changes point at (the web
// app's history shows "Part of: OIC", never a UUID).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

const HISTORY = 'query ($id: ID!) { institution(id: $id) { history { action changes references { field key id type name } } } }';

describe('AuditEntry.references', () => {
  it('names the old and the new parent of an institution whose parent changed; plain fields have none', async () => {
    const oic = (await t.client.createInstitution({ name: 'Organization of Islamic Cooperation', kind: 'INTERGOVERNMENTAL_ORGANIZATION' })).id;
    const un = (await t.client.createInstitution({ name: 'United Nations', kind: 'INTERGOVERNMENTAL_ORGANIZATION' })).id;
    const body = (await t.client.createInstitution({ name: 'Independent Permanent Human Rights Commission', kind: 'IGO_BODY', parentId: un })).id;
    const { json: updated } = await t.post({
      query: 'mutation ($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { userErrors { message } } }',
      variables: { input: { id: body, parentId: oic, acronym: 'IPHRC' } },
    });
    expect(updated.data.updateInstitution.userErrors).toEqual([]);

    const { json } = await t.post({ query: HISTORY, variables: { id: body } });
    const [created, changed] = json.data.institution.history;
    expect(created.action).toBe('CREATE');
    expect(created.references).toEqual([{ field: 'parent', key: created.changes.parent.after, id: un, type: 'Institution', name: 'United Nations' }]);
    expect(changed.action).toBe('UPDATE');
    expect(changed.changes.acronym).toEqual({ before: null, after: 'IPHRC' });
    expect(changed.references.map((r: { name: string }) => r.name)).toEqual(['United Nations', 'Organization of Islamic Cooperation']);
    expect(changed.references.every((r: { key: string }) => [changed.changes.parent.before, changed.changes.parent.after].includes(r.key))).toBe(true);
  });
});
