// Admin and import in a real browser: who sees the admin pages, a token shown once and revoked,
// an import checked as a dry run (errors by file line, nothing written) and then confirmed.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startWebTest, type WebPage, type WebTest } from '../harness/browser.js';

vi.setConfig({ testTimeout: 180_000 });

let web: WebTest;
let editorToken: string;
beforeAll(async () => {
  web = await startWebTest();
  editorToken = await web.server.tokenFor('EDITOR');
});
afterAll(async () => {
  await web?.close();
});

async function expectClean(page: WebPage) {
  expect(await page.accessibilityViolations()).toEqual([]);
  expect(page.errors).toEqual([]);
}

async function institutionCount(): Promise<number> {
  const { json } = await web.server.post({ query: '{ institutions(first: 1) { totalCount } }' });
  return json.data.institutions.totalCount;
}

describe('admin pages', () => {
  test('an editor sees no Admin link and cannot open the admin pages (the API refuses too)', async () => {
    const tab = await web.open('/', { token: editorToken });
    const { page } = tab;
    await page.getByRole('heading', { name: 'Recently' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Import' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    await page.goto(`${web.baseUrl}/admin`);
    await page.getByRole('heading', { name: 'For administrators only' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Users and roles' }).count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
    await page.goto(`${web.baseUrl}/admin/users/${encodeURIComponent('VXNlcjox')}/tokens`);
    await page.getByRole('heading', { name: 'For administrators only' }).waitFor();
    await expectClean(tab);
    const refused = await web.server.post({ query: '{ users(first: 5) { nodes { email } } }' }, { authorization: `Bearer ${editorToken}` });
    expect(refused.json.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  test('an admin adds a user and changes their role', async () => {
    const tab = await web.open('/admin');
    const { page } = tab;
    await page.getByRole('heading', { name: 'Users and roles' }).waitFor();
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Leyla Mammadova');
    await dialog.getByRole('textbox', { name: 'E-mail' }).fill('not-an-email');
    await expectClean(tab);
    await tab.screenshot('edit-admin-new-user');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    // The API's refusal, beside the field.
    await dialog.getByText('must be an e-mail address').waitFor();
    await dialog.getByRole('textbox', { name: 'E-mail' }).fill('leyla@example.org');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('row', { name: /Leyla Mammadova/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Viewer');
    await row.getByRole('button', { name: 'Change Leyla Mammadova' }).click();
    const change = page.getByRole('dialog', { name: 'Change Leyla Mammadova' });
    await change.getByRole('button', { name: /Role/ }).click();
    await page.getByRole('option', { name: /^Editor/ }).click();
    await change.getByRole('button', { name: 'Save' }).click();
    await change.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /Leyla Mammadova/ }).getByRole('cell', { name: 'Editor', exact: true }).waitFor();
    await tab.screenshot('edit-admin-users');
    await expectClean(tab);
  });

  test('an admin creates a token with the keyboard, sees it once, and revokes it', async () => {
    const tab = await web.open('/tokens');
    const { page } = tab;
    await page.getByRole('heading', { name: 'Your tokens' }).waitFor();
    await page.getByRole('button', { name: 'New token' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New API token' });
    await dialog.waitFor();
    await page.keyboard.type('calendar feed');
    await expectClean(tab);
    await page.keyboard.press('Enter'); // submits the form
    const secret = page.getByLabel('The new token');
    await secret.waitFor();
    const token = (await secret.inputValue()).trim();
    expect(token.length).toBeGreaterThan(20);
    await tab.screenshot('edit-token-created');
    await expectClean(tab);
    const me = await web.server.post({ query: '{ me { role } }' }, { authorization: `Bearer ${token}` });
    expect(me.json.data.me.role).toBe('ADMIN');

    // Shown once: hidden on request, and not on the page when it is opened again.
    await page.getByRole('button', { name: /I have stored it/ }).click();
    expect(await page.content()).not.toContain(token);
    await page.reload();
    const row = page.getByRole('row', { name: /calendar feed/ });
    await row.waitFor();
    expect(await page.content()).not.toContain(token);
    expect(await row.textContent()).toContain('active');

    await row.getByRole('button', { name: 'Revoke calendar feed' }).click();
    await page.getByRole('dialog', { name: /Revoke/ }).getByRole('button', { name: 'Revoke the token' }).click();
    await page.getByRole('row', { name: /calendar feed/ }).getByText(/revoked/).waitFor();
    const refused = await web.server.post({ query: '{ me { role } }' }, { authorization: `Bearer ${token}` });
    expect(refused.status).toBe(401);
    await tab.screenshot('edit-tokens');
    await expectClean(tab);
  });
});

describe('import', () => {
  const BAD = ['name,kind,country,aliases', 'Ombudsman of Kazakhstan,OMBUDSMAN,KZ,Commissioner for Human Rights', 'Nameless row,,KZ,', 'Georgian Public Defender,OMBUDSMAN,GE,'].join('\n');
  const GOOD = ['name,kind,country,aliases', 'Ombudsman of Kazakhstan,OMBUDSMAN,KZ,Commissioner for Human Rights', '"Public Defender', 'of Georgia",OMBUDSMAN,GE,', 'OIC Ombudsman Association,network,SA,'].join('\n');

  test('a file with one bad row: the error by line number, nothing written; a good file imports after confirming', async () => {
    const before = await institutionCount();
    const tab = await web.open('/import', { token: editorToken });
    const { page } = tab;
    await page.getByRole('heading', { name: 'Import institutions' }).waitFor();
    await expectClean(tab);
    await page.getByLabel('File (CSV or JSON)').setInputFiles({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD) });
    await page.getByRole('heading', { name: /Dry run of partners.csv: nothing was written/ }).waitFor();
    const errorRows = page.locator('table.import-errors tbody tr');
    expect(await errorRows.count()).toBe(1);
    const error = (await errorRows.first().textContent())!;
    expect(error).toContain('Line 3');
    expect(error).toContain('Nameless row');
    expect(error).toContain('kind');
    expect(await page.getByRole('button', { name: /^Import \d+/ }).count()).toBe(0);
    expect(await institutionCount()).toBe(before);
    await tab.screenshot('edit-import-errors');
    await expectClean(tab);

    await page.getByLabel('File (CSV or JSON)').setInputFiles({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD) });
    await page.getByRole('heading', { name: /Dry run of partners.csv/ }).waitFor();
    const report = page.locator('.import-report');
    expect(await report.locator('.report-counts').textContent()).toContain('3 would be created');
    // The seeded association, found by the search: a likely duplicate, on its line (5: the quoted name spans lines 3–4).
    expect(await report.getByRole('row', { name: /Line 5/ }).textContent()).toContain('OIC Ombudsman Association');
    expect(await institutionCount()).toBe(before);
    await tab.screenshot('edit-import-report');
    await expectClean(tab);
    await page.getByRole('button', { name: 'Import 3 institutions' }).click();
    await page.getByRole('heading', { name: 'Imported 3 institutions' }).waitFor();
    await page.getByRole('link', { name: 'Ombudsman of Kazakhstan' }).waitFor();
    expect(await institutionCount()).toBe(before + 3);
    await expectClean(tab);
  });

  test('a viewer sees neither the Import link nor the form', async () => {
    const tab = await web.open('/import', { token: await web.server.tokenFor('VIEWER') });
    const { page } = tab;
    await page.getByRole('heading', { name: 'Editing is for editors' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).count()).toBe(0);
    expect(await page.getByLabel('File (CSV or JSON)').count()).toBe(0);
  });
});
