import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let oicId: string;
let iphrcId: string;

beforeAll(async () => {
  t = await startTestServer();
  const oic = await t.client.createInstitution({ name: 'Organisation of Islamic Cooperation', kind: 'INTERGOVERNMENTAL_ORGANIZATION' });
  const iphrc = await t.client.createInstitution({ name: 'IPHRC', kind: 'IGO_BODY', parentId: oic.id });
  await t.client.createInstitution({ name: 'Ombudsman', kind: 'OMBUDSMAN', country: 'AZ' });
  oicId = oic.id;
  iphrcId = iphrc.id;
});
afterAll(() => t?.close());

const CREATE = `mutation($input: CreateInstitutionInput!) {
  createInstitution(input: $input) { institution { id } userErrors { field message code } }
}`;
const UPDATE = `mutation($input: UpdateInstitutionInput!) {
  updateInstitution(input: $input) { institution { id version } userErrors { field message code } }
}`;

async function count(): Promise<number> {
  return (await t.client.institutions({ first: 1 })).totalCount;
}

async function userErrors(query: string, input: Record<string, unknown>) {
  const before = await count();
  const res = await t.post({ query, variables: { input } });
  expect(res.status).toBe(200);
  expect(res.json.errors).toBeUndefined();
  const payload = Object.values(res.json.data)[0] as { institution: unknown; userErrors: unknown[] };
  expect(payload.institution).toBeNull();
  expect(await count()).toBe(before); // nothing written
  return payload.userErrors;
}

const unknownId = Buffer.from('Institution:00000000-0000-4000-8000-000000000000').toString('base64url');

describe('institution input rules', () => {
  it.each([
    ['blank name', { name: '   ', kind: 'NHRI' }, [['input', 'name'], 'REQUIRED']],
    ['too long name', { name: 'x'.repeat(301), kind: 'NHRI' }, [['input', 'name'], 'TOO_LONG']],
    ['bad country code', { name: 'A', kind: 'NHRI', country: 'XX' }, [['input', 'country'], 'INVALID_COUNTRY']],
    ['alpha-3 country code', { name: 'A', kind: 'NHRI', country: 'AZE' }, [['input', 'country'], 'INVALID_COUNTRY']],
    ['non-http website', { name: 'A', kind: 'NHRI', website: 'javascript:alert(1)' }, [['input', 'website'], 'INVALID_FORMAT']],
    ['blank alias', { name: 'A', kind: 'NHRI', aliases: ['ok', ' '] }, [['input', 'aliases', '1'], 'REQUIRED']],
    ['too many aliases', { name: 'A', kind: 'NHRI', aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) }, [['input', 'aliases'], 'TOO_MANY']],
    ['unknown parent', { name: 'A', kind: 'NHRI', parentId: unknownId }, [['input', 'parentId'], 'NOT_FOUND']],
    ['malformed parent', { name: 'A', kind: 'NHRI', parentId: 'not-an-id' }, [['input', 'parentId'], 'INVALID_ID']],
    ['duplicate name+country, other case and accents', { name: 'OMBÚDSMAN ', kind: 'NHRI', country: 'az' }, [['input', 'name'], 'DUPLICATE']],
    ['duplicate international name', { name: 'organisation of islamic cooperation', kind: 'OTHER' }, [['input', 'name'], 'DUPLICATE']],
  ])('create refuses %s', async (_label, input, [field, code]) => {
    const errors = await userErrors(CREATE, input);
    expect(errors).toContainEqual(expect.objectContaining({ field, code }));
    for (const e of errors as { message: string }[]) expect(e.message.length).toBeGreaterThan(0);
  });

  it('reports every problem at once', async () => {
    const errors = await userErrors(CREATE, { name: '', kind: 'NHRI', country: '??', website: 'nope' });
    expect((errors as { code: string }[]).map((e) => e.code).sort()).toEqual(['INVALID_COUNTRY', 'INVALID_FORMAT', 'REQUIRED']);
  });

  it('allows the same name in another country', async () => {
    const other = await t.client.createInstitution({ name: 'Ombudsman', kind: 'OMBUDSMAN', country: 'GE' });
    expect(other.country).toBe('GE');
  });

  it('refuses a parent chain with a cycle', async () => {
    expect(await userErrors(UPDATE, { id: oicId, parentId: iphrcId })).toEqual([
      expect.objectContaining({ field: ['input', 'parentId'], code: 'CYCLE' }),
    ]);
    expect(await userErrors(UPDATE, { id: oicId, parentId: oicId })).toEqual([
      expect.objectContaining({ field: ['input', 'parentId'], code: 'CYCLE' }),
    ]);
    const oic = await t.client.institution(oicId);
    expect(oic.parent).toBeNull();
    expect(oic.version).toBe(1);
  });

  it('refuses a stale version with CONFLICT and keeps the newer data', async () => {
    const x = await t.client.createInstitution({ name: 'Versioned', kind: 'NGO' });
    await t.client.updateInstitution({ id: x.id, version: 1, description: 'first edit' });
    expect(await userErrors(UPDATE, { id: x.id, version: 1, description: 'lost edit' })).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' }),
    ]);
    expect((await t.client.institution(x.id)).description).toBe('first edit');
  });

  it('lets exactly one of several concurrent editors of one version win', async () => {
    const x = await t.client.createInstitution({ name: 'Contended', kind: 'NGO' });
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        t.post({ query: UPDATE, variables: { input: { id: x.id, version: 1, description: `edit ${n}` } } }),
      ),
    );
    const payloads = results.map((r) => r.json.data.updateInstitution);
    expect(payloads.filter((p) => p.institution !== null)).toHaveLength(1);
    expect(payloads.filter((p) => p.userErrors[0]?.code === 'CONFLICT')).toHaveLength(4);
    expect((await t.client.institution(x.id)).version).toBe(2);
  });

  it('creates one of several concurrent duplicates', async () => {
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => t.post({ query: CREATE, variables: { input: { name: 'Raced', kind: 'NGO', country: 'TR' } } })),
    );
    const payloads = results.map((r) => r.json.data.createInstitution);
    expect(payloads.filter((p) => p.institution !== null)).toHaveLength(1);
    expect(payloads.filter((p) => p.userErrors[0]?.code === 'DUPLICATE')).toHaveLength(3);
  });

  it('answers unknown IDs in updates and deletes with a NOT_FOUND userError', async () => {
    expect(await userErrors(UPDATE, { id: unknownId, name: 'x' })).toEqual([
      expect.objectContaining({ field: ['input', 'id'], code: 'NOT_FOUND' }),
    ]);
    const res = await t.post({
      query: 'mutation($id: ID!) { deleteInstitution(input: {id: $id}) { deletedId userErrors { code field } } }',
      variables: { id: unknownId },
    });
    expect(res.json.data.deleteInstitution.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);
  });

  it('refuses to delete an institution that other records reference, and writes nothing', async () => {
    const x = await t.client.createInstitution({ name: 'Referenced Office', kind: 'OMBUDSMAN', country: 'UZ' });
    const em = t.db.orm.em.fork();
    const { Post } = await import('../../server/records/person/post.entity.js');
    const { decodeIdOf } = await import('../../server/kernel/global-id.js');
    em.create(Post, { title: 'Ombudsman', institution: decodeIdOf('Institution', x.id)! });
    await em.flush();
    const res = await t.post({
      query: 'mutation($id: ID!) { deleteInstitution(input: {id: $id}) { deletedId userErrors { field code message } } }',
      variables: { id: x.id },
    });
    expect(res.json.data.deleteInstitution).toMatchObject({ deletedId: null, userErrors: [{ field: ['input', 'id'], code: 'IN_USE' }] });
    expect(res.json.data.deleteInstitution.userErrors[0].message).toMatch(/1 post\b/);
    expect((await t.client.institution(x.id)).name).toBe('Referenced Office');
  });

  it('rejects wrongly typed variables before running anything', async () => {
    const res = await t.post({ query: CREATE, variables: { input: { name: 'A', kind: 'NOT_A_KIND' } } });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
