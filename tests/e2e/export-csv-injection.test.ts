import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

/* CSV exports never hand a spreadsheet a formula (OWASP CSV injection), and offer a UTF-8 BOM. */

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  const res = await t.post({
    query: `mutation { createInstitution(input: { name: "=HYPERLINK(\\"http://x\\",\\"y\\")", acronym: "=1+1", aliases: ["+A1", "@SUM(A1)", "-2+3"], kind: OMBUDSMAN, country: "AZ" }) { userErrors { message } } }`,
  });
  expect(res.json.data.createInstitution.userErrors).toEqual([]);
});
afterAll(() => t?.close());

const get = (path: string) => fetch(t.url.replace('/graphql', path), { headers: { authorization: `Bearer ${t.adminToken}` } });

describe('CSV export', () => {
  it('neutralizes cells beginning with =, +, -, @, tab or CR', async () => {
    const response = await get('/export/institutions.csv');
    const text = await response.text();
    const line = text.split('\r\n').find((l) => l.includes('HYPERLINK'))!;
    // name, acronym, kind, status, country, parent, website, aliases, …
    expect(line.startsWith(`"'=HYPERLINK(""http://x"",""y"")",'=1+1,OMBUDSMAN,`)).toBe(true);
    expect(line).toContain(",'+A1; @SUM(A1); -2+3,");
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('starts with a UTF-8 byte-order mark when asked (?bom=1)', async () => {
    const response = await get('/export/institutions.csv?bom=1');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const post = await fetch(t.url.replace('/graphql', '/export?bom=1'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminToken}` },
      body: JSON.stringify({ name: 'institutions' }),
    });
    const bytes2 = new Uint8Array(await post.arrayBuffer());
    expect([...bytes2.slice(0, 3)], new TextDecoder().decode(bytes2).slice(0, 300)).toEqual([0xef, 0xbb, 0xbf]);
  });
});
