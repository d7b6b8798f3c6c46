// What people do with the web app, in a real browser on the seed data, asserting what they see
// (and that every page they pass through has no serious or critical axe-core violation).
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startWebTest, type WebPage, type WebTest } from '../harness/browser.js';

// A real browser on a 2-core machine shared with other work: generous time, asserting content, not speed.
vi.setConfig({ testTimeout: 120_000 });

let web: WebTest;
beforeAll(async () => {
  web = await startWebTest();
});
afterAll(async () => {
  await web?.close();
});

async function institutionId(name: string): Promise<string> {
  const { json } = await web.server.post({ query: 'query ($t: String!) { search(text: $t, types: [INSTITUTION], first: 1) { node { id } title } }', variables: { t: name } });
  return json.data.search[0].node.id;
}

async function expectClean(page: WebPage) {
  expect(await page.accessibilityViolations()).toEqual([]);
  expect(page.errors).toEqual([]);
}

describe('an analyst', () => {
  test('types "baku forum" and opens the forum: its date, figures, the Baku Declaration and its sources', async () => {
    const tab = await web.open('/');
    const { page } = tab;
    await page.getByRole('heading', { name: 'Recently' }).waitFor();
    await page.getByRole('combobox', { name: 'Search everything' }).fill('baku forum');
    const option = page.getByRole('option', { name: /International Baku Forum of Ombudsmen/ });
    await option.waitFor();
    // Arrow keys move through the results (the forum is the first); Enter opens it.
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('[role="option"][data-focused]').textContent()).toContain('International Baku Forum of Ombudsmen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'International Baku Forum of Ombudsmen' }).waitFor();
    const header = page.locator('.record-header');
    expect(await header.textContent()).toContain('2 October 2024');
    expect(await header.textContent()).toMatch(/more than 200 \w+/);
    expect(await header.textContent()).toContain('over 200 representatives');
    expect(await header.textContent()).toMatch(/more than 30 countries/);
    await page.getByRole('link', { name: 'Baku Declaration' }).waitFor();
    const sources = page.locator('section.provenance');
    expect(await sources.getByRole('heading', { name: 'Sources' }).count()).toBe(1);
    // The forum's date, topics and declaration each cite their own quote: the date's is among them.
    expect((await sources.locator('blockquote').allTextContents()).some((q) => q.includes('International Baku Forum of Ombudsmen was held in Baku'))).toBe(true);
    expect(await sources.locator('figcaption a').count()).toBeGreaterThan(0);
    await tab.screenshot('event-baku-forum');
    await expectClean(tab);

    // The declaration is one click away, and its page links back to the forum.
    await page.getByRole('link', { name: 'Baku Declaration' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Baku Declaration' }).waitFor();
    await page.getByRole('link', { name: 'International Baku Forum of Ombudsmen' }).first().waitFor();
    await tab.screenshot('document-baku-declaration');
    await expectClean(tab);
  });

  test('sees the May 2025 board meeting and general assembly in the OIC Ombudsman Association timeline', async () => {
    const id = await institutionId('OIC Ombudsman Association');
    const tab = await web.open(`/institutions/${id}`);
    const { page } = tab;
    await page.getByRole('heading', { level: 1, name: /OIC Ombudsman Association/ }).waitFor();
    const timeline = page.locator('table.timeline');
    await timeline.locator('tbody tr').first().waitFor();
    const rows = await timeline.locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.startsWith('May 2025') && r.includes('Board of Directors meeting'))).toBe(true);
    expect(rows.some((r) => r.startsWith('May 2025') && r.includes('General Assembly'))).toBe(true);
    // Institution page panels: the page query, partners as of today, the timeline, the network.
    expect(tab.graphqlRequests()).toBeLessThanOrEqual(5);
    await tab.screenshot('institution-oicoa');
    await expectClean(tab);

    // Filters live in the URL: only events of 2025, shared by link.
    await page.locator('label.checkbox', { hasText: /^Event$/ }).click();
    await page.getByLabel('From').fill('2025');
    // The filters replace the URL in place (no page load): poll the address bar.
    await expect.poll(() => page.url()).toMatch(/kinds=EVENT.*from=2025|from=2025.*kinds=EVENT/);
    const shared = await web.open(new URL(page.url()).pathname + new URL(page.url()).search);
    await shared.page.locator('table.timeline tbody tr').first().waitFor();
    const filtered = await shared.page.locator('table.timeline tbody tr').allTextContents();
    expect(filtered.length).toBeGreaterThanOrEqual(2);
    expect(filtered.every((r) => r.includes('Event') && r.includes('2025'))).toBe(true);
  });

  test('opens Sabina Aliyeva’s page and sees the meetings she took part in, newest first, and where she spoke', async () => {
    const { json } = await web.server.post({ query: '{ search(text: "Sabina Aliyeva", types: [PERSON], first: 1) { node { id } } }' });
    const tab = await web.open(`/people/${json.data.search[0].node.id}`);
    const { page } = tab;
    await page.getByRole('heading', { level: 2, name: /^Took part in \(\d+\)$/ }).waitFor();
    const rows = await page.getByRole('table', { name: /Took part in/ }).locator('tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[0]).toMatch(/^May 2025/);
    expect(rows.some((r) => r.includes('General Assembly of the OIC Ombudsman Association (2025)'))).toBe(true);
    expect(rows.some((r) => r.includes('Interviews of Sabina Aliyeva') && r.includes('Speaker'))).toBe(true);
    // She represents her own office: the rows do not repeat it.
    expect(rows.join(' ')).not.toContain('for Commissioner');
    expect(await page.getByRole('heading', { level: 2, name: 'Delegations (0)' }).isVisible()).toBe(true);
    await tab.screenshot('person-sabina-aliyeva');
    await expectClean(tab);
  });

  test('finds how the Ombudsman of Azerbaijan and UNESCO are connected, each hop explained', async () => {
    const from = await institutionId('Ombudsman of Azerbaijan');
    const to = await institutionId('UNESCO');
    const tab = await web.open(`/path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    const { page } = tab;
    await page.getByRole('heading', { name: /Shortest path/ }).waitFor();
    const hop = page.locator('.hops > li').first();
    const text = await hop.textContent();
    expect(await page.locator('.hops').first().textContent()).toContain('United Nations Educational, Scientific and Cultural Organization');
    expect(text).toMatch(/\d+ records?/);
    expect(await hop.locator('.because li a').count()).toBeGreaterThan(0);
    await tab.screenshot('path-ombudsman-unesco');
    await expectClean(tab);
  });
});

describe('a viewer', () => {
  test('sees no edit controls and no confidential record', async () => {
    const secret = 'Confidential preparatory meeting on the 2027 partnership';
    const ombudsman = await institutionId('Ombudsman of Azerbaijan');
    const created = await web.server.post({
      query: 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } userErrors { message } } }',
      variables: { input: { title: secret, kind: 'OTHER', startDate: '2027-02-10', confidential: true, participations: [{ institutionId: ombudsman, role: 'HOST' }] } },
    });
    expect(created.json.errors, JSON.stringify(created.json)).toBeUndefined();
    const eventId = created.json.data.createEvent.event.id as string;
    expect(eventId).toBeTruthy();

    // The admin sees it…
    const admin = await web.open(`/events/${eventId}`);
    await admin.page.getByRole('heading', { level: 1, name: secret }).waitFor();

    // …a viewer neither finds it nor opens it, and sees no control that changes anything.
    const viewer = await web.open('/', { token: await web.server.tokenFor('VIEWER') });
    const { page } = viewer;
    await page.getByRole('heading', { name: 'Recently' }).waitFor();
    expect(await page.getByText('Viewer', { exact: true }).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Search everything' }).fill('Confidential preparatory');
    await page.getByText('Nothing matches “Confidential preparatory”.').waitFor();
    await page.goto(`${web.baseUrl}/events/${eventId}`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    await page.goto(`${web.baseUrl}/institutions/${ombudsman}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.locator('table.timeline tbody tr').first().waitFor();
    expect(await page.getByRole('button', { name: /^(edit|delete|remove|new|create|add)\b/i }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^(edit|delete|remove|new|create|add)\b/i }).count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
    await viewer.screenshot('institution-as-viewer');
    await expectClean(viewer);
  });
});
