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
    // A party's ratification goes in the ledger as that party's own entry into force.
    await page.getByRole('button', { name: /^Record… an action by/ }).first().click();
    const ratify = page.getByRole('dialog');
    await chooseByKeyboard(page, 'Action', 'Ratification (in force for this party)');
    await ratify.getByLabel('Date').fill('2024-01-15');
    await ratify.getByRole('button', { name: 'Record' }).click();
    await ratify.waitFor({ state: 'detached' });
    // The ledger is read again after the dialog closes: wait for the new entry.
    const ledger = () => page.locator('section', { has: page.getByRole('heading', { name: /^Action ledger/ }) }).textContent();
    await expect.poll(ledger, { timeout: 30_000 }).toMatch(/15 January 2024\s*Entry into force/);
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

describe('what the app refuses', () => {
  test('two people edit the same institution: the second gets the conflict screen, compares, reloads; nothing is overwritten', async () => {
    const ge = await georgia();
    const first = await web.open(`/institutions/${ge}/edit`, { token: editorToken });
    const second = await web.open(`/institutions/${ge}/edit`, { token: await web.server.tokenFor('EDITOR') });
    for (const tab of [first, second]) await tab.page.getByRole('heading', { level: 1, name: 'Edit Public Defender of Georgia' }).waitFor();

    await first.page.getByLabel('Description').fill('The ombudsman institution of Georgia, established in 1997.');
    await first.page.getByRole('button', { name: 'Save changes' }).click();
    await first.page.getByRole('heading', { level: 1, name: /Public Defender of Georgia/ }).waitFor();
    await first.page.getByText('established in 1997').waitFor();
    const firstUser = (await first.page.locator('.viewer-name').textContent())!;

    await second.page.getByLabel('Website').fill('https://www.ombudsman.ge');
    await second.page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = second.page.getByRole('alert').filter({ hasText: 'since you opened it' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(`changed by ${firstUser} at`);
    expect(await conflict.textContent()).toContain('Nothing was saved');
    await conflict.getByRole('button', { name: 'Compare' }).click();
    const compare = conflict.locator('table.compare');
    await compare.waitFor();
    expect(await compare.locator('tbody tr').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Website.*ombudsman\.ge/), expect.stringMatching(/^Description.*established in 1997/)]),
    );
    await expectClean(second);
    await docsScreenshot(second, 'edit-conflict');
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await second.page.getByLabel('Description').inputValue()).toContain('established in 1997');
    expect(await second.page.getByLabel('Website').inputValue()).toBe('');
    const { json } = await web.server.post({ query: 'query ($id: ID!) { institution(id: $id) { website description } }', variables: { id: ge } });
    expect(json.data.institution).toEqual({ website: null, description: 'The ombudsman institution of Georgia, established in 1997.' });
  });

  test('a double click creates one record, and so does a retry after a lost answer', async () => {
    const tab = await web.open('/institutions/new', { token: editorToken });
    const { page } = tab;
    await page.getByRole('heading', { level: 1, name: 'New institution' }).waitFor();
    await page.getByLabel('Name').fill('Ombudsman of the Double Click');
    await chooseByKeyboard(page, 'Kind', 'Ombudsman');
    await page.getByRole('button', { name: 'Create institution' }).dblclick();
    await page.getByRole('heading', { level: 1, name: /Ombudsman of the Double Click/ }).waitFor();
    expect(await countInstitutions('Ombudsman of the Double Click')).toBe(1);

    // The server creates the record but the answer is lost on the way; the person presses again.
    await page.goto(`${web.baseUrl}/institutions/new`);
    await page.getByLabel('Name').fill('Ombudsman of the Lost Answer');
    await chooseByKeyboard(page, 'Kind', 'Ombudsman');
    let lost = false;
    await page.route('**/graphql', async (route) => {
      if (!lost && route.request().postData()?.includes('createInstitution')) {
        lost = true;
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    await page.getByRole('button', { name: 'Create institution' }).click();
    await page.getByRole('heading', { name: 'Not saved' }).waitFor();
    expect(await countInstitutions('Ombudsman of the Lost Answer')).toBe(1);
    await page.getByRole('button', { name: 'Create institution' }).click();
    await page.getByRole('heading', { level: 1, name: /Ombudsman of the Lost Answer/ }).waitFor();
    expect(await countInstitutions('Ombudsman of the Lost Answer')).toBe(1);
  });

  test('a VIEWER sees no edit control on institution and agreement pages, and no form at an edit URL', async () => {
    const ge = await georgia();
    const viewer = await web.open(`/institutions/${ge}`, { token: await web.server.tokenFor('VIEWER') });
    const { page } = viewer;
    await page.getByRole('heading', { level: 1, name: /Public Defender of Georgia/ }).waitFor();
    await page.locator('table.timeline tbody tr, .empty').first().waitFor();
    const controls = /^(edit|delete|remove|new|create|add|draft|renew|record|put in force|terminate|start negotiation)\b/i;
    expect(await page.getByRole('button', { name: controls }).count()).toBe(0);
    expect(await page.getByRole('link', { name: controls }).count()).toBe(0);
    const agreement = page.getByRole('link', { name: /^Memorandum of Understanding between the Public Defender/ }).first();
    if ((await agreement.count()) > 0) {
      await agreement.click();
      await page.getByRole('heading', { level: 1, name: /^Memorandum/ }).waitFor();
      expect(await page.getByRole('button', { name: controls }).count()).toBe(0);
      expect(await page.getByRole('link', { name: controls }).count()).toBe(0);
    }
    await page.goto(`${web.baseUrl}/institutions/${ge}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Editing is for editors' }).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await expectClean(viewer);
  });
});

describe('provenance and history', () => {
  test('an editor cites a new source with a quote, reports a figure from it; the history names who changed what', async () => {
    const ge = await georgia();
    const tab = await web.open(`/institutions/${ge}?tab=sources`, { token: editorToken });
    const { page } = tab;
    const sources = page.locator('section.provenance');
    await sources.getByText(/^Unsourced/).waitFor();
    await sources.getByRole('button', { name: 'Add a citation' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Source' }).fill('Annual report of the Public Defender of Georgia 2024');
    await page.getByRole('option', { name: /^New source/ }).click();
    expect(await dialog.getByLabel('Title').inputValue()).toBe('Annual report of the Public Defender of Georgia 2024');
    await chooseByKeyboard(page, 'Kind', 'Official document');
    await dialog.getByLabel('Publisher').fill('Public Defender of Georgia');
    await dialog.getByLabel('Published').fill('2025-03');
    await dialog.getByLabel('Quote').fill('The Public Defender of Georgia oversees the observance of human rights and freedoms.');
    await dialog.getByLabel('Locator').fill('p. 3');
    await expectClean(tab);
    await docsScreenshot(tab, 'edit-citation');
    await dialog.getByRole('button', { name: 'Add citation' }).click();
    await dialog.waitFor({ state: 'detached' });
    await sources.locator('blockquote', { hasText: 'oversees the observance of human rights' }).waitFor();
    expect(await page.locator('.record-header').getByRole('button', { name: 'sources (1)' }).count()).toBe(1);

    await sources.getByRole('button', { name: 'Add a reported figure' }).click();
    await chooseByKeyboard(page, 'Qualifier', 'More than');
    await dialog.getByLabel('Value').fill('200');
    await dialog.getByLabel('Measure').fill('staff');
    await dialog.getByLabel('As of').fill('2024');
    await dialog.getByRole('combobox', { name: 'Source' }).fill('Annual report Public Defender');
    await page.getByRole('option', { name: /^Annual report of the Public Defender of Georgia 2024/ }).click();
    await expectClean(tab);
    await dialog.getByRole('button', { name: 'Add figure' }).click();
    await dialog.waitFor({ state: 'detached' });
    await sources.getByText('more than 200 staff').waitFor();

    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.locator('table.history');
    await history.locator('tbody tr').first().waitFor();
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('Create');
    expect(text).toMatch(/Test (admin|editor) \d+/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
    await expectClean(tab);
    await docsScreenshot(tab, 'edit-history');
  });

  test('an admin reads the audit log, filtered by record type and action; an editor does not get it', async () => {
    const admin = await web.open('/admin/audit?type=Institution&action=CREATE');
    const { page } = admin;
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const rows = page.locator('table.history tbody tr');
    await rows.first().waitFor();
    for (const row of await rows.allTextContents()) expect(row).toMatch(/Institution.*Create/);
    expect(await page.locator('table.history').textContent()).toContain('createInstitution');
    await expectClean(admin);
    const editor = await web.open('/admin/audit', { token: editorToken });
    await editor.page.getByRole('heading', { level: 1, name: 'For administrators only' }).waitFor();
    expect(await editor.page.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
  });
});

describe('relations, commitments, documents', () => {
  test('from the institution page an editor adds a relation, a commitment (then marks it in progress) and a document', async () => {
    const ge = await georgia();
    const tab = await web.open(`/institutions/${ge}`, { token: editorToken });
    const { page } = tab;
    const header = page.locator('.record-header');
    await header.getByRole('button', { name: 'Add a relation' }).click();
    const dialog = page.getByRole('dialog');
    await chooseByKeyboard(page, 'Public Defender of Georgia is', 'Cooperates with');
    await dialog.getByRole('combobox', { name: 'Of (the other institution)' }).fill('Ombudsman of Azerbaijan');
    await page.getByRole('option').filter({ hasText: AZ_OMBUDSMAN }).first().click();
    await dialog.getByLabel('Since').fill('2019');
    await expectClean(tab);
    await dialog.getByRole('button', { name: 'Create relation' }).click();
    await dialog.waitFor({ state: 'detached' });
    const partners = page.locator('section', { has: page.getByRole('heading', { name: /^Partners/ }) }).first();
    await partners.getByText(/Cooperates with/i).first().waitFor();

    await header.getByRole('button', { name: 'Add a commitment' }).click();
    await dialog.getByLabel('Commitment').fill('Joint training of staff on complaint handling');
    await dialog.getByLabel('Due').fill('2027-06');
    await expectClean(tab);
    await dialog.getByRole('button', { name: 'Create commitment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Joint training of staff on complaint handling' }).waitFor();
    await page.locator('.record-header').getByRole('button', { name: 'Edit' }).click();
    await chooseByKeyboard(page, 'Status', 'In progress');
    await dialog.getByLabel('Evidence of progress').fill('First session held in Tbilisi.');
    await expectClean(tab);
    await docsScreenshot(tab, 'edit-commitment');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.record-header').getByText('In progress', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Show changes' }).click();
    const history = page.locator('table.history');
    await history.getByText('updateCommitment').waitFor();
    expect(await history.textContent()).toMatch(/Status\s*Open\s*→\s*changed to\s*In progress/);

    await page.goto(`${web.baseUrl}/institutions/${ge}`);
    await header.getByRole('button', { name: 'Add a document' }).click();
    await dialog.getByLabel('Title').fill('Joint statement on the rights of persons with disabilities');
    await dialog.getByLabel('Date').fill('2026-11');
    await expectClean(tab);
    await dialog.getByRole('button', { name: 'Create document' }).click();
    await page.getByRole('heading', { level: 1, name: 'Joint statement on the rights of persons with disabilities' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Public Defender of Georgia');
    expect(tab.errors).toEqual([]);
  });
});

test('every record page offers the citation forms and the history to editors: an event page', async () => {
  const { json } = await web.server.post({ query: '{ search(text: "International Baku Forum of Ombudsmen", types: [EVENT], first: 1) { node { id } } }' });
  const tab = await web.open(`/events/${json.data.search[0].node.id}`, { token: editorToken });
  const { page } = tab;
  await page.getByRole('heading', { level: 1, name: 'International Baku Forum of Ombudsmen' }).waitFor();
  await page.locator('section.provenance').getByRole('button', { name: 'Add a citation' }).waitFor();
  await page.getByRole('button', { name: 'Show changes' }).click();
  await page.getByText('No change recorded through the API').waitFor();
  await expectClean(tab);
});
