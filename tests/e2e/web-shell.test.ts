// The web app's frame in a real browser: sign-in with a token, a refused token, search from the
// header, not-found pages, error states, static serving and headers. Each page is checked with axe.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startWebTest, type WebTest } from '../harness/browser.js';

// A real browser on a 2-core machine shared with other work: generous time, asserting content, not speed.
vi.setConfig({ testTimeout: 120_000 });

let web: WebTest;
beforeAll(async () => {
  web = await startWebTest();
});
afterAll(async () => {
  await web?.close();
});

describe('serving the web app', () => {
  test('/ and page paths get index.html (not cached); hashed assets are immutable; API 404s stay JSON', async () => {
    const home = await fetch(`${web.baseUrl}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toContain('text/html');
    expect(home.headers.get('cache-control')).toBe('no-cache');
    expect(home.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await home.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();

    const asset = await fetch(`${web.baseUrl}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const deep = await fetch(`${web.baseUrl}/institutions/does-not-exist?tab=x`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);

    expect((await fetch(`${web.baseUrl}/assets/missing-abc123.js`)).status).toBe(404);
    const api404 = await fetch(`${web.baseUrl}/graphql/nothing`);
    expect(api404.status).toBe(404);
    expect(api404.headers.get('content-type')).toContain('application/json');
    const put = await fetch(`${web.baseUrl}/somewhere`, { method: 'PUT' });
    expect(put.status).toBe(404);
  });

  test('every response carries its request ID', async () => {
    const response = await web.server.post({ query: '{ __typename }' });
    expect(response.status).toBe(200);
    const raw = await fetch(web.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(raw.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('signing in', () => {
  test('without a token the sign-in page asks for one; a pasted token opens the app', async () => {
    const { page, errors, accessibilityViolations, screenshot } = await web.open('/', { token: null });
    await page.getByRole('heading', { name: 'Sign in to Accord' }).waitFor();
    await screenshot('sign-in');
    expect(await accessibilityViolations()).toEqual([]);
    await page.getByLabel('API token').fill(web.server.adminToken);
    await page.getByLabel('API token').press('Enter');
    await page.getByRole('heading', { name: 'Recently' }).waitFor();
    await page.getByText(/Test admin/).first().waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('accord.token'))).toBe(web.server.adminToken);
    expect(errors).toEqual([]);
  });

  test('an invalid or expired token returns to sign-in with the reason', async () => {
    const { page } = await web.open('/', { token: 'acc_not_a_real_token' });
    await page.getByRole('heading', { name: 'Sign in to Accord' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('invalid, expired or revoked');
    expect(await page.evaluate(() => sessionStorage.getItem('accord.token'))).toBeNull();
  });
});

describe('the frame', () => {
  test('Ctrl K focuses search; typing lists results grouped by kind; arrows and Enter open one', async () => {
    const { page, errors, accessibilityViolations, screenshot } = await web.open('/');
    await page.getByRole('heading', { name: 'Recently' }).waitFor();
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search everything' });
    expect(await box.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type('ombudsman');
    const listbox = page.getByRole('listbox');
    await listbox.locator('.hit-title').first().waitFor();
    expect(await listbox.getByRole('group', { name: 'Institutions' }).count()).toBe(1);
    await screenshot('search-open');
    // While its list is open, React Aria's combobox hides the rest of the page from assistive
    // technology (aria-hidden) on purpose, so that the virtual cursor stays in the list; axe
    // reports that as aria-hidden-focus. Everything else must be clean, open or closed.
    expect(await accessibilityViolations({ disableRules: ['aria-hidden-focus'] })).toEqual([]);
    await page.keyboard.press('ArrowDown');
    const first = await listbox.getByRole('option').first().locator('.hit-title').textContent();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: first! }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/institutions\//);
    expect(errors).toEqual([]);
  });

  test('a hit found by an alias says which alias matched', async () => {
    const { page, errors } = await web.open('/');
    await page.getByRole('combobox', { name: 'Search everything' }).fill('azerbaijani ombudsman institution');
    const option = page.getByRole('option', { name: /Commissioner for Human Rights \(Ombudsman\) of the Republic of Azerbaijan/ });
    await option.waitFor();
    expect(await option.textContent()).toContain('also known as “Azerbaijani Ombudsman Institution”');
    expect(errors).toEqual([]);
  });

  test('unknown pages and unknown record IDs show "Not found"', async () => {
    const { page, accessibilityViolations, screenshot } = await web.open('/no/such/page');
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    expect(await accessibilityViolations()).toEqual([]);
    await screenshot('not-found');
    await page.goto(`${web.baseUrl}/institutions/SW5zdGl0dXRpb246MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    await page.goto(`${web.baseUrl}/events/garbage`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
  });
});
