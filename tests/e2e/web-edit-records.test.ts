// Editing in the web app, in a real browser on the seed data: what a person sees when creating and
// changing institutions and agreements, citing sources, reading history — and what the app
// refuses (stale versions, double submits, viewers). Every form passes axe-core (0 serious or
// critical violations) and is driven by keyboard where it matters.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startWebTest, type WebPage, type WebTest } from '../harness/browser.js';

vi.setConfig({ testTimeout: 180_000 });

const DOCS_SCREENSHOTS = join(import.meta.dirname, '../../docs/screenshots');

let web: WebTest;
let editorToken: string;
beforeAll(async () => {
  web = await startWebTest();
  editorToken = await web.server.tokenFor('EDITOR');
});
afterAll(async () => {
  await web?.close();
});

async function institutionId(name: string): Promise<string> {
  const { json } = await web.server.post({ query: 'query ($t: String!) { search(text: $t, types: [INSTITUTION], first: 1) { node { id } title } }', variables: { t: name } });
  expect(json.data.search[0].title).toBe(name);
  return json.data.search[0].node.id;
}

async function countInstitutions(search: string): Promise<number> {
  const { json } = await web.server.post({ query: 'query ($s: String!) { institutions(filter: { search: $s }, first: 50) { totalCount } }', variables: { s: search } });
  return json.data.institutions.totalCount;
}

async function expectClean(tab: WebPage) {
  expect(await tab.accessibilityViolations()).toEqual([]);
  expect(tab.errors).toEqual([]);
}

/** A screenshot for the README (docs/screenshots), written once, from the PGlite run. */
async function docsScreenshot(tab: WebPage, name: string) {
  const file = await tab.screenshot(name);
  if (!process.env.DATABASE_URL) {
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(file, join(DOCS_SCREENSHOTS, `${name}.png`));
  }
}

/** Picks an option of a React Aria Select by keyboard: focus its button, open, type-ahead, Enter. */
async function chooseByKeyboard(page: Page, label: string, option: string) {
  await page.getByRole('button', { name: new RegExp(`${label}$`) }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: option, exact: true }).waitFor();
  await page.getByRole('option', { name: option, exact: true }).press('Enter');
}

describe('institutions', () => {
  test('staff create "Public Defender of Georgia"; typing "Ombudsman of Georgia" then shows it as a likely duplicate', async () => {
    const tab = await web.open('/', { token: editorToken });
    const { page } = tab;
    await page.getByRole('link', { name: 'New institution' }).click();
    await page.getByRole('heading', { level: 1, name: 'New institution' }).waitFor();
    // By keyboard: the name field has focus; Tab moves through the form.
    await page.keyboard.type('Public Defender of Georgia');
    await page.keyboard.press('Tab');
    await page.keyboard.type('PDO');
    await chooseByKeyboard(page, 'Kind', 'Ombudsman');
    await page.getByLabel('Aliases').fill('Ombudsman of Georgia\nსახალხო დამცველი');
    await page.getByRole('combobox', { name: 'Country' }).fill('Georgia');
    await page.getByRole('option', { name: 'Georgia', exact: true }).click();
    await expectClean(tab);
    await page.getByRole('button', { name: 'Create institution' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: /Public Defender of Georgia/ }).waitFor();
    expect(await page.locator('.record-header').textContent()).toContain('Georgia');
    expect(await page.locator('.record-header').textContent()).toContain('Ombudsman of Georgia');

    await page.goto(`${web.baseUrl}/institutions/new`);
    await page.getByRole('heading', { level: 1, name: 'New institution' }).waitFor();
    await page.getByLabel('Name').fill('Ombudsman of Georgia');
    const hint = page.locator('.duplicates');
    await hint.getByRole('link', { name: 'Public Defender of Georgia' }).waitFor();
    expect(await hint.textContent()).toContain('Already in the registry?');
    await expectClean(tab);
    await docsScreenshot(tab, 'edit-institution-new');
  });
});

/** The Public Defender of Georgia (created by the first test; through the API when run alone). */
async function georgia(): Promise<string> {
  if ((await countInstitutions('Public Defender of Georgia')) === 0) {
    await web.server.post({
      query: 'mutation ($input: CreateInstitutionInput!) { createInstitution(input: $input) { userErrors { message } } }',
      variables: { input: { name: 'Public Defender of Georgia', kind: 'OMBUDSMAN', country: 'GE', aliases: ['Ombudsman of Georgia'] } },
    });
  }
  return institutionId('Public Defender of Georgia');
}

const AZ_OMBUDSMAN = 'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan';

/** Types into an institution picker and takes the option that starts with `option`. */
async function pickInstitution(page: Page, label: string, typed: string, option: string) {
  await page.getByRole('combobox', { name: label }).fill(typed);
  await page.getByRole('option').filter({ hasText: option }).first().click();
}

/** Records both parties' signatures through the parties table, by keyboard. */
async function recordSignatures(page: Page, dates: [string, string]) {
  for (const [n, date] of dates.entries()) {
    await page.getByRole('button', { name: /^Record… an action by/ }).nth(n).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Date').fill(date);
    await dialog.getByRole('button', { name: 'Record' }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
  }
}

async function partnersAsOf(page: Page, institution: string, day: string): Promise<string> {
  await page.goto(`${web.baseUrl}/institutions/${institution}?asOf=${day}`);
  const panel = page.locator('section', { has: page.getByRole('heading', { name: /^Partners/ }) }).first();
  await panel.locator('table tbody tr, .empty').first().waitFor();
  return (await panel.textContent()) ?? '';
}

describe('agreements', () => {
  test('draft a bilateral MoU with the Ombudsman of Azerbaijan, sign, put in force, renew; partners as of a day before and after', async () => {
    const ge = await georgia();
    const tab = await web.open(`/institutions/${ge}`, { token: editorToken });
    const { page } = tab;
    await page.getByRole('link', { name: 'Draft an agreement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Draft an agreement' }).waitFor();
    const title = 'Memorandum of Understanding between the Public Defender of Georgia and the Ombudsman of Azerbaijan';
    await page.getByLabel('Title').fill(title);
    expect(await page.getByRole('combobox', { name: 'Party 1' }).inputValue()).toBe('Public Defender of Georgia');
    await pickInstitution(page, 'Party 2', 'Ombudsman of Azerbaijan', AZ_OMBUDSMAN);
    await page.getByLabel('In force from').fill('2024-01-01');
    await page.getByLabel('Expires on').fill('2026-06-30');
    await page.getByLabel('Review due').fill('2025-12-31');
    await expectClean(tab);
    await docsScreenshot(tab, 'edit-agreement-draft');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const header = page.locator('.record-header');
    expect(await header.textContent()).toContain('Draft');
    // Only the moves the lifecycle allows now: a draft nobody signed can go to negotiation, not be put in force.
    expect(await header.getByRole('button', { name: 'Start negotiation' }).count()).toBe(1);
    expect(await header.getByRole('button', { name: 'Put in force' }).count()).toBe(0);

    await recordSignatures(page, ['2023-12-10', '2023-12-12']);
    await header.getByText('Signed', { exact: true }).waitFor();
    expect(await page.locator('section', { has: page.getByRole('heading', { name: /^Action ledger/ }) }).textContent()).toMatch(/Signature.*Signature/s);
    await header.getByRole('button', { name: 'Put in force' }).click();
    await docsScreenshot(tab, 'edit-agreement-status');
    await expectClean(tab);
    await page.getByRole('dialog').getByRole('button', { name: 'Put in force' }).click();
    await header.getByText('In force', { exact: true }).waitFor();
    expect(await page.locator('aside').textContent()).toContain('30 June 2026');
    const original = new URL(page.url()).pathname;

    // Before the renewal: partners as of mid-2025 — the Ombudsman of Azerbaijan through this MoU.
    const before = await partnersAsOf(page, ge, '2025-06-01');
    expect(before).toContain(AZ_OMBUDSMAN);
    expect(before).toContain(title);

    await page.goto(`${web.baseUrl}${original}`);
    await header.getByRole('link', { name: 'Renew' }).click();
    await page.getByRole('heading', { level: 1, name: 'Renew the agreement' }).waitFor();
    await page.getByLabel('In force from').fill('2026-07-01');
    await page.getByLabel('Expires on').fill('2029-06-30');
    await page.getByLabel('Review due').fill('');
    await page.getByRole('button', { name: 'Create the renewal' }).click();
    await page.getByRole('heading', { level: 1, name: `${title} (renewal)` }).waitFor();
    expect(await page.locator('aside').textContent()).toContain('Renews');
    await recordSignatures(page, ['2026-06-20', '2026-06-25']);
    await header.getByText('Signed', { exact: true }).waitFor();
    await header.getByRole('button', { name: 'Put in force' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Put in force' }).click();
    await header.getByText('In force', { exact: true }).waitFor();

    // After: today the partnership runs through the renewal; mid-2025 still through the original.
    const after = await partnersAsOf(page, ge, new Date().toISOString().slice(0, 10));
    expect(after).toContain(AZ_OMBUDSMAN);
    expect(after).toContain(`${title} (renewal)`);
    const history = await partnersAsOf(page, ge, '2025-06-01');
    expect(history).toContain(title);
    expect(history).not.toContain('(renewal)');
    await page.goto(`${web.baseUrl}${original}`);
    await header.getByText('Superseded', { exact: true }).waitFor();
    expect(tab.errors).toEqual([]);
  });
});
