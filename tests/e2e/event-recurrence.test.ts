// Issue 16, part 2: recurrence through a kept RFC 5545 implementation (ical.js): monthly
// coordination calls on the third Thursday, "the third Thursday of June", exceptions (EXDATE) and
// per-occurrence statuses — in the API, the agenda and the calendar feed (RRULE + EXDATE).
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let calls: string;
let june: string;

// biome-ignore lint/suspicious/noExplicitAny: raw GraphQL responses are untyped in these tests
async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.post({ query, variables });
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return res.json.data as T;
}

const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) {
  event { id recurrence recurrenceExceptions occurrenceChanges { date status } } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) {
  event { id recurrenceExceptions occurrenceChanges { date status } } userErrors { field code message } } }`;

beforeAll(async () => {
  t = await startTestServer();
  const created = await gql(CREATE, {
    input: {
      title: 'Monthly coordination call',
      kind: 'OTHER',
      startDate: '2027-01-21',
      startTime: '10:00',
      endTime: '11:00',
      timeZone: 'Europe/Berlin',
      recurrence: 'FREQ=MONTHLY;BYDAY=3TH',
      recurrenceExceptions: ['2027-08-19'],
    },
  });
  expect(created.createEvent.userErrors).toEqual([]);
  expect(created.createEvent.event).toMatchObject({ recurrence: 'FREQ=MONTHLY;BYDAY=3TH', recurrenceExceptions: ['2027-08-19'] });
  calls = created.createEvent.event.id;
  const yearly = await gql(CREATE, { input: { title: 'June meeting', kind: 'CONFERENCE', startDate: '2027-06-17', recurrence: 'FREQ=YEARLY;BYMONTH=6;BYDAY=3TH' } });
  expect(yearly.createEvent.userErrors).toEqual([]);
  june = yearly.createEvent.event.id;
});
afterAll(() => t?.close());

const occurrences = async (id: string, from: string, to: string) =>
  (await gql(`query($id: ID!) { event(id: $id) { occurrences(from: "${from}", to: "${to}") { startDate status } } }`, { id })).event.occurrences;

describe('recurrence rules (RFC 5545, ical.js)', () => {
  it('expands monthly calls on the third Thursday, leaving out the exception', async () => {
    const days = (await occurrences(calls, '2027', '2027')).map((o: { startDate: string }) => o.startDate);
    expect(days).toEqual([
      '2027-01-21', '2027-02-18', '2027-03-18', '2027-04-15', '2027-05-20', '2027-06-17',
      '2027-07-15', '2027-09-16', '2027-10-21', '2027-11-18', '2027-12-16',
    ]);
  });

  it('expands "the third Thursday of June"', async () => {
    expect((await occurrences(june, '2027', '2030')).map((o: { startDate: string }) => o.startDate)).toEqual(['2027-06-17', '2028-06-15', '2029-06-21', '2030-06-20']);
  });

  it('gives an occurrence a status of its own, shown in the agenda', async () => {
    const res = await gql(UPDATE, { input: { id: calls, occurrenceChanges: [{ date: '2027-03-18', status: 'CANCELLED' }] } });
    expect(res.updateEvent.userErrors).toEqual([]);
    const agenda = await gql(`{ agenda(from: "2027-02-01", to: "2027-04-30", timeZone: "Europe/Berlin") { items { title startDate status startsAt } } }`);
    const items = agenda.agenda.items.filter((i: { title: string }) => i.title === 'Monthly coordination call');
    expect(items.map((i: { startDate: string; status: string; startsAt: string }) => [i.startDate, i.status, i.startsAt])).toEqual([
      ['2027-02-18', 'PLANNED', '2027-02-18T09:00:00.000Z'],
      ['2027-03-18', 'CANCELLED', '2027-03-18T09:00:00.000Z'],
      ['2027-04-15', 'PLANNED', '2027-04-15T08:00:00.000Z'], // summer time in Berlin
    ]);
  });

  it('refuses rules and lists that do not hold', async () => {
    const refused = async (input: Record<string, unknown>) => (await gql(UPDATE, { input: { id: calls, ...input } })).updateEvent.userErrors;
    expect(await refused({ recurrence: 'FREQ=HOURLY' })).toEqual([expect.objectContaining({ field: ['input', 'recurrence'], code: 'INVALID_FORMAT' })]);
    expect(await refused({ recurrenceExceptions: ['2027-08-20'] })).toEqual([
      expect.objectContaining({ field: ['input', 'recurrenceExceptions', '0'], message: '2027-08-20 is not an occurrence of the rule' }),
    ]);
    expect(await refused({ occurrenceChanges: [{ date: '2027-05-20', status: 'HELD' }] })).toEqual([
      expect.objectContaining({ field: ['input', 'occurrenceChanges', '0', 'status'], code: 'INVALID_VALUE' }),
    ]);
  });

  it('moves one occurrence alone: occurrences, agenda and the calendar feed follow, the rule stays', async () => {
    const moved = await gql(UPDATE.replace('occurrenceChanges { date status }', 'occurrenceChanges { date status movedTo }'), {
      input: { id: calls, occurrenceChanges: [{ date: '2027-03-18', status: 'CANCELLED' }, { date: '2027-06-17', status: 'CONFIRMED', movedTo: '2027-06-23' }] },
    });
    expect(moved.updateEvent.userErrors).toEqual([]);
    expect(moved.updateEvent.event.occurrenceChanges).toEqual([
      { date: '2027-03-18', status: 'CANCELLED', movedTo: null },
      { date: '2027-06-17', status: 'CONFIRMED', movedTo: '2027-06-23' },
    ]);
    const june2027 = (await gql(`query($id: ID!) { event(id: $id) { occurrences(from: "2027-06-01", to: "2027-07-31") { startDate endDate movedFrom status } } }`, { id: calls })).event.occurrences;
    expect(june2027).toEqual([
      { startDate: '2027-06-23', endDate: '2027-06-23', movedFrom: '2027-06-17', status: 'CONFIRMED' },
      { startDate: '2027-07-15', endDate: '2027-07-15', movedFrom: null, status: 'PLANNED' },
    ]);
    const agenda = await gql(`{ agenda(from: "2027-06-01", to: "2027-06-30", timeZone: "Europe/Berlin") { items { title startDate status startsAt } } }`);
    expect(agenda.agenda.items.filter((i: { title: string }) => i.title === 'Monthly coordination call')).toEqual([
      { title: 'Monthly coordination call', startDate: '2027-06-23', status: 'CONFIRMED', startsAt: '2027-06-23T08:00:00.000Z' },
    ]);
    const refused = async (changes: unknown[]) => (await gql(UPDATE, { input: { id: calls, occurrenceChanges: changes } })).updateEvent.userErrors;
    expect(await refused([{ date: '2027-03-18', status: 'CANCELLED', movedTo: '2027-03-20' }])).toEqual([
      expect.objectContaining({ field: ['input', 'occurrenceChanges', '0', 'movedTo'], code: 'INVALID_VALUE' }),
    ]);
    expect(await refused([{ date: '2027-04-15', status: 'PLANNED' }, { date: '2027-04-15', status: 'CONFIRMED' }])).toEqual([
      expect.objectContaining({ field: ['input', 'occurrenceChanges', '1', 'date'], code: 'DUPLICATE' }),
    ]);
    // A move into the past does not make a future occurrence HELD-able, nor the reverse.
    expect(await refused([{ date: '2027-05-20', status: 'HELD', movedTo: '2027-05-21' }])).toEqual([
      expect.objectContaining({ field: ['input', 'occurrenceChanges', '0', 'status'], code: 'INVALID_VALUE' }),
    ]);
  });

  it('writes RRULE and EXDATE into the calendar feed; an independent parser expands them alike', async () => {
    const res = await fetch(`${t.server.url}/calendar.ics?from=2027-01-01&to=2027-12-31`, { headers: { authorization: `Bearer ${t.adminToken}` } });
    const text = await res.text();
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYDAY=3TH');
    expect(text).toContain('EXDATE;TZID=Europe/Berlin:20270819T100000');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=6;BYDAY=3TH');
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const vevent = calendar.getAllSubcomponents('vevent').find((c) => c.getFirstPropertyValue('summary') === 'Monthly coordination call')!;
    const iterator = new ICAL.Event(vevent).iterator();
    const days: string[] = [];
    for (let next = iterator.next(); next && days.length < 9; next = iterator.next()) days.push(next.toString().slice(0, 10));
    expect(days).toEqual(['2027-01-21', '2027-02-18', '2027-03-18', '2027-04-15', '2027-05-20', '2027-06-17', '2027-07-15', '2027-09-16', '2027-10-21']);
    // The occurrence with a status of its own: the same UID with a RECURRENCE-ID.
    const own = calendar.getAllSubcomponents('vevent').filter((c) => c.getFirstPropertyValue('recurrence-id'));
    expect(own.map((c) => [c.getFirstPropertyValue('uid'), String(c.getFirstPropertyValue('recurrence-id')), c.getFirstPropertyValue('status')])).toEqual([
      [vevent.getFirstPropertyValue('uid'), '2027-03-18T10:00:00', 'CANCELLED'],
      [vevent.getFirstPropertyValue('uid'), '2027-06-17T10:00:00', 'CONFIRMED'],
    ]);
    // The moved occurrence: RECURRENCE-ID is its day under the rule, DTSTART its new day; a calendar app shows it there.
    const movedEntry = own.find((c) => String(c.getFirstPropertyValue('recurrence-id')) === '2027-06-17T10:00:00')!;
    expect(String(movedEntry.getFirstPropertyValue('dtstart'))).toBe('2027-06-23T10:00:00');
    const withOverrides = new ICAL.Event(vevent, { strictExceptions: true });
    for (const c of own) withOverrides.relateException(new ICAL.Event(c));
    const expanded: string[] = [];
    const it2 = withOverrides.iterator();
    for (let next = it2.next(); next && expanded.length < 7; next = it2.next()) {
      const details = withOverrides.getOccurrenceDetails(next);
      expanded.push(details.startDate.toString().slice(0, 10));
    }
    expect(expanded).toEqual(['2027-01-21', '2027-02-18', '2027-03-18', '2027-04-15', '2027-05-20', '2027-06-23', '2027-07-15']);
  });
});
