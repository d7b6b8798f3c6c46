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

describe('an agreement’s parties and ledger', () => {
  test('an editor corrects a signature date, removes an entry recorded by mistake, changes and removes a party, and sees why a needed signature stays', async () => {
    const { createAgreement } = await gql(
      'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id parties { id institution { id } } } userErrors { message } } }',
      { input: { title: 'MoU on complaint handling', kind: 'MEMORANDUM_OF_UNDERSTANDING', parties: [{ institutionId: az }, { institutionId: ge }] } },
    );
    const id = createAgreement.agreement.id;
    const record = (input: Record<string, unknown>) =>
      gql('mutation ($input: RecordAgreementActionInput!) { recordAgreementAction(input: $input) { userErrors { message } } }', { input: { agreementId: id, ...input } });
    await record({ partyId: az, kind: 'SIGNATURE', date: '2025-01-10' });
    await record({ partyId: ge, kind: 'SIGNATURE', date: '2025-01-12' });
    await record({ partyId: ge, kind: 'WITHDRAWAL', date: '2025-02-01', note: 'entered by mistake' });
    const unicef = (
      await gql('mutation ($input: CreateInstitutionInput!) { createInstitution(input: $input) { institution { id } } }', { input: { name: 'UNICEF Georgia Office', kind: 'INTERGOVERNMENTAL_ORGANIZATION' } })
    ).createInstitution.institution.id;
    await gql('mutation ($input: AddAgreementPartyInput!) { addAgreementParty(input: $input) { userErrors { message } } }', { input: { agreementId: id, institutionId: unicef, role: 'OBSERVER' } });

    const tab = await web.open(`/agreements/${id}`, { token: editorToken });
    const { page } = tab;
    await page.getByRole('heading', { level: 1, name: 'MoU on complaint handling' }).waitFor();
    const ledger = page.locator('section[aria-labelledby="ledger-heading"]');
    const parties = page.locator('section[aria-labelledby="parties-heading"]');

    // The Georgian signature was on the 15th, not the 12th.
    await ledger.getByRole('button', { name: 'Correct the entry Signature by Public Defender of Georgia' }).click();
    const correct = page.getByRole('dialog', { name: /Correct the entry: Signature by Public Defender of Georgia/ });
    await correct.getByRole('textbox', { name: 'Date' }).fill('2025-01-15');
    await correct.getByRole('textbox', { name: 'Note' }).fill('Date from the signed copy');
    await expectClean(tab);
    await tab.screenshot('edit-ledger-entry');
    await correct.getByRole('button', { name: 'Save entry' }).click();
    await correct.waitFor({ state: 'detached' });
    await ledger.getByRole('row', { name: /15 January 2025.*Signature.*Public Defender of Georgia.*Date from the signed copy/ }).waitFor();
    await parties.getByRole('row', { name: /Public Defender of Georgia.*15 January 2025/ }).waitFor();

    // The withdrawal was entered by mistake.
    await ledger.getByRole('button', { name: 'Remove the entry Withdrawal by Public Defender of Georgia' }).click();
    const removeEntry = page.getByRole('dialog', { name: 'Remove this ledger entry?' });
    await removeEntry.getByRole('button', { name: 'Remove entry' }).click();
    await removeEntry.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Action ledger (2)' }).waitFor();

    // A signed agreement keeps the signatures it rests on: the API says why, in the dialog.
    await ledger.getByRole('button', { name: new RegExp(`^Remove the entry Signature by ${esc(azName)}`) }).click();
    const refused = page.getByRole('dialog', { name: 'Remove this ledger entry?' });
    await refused.getByRole('button', { name: 'Remove entry' }).click();
    await refused.getByRole('alert').filter({ hasText: /the agreement is SIGNED/ }).waitFor();
    await expectClean(tab);
    await refused.getByRole('button', { name: 'Cancel' }).click();
    await refused.waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { name: 'Action ledger (2)' }).count()).toBe(1);

    // The observer was a witness; then it leaves the agreement.
    await parties.getByRole('button', { name: 'Edit the party UNICEF Georgia Office' }).click();
    const editParty = page.getByRole('dialog', { name: 'Edit the party UNICEF Georgia Office' });
    await choose(editParty, page, /Role$/, 'Witness');
    await expectClean(tab);
    await tab.screenshot('edit-agreement-party');
    await editParty.getByRole('button', { name: 'Save party' }).click();
    await editParty.waitFor({ state: 'detached' });
    await parties.getByRole('row', { name: /UNICEF Georgia Office.*Witness/ }).waitFor();
    await parties.getByRole('button', { name: 'Remove the party UNICEF Georgia Office' }).click();
    const removeParty = page.getByRole('dialog', { name: 'Remove UNICEF Georgia Office from the agreement?' });
    await removeParty.getByRole('button', { name: 'Remove party' }).click();
    await removeParty.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Parties (2)' }).waitFor();

    const { agreement } = await gql('query ($id: ID!) { agreement(id: $id) { status parties { role signedOn institution { id } } actions { kind date note } } }', { id });
    expect(agreement.status).toBe('SIGNED');
    expect(agreement.parties.find((p: { institution: { id: string } }) => p.institution.id === ge).signedOn).toBe('2025-01-15');
    expect(agreement.actions.map((a: { kind: string; date: string }) => `${a.kind} ${a.date}`).sort()).toEqual(['SIGNATURE 2025-01-10', 'SIGNATURE 2025-01-15']);
    expect(tab.errors).toEqual([]);
  });
});

describe('participants, posts and tenures', () => {
  test('an editor changes a participant’s note and whom they represent; an administrator removes a tenure and a post', async () => {
    const person = async (name: string) =>
      (await gql('mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }', { input: { name, country: 'GE' } })).createPerson.person.id;
    const nino = await person('Nino Lomjaria-Test');
    const levan = await person('Levan Ioseliani-Test');
    const { createEvent } = await gql('mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id participations { id } } } }', {
      input: { title: 'Regional ombudsman roundtable', kind: 'WORKSHOP', startDate: '2031-05-20', participations: [{ personId: nino, role: 'SPEAKER' }] },
    });
    const tab = await web.open(`/events/${createEvent.event.id}`, { token: editorToken });
    const { page } = tab;
    const participants = page.locator('section[aria-labelledby="participants-heading"]');
    await participants.getByRole('button', { name: 'Change Nino Lomjaria-Test' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nino Lomjaria-Test: role, RSVP and note' });
    await dialog.getByRole('combobox', { name: 'On behalf of (optional)' }).fill('Public Defender');
    await page.getByRole('option', { name: /Public Defender of Georgia/ }).first().click();
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Opens the second panel');
    await expectClean(tab);
    await tab.screenshot('edit-participant-note');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await participants.getByRole('row', { name: /Nino Lomjaria-Test.*Opens the second panel.*Public Defender of Georgia/ }).waitFor();

    const { createPost } = await gql('mutation ($input: CreatePostInput!) { createPost(input: $input) { post { id } } }', { input: { institutionId: ge, title: 'Deputy Public Defender' } });
    const postId = createPost.post.id;
    for (const [personId, startDate] of [
      [nino, '2018'],
      [levan, '2023'],
    ]) {
      await gql('mutation ($input: CreateTenureInput!) { createTenure(input: $input) { tenure { id } } }', { input: { personId, postId, startDate } });
    }
    expect(await page.getByRole('button', { name: /Remove the post/ }).count()).toBe(0);

    const admin = await web.open(`/people/${nino}`);
    await admin.page.getByRole('heading', { name: 'Posts (1)' }).waitFor();
    await admin.page.getByRole('button', { name: 'Remove the post Deputy Public Defender, Public Defender of Georgia' }).click();
    const removeTenure = admin.page.getByRole('dialog', { name: /Remove “Deputy Public Defender, Public Defender of Georgia” from Nino Lomjaria-Test’s posts/ });
    await expectClean(admin);
    await removeTenure.getByRole('button', { name: 'Remove tenure' }).click();
    await removeTenure.waitFor({ state: 'detached' });
    await admin.page.getByRole('heading', { name: 'Posts (0)' }).waitFor();

    // The post still has Levan's tenure: the API refuses until its tenures go too.
    await admin.page.goto(`${web.baseUrl}/institutions/${ge}`);
    await admin.page.getByRole('button', { name: 'Delete the post Deputy Public Defender' }).click();
    const deletePost = admin.page.getByRole('dialog', { name: 'Delete the post “Deputy Public Defender”?' });
    await deletePost.getByRole('button', { name: 'Delete post' }).click();
    await deletePost.getByRole('alert').filter({ hasText: /tenure/ }).waitFor();
    await deletePost.getByText('Also delete every tenure of this post').click();
    await expectClean(admin);
    await admin.screenshot('edit-delete-post');
    await deletePost.getByRole('button', { name: 'Delete post' }).click();
    await deletePost.waitFor({ state: 'detached' });
    const { institution: after } = await gql('query ($id: ID!) { institution(id: $id) { posts { id } } }', { id: ge });
    expect(after.posts).toEqual([]);
    expect(admin.errors).toEqual([]);
  });
});

describe('the conflict screen in a dialog', () => {
  test('a second editor of a person compares with the current record (not the page as opened) and keeps the current name with their description', async () => {
    const { createPerson } = await gql('mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id version } } }', { input: { name: 'Tamar Gvaramia-Test', country: 'GE' } });
    const id = createPerson.person.id;
    const second = await web.open(`/people/${id}`, { token: editorToken });
    await second.page.getByRole('heading', { level: 1, name: 'Tamar Gvaramia-Test' }).waitFor();
    await gql('mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { userErrors { message } } }', { input: { id, version: createPerson.person.version, name: 'Tamar Gvaramia' } });

    const { page } = second;
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Tamar Gvaramia-Test' });
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Head of the equality department.');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const conflict = dialog.getByRole('alert').filter({ hasText: 'since you opened it' });
    await conflict.getByRole('button', { name: 'Compare' }).click();
    const rows = conflict.locator('table.compare tbody tr');
    await rows.first().waitFor();
    expect(await rows.allTextContents()).toEqual([expect.stringMatching(/^Name.*Tamar Gvaramia-Test.*Tamar Gvaramia$/), expect.stringMatching(/^Description.*equality department/)]);
    await conflict.getByRole('radio', { name: /Keep the current value for Name/ }).check();
    await expectClean(second);
    await conflict.getByRole('button', { name: 'Save with these choices' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: 'Tamar Gvaramia' }).waitFor();
    const { person } = await gql('query ($id: ID!) { person(id: $id) { name description } }', { id });
    expect(person).toEqual({ name: 'Tamar Gvaramia', description: 'Head of the equality department.' });
  });
});
