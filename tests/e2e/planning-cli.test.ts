// `accord upcoming`, `accord conflicts`, `accord agreements expiring` against the real server (in
// process, tests/harness/cli.ts), and the typed client's planning methods.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../client/cli/exit-codes.js';
import { AccordAuthError, createAccordClient } from '../../client/index.js';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { Agreement } from '../../server/records/agreement/agreement.entity.js';
import { AgreementKind, AgreementPartyRole, AgreementStatus } from '../../server/records/agreement/agreement.enums.js';
import { AgreementParty } from '../../server/records/agreement/agreement-party.entity.js';
import { cliRunner } from '../harness/cli.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let office: string;
let speaker: string;

/** `accord …args` in process against the test server; `token` null for an anonymous caller. */
const cli = cliRunner(() => ({ url: t.url, token: t.adminToken }));
const accord = (args: string[], token: string | null = t.adminToken) => cli(args, { token });

const today = new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const keyOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

/** Table rows split on runs of 2+ spaces. */
const rows = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => l.split(/\s{2,}/));

beforeAll(async () => {
  t = await startTestServer();
  office = (await t.client.createInstitution({ name: 'Office of the Planning Ombudsman', acronym: 'OPO', kind: 'OMBUDSMAN', country: 'AZ' })).id;
  const person = await t.client.operations.CreatePerson({ input: { name: 'Sabina Planner' } });
  speaker = person.createPerson.person!.id;
  const ev = (input: Record<string, unknown>) => t.client.createEventWithWarnings({ kind: 'SYMPOSIUM', title: 'x', ...input } as never);
  await ev({ title: 'Symposium of Ombudsmen', startDate: inDays(10), startTime: '10:00', endTime: '13:00', timeZone: 'Asia/Baku', city: 'Baku', country: 'AZ', participations: [{ institutionId: office, role: 'HOST' }, { personId: speaker, role: 'SPEAKER' }] });
  const clash = await ev({ title: 'Press briefing', kind: 'OTHER', startDate: inDays(10), participations: [{ personId: speaker, role: 'SPEAKER' }] });
  expect(clash.warnings.map((w) => [w.kind, w.other.__typename === 'Event' ? w.other.title : null])).toEqual([['PERSON', 'Symposium of Ombudsmen']]);
  await t.client.createVisitWithWarnings({ title: 'Mutual visit', delegationOfId: office, direction: 'OUTBOUND', purpose: 'MUTUAL_VISIT', startDate: inDays(20), endDate: inDays(22), place: 'Tbilisi', country: 'GE' });
  await ev({ title: 'Far future forum', startDate: inDays(200), participations: [{ institutionId: office, role: 'ORGANISER' }] });

  const em = t.db.orm.em.fork();
  for (const [title, data] of [
    ['MoU expiring soon', { expiresOn: inDays(30) }],
    ['Cooperation plan (review)', { reviewDue: inDays(45), expiresOn: inDays(400) }],
    ['Old MoU still in force', { expiresOn: inDays(-12) }],
  ] as const) {
    const a = em.create(Agreement, { title, kind: AgreementKind.MEMORANDUM_OF_UNDERSTANDING, status: AgreementStatus.IN_FORCE, ...data } as never) as Agreement;
    em.create(AgreementParty, { agreement: a, institution: keyOf(office), role: AgreementPartyRole.PARTY } as never);
  }
  await em.flush();
});
afterAll(() => t?.close());

describe('accord upcoming / conflicts / agreements expiring', () => {
  it.concurrent('upcoming prints the next 90 days as a table', async () => {
    const r = await accord(['upcoming', '--institution', 'opo']);
    expect(r.code, r.stderr).toBe(0);
    const [header, ...body] = rows(r.stdout);
    expect(header).toEqual(['WHEN', 'KIND', 'TITLE', 'STATUS', 'WHERE']);
    expect(body.map((row) => row.slice(0, 3))).toEqual([
      [`${inDays(10)} 10:00–13:00 Asia/Baku`, 'event', 'Symposium of Ombudsmen'],
      [`${inDays(20)} – ${inDays(22)}`, 'visit', 'Mutual visit'],
      [inDays(30), 'expiry', 'MoU expiring soon'],
      [inDays(45), 'review', 'Cooperation plan (review)'],
    ]);
    expect(r.stderr).toMatch(new RegExp(`^4 entries from ${today} to ${inDays(89)}`));
  });

  it.concurrent('upcoming takes --days, --kind, --time-zone, --person and --json', async () => {
    const short = await accord(['upcoming', '--institution', 'opo', '--days', '15', '--kind', 'event', '--time-zone', 'Europe/Berlin']);
    expect(short.code, short.stderr).toBe(0);
    // 10:00 in Baku is 08:00 in Berlin in summer, 07:00 in winter.
    expect(rows(short.stdout)[1]![0]).toMatch(new RegExp(`^${inDays(10)} 0[78]:00–(10|11):00 Europe/Berlin$`));

    const json = await accord(['--json', 'upcoming', '--person', 'sabina planner']);
    expect(json.code, json.stderr).toBe(0);
    const agenda = JSON.parse(json.stdout);
    // A whole-day entry starts at the beginning of its day: before 10:00 in Baku.
    expect(agenda.items.map((i: { title: string }) => i.title)).toEqual(['Press briefing', 'Symposium of Ombudsmen']);
    expect(agenda.items[1]).toMatchObject({ kind: 'EVENT', startDate: inDays(10), timeZone: 'Asia/Baku', allDay: false });
  });

  it.concurrent('conflicts lists clashing pairs', async () => {
    const r = await accord(['conflicts', '--days', '30']);
    expect(r.code, r.stderr).toBe(0);
    const [header, row] = rows(r.stdout);
    expect(header).toEqual(['FROM', 'KIND', 'SHARED', 'RECORD', 'CLASHES WITH']);
    expect(row!.slice(0, 3)).toEqual([inDays(10), 'person', 'Sabina Planner']);
    expect(r.stdout).toMatch(/Press briefing .*Symposium of Ombudsmen/); // the whole-day one starts first
    const none = await accord(['conflicts', '--from', inDays(100), '--days', '5']);
    expect(none).toMatchObject({ code: 0, stdout: '' });
    expect(none.stderr).toMatch(/^no conflicts/);
  });

  it.concurrent('agreements expiring shows what is due and what expired but is still in force', async () => {
    const r = await accord(['agreements', 'expiring', '--days', '60', '--institution', 'Office of the Planning Ombudsman']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`Due from ${today} to ${inDays(60)}`);
    expect(rows(r.stdout).filter((row) => row[0]?.match(/^\d{4}-/)).map((row) => row.slice(0, 4))).toEqual([
      [inDays(30), '30', 'expires', 'MoU expiring soon'],
      [inDays(45), '45', 'review due', 'Cooperation plan (review)'],
      [inDays(-12), '12', 'Old MoU still in force', 'IN_FORCE'],
    ]);
    expect(r.stdout).toContain('Expired but still marked in force');
    const json = JSON.parse((await accord(['--json', 'agreements', 'expiring', '--institution', 'opo'])).stdout);
    expect(json.overdue).toHaveLength(1);
  });

  it.concurrent('reports bad options, unknown names and missing tokens with the documented exit codes', async () => {
    expect((await accord(['upcoming', '--days', '0'])).code).toBe(ExitCode.USAGE);
    expect((await accord(['upcoming', '--kind', 'party'])).code).toBe(ExitCode.USAGE);
    expect((await accord(['upcoming', '--from', '2025-02-30'])).code).toBe(ExitCode.USAGE);
    const zone = await accord(['upcoming', '--time-zone', 'Mars/Olympus']);
    expect(zone.code).toBe(ExitCode.USAGE);
    expect(zone.stderr).toMatch(/timeZone/);
    expect((await accord(['upcoming', '--institution', 'Ministry of Nowhere'])).code).toBe(ExitCode.NOT_FOUND);
    expect((await accord(['conflicts', '--person', 'Nobody Atall'])).code).toBe(ExitCode.NOT_FOUND);
    expect((await accord(['agreements', 'expiring'], null)).code).toBe(ExitCode.NOT_AUTHORISED);
  });
});

describe('typed client', () => {
  it('reads the agenda, conflicts, expiring agreements, schedule history and the calendar feed', async () => {
    const agenda = await t.client.agenda({ institutionId: office, days: 60 });
    expect(agenda.items.map((i) => i.kind)).toEqual(['EVENT', 'VISIT', 'AGREEMENT_EXPIRY', 'AGREEMENT_REVIEW']);
    const conflicts = await t.client.conflicts({ days: 30, personId: speaker });
    expect(conflicts.items).toHaveLength(1);
    const expiring = await t.client.expiringAgreements({ institutionId: office });
    expect(expiring.overdue.map((d) => d.agreement.title)).toEqual(['Old MoU still in force']);

    const { event } = await t.client.createEventWithWarnings({ title: 'To be moved', kind: 'WORKSHOP', startDate: inDays(50) });
    await t.client.updateEventWithWarnings({ id: event.id, startDate: inDays(51) });
    const history = await t.client.scheduleHistory(event.id);
    expect(history?.__typename === 'Event' ? history.previousDates.map((d) => d.startDate) : null).toEqual([inDays(50)]);

    expect(t.client.calendarFeedUrl({ institutionId: office, kinds: ['event'] })).toBe(
      `${t.url.replace(/\/graphql$/, '/calendar.ics')}?institution=${office}&kinds=event`,
    );
    expect(t.client.calendarFeedUrl({ withToken: true })).toContain(`token=${t.adminToken}`);
    // The application server serves the feed (server/app/app.ts registers the route).
    const text = await t.client.calendarFeed({ institutionId: office });
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => c.getFirstPropertyValue('summary'));
    expect(events).toContain('Symposium of Ombudsmen');
    await expect(createAccordClient({ url: t.url }).calendarFeed()).rejects.toBeInstanceOf(AccordAuthError);
    expect(toGlobalId('Institution', keyOf(office))).toBe(office);
  });
});
