// Correcting records in a real browser: a visit's own fields, relations, agreement parties and
// ledger entries, participants' notes, posts and tenures — and the conflict screen's Compare, where
// a person who hit a newer version keeps, field by field, their value or the current one.
// Every form visited passes axe-core (0 serious or critical violations).
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startWebTest, type WebPage, type WebTest } from '../harness/browser.js';

vi.setConfig({ testTimeout: 180_000 });

let web: WebTest;
let editorToken: string;
let az: string;
let azName: string;
let ge: string;
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const { json } = await web.server.post({ query, variables });
  expect(json.errors, JSON.stringify(json.errors)).toBeUndefined();
  return json.data;
}
async function institution(name: string): Promise<{ id: string; title: string }> {
  const { search } = await gql('query ($t: String!) { search(text: $t, types: [INSTITUTION], first: 1) { node { id } title } }', { t: name });
  return { id: search[0].node.id, title: search[0].title };
}
async function expectClean(tab: WebPage) {
  expect(await tab.accessibilityViolations()).toEqual([]);
  expect(tab.errors).toEqual([]);
}
/** Picks an option of a React Aria Select: open it, choose. */
async function choose(scope: Page | Locator, page: Page, label: RegExp, option: string) {
  await scope.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

beforeAll(async () => {
  web = await startWebTest();
  editorToken = await web.server.tokenFor('EDITOR');
  ({ id: az, title: azName } = await institution('Ombudsman of Azerbaijan'));
  ge = (
    await gql('mutation ($input: CreateInstitutionInput!) { createInstitution(input: $input) { institution { id } } }', {
      input: { name: 'Public Defender of Georgia', kind: 'OMBUDSMAN', country: 'GE' },
    })
  ).createInstitution.institution.id;
});
afterAll(async () => {
  await web?.close();
});

describe('a visit', () => {
  test('an editor changes its own fields; a second editor hits the newer version, compares and keeps the current title with their description', async () => {
    const created = await gql('mutation ($input: CreateVisitInput!) { createVisit(input: $input) { visit { id } } }', {
      input: { title: 'Study visit to Tbilisi', delegationOfId: az, direction: 'OUTBOUND', purpose: 'STUDY_VISIT', startDate: '2031-03', place: 'Tbilisi' },
    });
    const id = created.createVisit.visit.id;
    const second = await web.open(`/visits/${id}/edit`, { token: await web.server.tokenFor('EDITOR') });
    await second.page.getByRole('heading', { level: 1, name: 'Edit Study visit to Tbilisi' }).waitFor();

    const tab = await web.open(`/visits/${id}`, { token: editorToken });
    const { page } = tab;
    await page.getByRole('heading', { level: 1, name: 'Study visit to Tbilisi' }).waitFor();
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit Study visit to Tbilisi' }).waitFor();
    await page.getByRole('textbox', { name: 'Title' }).fill('Official visit to the Public Defender of Georgia');
    await choose(page, page, /Purpose/, 'Official');
    await page.getByRole('combobox', { name: 'Host (optional)' }).fill('Public Defender');
    await page.getByRole('option', { name: /Public Defender of Georgia/ }).first().click();
    await page.getByRole('textbox', { name: 'Starts' }).fill('2031-03-10');
    await page.getByRole('textbox', { name: 'Ends' }).fill('2031-03-12');
    await page.getByRole('textbox', { name: 'Country' }).fill('GE');
    await expectClean(tab);
    await tab.screenshot('edit-visit');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Official visit to the Public Defender of Georgia' }).waitFor();
    const header = page.locator('.record-header');
    expect(await header.textContent()).toMatch(/Official · outbound visit/);
    expect(await header.textContent()).toMatch(/10.12 March 2031/);
    expect(await header.textContent()).toContain('Tbilisi, Georgia');
    expect(await page.locator('section[aria-labelledby="delegation-heading"]').textContent()).toContain('Public Defender of Georgia');

    // The second editor still has the old version open.
    await second.page.getByRole('textbox', { name: 'Description' }).fill('Exchange on complaint handling.');
    await second.page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = second.page.getByRole('alert').filter({ hasText: 'since you opened it' });
    await conflict.waitFor();
    await conflict.getByRole('button', { name: 'Compare' }).click();
    const rows = conflict.locator('table.compare tbody tr');
    await rows.first().waitFor();
    const text = await rows.allTextContents();
    expect(text).toEqual(expect.arrayContaining([expect.stringMatching(/^Title.*Study visit to Tbilisi.*Official visit to the Public Defender of Georgia/), expect.stringMatching(/^Description.*complaint handling/)]));
    await conflict.getByRole('radio', { name: /Keep the current value for Title/ }).check();
    await conflict.getByRole('radio', { name: /Keep the current value for Starts/ }).check();
    await conflict.getByRole('radio', { name: /Keep the current value for Ends/ }).check();
    await conflict.getByRole('radio', { name: /Keep the current value for Purpose/ }).check();
    await conflict.getByRole('radio', { name: /Keep the current value for Host/ }).check();
    await conflict.getByRole('radio', { name: /Keep the current value for Country/ }).check();
    await expectClean(second);
    await second.screenshot('edit-conflict-compare');
    await conflict.getByRole('button', { name: 'Save with these choices' }).click();
    await second.page.getByRole('heading', { level: 1, name: 'Official visit to the Public Defender of Georgia' }).waitFor();
    await second.page.getByText('Exchange on complaint handling.').waitFor();
    const { visit } = await gql('query ($id: ID!) { visit(id: $id) { title purpose startDate endDate description host { id } } }', { id });
    expect(visit).toEqual({ title: 'Official visit to the Public Defender of Georgia', purpose: 'OFFICIAL', startDate: '2031-03-10', endDate: '2031-03-12', description: 'Exchange on complaint handling.', host: { id: ge } });
    expect(second.errors).toEqual([]);
  });
});

describe('relations', () => {
  test('an editor changes a relation on the institution page; only an administrator may delete it', async () => {
    const { createRelation } = await gql('mutation ($input: CreateRelationInput!) { createRelation(input: $input) { relation { id } userErrors { message } } }', {
      input: { subjectInstitutionId: ge, kind: 'COOPERATES_WITH', objectId: az, startDate: '2019' },
    });
    expect(createRelation.relation).not.toBeNull();
    const tab = await web.open(`/institutions/${ge}?tab=relations`, { token: editorToken });
    const { page } = tab;
    const panel = page.getByRole('tabpanel', { name: 'Relations' });
    const row = panel.getByRole('row', { name: new RegExp(esc(azName)) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(new RegExp(`Public Defender of Georgia cooperates with ${esc(azName)}.*since 2019`));
    expect(await panel.getByRole('button', { name: /^Delete/ }).count()).toBe(0); // editors: no delete
    await row.getByRole('button', { name: /^Edit the relation/ }).click();
    const dialog = page.getByRole('dialog', { name: `Edit the relation of Public Defender of Georgia with ${azName}` });
    await choose(dialog, page, /Public Defender of Georgia is/, 'Partner of');
    await dialog.getByRole('textbox', { name: 'Role' }).fill('memorandum partner');
    await dialog.getByRole('textbox', { name: 'Until' }).fill('2024-06');
    await expectClean(tab);
    await tab.screenshot('edit-relation');
    await dialog.getByRole('button', { name: 'Save relation' }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.getByRole('row', { name: new RegExp(`partner of ${esc(azName)}.*memorandum partner.*2019.*June 2024.*Ended`) }).waitFor();

    const admin = await web.open(`/institutions/${ge}?tab=relations`);
    const adminPanel = admin.page.getByRole('tabpanel', { name: 'Relations' });
    await adminPanel.getByRole('button', { name: `Delete the relation Public Defender of Georgia – ${azName}` }).click();
    const confirm = admin.page.getByRole('dialog', { name: 'Delete this relation?' });
    expect(await confirm.textContent()).toContain(`Public Defender of Georgia partner of ${azName}`);
    await expectClean(admin);
    await confirm.getByRole('button', { name: 'Delete relation' }).click();
    await confirm.waitFor({ state: 'detached' });
    await adminPanel.getByText('No relation recorded').waitFor();
    const { institution: after } = await gql('query ($id: ID!) { institution(id: $id) { relations { id } } }', { id: ge });
    expect(after.relations).toEqual([]);
    expect(admin.errors).toEqual([]);
  });
});
