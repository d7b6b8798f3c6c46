// The read views in a real browser, on the seed data: the cooperation network, the planner, the
// statistics and GraphiQL. What a person sees, by mouse and by keyboard, and axe-core on each page.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startWebTest, type WebTest } from '../harness/browser.js';

let web: WebTest;
let ombudsmanId: string;
const OMBUDSMAN = 'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan';
const UNESCO = 'United Nations Educational, Scientific and Cultural Organization';

beforeAll(async () => {
  web = await startWebTest();
  const { json } = await web.server.post({ query: `{ institutions(filter: { search: "Commissioner for Human Rights" }, first: 5) { nodes { id name } } }` });
  ombudsmanId = json.data.institutions.nodes.find((n: { name: string }) => n.name === OMBUDSMAN).id;
});
afterAll(async () => {
  await web?.close();
});

describe('the network page', () => {
  test('the Ombudsman of Azerbaijan has UNESCO within 2 hops; clicking the edge in the graph explains it', async () => {
    const { page, errors, accessibilityViolations, screenshot, graphqlRequests } = await web.open(`/network?center=${encodeURIComponent(ombudsmanId)}`);
    await page.getByRole('heading', { name: `Network of ${OMBUDSMAN}` }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: UNESCO, exact: true }) });
    const hops = Number(await row.getByRole('cell').first().textContent());
    expect(hops).toBeGreaterThanOrEqual(1);
    expect(hops).toBeLessThanOrEqual(2);

    // A real click on the drawn edge: where cytoscape put it on the canvas.
    const graph = page.getByTestId('network-graph');
    await graph.locator('canvas').first().waitFor();
    const point = await graph.evaluate((element, name) => {
      // biome-ignore lint/suspicious/noExplicitAny: cytoscape keeps its instance on the container
      const cy = (element as any)._cyreg.cy;
      const target = cy.nodes().filter((n: { data(k: string): string }) => n.data('title') === name)[0];
      const edge = target.connectedEdges().filter((e: { source(): { id(): string }; target(): { id(): string } }) => e.source().id() === cy.nodes('.centre')[0].id() || e.target().id() === cy.nodes('.centre')[0].id())[0];
      const mid = edge.renderedMidpoint();
      const box = element.getBoundingClientRect();
      return { x: box.left + mid.x, y: box.top + mid.y };
    }, UNESCO);
    await page.mouse.move(point.x, point.y);
    await page.mouse.click(point.x, point.y);
    const reasons = page.getByTestId('edge-reasons');
    await reasons.waitFor();
    expect(await reasons.getByRole('heading').textContent()).toContain('UNESCO are connected');
    expect(await reasons.textContent()).toContain('Cooperates with');
    expect(await reasons.getByRole('link', { name: /Open the connection/ }).getAttribute('href')).toContain('/path?from=');
    await screenshot('network');
    expect(await accessibilityViolations()).toEqual([]);
    // One request drew the graph, the tables and every edge's reasons.
    expect(graphqlRequests()).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
  });

  test('by keyboard: the connections list explains an edge, and "Centre here" re-centres (the URL follows)', async () => {
    const { page, errors } = await web.open(`/network?center=${encodeURIComponent(ombudsmanId)}&hops=1`);
    await page.getByRole('heading', { name: `Network of ${OMBUDSMAN}` }).waitFor();
    await page.getByRole('tab', { name: /Connections/ }).focus();
    await page.keyboard.press('Enter');
    const why = page.getByRole('button', { name: `Why are ${OMBUDSMAN} — UNESCO connected?` });
    await why.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('edge-reasons').waitFor();
    await page.getByRole('tab', { name: /Institutions/ }).click();
    await page.getByRole('button', { name: `Centre here on ${UNESCO}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Network of ${UNESCO}` }).waitFor();
    expect(new URL(page.url()).searchParams.get('hops')).toBe('1');
    expect(new URL(page.url()).searchParams.get('center')).not.toBe(ombudsmanId);
    expect(errors).toEqual([]);

    await page.goto(`${web.baseUrl}/network?center=not-an-id`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
  });
});

describe('the institution page', () => {
  test('its network panel draws the direct partners and opens the full network; its timeline downloads as CSV', async () => {
    const { page, errors } = await web.open(`/institutions/${encodeURIComponent(ombudsmanId)}`);
    const panel = page.getByRole('region', { name: 'Network' });
    await panel.getByTestId('network-graph').locator('canvas').first().waitFor();
    expect(await panel.getByRole('link', { name: 'UNESCO' }).count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').split(/\r?\n/);
    expect(csv[0]).toBe('date,endDate,kind,title,status,country,institutions,sources,id');
    expect(csv.length).toBeGreaterThan(2);

    await panel.getByRole('link', { name: 'Open the full network →' }).click();
    await page.getByRole('heading', { name: `Network of ${OMBUDSMAN}` }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe('the planner', () => {
  test("the month calendar shows the Children's Rights Month; the agenda lists it; subscribing shows the feed URL with the token", async () => {
    const { page, errors, accessibilityViolations, screenshot } = await web.open('/planner?view=month&date=2026-11-01&tz=Asia/Baku');
    const calendar = page.getByTestId('planner-calendar');
    await calendar.getByText('Children’s Rights Month').first().waitFor();
    expect(await page.getByRole('heading', { name: 'November 2026' }).count()).toBe(1);
    expect(await page.getByTestId('agenda-list').textContent()).toContain('Children’s Rights Month');
    expect(await page.getByTestId('calendar-url').inputValue()).toBe(`${web.baseUrl}/calendar.ics?token=${web.server.adminToken}`);
    await screenshot('planner-month');
    expect(await accessibilityViolations()).toEqual([]);

    // By keyboard: the next month.
    await page.getByRole('button', { name: 'Next →' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'December 2026' }).waitFor();
    expect(new URL(page.url()).searchParams.get('date')).toBe('2026-12-01');
    expect(errors).toEqual([]);
  });

  test('times follow the chosen time zone; a date known only to the month is shown as approximate', async () => {
    // A timed event (10:00–13:00 in Baku, UTC+4), created for this test.
    const created = await web.server.post({
      query: `mutation { createEvent(input: { title: "Time zone check meeting", kind: CONFERENCE, startDate: "2027-03-10", startTime: "10:00", endTime: "13:00", timeZone: "Asia/Baku", city: "Baku", country: "AZ" }) { userErrors { message } } }`,
    });
    expect(created.json.data.createEvent.userErrors).toEqual([]);
    const { page, screenshot } = await web.open('/planner?view=agenda&date=2027-03-01&tz=Europe/Berlin');
    const row = () => page.getByTestId('agenda-list').getByRole('row').filter({ hasText: 'Time zone check meeting' }).first();
    await row().waitFor();
    expect(await row().textContent()).toContain('10 March 2027, 07:00–10:00');
    await page.goto(`${web.baseUrl}/planner?view=agenda&date=2027-03-01&tz=Asia/Baku`);
    await row().waitFor();
    expect(await row().textContent()).toContain('10 March 2027, 10:00–13:00');

    // The OIC Ombudsman Association's general assembly is recorded as "2025-05".
    await page.goto(`${web.baseUrl}/planner?view=agenda&date=2025-05-01`);
    const assembly = page.getByTestId('agenda-list').getByRole('row').filter({ hasText: 'General Assembly of the OIC Ombudsman Association' }).first();
    await assembly.waitFor();
    expect(await assembly.textContent()).toContain('May 2025 (approx.)');
    // The 2025 symposium is still recorded as planned: the agenda says it needs an update, and why.
    const symposium = page.getByTestId('agenda-list').getByRole('row').filter({ hasText: 'Symposium of Ombudsmen dedicated to National Human Rights Day' }).first();
    await symposium.waitFor();
    expect(await symposium.textContent()).toMatch(/needs update.*still PLANNED although it ended/);
    await screenshot('planner-agenda');
  });
});

describe('statistics', () => {
  test('counts by year: a chart, the same counts in the table, and a CSV download of the view', async () => {
    const { json } = await web.server.post({ query: '{ stats(groupBy: [YEAR]) { total groups { year count } } }' });
    const groups = json.data.stats.groups as { year: number | null; count: number }[];
    const { page, errors, accessibilityViolations, screenshot } = await web.open('/statistics?by=YEAR');
    const table = page.getByTestId('stats-table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
    expect(rows).toEqual(groups.map((g) => [g.year === null ? '(undated)' : String(g.year), String(g.count)]));
    expect(await table.locator('tfoot').textContent()).toContain(String(json.data.stats.total));
    await page.getByTestId('stats-chart').locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.getByTestId('stats-chart').locator('.recharts-bar-rectangle').count()).toBe(groups.length);
    await screenshot('statistics');
    expect(await accessibilityViolations()).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
    expect(csv[0]).toBe('year,count');
    expect(csv.slice(1)).toEqual(groups.map((g) => `${g.year ?? ''},${g.count}`));
    expect(errors).toEqual([]);
  });

  test('two dimensions from the URL; changing them by keyboard updates the URL', async () => {
    const { page, errors } = await web.open('/statistics?by=TYPE&split=YEAR');
    await page.getByRole('columnheader', { name: 'Record type' }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Year' }).count()).toBe(1);
    await page.getByRole('checkbox', { name: 'Events' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toMatch(/types=EVENT/);
    // The table follows once the new counts arrive: events only.
    const eventsOnly = async () => {
      const text = (await page.getByTestId('stats-table').locator('tbody').textContent()) ?? '';
      return text.includes('Event') && !/Document|Visit|Agreement|Commitment|Relation/.test(text);
    };
    await expect.poll(eventsOnly, { timeout: 10_000 }).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('GraphiQL', () => {
  test('loads bundled at /graphiql, lists the documented operations and runs one with the signed-in token', { timeout: 240_000 }, async () => {
    const { page, errors, screenshot, accessibilityViolations } = await web.open('/graphiql');
    const operation = page.getByRole('button', { name: 'ExpiringAgreements' });
    await operation.waitFor({ timeout: 120_000 });
    // The editor starts after the operation list (its worker loads separately): on a busy machine a
    // first click can come before it listens, so click again until the editor shows the operation.
    const editorShows = () => page.locator('.graphiql-query-editor').getByText('expiringAgreements').first().isVisible();
    const clickUntilShown = async () => {
      if (await editorShows()) return true;
      await operation.click();
      await page.waitForTimeout(1000);
      return editorShows();
    };
    await expect.poll(clickUntilShown, { timeout: 120_000, interval: 2000 }).toBe(true);
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page.locator('.graphiql-response').getByText('"upcoming"').first().waitFor();
    await screenshot('graphiql');
    expect(await accessibilityViolations()).toEqual([]);
    expect(errors.filter((e) => !e.includes('setup-workers'))).toEqual([]);
  });
});
