// The list pages (/institutions, /agreements, /events, /people, /documents, /visits) in a real
// browser, on the seed data: the table, a filter that lives in the URL, the CSV of the filtered
// rows, the empty state, what a viewer may not do, axe-core, and how few requests a page costs.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startWebTest, type WebTest } from '../harness/browser.js';

let web: WebTest;
// The machine may be busy: a filter's request can take a few seconds.
const POLL = { timeout: 30_000, interval: 100 };
let all: { id: string; name: string; kind: string }[];

beforeAll(async () => {
  web = await startWebTest();
  // More than one page (50 rows): 30 more institutions, in one request.
  const creations = Array.from({ length: 30 }, (_, i) => `c${i}: createInstitution(input: { name: "Paging test institution ${String(i).padStart(2, '0')}", kind: OTHER, country: "GE" }) { userErrors { message } }`);
  const made = await web.server.post({ query: `mutation { ${creations.join('\n')} }` });
  expect(Object.values(made.json.data).flatMap((r) => (r as { userErrors: unknown[] }).userErrors)).toEqual([]);
  const { json } = await web.server.post({ query: '{ institutions(first: 100) { totalCount nodes { id name kind } } }' });
  all = json.data.institutions.nodes;
  expect(all.length).toBe(json.data.institutions.totalCount);
});
afterAll(async () => {
  await web?.close();
});

describe('the institutions list', () => {
  test('shows the seed institutions in few requests; the kind filter narrows it, lives in the URL, and the CSV has the filtered rows', async () => {
    const { page, errors, graphqlRequests, screenshot, accessibilityViolations } = await web.open('/institutions');
    const table = page.getByRole('table', { name: /Institutions, sorted by name/ });
    await table.waitFor();
    await expect.poll(() => page.getByTestId('list-count').textContent(), POLL).toBe(`${all.length} institutions, showing 50`);
    expect(all.length).toBeGreaterThan(50);
    expect(await table.getByRole('row').count()).toBe(50 + 1);
    const first = [...all].sort((a, b) => a.name.localeCompare(b.name, 'en'))[0];
    expect(await table.getByRole('link', { name: first.name, exact: true }).count()).toBe(1);
    // The header's one "Records" entry is current; editors see "New institution".
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records' }).getAttribute('class')).toContain('active');
    expect(await page.getByRole('link', { name: 'New institution' }).count()).toBe(1);
    // The viewer's session and the list: no more.
    expect(graphqlRequests()).toBeLessThanOrEqual(3);
    await screenshot('list-institutions');
    expect(await accessibilityViolations()).toEqual([]);
    // The next page (keyset cursor) is appended below the first as the end of the table scrolls
    // into view (the "Load more" button there does the same by hand).
    await page.getByRole('button', { name: `Load more (${all.length - 50} left)` }).scrollIntoViewIfNeeded();
    await expect.poll(() => table.getByRole('row').count(), POLL).toBe(all.length + 1);
    expect(await page.getByTestId('list-count').textContent()).toBe(`${all.length} institutions`);

    // Kind: Network.
    const networks = all.filter((i) => i.kind === 'NETWORK');
    expect(networks.length).toBeGreaterThan(0);
    expect(networks.length).toBeLessThan(all.length);
    await page.getByRole('button', { name: /^Any.*Kind/ }).click();
    await page.getByRole('option', { name: 'Network', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('kind'), POLL).toBe('NETWORK');
    await expect.poll(() => page.getByTestId('list-count').textContent(), POLL).toBe(`${networks.length} ${networks.length === 1 ? 'institution' : 'institutions'} matching the filters`);
    expect(await table.getByRole('row').count()).toBe(networks.length + 1);

    // Sorting by a header: name, descending; the order is in the URL too.
    await table.getByRole('button', { name: 'Name' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort'), POLL).toBe('-name');
    await page.getByRole('table', { name: /sorted by name, descending/ }).waitFor();
    // The caption changes with the URL; the rows follow when the re-sorted page arrives.
    const descending = networks.map((n) => n.name).sort((a, b) => b.localeCompare(a, 'en'));
    await expect.poll(() => table.locator('tbody tr td:first-child a').allTextContents(), POLL).toEqual(descending);
    const names = descending;

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
    expect(csv[0]).toBe('name,acronym,kind,status,country,parent,website,aliases,id');
    expect(csv.length).toBe(networks.length + 1);
    expect(csv.slice(1).every((line) => line.includes(',NETWORK,'))).toBe(true);
    expect(csv[1].startsWith(names[0].includes(',') ? `"${names[0]}"` : names[0])).toBe(true);

    // A shared URL opens the same view.
    await page.goto(`${web.baseUrl}/institutions?kind=NETWORK&sort=-name`);
    await page.getByRole('table', { name: /sorted by name, descending/ }).waitFor();
    expect(await page.getByRole('button', { name: /Network.*Kind/ }).count()).toBe(1);
    // At phone width the filters fold behind a button that says how many are set.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.getByRole('button', { name: /Filters \(1\)/ }).waitFor();
    await screenshot('list-institutions-phone');
    expect(errors).toEqual([]);
  });
});

describe('the other lists', () => {
  test('agreements: a created agreement is listed with its parties and dates; a filter with no match says so; a VIEWER sees no "New" button', async () => {
    const [a, b] = all;
    const created = await web.server.post({
      query: `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id } userErrors { message } } }`,
      variables: {
        input: {
          title: 'Memorandum on list pages',
          kind: 'MEMORANDUM_OF_UNDERSTANDING',
          effectiveFrom: '2025-02-01',
          expiresOn: '2030-01-31',
          parties: [
            { institutionId: a.id, signedOn: '2025-01-10' },
            { institutionId: b.id, signedOn: '2025-01-12' },
          ],
        },
      },
    });
    expect(created.json.data.createAgreement.userErrors).toEqual([]);
    // A draft is internal (editors only): signed, viewers see it.
    const signed = await web.server.post({
      query: `mutation($input: ChangeAgreementStatusInput!) { changeAgreementStatus(input: $input) { userErrors { message } } }`,
      variables: { input: { id: created.json.data.createAgreement.agreement.id, status: 'SIGNED' } },
    });
    expect(signed.json.data.changeAgreementStatus.userErrors).toEqual([]);

    const viewer = await web.open('/agreements', { token: await web.server.tokenFor('VIEWER') });
    const { page } = viewer;
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Memorandum on list pages' }) });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('12 January 2025');
    expect(text).toContain('1 February 2025');
    expect(text).toContain('31 January 2030');
    expect(await row.getByRole('link').count()).toBe(3);
    expect(await page.getByRole('link', { name: 'New agreement' }).count()).toBe(0);
    expect(viewer.graphqlRequests()).toBeLessThanOrEqual(3);
    await viewer.screenshot('list-agreements');
    expect(await viewer.accessibilityViolations()).toEqual([]);

    await page.getByRole('button', { name: /^Any.*Status/ }).click();
    await page.getByRole('option', { name: 'Terminated', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('status'), POLL).toBe('TERMINATED');
    await page.getByText('Nothing matches these filters').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await row.waitFor();

    // The other lists, through their tabs (no page load): each shows its table or says it is empty.
    const tabs = page.getByRole('navigation', { name: 'Record lists' });
    await tabs.getByRole('link', { name: 'Institutions' }).click();
    await page.getByRole('table', { name: /Institutions/ }).waitFor();
    expect(await page.getByRole('link', { name: 'New institution' }).count()).toBe(0);
    await tabs.getByRole('link', { name: 'Events' }).click();
    await page.getByRole('link', { name: 'General Assembly of the OIC Ombudsman Association' }).first().waitFor();
    for (const [tab, title] of [
      ['People', 'People'],
      ['Documents', 'Documents'],
      ['Visits', 'Visits'],
    ]) {
      await tabs.getByRole('link', { name: tab }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.locator('.list-table, .empty').first().waitFor();
    }
    expect(viewer.errors).toEqual([]);
  });
});
