// Issue 16, part 2 "Time keeps moving": an event or visit still PLANNED/CONFIRMED after its dates is
// flagged (needsUpdate) in the agenda, the timeline, the record and the calendar feed, and listed by
// toReview; each occurrence of a recurring event has its own status.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../server/kernel/partial-date.js';
import { cliRunner } from '../harness/cli.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let office: string;
let partner: string;
const ids: Record<string, string> = {};

const today = todayIso();
const shift = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

// biome-ignore lint/suspicious/noExplicitAny: raw GraphQL responses are untyped in these tests
async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.post({ query, variables });
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return res.json.data as T;
}

async function create(kind: 'Event' | 'Visit', input: Record<string, unknown>): Promise<string> {
  const field = kind.toLowerCase();
  const data = await gql(`mutation($input: Create${kind}Input!) { create${kind}(input: $input) { ${field} { id } userErrors { field code message } } }`, { input });
  expect(data[`create${kind}`].userErrors).toEqual([]);
  return data[`create${kind}`][field].id;
}
const event = (input: Record<string, unknown>) => create('Event', { kind: 'SYMPOSIUM', participations: [{ institutionId: office, role: 'ORGANISER' }], ...input });

beforeAll(async () => {
  t = await startTestServer();
  office = (await t.client.createInstitution({ name: 'Review Office', kind: 'OMBUDSMAN', country: 'AZ' })).id;
  partner = (await t.client.createInstitution({ name: 'Review Partner', kind: 'OMBUDSMAN', country: 'GE' })).id;
  ids.symposium = await event({ title: `Symposium ${year - 1}`, status: 'PLANNED', startDate: `${year - 1}-11` });
  ids.held = await event({ title: 'Held seminar', status: 'HELD', startDate: shift(-20), endDate: shift(-19) });
  ids.future = await event({ title: 'Coming forum', status: 'PLANNED', startDate: shift(20) });
  ids.running = await event({ title: 'Running campaign', kind: 'CAMPAIGN', status: 'CONFIRMED', startDate: shift(-3), endDate: shift(3) });
  ids.visit = await create('Visit', {
    title: 'Confirmed study visit',
    delegationOfId: partner,
    hostId: office,
    direction: 'INBOUND',
    purpose: 'STUDY_VISIT',
    status: 'CONFIRMED',
    startDate: shift(-10),
    endDate: shift(-8),
  });
  // A yearly month recorded HELD (its first occurrence was held), and a yearly meeting never updated.
  ids.month = await event({ title: 'Rights month', kind: 'CAMPAIGN', status: 'HELD', startDate: `${year - 2}-10-20`, endDate: `${year - 2}-11-20`, recurrence: 'FREQ=YEARLY' });
  ids.yearly = await event({ title: 'Yearly meeting', status: 'PLANNED', startDate: `${year - 2}-03-10`, recurrence: 'FREQ=YEARLY' });
});
afterAll(() => t?.close());

describe('needsUpdate and toReview', () => {
  it('flags the record: still PLANNED or CONFIRMED after its last day, with the reason', async () => {
    const q = `query($id: ID!) { node(id: $id) { ... on Event { status needsUpdate needsUpdateReason } ... on Visit { status needsUpdate needsUpdateReason } } }`;
    const symposium = (await gql(q, { id: ids.symposium })).node;
    expect(symposium).toEqual({
      status: 'PLANNED',
      needsUpdate: true,
      needsUpdateReason: `still PLANNED although it ended by ${year - 1}-11-30 (${year - 1}-11): record whether it was HELD, POSTPONED or CANCELLED`,
    });
    expect((await gql(q, { id: ids.visit })).node).toMatchObject({ status: 'CONFIRMED', needsUpdate: true, needsUpdateReason: expect.stringContaining(`ended on ${shift(-8)}`) });
    for (const key of ['held', 'future', 'running', 'month']) {
      expect((await gql(q, { id: ids[key] })).node, key).toMatchObject({ needsUpdate: false, needsUpdateReason: null });
    }
  });

  it('lists what to review, oldest first, for the registry and for an institution', async () => {
    const q = `query($institutionId: ID) { toReview(institutionId: $institutionId) { asOf totalCount truncated items { kind title status startDate reason record { id } } } }`;
    const all = (await gql(q)).toReview;
    expect(all.asOf).toBe(today);
    expect(all.items.map((i: { title: string }) => i.title)).toEqual(['Yearly meeting', `Symposium ${year - 1}`, 'Confirmed study visit']);
    expect(all.items[2]).toMatchObject({ kind: 'VISIT', status: 'CONFIRMED', record: { id: ids.visit } });
    expect(all.items[0].reason).toContain('record it as HELD (later occurrences stay scheduled)');
    const scoped = (await gql(q, { institutionId: partner })).toReview;
    expect(scoped.items.map((i: { title: string }) => i.title)).toEqual(['Confirmed study visit']);
  });

  it('flags agenda entries; each occurrence of a recurring event has its own status', async () => {
    const q = `query($from: LocalDate, $to: LocalDate) { agenda(from: $from, to: $to, first: 500) { items { title status startDate needsUpdate needsUpdateReason } } }`;
    const { items } = (await gql(q, { from: `${year - 1}-09-01`, to: `${year + 2}-08-31` })).agenda;
    const of = (title: string) => items.filter((i: { title: string }) => i.title === title);
    expect(of('Confirmed study visit')).toEqual([expect.objectContaining({ status: 'CONFIRMED', needsUpdate: true })]);
    expect(of('Coming forum')).toEqual([expect.objectContaining({ status: 'PLANNED', needsUpdate: false })]);
    const month = of('Rights month').map((i: { startDate: string; status: string; needsUpdate: boolean }) => [i.startDate, i.status, i.needsUpdate]);
    const monthStatus = (y: number) => (`${y}-10-20` <= today ? 'HELD' : 'PLANNED');
    expect(month).toEqual([year - 1, year, year + 1].map((y) => [`${y}-10-20`, monthStatus(y), false]));
    const yearly = of('Yearly meeting').map((i: { startDate: string; needsUpdate: boolean }) => [i.startDate, i.needsUpdate]);
    expect(yearly).toEqual([year, year + 1, year + 2].map((y) => [`${y}-03-10`, `${y}-03-10` < today]));

    const occ = `query($id: ID!) { event(id: $id) { occurrences(from: "${year - 2}", to: "${year + 1}") { startDate status needsUpdate } } }`;
    const occurrences = (await gql(occ, { id: ids.month })).event.occurrences;
    expect(occurrences.at(-1)).toEqual({ startDate: `${year + 1}-10-20`, status: 'PLANNED', needsUpdate: false });
    expect(occurrences[0]).toEqual({ startDate: `${year - 2}-10-20`, status: 'HELD', needsUpdate: false });
  });

  it('flags timeline items', async () => {
    const q = `query($ids: [ID!]) { timeline(institutionIds: $ids, first: 100) { nodes { title
      ... on TimelineEvent { needsUpdate needsUpdateReason } ... on TimelineVisit { needsUpdate needsUpdateReason } } } }`;
    const nodes = (await gql(q, { ids: [office] })).timeline.nodes;
    const flag = (title: string) => nodes.find((n: { title: string }) => n.title === title)?.needsUpdate;
    expect(flag(`Symposium ${year - 1}`)).toBe(true);
    expect(flag('Confirmed study visit')).toBe(true);
    expect(flag('Held seminar')).toBe(false);
    expect(flag('Coming forum')).toBe(false);
  });

  it('flags calendar feed entries (X-ACCORD-NEEDS-UPDATE and the description)', async () => {
    const res = await fetch(`${t.server.url}/calendar.ics?from=${year - 1}-09-01&to=${year + 2}-08-31`, { headers: { authorization: `Bearer ${t.adminToken}` } });
    expect(res.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    const bySummary = new Map(calendar.getAllSubcomponents('vevent').map((c) => [String(c.getFirstPropertyValue('summary')), c]));
    const visit = bySummary.get('Confirmed study visit')!;
    expect(visit.getFirstPropertyValue('x-accord-needs-update')).toBe('TRUE');
    expect(String(visit.getFirstPropertyValue('description'))).toMatch(/^Needs update: still CONFIRMED although it ended on/);
    expect(bySummary.get('Coming forum')!.getFirstPropertyValue('x-accord-needs-update')).toBeNull();
  });

  it('prints the list with `accord review`', async () => {
    const cli = cliRunner(() => ({ url: t.url, token: t.adminToken }));
    const out = await cli(['review', '--institution', 'Review Partner']);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('Confirmed study visit');
    expect(out.stdout).toContain('still CONFIRMED although it ended on');
    expect(out.stdout).not.toContain('Symposium');
    const json = JSON.parse((await cli(['--json', 'review'])).stdout);
    expect(json.totalCount).toBe(3);
  });
});
