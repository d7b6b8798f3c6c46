import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../server/db/seed/seed.js';
import { institutions as dataset } from '../../server/db/seed/dataset.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: true });
});
afterAll(() => t?.close());

describe('seed dataset from the source articles', () => {
  it('loads every institution once, and a second run changes nothing', async () => {
    expect((await t.client.institutions()).totalCount).toBe(dataset.length);
    const again = await seedDatabase(t.db.orm.em.fork());
    expect(again).toEqual({ institutions: { created: 0, unchanged: dataset.length } });
    expect((await t.client.institutions()).totalCount).toBe(dataset.length);
  });

  it('holds the OIC with its Independent Permanent Human Rights Commission', async () => {
    const iphrc = (await t.client.searchInstitutions('IPHRC')).edges.map((e) => e.node);
    expect(iphrc).toHaveLength(1);
    const detail = await t.client.institution(iphrc[0]!.id);
    expect(detail).toMatchObject({ kind: 'IGO_BODY', parent: { acronym: 'OIC', kind: 'INTERGOVERNMENTAL_ORGANIZATION' } });
  });

  it('finds the Ombudsman of Azerbaijan by its Azerbaijani name, with its sectors', async () => {
    const found = await t.client.searchInstitutions('İnsan Hüquqları üzrə Müvəkkili');
    expect(found.totalCount).toBe(1);
    const ombudsman = await t.client.institution(found.edges[0]!.node.id);
    expect(ombudsman).toMatchObject({ kind: 'OMBUDSMAN', country: 'AZ', countryName: 'Azerbaijan' });
    expect(ombudsman.children.map((c) => c.name)).toContain('Children’s Rights Protection Sector');
  });

  it('knows the networks by acronym', async () => {
    for (const acronym of ['ENOC', 'ENNHRI', 'OICOA', 'UNESCO']) {
      const found = await t.client.searchInstitutions(acronym.toLowerCase(), { filter: {} });
      expect(found.edges.map((e) => e.node.acronym), acronym).toContain(acronym);
    }
  });
});
