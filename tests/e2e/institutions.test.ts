import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstitutionKind } from '../../client/index.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

const create = (name: string, kind: InstitutionKind, extra: Record<string, unknown> = {}) =>
  t.client.createInstitution({ name, kind, ...extra });

describe('institutions', () => {
  it('creates an institution and reads it back by ID and through node()', async () => {
    const oic = await create('Organisation of Islamic Cooperation', 'INTERGOVERNMENTAL_ORGANIZATION', {
      acronym: 'OIC',
      aliases: ['Organization of Islamic Cooperation', 'Organization of Islamic Cooperation'],
      website: 'https://www.oic-oci.org',
    });
    expect(oic).toMatchObject({ name: 'Organisation of Islamic Cooperation', acronym: 'OIC', country: null, version: 1 });
    expect(oic.aliases).toEqual(['Organization of Islamic Cooperation']); // de-duplicated
    expect(oic.id).not.toMatch(/^[0-9a-f-]{36}$/); // opaque, not the database key

    const iphrc = await create('Independent Permanent Human Rights Commission', 'IGO_BODY', {
      acronym: 'IPHRC',
      parentId: oic.id,
    });
    expect(iphrc.parent?.id).toBe(oic.id);

    const again = await t.client.institution(oic.id);
    expect(again.children.map((c) => c.name)).toEqual(['Independent Permanent Human Rights Commission']);
    const node = await t.client.node(iphrc.id);
    expect(node).toMatchObject({ __typename: 'Institution', id: iphrc.id, acronym: 'IPHRC' });
    const nodes = await t.client.nodes([oic.id, 'bm9wZQ', iphrc.id]);
    expect(nodes.map((n) => n?.id ?? null)).toEqual([oic.id, null, iphrc.id]);
  });

  it('answers NOT_FOUND for unknown or malformed IDs', async () => {
    const unknown = Buffer.from('Institution:00000000-0000-4000-8000-000000000000').toString('base64url');
    for (const id of [unknown, 'garbage', '']) {
      const res = await t.post({ query: 'query($id: ID!) { institution(id: $id) { id } }', variables: { id } });
      expect(res.json.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(res.json.errors[0].extensions.stacktrace).toBeUndefined();
    }
    expect(await t.client.node(unknown)).toBeNull();
  });

  it('filters by kind, country, parent and accent-insensitive name/alias search', async () => {
    const az = await create('Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan', 'OMBUDSMAN', {
      country: 'az',
      aliases: ['Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili'],
    });
    expect(az.country).toBe('AZ');
    expect(az.countryName).toBe('Azerbaijan');
    await create('Défenseur des droits', 'OMBUDSMAN', { country: 'FR' });
    await create('European Network of Ombudspersons for Children', 'NETWORK', { acronym: 'ENOC' });

    const names = async (filter: Record<string, unknown>) =>
      (await t.client.institutions({ filter, first: 100 })).edges.map((e) => e.node.name);

    expect(await names({ kind: ['OMBUDSMAN'] })).toEqual([
      'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan',
      'Défenseur des droits',
    ]);
    expect(await names({ country: ['fr'] })).toEqual(['Défenseur des droits']);
    expect(await names({ search: 'DEFENSEUR' })).toEqual(['Défenseur des droits']);
    expect(await names({ search: 'azerbaycan respublikasinin' })).toEqual([az.name]); // alias, ə → e, ı → i
    expect(await names({ search: 'enoc' })).toEqual(['European Network of Ombudspersons for Children']);
    expect(await names({ search: '100%_' })).toEqual([]); // wildcards are literal
    expect(await names({ hasParent: true })).toEqual(['Independent Permanent Human Rights Commission']);
    const oic = (await t.client.searchInstitutions('OIC')).edges[0]!.node;
    expect(await names({ parentId: oic.id })).toEqual(['Independent Permanent Human Rights Commission']);
  });

  it('rejects bad filters with BAD_USER_INPUT', async () => {
    const res = await t.post({ query: '{ institutions(filter: {country: ["ZZ"]}) { totalCount } }' });
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.country' });
  });

  it('pages forwards and backwards with stable cursors and a total count', async () => {
    for (let i = 0; i < 25; i++) await create(`Paging Test Office ${String(i).padStart(2, '0')}`, 'OTHER', { country: 'NO' });
    const filter = { country: ['NO'] };
    const first = await t.client.institutions({ filter, first: 10 });
    expect(first.totalCount).toBe(25);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.edges[0]!.node.name).toBe('Paging Test Office 00');

    const second = await t.client.institutions({ filter, first: 10, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.name)[0]).toBe('Paging Test Office 10');
    expect(second.pageInfo.hasPreviousPage).toBe(true);

    const back = await t.client.institutions({ filter, last: 5, before: second.pageInfo.startCursor });
    expect(back.edges.map((e) => e.node.name)).toEqual(
      ['05', '06', '07', '08', '09'].map((n) => `Paging Test Office ${n}`),
    );
    const desc = await t.client.institutions({ filter, first: 3, orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(desc.edges[0]!.node.name).toBe('Paging Test Office 24');

    const all = [];
    for await (const node of t.client.allInstitutions(filter, 7)) all.push(node.name);
    expect(all).toHaveLength(25);
    expect(new Set(all).size).toBe(25);
  });

  it('enforces first/last between 1 and 100 and rejects foreign cursors', async () => {
    for (const args of ['first: 0', 'first: 101', 'last: -1', 'last: 1000', 'first: 5, last: 5', 'after: "nonsense"']) {
      const res = await t.post({ query: `{ institutions(${args}) { totalCount } }` });
      expect(res.json.errors?.[0]?.extensions?.code, args).toBe('BAD_USER_INPUT');
    }
  });

  it('updates with patch semantics: omitted fields stay, null clears', async () => {
    const x = await create('Office To Update', 'OMBUDSMAN', { country: 'GE', acronym: 'OTU', website: 'https://example.org' });
    const y = await t.client.updateInstitution({ id: x.id, version: x.version, website: null, name: 'Office Updated' });
    expect(y).toMatchObject({ name: 'Office Updated', acronym: 'OTU', country: 'GE', website: null, version: 2 });
    const found = await t.client.searchInstitutions('office updated');
    expect(found.totalCount).toBe(1);
  });

  it('keeps a status and identifiers in other registries', async () => {
    const x = await create('Office With Identifiers', 'NHRI', {
      country: 'KZ',
      identifiers: [{ scheme: 'wikidata', value: 'Q123', url: 'https://www.wikidata.org/wiki/Q123' }],
    });
    expect(x.status).toBe('ACTIVE');
    expect(x.identifiers).toEqual([{ scheme: 'WIKIDATA', value: 'Q123', url: 'https://www.wikidata.org/wiki/Q123' }]);
    const y = await t.client.updateInstitution({ id: x.id, status: 'DISSOLVED', identifiers: [] });
    expect(y).toMatchObject({ status: 'DISSOLVED', identifiers: [] });
    const dissolved = await t.client.institutions({ filter: { status: ['DISSOLVED'] } });
    expect(dissolved.edges.map((e) => e.node.name)).toEqual(['Office With Identifiers']);
    const dup = await t.post({
      query: 'mutation($id: ID!) { updateInstitution(input: {id: $id, identifiers: [{scheme: "ROR", value: "1"}, {scheme: "ror", value: "1"}]}) { userErrors { field code } } }',
      variables: { id: x.id },
    });
    expect(dup.json.data.updateInstitution.userErrors).toEqual([{ field: ['input', 'identifiers', '1'], code: 'DUPLICATE' }]);
  });

  it('deletes, refusing while children exist unless asked to detach them', async () => {
    const parent = await create('Parent Body', 'INTERGOVERNMENTAL_ORGANIZATION');
    const child = await create('Child Body', 'IGO_BODY', { parentId: parent.id });
    const refused = await t.post({
      query: 'mutation($id: ID!) { deleteInstitution(input: {id: $id}) { deletedId userErrors { field code message } } }',
      variables: { id: parent.id },
    });
    expect(refused.json.data.deleteInstitution).toMatchObject({
      deletedId: null,
      userErrors: [{ field: ['input', 'id'], code: 'IN_USE' }],
    });
    expect(await t.client.deleteInstitution({ id: parent.id, detachChildren: true })).toBe(parent.id);
    const orphan = await t.client.institution(child.id);
    expect(orphan.parent).toBeNull();
    expect(orphan.version).toBe(2);
    expect(await t.client.node(parent.id)).toBeNull();
  });
});

describe('cursors', () => {
  it('refuses a cursor made for another ordering instead of misreading it', async () => {
    const byName = await t.client.institutions({ first: 1 });
    const res = await t.post({
      query: 'query($after: String) { institutions(first: 1, after: $after, orderBy: {field: CREATED_AT}) { totalCount } }',
      variables: { after: byName.pageInfo.endCursor },
    });
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
