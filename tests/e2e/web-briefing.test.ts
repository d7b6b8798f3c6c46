// The briefing page in a real browser: what a person reads before a meeting, and the A4 print.
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedId } from '../../server/db/seed/seed-id.js';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { startWebTest, type WebTest } from '../harness/browser.js';

let web: WebTest;
beforeAll(async () => {
  web = await startWebTest();
});
afterAll(async () => {
  await web?.close();
});

const OICOA = toGlobalId('Institution', seedId('oic-oa'));
const FORUM = toGlobalId('Event', seedId('event-baku-forum-2024'));

describe('the briefing page', () => {
  test('the OIC Ombudsman Association: sections, the May 2025 meetings with who took part, footnotes to quoted sources; prints to A4', async () => {
    const { page, errors, accessibilityViolations, screenshot, graphqlRequests } = await web.open(`/briefing/${encodeURIComponent(OICOA)}?asOf=2026-12-03`);
    await page.getByRole('heading', { level: 1, name: 'OIC Ombudsman Association' }).waitFor();
    for (const name of ['Profile', 'Recorded activity', 'Agreements', 'Open commitments', 'People', 'Recent activity', 'Talking points', 'Sources']) {
      await page.getByRole('heading', { level: 2, name }).waitFor();
    }
    const recent = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Recent activity' }) });
    const assembly = recent.getByRole('listitem').filter({ hasText: 'General Assembly of the OIC Ombudsman Association' }).first();
    expect(await assembly.textContent()).toContain('May 2025');
    expect(await recent.textContent()).toContain('Sabina Aliyeva (for Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan)');
    // Its footnotes jump to numbered sources: one quotes the article (the date is the editors' inference, also cited).
    const notes: string[] = [];
    for (const footnote of await assembly.getByRole('link', { name: /^source \d+$/ }).all()) {
      const target = await footnote.getAttribute('href');
      expect(target).toMatch(/^#source-\d+$/);
      notes.push((await page.locator(target!).textContent()) ?? '');
    }
    expect(notes.some((text) => /Azernews.*“.+”/.test(text))).toBe(true);
    expect(graphqlRequests()).toBeLessThanOrEqual(2); // the viewer, the briefing
    await screenshot('briefing-institution');
    expect(await accessibilityViolations()).toEqual([]);
    expect(errors).toEqual([]);

    // Print: the browser's "Save as PDF" gives an A4 document without the app's frame.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    expect(totalPages).toBeGreaterThanOrEqual(1);
    expect(totalPages).toBeLessThanOrEqual(4);
    expect(text).toContain('OIC Ombudsman Association');
    expect(text).toContain('General Assembly of the OIC Ombudsman Association');
    expect(text).toContain('Sources');
    expect(text).not.toContain('Search everything'); // no header, search or buttons on paper
    expect(text).not.toContain('Print or save as PDF');
  });

  test('an event briefing: the Baku Forum with its figures, the declaration and the institutions involved', async () => {
    const { page, accessibilityViolations, screenshot } = await web.open(`/briefing/${encodeURIComponent(FORUM)}?asOf=2026-12-03`);
    await page.getByRole('heading', { level: 1, name: 'International Baku Forum of Ombudsmen' }).waitFor();
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('2 October 2024');
    expect(body).toContain('more than 200');
    expect(body).toContain('Adopted: Baku Declaration');
    await page.getByRole('heading', { level: 2, name: 'Institutions involved' }).waitFor();
    await screenshot('briefing-event');
    expect(await accessibilityViolations()).toEqual([]);
  });

  test('an unknown ID shows the not-found page', async () => {
    const { page } = await web.open(`/briefing/${encodeURIComponent(toGlobalId('Institution', '00000000-0000-4000-8000-000000000000'))}`);
    await page.getByRole('heading', { name: /not found/i }).waitFor();
  });
});
