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
