// importRecords as the web app's import uses it: a dry run reports each refused row on its field
// (also values GraphQL itself refuses: a missing required field, a value outside an enum) and writes nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

const IMPORT = `mutation ($input: ImportRecordsInput!) { importRecords(input: $input) { committed failed results { index id userErrors { field code message } } } }`;
const count = async () => (await t.db.orm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from institution'))[0]!.n;

it('places schema refusals on their fields, and a dry run writes nothing', async () => {
  const before = await count();
  const operations = [
    { mutation: 'createInstitution', input: { name: 'Import Test Office', kind: 'OMBUDSMAN', country: 'KZ' } },
    { mutation: 'createInstitution', input: { name: 'No kind' } },
    { mutation: 'createInstitution', input: { name: 'Bad kind', kind: 'UNIVERSITY' } },
    { mutation: 'createInstitution', input: { name: 'Bad identifier', kind: 'NGO', identifiers: [{ scheme: 'WIKIDATA' }] } },
    { mutation: 'createInstitution', input: { name: 'Bad country', kind: 'NGO', country: 'ZZ' } },
  ];
  const { json } = await t.post({ query: IMPORT, variables: { input: { operations, dryRun: true } } });
  expect(json.errors).toBeUndefined();
  const { committed, failed, results } = json.data.importRecords;
  expect({ committed, failed }).toEqual({ committed: false, failed: 4 });
  expect(results[0].userErrors).toEqual([]);
  expect(results[1].userErrors).toMatchObject([{ field: ['input', 'kind'], code: 'REQUIRED' }]);
  expect(results[2].userErrors).toMatchObject([{ field: ['input', 'kind'], code: 'INVALID_VALUE' }]);
  expect(results[2].userErrors[0].message).toContain('UNIVERSITY');
  expect(results[3].userErrors).toMatchObject([{ field: ['input', 'identifiers', '0', 'value'], code: 'REQUIRED' }]);
  expect(results[4].userErrors).toMatchObject([{ field: ['input', 'country'], code: 'INVALID_COUNTRY' }]);
  expect(await count()).toBe(before);
});
