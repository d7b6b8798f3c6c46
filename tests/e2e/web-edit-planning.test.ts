// Scheduling in a real browser: a planner schedules a symposium that clashes with a visit of the
// same person and sees the clash before confirming (the API's dry run: nothing saved until then),
// then postpones it with the old dates kept in its history.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startWebTest, type WebPage, type WebTest } from '../harness/browser.js';

vi.setConfig({ testTimeout: 180_000 });

let web: WebTest;
let editorToken: string;
const PERSON = 'Aysel Quliyeva-Planner';
const VISIT = 'Study visit to the Georgian Public Defender';
const SYMPOSIUM = 'Symposium on the rights of the child';

async function gql(query: string, variables: Record<string, unknown>) {
  const { json } = await web.server.post({ query, variables });
  expect(json.errors, JSON.stringify(json.errors)).toBeUndefined();
  return json.data;
}

async function eventsTitled(title: string): Promise<number> {
  const data = await gql('query ($t: String!) { search(text: $t, types: [EVENT], first: 5) { title } }', { t: title });
  return data.search.filter((h: { title: string }) => h.title === title).length;
}

beforeAll(async () => {
  web = await startWebTest();
  editorToken = await web.server.tokenFor('EDITOR');
  const { search } = await gql('{ search(text: "Ombudsman of Azerbaijan", types: [INSTITUTION], first: 1) { node { id } } }', {});
  const person = await gql('mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } userErrors { message } } }', { input: { name: PERSON, country: 'AZ' } });
  await gql('mutation ($input: CreateVisitInput!) { createVisit(input: $input) { visit { id } userErrors { message } } }', {
    input: {
      title: VISIT,
      delegationOfId: search[0].node.id,
      direction: 'OUTBOUND',
      purpose: 'STUDY_VISIT',
      startDate: '2031-06-15',
      endDate: '2031-06-17',
      members: [{ personId: person.createPerson.person.id, role: 'HEAD' }],
    },
  });
});
afterAll(async () => {
  await web?.close();
});

/** Types into a record picker and picks the option (ArrowDown opens the list if the typing did not). */
async function pick(page: Page, box: Locator, text: string, option: RegExp) {
  await box.fill(text);
  const wanted = page.getByRole('option', { name: option }).first();
  await wanted.waitFor({ timeout: 10_000 }).catch(async () => {
    await box.press('ArrowDown');
    await wanted.waitFor();
  });
  await wanted.click();
}

async function expectClean(page: WebPage) {
  expect(await page.accessibilityViolations()).toEqual([]);
  expect(page.errors).toEqual([]);
}

describe('a planner', () => {
  test('schedules a symposium that clashes with a visit of the same person, sees the clash before confirming, then postpones it', async () => {
    const tab = await web.open('/planner', { token: editorToken });
    const { page } = tab;
    await page.getByRole('link', { name: 'Schedule an event' }).click();
    await page.getByRole('heading', { name: 'Schedule an event' }).waitFor();

    // By keyboard: the title has the focus; the kind is a select opened with the keyboard.
    await page.keyboard.type(SYMPOSIUM);
    await page.getByRole('button', { name: /Kind/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Symposium' }).waitFor();
    await page.keyboard.type('Symp');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Starts' }).fill('2031-06-16');
    await page.getByRole('textbox', { name: 'Venue' }).fill('Congress Centre');
    await page.getByRole('textbox', { name: 'City' }).fill('Baku');
    await page.getByRole('button', { name: 'Add a participant' }).click();
    await pick(page, page.getByRole('combobox', { name: 'Participant 1' }), 'Quliyeva', new RegExp(PERSON));
    await page.getByRole('button', { name: /Role/ }).click();
    await page.getByRole('option', { name: 'Speaker' }).click();
    await expectClean(tab);
    await tab.screenshot('edit-event-new');

    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'This clashes with other plans' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain(PERSON);
    expect(await warning.getByRole('link', { name: new RegExp(VISIT) }).count()).toBe(1);
    // Seen before confirming: nothing is saved yet.
    expect(await eventsTitled(SYMPOSIUM)).toBe(0);
    await tab.screenshot('edit-event-conflict');
    await expectClean(tab);

    await page.getByRole('button', { name: 'Schedule anyway' }).click();
    await page.getByRole('heading', { level: 1, name: SYMPOSIUM }).waitFor();
    expect(await eventsTitled(SYMPOSIUM)).toBe(1);
    const participants = page.locator('section[aria-labelledby="participants-heading"]');
    expect(await participants.textContent()).toContain(PERSON);
    expect(await participants.textContent()).toContain('Speaker');

    // Postponed to September: the old date stays in the schedule history.
    await page.getByRole('button', { name: 'Postpone' }).click();
    const dialog = page.getByRole('dialog', { name: /Postpone/ });
    await dialog.getByRole('textbox', { name: 'New start' }).fill('2031-09');
    await expectClean(tab);
    await dialog.getByRole('button', { name: 'Postpone' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.record-header .badge', { hasText: 'Postponed' }).waitFor();
    const history = page.locator('section[aria-labelledby="moved-heading"]');
    await history.waitFor();
    expect(await history.textContent()).toMatch(/Postponed: 16 June 2031 → September 2031/);
    await tab.screenshot('edit-event-postponed');
    await expectClean(tab);
  });

  test('adds a participant to an existing event and sees the clash first', async () => {
    const { search } = await gql('query ($t: String!) { search(text: $t, types: [EVENT], first: 1) { node { id } } }', { t: 'Baku Forum of Ombudsmen' });
    const created = await gql('mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } userErrors { message } } }', {
      input: { title: 'Working lunch with the delegation', kind: 'OTHER', startDate: '2031-06-17' },
    });
    void search;
    const tab = await web.open(`/events/${created.createEvent.event.id}`, { token: editorToken });
    const { page } = tab;
    await page.getByRole('heading', { level: 1, name: 'Working lunch with the delegation' }).waitFor();
    await page.getByRole('button', { name: 'Add participant' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a participant' });
    await pick(page, dialog.getByRole('combobox', { name: /Person or institution/ }), 'Quliyeva', new RegExp(PERSON));
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.getByText('Taking part would clash').waitFor();
    expect(await dialog.textContent()).toContain(VISIT);
    await expectClean(tab);
    await tab.screenshot('edit-event-add-participant');
    await dialog.getByRole('button', { name: 'Add anyway' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('section[aria-labelledby="participants-heading"]').getByRole('link', { name: PERSON }).waitFor();
    await expectClean(tab);
  });

  test('records a visit whose delegation member is already travelling, confirms, then cancels it', async () => {
    const tab = await web.open('/planner', { token: editorToken });
    const { page } = tab;
    await page.getByRole('link', { name: 'Record a visit' }).click();
    await page.getByRole('heading', { name: 'Record a visit' }).waitFor();
    await page.getByRole('textbox', { name: 'Title' }).fill('Follow-up visit to Tbilisi');
    await pick(page, page.getByRole('combobox', { name: /Whose delegation/ }), 'Ombudsman of Azerbaijan', /Ombudsman/);
    await page.getByRole('textbox', { name: 'Starts' }).fill('2031-06-17');
    await page.getByRole('button', { name: 'Add a member' }).click();
    await pick(page, page.getByRole('combobox', { name: 'Member 1' }), 'Quliyeva', new RegExp(PERSON));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'This clashes with other plans' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain(VISIT);
    await expectClean(tab);
    await tab.screenshot('edit-visit-new');
    await page.getByRole('button', { name: 'Save anyway' }).click();
    await page.getByRole('heading', { level: 1, name: 'Follow-up visit to Tbilisi' }).waitFor();
    await page.getByRole('button', { name: 'Cancel the visit' }).click();
    const dialog = page.getByRole('dialog', { name: /Cancel/ });
    await dialog.getByRole('button', { name: 'Yes, cancel the visit' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.record-header .badge', { hasText: 'Cancelled' }).waitFor();
    expect(await page.getByRole('button', { name: 'Postpone' }).count()).toBe(0);
    await expectClean(tab);
  });

  test('a viewer sees no scheduling controls', async () => {
    const tab = await web.open('/planner', { token: await web.server.tokenFor('VIEWER') });
    const { page } = tab;
    await page.getByRole('heading', { name: 'Planner' }).waitFor();
    await page.locator('.planner-toolbar').waitFor();
    expect(await page.getByRole('link', { name: 'Schedule an event' }).count()).toBe(0);
    await page.goto(`${web.baseUrl}/events/new`);
    await page.getByRole('heading', { name: 'Editing is for editors' }).waitFor();
  });
});

describe('people and topics', () => {
  test('an editor adds a person, gives them a post, creates a topic and tags an event with it', async () => {
    const tab = await web.open('/people/new', { token: editorToken });
    const { page } = tab;
    await page.getByRole('heading', { name: 'New person' }).waitFor();
    await page.keyboard.type('Nino Lomjaria-Test');
    await page.getByRole('textbox', { name: 'Country' }).fill('GEO');
    await page.getByRole('button', { name: 'Add person' }).click();
    // The API's rule, beside the field.
    await page.getByText(/ISO 3166-1 alpha-2|two-letter|country code/i).first().waitFor();
    await page.getByRole('textbox', { name: 'Country' }).fill('GE');
    await expectClean(tab);
    await tab.screenshot('edit-person-new');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('heading', { level: 1, name: /Nino Lomjaria-Test/ }).waitFor();

    await page.getByRole('button', { name: 'Add a post' }).click();
    const dialog = page.getByRole('dialog', { name: /A post held by/ });
    await pick(page, dialog.getByRole('combobox', { name: /Institution/ }), 'OIC Ombudsman', /OIC Ombudsman Association/);
    await dialog.getByRole('textbox', { name: /Title of the new post/ }).fill('Board member (test)');
    await dialog.getByRole('textbox', { name: 'From' }).fill('2025-05');
    await expectClean(tab);
    await tab.screenshot('edit-person-post');
    await dialog.getByRole('button', { name: 'Add the post' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('section[aria-labelledby="posts-heading"]', { hasText: 'Board member (test)' }).waitFor();

    await page.goto(`${web.baseUrl}/topics/new`);
    await page.getByRole('heading', { name: 'New topic' }).waitFor();
    await page.keyboard.type('Independence of ombudsman institutions (test)');
    await expectClean(tab);
    await page.getByRole('button', { name: 'Create topic' }).click();
    await page.getByRole('heading', { level: 1, name: 'Independence of ombudsman institutions (test)' }).waitFor();

    const created = await gql('mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } userErrors { message } } }', {
      input: { title: 'Round table on independence', kind: 'WORKSHOP', startDate: '2032-03-03' },
    });
    await page.goto(`${web.baseUrl}/events/${created.createEvent.event.id}`);
    await page.getByRole('heading', { level: 1, name: 'Round table on independence' }).waitFor();
    await page.getByRole('button', { name: 'Edit topics' }).click();
    const tags = page.getByRole('dialog', { name: 'Topics' });
    await pick(page, tags.getByRole('combobox', { name: 'Add a topic' }), 'Independence of ombudsman', /Independence of ombudsman institutions \(test\)/);
    await tags.getByText('Independence of ombudsman institutions (test)', { exact: false }).first().waitFor();
    await expectClean(tab);
    await tags.getByRole('button', { name: 'Save' }).click();
    await tags.waitFor({ state: 'detached' });
    await page.locator('aside').getByRole('link', { name: 'Independence of ombudsman institutions (test)' }).waitFor();
    await expectClean(tab);
  });
});

