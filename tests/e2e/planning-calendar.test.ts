// GET /calendar.ics: an RFC 5545 feed, checked by parsing it with an independent parser (ical.js).
import { Writable } from 'node:stream';
import Fastify from 'fastify';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccordAuthError, createAccordClient } from '../../client/index.js';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { Agreement } from '../../server/records/agreement/agreement.entity.js';
import { AgreementKind, AgreementPartyRole, AgreementStatus } from '../../server/records/agreement/agreement.enums.js';
import { AgreementParty } from '../../server/records/agreement/agreement-party.entity.js';
import { Event } from '../../server/records/event/event.entity.js';
import { EventKind, ScheduleStatus } from '../../server/records/event/event.enums.js';
import { buildCalendar } from '../../server/views/planning/calendar.js';
import { registerCalendarRoute } from '../../server/views/planning/calendar.route.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
/** A Fastify app of our own with the route, over the test server's database. */
let feedApp: { close(): Promise<unknown> };
let feedUrl: string;
let devApp: { close(): Promise<unknown> };
let devUrl: string;
const logLines: string[] = [];
let viewer: string;
let editor: string;
let office: string;
const ids: Record<string, string> = {};

// biome-ignore lint/suspicious/noExplicitAny: raw GraphQL responses are untyped in these tests
async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.post({ query, variables });
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return res.json.data as T;
}

async function createEvent(input: Record<string, unknown>): Promise<string> {
  const data = await gql(`mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } userErrors { field code message } } }`, {
    input: { kind: 'FORUM', participations: [{ institutionId: office, role: 'ORGANISER' }], ...input },
  });
  expect(data.createEvent.userErrors).toEqual([]);
  return data.createEvent.event.id;
}

const keyOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

/** Parses a feed with ical.js, registering its VTIMEZONEs so TZID times convert to instants. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  const byUid = new Map(events.map((e) => [e.uid, e]));
  return { calendar, events, byUid };
}

async function fetchFeed(query = '', headers: Record<string, string> = {}, base = feedUrl) {
  const response = await fetch(`${base}/calendar.ics${query}`, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const uid = (type: string, id: string, suffix = '') => `${type}-${keyOf(id)}${suffix}@accord`;
const utc = (time: ICAL.Time) => time.toJSDate().toISOString();

async function startFeedApp(authDevMode: boolean, log?: pino.Logger) {
  const app = Fastify(log ? { loggerInstance: log } : {});
  registerCalendarRoute(app, { db: t.db, config: { authDevMode } });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: address };
}

beforeAll(async () => {
  t = await startTestServer();
  viewer = await t.tokenFor('VIEWER');
  editor = await t.tokenFor('EDITOR');
  office = (await t.client.createInstitution({ name: 'Calendar Office', kind: 'OMBUDSMAN', country: 'AZ' })).id;
  const other = (await t.client.createInstitution({ name: 'Unrelated Office', kind: 'OMBUDSMAN', country: 'GE' })).id;

  const year = new Date().getUTCFullYear();
  ids.berlin = await createEvent({ title: 'Board meeting (DST day)', startDate: '2025-03-30', startTime: '09:00', endTime: '11:00', timeZone: 'Europe/Berlin', city: 'Berlin', country: 'DE', venue: 'Haus der Kulturen' });
  ids.baku = await createEvent({ title: 'Symposium of Ombudsmen', kind: 'SYMPOSIUM', startDate: `${year}-06-18`, startTime: '10:00', endTime: '13:00', timeZone: 'Asia/Baku', city: 'Baku', country: 'AZ' });
  ids.yearlyBerlin = await createEvent({ title: 'Yearly Berlin briefing', startDate: '2025-03-29', startTime: '09:00', endTime: '10:00', timeZone: 'Europe/Berlin', recurrence: 'FREQ=YEARLY;UNTIL=20300329' });
  ids.month = await createEvent({ title: 'Children’s Rights Month', kind: 'CAMPAIGN', startDate: '2024-10-20', endDate: '2024-11-20', recurrence: 'FREQ=YEARLY' });
  ids.mexico = await createEvent({ title: 'Summer session in Mexico City', startDate: `${year}-07-01`, startTime: '09:00', endTime: '10:00', timeZone: 'America/Mexico_City' });
  ids.approximate = await createEvent({ title: 'Regional meeting', startDate: `${year}-09` });
  ids.cancelled = await createEvent({ title: 'Cancelled workshop', status: 'CANCELLED', startDate: `${year}-05-05` });
  ids.secret = await createEvent({ title: 'Confidential talks', confidential: true, startDate: `${year}-05-06` });
  ids.other = await createEvent({ title: 'Event of another office', startDate: `${year}-05-07`, participations: [{ institutionId: other, role: 'HOST' }] });
  const visit = await gql(`mutation($input: CreateVisitInput!) { createVisit(input: $input) { visit { id } userErrors { code } } }`, {
    input: { title: 'Mutual visit', delegationOfId: office, hostId: other, direction: 'OUTBOUND', purpose: 'MUTUAL_VISIT', startDate: `${year}-04-14`, endDate: `${year}-04-16`, place: 'Tbilisi', country: 'GE' },
  });
  ids.visit = visit.createVisit.visit.id;

  const em = t.db.orm.em.fork();
  const agreement = em.create(Agreement, {
    title: 'MoU with the partner office',
    kind: AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
    status: AgreementStatus.IN_FORCE,
    reviewDue: `${year}-08-01`,
    expiresOn: `${year + 1}-03-31`,
    autoRenews: true,
    noticePeriodDays: 60,
  } as never) as Agreement;
  em.create(AgreementParty, { agreement, institution: keyOf(office), role: AgreementPartyRole.PARTY } as never);
  await em.flush();
  ids.agreement = toGlobalId('Agreement', agreement.id);

  const stream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  ({ app: feedApp, url: feedUrl } = await startFeedApp(false, pino({ level: 'info' }, stream)));
  ({ app: devApp, url: devUrl } = await startFeedApp(true));
});

afterAll(async () => {
  await feedApp?.close();
  await devApp?.close();
  await t?.close();
});

describe('GET /calendar.ics', () => {
  it('is a valid iCalendar feed with stable UIDs, time zones, recurrence rules and statuses', async () => {
    const res = await fetchFeed('', bearer(editor));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const { calendar, byUid: current } = parse(res.text);
    // The fixed 2025 dates are outside the default window (a year back, two ahead): ask for 2025.
    const { byUid: past } = parse((await fetchFeed('?from=2025-01-01&to=2025-12-31', bearer(editor))).text);
    const byUid = new Map([...past, ...current]);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Accord/);

    // 09:00 in Berlin on the last Sunday of March 2025 is summer time: 07:00Z.
    const berlin = byUid.get(uid('event', ids.berlin!))!;
    expect(berlin.summary).toBe('Board meeting (DST day)');
    expect(berlin.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(berlin.startDate.toString()).toBe('2025-03-30T09:00:00');
    expect(utc(berlin.startDate)).toBe('2025-03-30T07:00:00.000Z');
    expect(utc(berlin.endDate)).toBe('2025-03-30T09:00:00.000Z');
    expect(berlin.location).toBe('Haus der Kulturen, Berlin, Germany');
    expect(berlin.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(berlin.component.getFirstPropertyValue('x-accord-id')).toBe(ids.berlin);

    // Baku has no DST: 10:00 is 06:00Z all year.
    const baku = byUid.get(uid('event', ids.baku!))!;
    expect(baku.startDate.zone?.tzid).toBe('Asia/Baku');
    expect(utc(baku.startDate)).toMatch(/T06:00:00\.000Z$/);

    // Mexico City has had no summer time since 2022: 09:00 in July is 15:00Z (a stale VTIMEZONE would say 14:00Z).
    const mexico = byUid.get(uid('event', ids.mexico!))!;
    expect(utc(mexico.startDate)).toMatch(/-07-01T15:00:00\.000Z$/);

    // A yearly timed event: each occurrence at 09:00 Berlin time, before and after the DST change.
    const yearly = byUid.get(uid('event', ids.yearlyBerlin!))!;
    expect(yearly.isRecurring()).toBe(true);
    const occurrences: string[] = [];
    const it = yearly.iterator();
    for (let next = it.next(); next && occurrences.length < 10; next = it.next()) occurrences.push(utc(next));
    expect(occurrences).toEqual([
      '2025-03-29T08:00:00.000Z', // CET
      '2026-03-29T07:00:00.000Z', // 2026's DST day
      '2027-03-29T07:00:00.000Z',
      '2028-03-29T07:00:00.000Z',
      '2029-03-29T07:00:00.000Z',
      '2030-03-29T08:00:00.000Z', // 2030: DST starts on the 31st
    ]);
    expect(String(yearly.component.getFirstPropertyValue('rrule'))).toMatch(/^FREQ=YEARLY;UNTIL=20300329T080000Z$/);

    // A yearly all-day month: DATE values, exclusive end, expanded by the parser.
    const month = byUid.get(uid('event', ids.month!))!;
    expect(month.startDate.isDate).toBe(true);
    expect(month.startDate.toString()).toBe('2024-10-20');
    expect(month.endDate.toString()).toBe('2024-11-21');
    const monthIt = month.iterator();
    expect([monthIt.next()!.toString(), monthIt.next()!.toString(), monthIt.next()!.toString()]).toEqual(['2024-10-20', '2025-10-20', '2026-10-20']);

    // Month-only dates cover the month, say so, and do not block time.
    const approximate = byUid.get(uid('event', ids.approximate!))!;
    expect(approximate.summary).toBe('Regional meeting (date approximate)');
    expect(approximate.startDate.isDate).toBe(true);
    expect(approximate.startDate.toString()).toMatch(/-09-01$/);
    expect(approximate.endDate.toString()).toMatch(/-10-01$/);
    expect(approximate.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(approximate.component.getFirstPropertyValue('x-accord-date-precision')).toBe('MONTH');

    expect(byUid.get(uid('event', ids.cancelled!))!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(byUid.has(uid('event', ids.secret!))).toBe(true);

    const visit = byUid.get(uid('visit', ids.visit!))!;
    expect(visit.summary).toBe('Mutual visit');
    expect(visit.endDate.toString()).toMatch(/-04-17$/);
    expect(visit.location).toBe('Tbilisi, Georgia');

    const year = new Date().getUTCFullYear();
    expect(byUid.get(uid('agreement', ids.agreement!, '-review'))!.summary).toBe('Review due: MoU with the partner office');
    expect(byUid.get(uid('agreement', ids.agreement!, '-expiry'))!.startDate.toString()).toBe(`${year + 1}-03-31`);
    expect(byUid.get(uid('agreement', ids.agreement!, '-notice-deadline'))!.startDate.toString()).toBe(`${year + 1}-01-30`);
  });

  it('keeps the UID and bumps SEQUENCE when a record changes', async () => {
    const before = parse((await fetchFeed('', bearer(editor))).text).byUid.get(uid('event', ids.baku!))!;
    expect(before.sequence).toBe(0);
    const year = new Date().getUTCFullYear();
    const moved = await gql(`mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { version } userErrors { code } } }`, {
      input: { id: ids.baku, startDate: `${year}-06-19`, status: 'CONFIRMED' },
    });
    expect(moved.updateEvent.event.version).toBe(2);
    const after = parse((await fetchFeed('', bearer(editor))).text).byUid.get(uid('event', ids.baku!))!;
    expect(after.sequence).toBe(1);
    expect(after.startDate.toString()).toBe(`${year}-06-19T10:00:00`);
    expect(after.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('needs a token (header or ?token=), keeps it out of the logs, and hides confidential items from viewers', async () => {
    const anonymous = await fetchFeed();
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(JSON.parse(anonymous.text).error.code).toBe('UNAUTHENTICATED');
    expect((await fetchFeed(`?token=acc_${'x'.repeat(43)}`)).status).toBe(401);
    expect((await fetchFeed('', { authorization: 'Basic abc' })).status).toBe(401);

    const forViewer = await fetchFeed(`?token=${viewer}`);
    expect(forViewer.status).toBe(200);
    const uids = parse(forViewer.text).events.map((e) => e.uid);
    expect(uids).toContain(uid('event', ids.baku!));
    expect(uids).not.toContain(uid('event', ids.secret!));
    expect(forViewer.text).not.toContain('Confidential talks');
    // The app logs requests at info level (here: an unknown path), but not those of the feed.
    await fetch(`${feedUrl}/not-the-feed`);
    expect(logLines.join('')).toContain('/not-the-feed');
    expect(logLines.join('')).not.toContain(viewer);
    expect(logLines.join('')).not.toContain('calendar.ics');

    // In development auth mode, a request without a token acts as an administrator (as /graphql does).
    const dev = await fetchFeed('', {}, devUrl);
    expect(dev.status).toBe(200);
    expect(parse(dev.text).byUid.has(uid('event', ids.secret!))).toBe(true);
  });

  it('filters by institution, kinds, status and window, and refuses bad parameters', async () => {
    const uidsOf = async (query: string) => parse((await fetchFeed(query, bearer(editor))).text).events.map((e) => e.uid);
    const all = await uidsOf('');
    expect(all).toContain(uid('event', ids.other!));
    const mine = await uidsOf(`?institution=${office}`);
    expect(mine).not.toContain(uid('event', ids.other!));
    expect(mine).toContain(uid('visit', ids.visit!));
    expect(mine).toContain(uid('agreement', ids.agreement!, '-expiry'));

    expect((await uidsOf('?kinds=agreement')).every((u) => u.startsWith('agreement-'))).toBe(true);
    expect(await uidsOf(`?kinds=visit,agreement&institution=${office}`)).toHaveLength(4);
    // status narrows events and visits (agreement deadlines have none: leave them out with kinds).
    expect(await uidsOf('?status=cancelled&kinds=event,visit')).toEqual([uid('event', ids.cancelled!)]);
    expect(await uidsOf('?status=planned,confirmed&kinds=visit')).toEqual([uid('visit', ids.visit!)]);
    // An old window still has the 2025 events (and the yearly ones that started by then).
    const old = await uidsOf('?from=2025-03-01&to=2025-03-31&kinds=event');
    expect(old.sort()).toEqual([uid('event', ids.berlin!), uid('event', ids.yearlyBerlin!), uid('event', ids.month!)].sort());

    const year = new Date().getUTCFullYear();
    // Every kind keeps to the window: of the agreement's review, notice deadline and expiry, only the review falls in July–August.
    expect(await uidsOf(`?from=${year}-07-01&to=${year}-08-31&kinds=agreement`)).toEqual([uid('agreement', ids.agreement!, '-review')]);
    expect((await uidsOf(`?from=${year + 1}-01-01&to=${year + 1}-02-28&kinds=agreement`)).sort()).toEqual([uid('agreement', ids.agreement!, '-notice-deadline')]);

    for (const query of ['?kinds=meeting', '?status=DONE', '?from=2025-13-01', '?institution=nope', `?institution=${ids.berlin}`, '?from=2020-01-01&to=2030-01-01', '?to=2020-01-01&from=2021-01-01']) {
      const res = await fetchFeed(query, bearer(editor));
      expect(res.status, query).toBe(400);
      expect(JSON.parse(res.text).error.code).toBe('BAD_USER_INPUT');
    }
    const unknown = await fetchFeed(`?institution=${toGlobalId('Institution', '00000000-0000-4000-8000-000000000000')}`, bearer(editor));
    expect(unknown.status).toBe(404);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await fetchFeed('', bearer(editor));
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const second = await fetchFeed('', { ...bearer(editor), 'if-none-match': etag });
    expect(second.status).toBe(304);
  });

  it('is read by the typed client (calendarFeedUrl, calendarFeed)', async () => {
    // A client whose GraphQL URL is on the app serving the feed.
    const client = createAccordClient({ url: `${feedUrl}/graphql`, token: viewer });
    expect(client.calendarFeedUrl({ institutionId: office, kinds: ['event', 'visit'], status: ['PLANNED'] })).toBe(
      `${feedUrl}/calendar.ics?institution=${office}&kinds=event%2Cvisit&status=PLANNED`,
    );
    expect(client.calendarFeedUrl({ withToken: true })).toBe(`${feedUrl}/calendar.ics?token=${viewer}`);
    const { byUid } = parse(await client.calendarFeed({ institutionId: office }));
    expect(byUid.has(uid('visit', ids.visit!))).toBe(true);
    expect(byUid.has(uid('event', ids.secret!))).toBe(false);
    await expect(createAccordClient({ url: `${feedUrl}/graphql` }).calendarFeed()).rejects.toBeInstanceOf(AccordAuthError);
  });

  it('is served by the main server (server/app/app.ts registers the route)', async () => {
    const probe = await fetch(`${t.server.url}/calendar.ics`, { headers: bearer(viewer) });
    expect(probe.status).toBe(200);
    expect(parse(await probe.text()).byUid.has(uid('event', ids.baku!))).toBe(true);
    expect((await fetch(`${t.server.url}/calendar.ics`)).status).toBe(401);
  });
});

describe('buildCalendar', () => {
  const event = (data: Partial<Event>) =>
    Object.assign(new Event(), {
      id: '11111111-1111-4111-8111-111111111111',
      kind: EventKind.FORUM,
      status: ScheduleStatus.PLANNED,
      version: 3,
      createdAt: new Date('2025-01-01T00:00:00Z'),
      updatedAt: new Date('2025-01-02T00:00:00Z'),
      confidential: false,
      ...data,
    });

  it('writes RFC 5545 that ical.js reads back to the same instants, across zones and DST', () => {
    const zones = ['Europe/Berlin', 'Asia/Baku', 'America/New_York', 'Australia/Sydney', 'America/Mexico_City', 'Europe/Kyiv', 'Asia/Tehran'];
    const starts = ['2025-03-30T09:00', '2025-10-26T01:30', '2025-07-01T12:00', '2026-01-15T18:45'];
    const events = zones.flatMap((zone, z) =>
      starts.map((start, s) =>
        event({
          id: `11111111-1111-4111-8111-${String(z * 10 + s).padStart(12, '0')}`,
          title: `${zone} ${start}`,
          startDate: start.slice(0, 10),
          startTime: start.slice(11),
          timeZone: zone,
        }),
      ),
    );
    const text = buildCalendar({ events, visits: [], agreements: [], commitments: [] }, { name: 'Test' });
    expect(text).toContain('\r\n');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const { byUid } = parse(text);
    expect(byUid.size).toBe(events.length);
    for (const e of events) {
      const parsed = byUid.get(`event-${e.id}@accord`)!;
      expect(parsed.sequence).toBe(2);
      const expected = DateTime.fromISO(`${e.startDate}T${e.startTime}`, { zone: e.timeZone! }).toUTC().toISO();
      expect(utc(parsed.startDate), e.title).toBe(expected);
      // Without an end time it lasts to the end of its day.
      expect(utc(parsed.endDate), e.title).toBe(DateTime.fromISO(e.startDate!, { zone: e.timeZone! }).plus({ days: 1 }).toUTC().toISO());
    }
  });

  it('takes VTIMEZONEs from the maintained IANA-based library: yearly rules for summer time, none where it was abolished', () => {
    const events = ['Europe/Berlin', 'Asia/Baku', 'America/Mexico_City'].map((zone, i) =>
      event({ id: `22222222-2222-4222-8222-00000000000${i}`, title: zone, startDate: '2026-07-01', startTime: '09:00', timeZone: zone }),
    );
    const { calendar } = parse(buildCalendar({ events, visits: [], agreements: [], commitments: [] }, { name: 'Test' }));
    const zone = (tzid: string) => calendar.getAllSubcomponents('vtimezone').find((z) => z.getFirstPropertyValue('tzid') === tzid)!.toString();
    expect(zone('Europe/Berlin')).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(zone('Europe/Berlin')).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(zone('Asia/Baku')).not.toContain('DAYLIGHT');
    expect(zone('Asia/Baku')).toContain('TZOFFSETTO:+0400');
    expect(zone('America/Mexico_City')).not.toContain('DAYLIGHT'); // summer time abolished in 2022
  });
});
