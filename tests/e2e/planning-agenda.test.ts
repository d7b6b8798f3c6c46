// The agenda (what is coming) and the expiring-agreements report, through HTTP on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../../server/db/seed/seed-id.js';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { Agreement } from '../../server/records/agreement/agreement.entity.js';
import { AgreementKind, AgreementPartyRole, AgreementStatus } from '../../server/records/agreement/agreement.enums.js';
import { AgreementParty } from '../../server/records/agreement/agreement-party.entity.js';
import { Event } from '../../server/records/event/event.entity.js';
import { EventKind, ParticipationRole } from '../../server/records/event/event.enums.js';
import { Participation } from '../../server/records/event/participation.entity.js';
import { Institution } from '../../server/records/institution/institution.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let viewer: string;
let office: string; // Institution IDs
let partner: string;
let person: string; // Person ID

// biome-ignore lint/suspicious/noExplicitAny: raw GraphQL responses are untyped in these tests
async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await t.post({ query, variables }, token ? { authorization: `Bearer ${token}` } : {});
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return res.json.data as T;
}

async function create(mutation: string, input: Record<string, unknown>) {
  const data = await gql(`mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { userErrors { field code message } record: ${recordField(mutation)} { id version } } }`, { input });
  const payload = data[mutation];
  expect(payload.userErrors).toEqual([]);
  return payload.record.id as string;
}

function recordField(mutation: string): string {
  return ({ createEvent: 'event', createVisit: 'visit', createCommitment: 'commitment', createPerson: 'person', createInstitution: 'institution' } as Record<string, string>)[mutation]!;
}

const event = (input: Record<string, unknown>) => create('createEvent', { kind: 'SYMPOSIUM', ...input });
const visit = (input: Record<string, unknown>) =>
  create('createVisit', { delegationOfId: partner, hostId: office, direction: 'INBOUND', purpose: 'MUTUAL_VISIT', ...input });

const key = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

/** Agreements are written directly (their signature lifecycle is another area's subject). */
async function agreement(data: Partial<Agreement> & { title: string }, parties: string[] = [office]) {
  const em = t.db.orm.em.fork();
  const a = em.create(Agreement, { kind: AgreementKind.MEMORANDUM_OF_UNDERSTANDING, status: AgreementStatus.IN_FORCE, ...data } as never) as Agreement;
  for (const p of parties) em.create(AgreementParty, { agreement: a, institution: key(p), role: AgreementPartyRole.PARTY } as never);
  await em.flush();
  return toGlobalId('Agreement', a.id);
}

const AGENDA = `query($from: LocalDate, $to: LocalDate, $days: Int, $timeZone: String, $institutionId: ID, $personId: ID, $kinds: [AgendaItemKind!], $includeClosed: Boolean, $first: Int) {
  agenda(from: $from, to: $to, days: $days, timeZone: $timeZone, institutionId: $institutionId, personId: $personId, kinds: $kinds, includeClosed: $includeClosed, first: $first) {
    from to timeZone totalCount truncated
    items { key kind title status startDate endDate recordedDate precision approximate allDay startsAt endsAt timeZone recurring place confidential record { id __typename } }
  }
}`;

async function agendaOf(variables: Record<string, unknown>, token?: string) {
  return (await gql(AGENDA, variables, token)).agenda;
}

const titles = (agenda: { items: { title: string }[] }) => agenda.items.map((i) => i.title);

beforeAll(async () => {
  t = await startTestServer({ seed: true });
  viewer = await t.tokenFor('VIEWER');
  office = await create('createInstitution', { name: 'Planning Office of Testland', kind: 'OMBUDSMAN', country: 'AZ' });
  partner = await create('createInstitution', { name: 'Partner Ombudsman of Testland', kind: 'OMBUDSMAN', country: 'GE' });
  person = await create('createPerson', { name: 'Leyla Planner' });
});
afterAll(() => t?.close());

describe('agenda', () => {
  it('lists events, visits, agreement milestones and commitments of the window in order, with partial dates marked approximate', async () => {
    await event({ title: 'Symposium of Ombudsmen (Baku)', startDate: '2025-06-18', startTime: '10:00', endTime: '13:00', timeZone: 'Asia/Baku', city: 'Baku', country: 'AZ', venue: 'Congress Centre', participations: [{ institutionId: office, role: 'HOST' }] });
    await event({ title: 'Regional meeting (June, day unknown)', startDate: '2025-06', participations: [{ institutionId: office, role: 'ORGANISER' }] });
    await event({ title: 'Year of Cooperation', kind: 'CAMPAIGN', startDate: '2025', endDate: '2025', participations: [{ institutionId: office, role: 'ORGANISER' }] });
    await event({ title: 'July conference', startDate: '2025-07-02', participations: [{ institutionId: office, role: 'ORGANISER' }] });
    await visit({ title: 'Mutual visit of the partner office', startDate: '2025-06-10', endDate: '2025-06-12', place: 'Baku', country: 'AZ' });
    await agreement({ title: 'MoU with the partner office', expiresOn: '2025-06-30', reviewDue: '2025-06-05', autoRenews: true, noticePeriodDays: 20 }, [office, partner]);
    await create('createCommitment', { title: 'Report on the symposium', ownerId: office, dueDate: '2025-06-25' });
    await create('createCommitment', { title: 'Invite network leaders', ownerId: office, dueDate: '2025-06' });

    const june = await agendaOf({ from: '2025-06-01', to: '2025-06-30', institutionId: office });
    expect(june).toMatchObject({ from: '2025-06-01', to: '2025-06-30', timeZone: null, truncated: false });
    expect(june.items.map((i: { kind: string; title: string; startDate: string; approximate: boolean }) => [i.kind, i.title, i.startDate, i.approximate])).toEqual([
      // Approximate entries sort by the first day they may mean.
      ['EVENT', 'Year of Cooperation', '2025-01-01', true],
      ['EVENT', 'Regional meeting (June, day unknown)', '2025-06-01', true],
      ['COMMITMENT_DUE', 'Invite network leaders', '2025-06-01', true],
      ['AGREEMENT_REVIEW', 'MoU with the partner office', '2025-06-05', false],
      // Same day: events, visits, then agreement milestones and commitments.
      ['VISIT', 'Mutual visit of the partner office', '2025-06-10', false],
      ['AGREEMENT_NOTICE_DEADLINE', 'MoU with the partner office', '2025-06-10', false],
      // 10:00 in Baku (UTC+4, no DST) is 06:00Z: before midnight-based entries of the same day.
      ['EVENT', 'Symposium of Ombudsmen (Baku)', '2025-06-18', false],
      ['COMMITMENT_DUE', 'Report on the symposium', '2025-06-25', false],
      ['AGREEMENT_EXPIRY', 'MoU with the partner office', '2025-06-30', false],
    ]);
    const byTitle = (title: string, kind = 'EVENT') => june.items.find((i: { title: string; kind: string }) => i.title === title && i.kind === kind);
    expect(byTitle('Symposium of Ombudsmen (Baku)')).toMatchObject({
      allDay: false,
      startsAt: '2025-06-18T06:00:00.000Z',
      endsAt: '2025-06-18T09:00:00.000Z',
      timeZone: 'Asia/Baku',
      precision: 'DAY',
      place: 'Congress Centre, Baku, Azerbaijan',
      status: 'PLANNED',
      record: { __typename: 'Event' },
    });
    expect(byTitle('Regional meeting (June, day unknown)')).toMatchObject({ recordedDate: '2025-06', precision: 'MONTH', startDate: '2025-06-01', endDate: '2025-06-30', allDay: true, startsAt: null });
    expect(byTitle('Year of Cooperation')).toMatchObject({ recordedDate: '2025', precision: 'YEAR', endDate: '2025-12-31' });
    expect(byTitle('Mutual visit of the partner office', 'VISIT')).toMatchObject({ endDate: '2025-06-12', place: 'Baku, Azerbaijan', record: { __typename: 'Visit' } });
    expect(byTitle('MoU with the partner office', 'AGREEMENT_EXPIRY')).toMatchObject({ status: 'IN_FORCE', record: { __typename: 'Agreement' } });
    expect(new Set(june.items.map((i: { key: string }) => i.key)).size).toBe(june.items.length);

    // A window inside June still shows the month-only entries (they may fall in it), not the July one.
    const mid = await agendaOf({ from: '2025-06-15', days: 5, institutionId: office });
    expect(mid.to).toBe('2025-06-19');
    expect(titles(mid)).toEqual(['Year of Cooperation', 'Regional meeting (June, day unknown)', 'Invite network leaders', 'Symposium of Ombudsmen (Baku)']);
    // Only some kinds.
    const onlyAgreements = await agendaOf({ from: '2025-06-01', to: '2025-06-30', institutionId: office, kinds: ['AGREEMENT_EXPIRY', 'AGREEMENT_REVIEW'] });
    expect(onlyAgreements.items.map((i: { kind: string }) => i.kind)).toEqual(['AGREEMENT_REVIEW', 'AGREEMENT_EXPIRY']);
    // first cuts the list and says so.
    const cut = await agendaOf({ from: '2025-06-01', to: '2025-06-30', institutionId: office, first: 2 });
    expect(cut).toMatchObject({ totalCount: 9, truncated: true });
    expect(cut.items).toHaveLength(2);
  });

  it('shows the seed dataset’s symposium (2025, approximate: the interview gives only the year) and expands the yearly Children’s Rights Month', async () => {
    const ombudsman = toGlobalId('Institution', seedId('az-ombudsman'));
    const june = await agendaOf({ from: '2025-06-01', to: '2025-06-30', institutionId: ombudsman, kinds: ['EVENT'] });
    expect(june.items.find((i: { title: string }) => i.title.startsWith('Symposium of Ombudsmen'))).toMatchObject({ approximate: true, precision: 'YEAR', recordedDate: '2025', status: 'PLANNED' });

    const months = await agendaOf({ from: '2026-10-01', to: '2027-12-31', institutionId: ombudsman, kinds: ['EVENT'] });
    const month = months.items.filter((i: { title: string }) => i.title === 'Children’s Rights Month');
    expect(month.map((i: { startDate: string; endDate: string; recurring: boolean; recordedDate: string }) => [i.startDate, i.endDate, i.recurring, i.recordedDate])).toEqual([
      ['2026-10-20', '2026-11-20', true, '2026-10-20'],
      ['2027-10-20', '2027-11-20', true, '2027-10-20'],
    ]);
    expect(new Set(month.map((i: { key: string }) => i.key)).size).toBe(2);
  });

  it('computes instants across DST in the event’s own zone, and places timed entries in the reader’s zone', async () => {
    // 2025: DST in Europe/Berlin starts on Sunday 30 March; 2026: on Sunday 29 March.
    await event({ title: 'Berlin board (yearly, 09:00)', startDate: '2025-03-29', startTime: '09:00', endTime: '10:00', timeZone: 'Europe/Berlin', recurrence: 'FREQ=YEARLY;COUNT=3', participations: [{ personId: person, role: 'SPEAKER' }] });
    await event({ title: 'Berlin session (DST day)', startDate: '2025-03-30', startTime: '09:00', endTime: '11:00', timeZone: 'Europe/Berlin', participations: [{ personId: person, role: 'SPEAKER' }] });
    await event({ title: 'Late Berlin reception', startDate: '2025-06-17', startTime: '22:30', endTime: '23:30', timeZone: 'Europe/Berlin', participations: [{ personId: person, role: 'PARTICIPANT' }] });

    const spring = await agendaOf({ from: '2025-03-01', to: '2027-04-30', personId: person });
    const instants = spring.items
      .filter((i: { title: string }) => i.title.startsWith('Berlin'))
      .map((i: { title: string; startDate: string; startsAt: string }) => [i.title, i.startDate, i.startsAt]);
    expect(instants).toEqual([
      ['Berlin board (yearly, 09:00)', '2025-03-29', '2025-03-29T08:00:00.000Z'], // CET, UTC+1
      ['Berlin session (DST day)', '2025-03-30', '2025-03-30T07:00:00.000Z'], // CEST, UTC+2
      ['Berlin board (yearly, 09:00)', '2026-03-29', '2026-03-29T07:00:00.000Z'], // the 2026 DST day
      ['Berlin board (yearly, 09:00)', '2027-03-29', '2027-03-29T07:00:00.000Z'],
    ]);

    // 22:30 in Berlin (CEST) is 00:30 the next day in Baku.
    const asWritten = await agendaOf({ from: '2025-06-18', to: '2025-06-18', personId: person });
    expect(titles(asWritten)).toEqual([]);
    const inBaku = await agendaOf({ from: '2025-06-18', to: '2025-06-18', personId: person, timeZone: 'asia/baku' });
    expect(inBaku.timeZone).toBe('Asia/Baku');
    expect(inBaku.items.map((i: { title: string; startDate: string; startsAt: string }) => [i.title, i.startDate, i.startsAt])).toEqual([
      ['Late Berlin reception', '2025-06-18', '2025-06-17T20:30:00.000Z'],
    ]);
  });

  it('scopes to a person: participations, delegation memberships, signatures and owned commitments', async () => {
    const mine = await create('createPerson', { name: 'Scoped Person' });
    await event({ title: 'Scoped forum', startDate: '2030-01-10', participations: [{ personId: mine, role: 'SPEAKER' }] });
    await event({ title: 'Unrelated forum', startDate: '2030-01-11' });
    await visit({ title: 'Scoped delegation', startDate: '2030-01-12', members: [{ personId: mine, role: 'HEAD' }] });
    await create('createCommitment', { title: 'Scoped follow-up', ownerId: mine, dueDate: '2030-01-13' });
    const em = t.db.orm.em.fork();
    const a = em.create(Agreement, { title: 'Scoped MoU', kind: AgreementKind.MEMORANDUM_OF_UNDERSTANDING, status: AgreementStatus.SIGNED, reviewDue: '2030-01-14' } as never) as Agreement;
    em.create(AgreementParty, { agreement: a, institution: key(office), signatory: key(mine), role: AgreementPartyRole.PARTY } as never);
    await em.flush();
    const agenda = await agendaOf({ from: '2030-01-01', days: 31, personId: mine });
    expect(agenda.items.map((i: { kind: string; title: string }) => `${i.kind} ${i.title}`)).toEqual([
      'EVENT Scoped forum',
      'VISIT Scoped delegation',
      'COMMITMENT_DUE Scoped follow-up',
      'AGREEMENT_REVIEW Scoped MoU',
    ]);
  });

  it('leaves out cancelled events unless includeClosed, and confidential records for viewers', async () => {
    await event({ title: 'Cancelled meeting', status: 'CANCELLED', startDate: '2031-02-01', participations: [{ institutionId: partner, role: 'HOST' }] });
    await event({ title: 'Confidential negotiation round', confidential: true, startDate: '2031-02-02', participations: [{ institutionId: partner, role: 'HOST' }] });
    await visit({ title: 'Confidential visit', confidential: true, startDate: '2031-02-03' });
    const window = { from: '2031-02-01', to: '2031-02-28', institutionId: partner };
    expect(titles(await agendaOf(window))).toEqual(['Confidential negotiation round', 'Confidential visit']);
    expect(titles(await agendaOf({ ...window, includeClosed: true }))).toEqual(['Cancelled meeting', 'Confidential negotiation round', 'Confidential visit']);
    expect(titles(await agendaOf({ ...window, includeClosed: true }, viewer))).toEqual(['Cancelled meeting']);
  });

  it('defaults to 90 days from today and refuses bad windows', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const agenda = await agendaOf({});
    expect(agenda.from).toBe(today);
    expect(agenda.to).toBe(new Date(Date.parse(`${today}T00:00:00Z`) + 89 * 86_400_000).toISOString().slice(0, 10));
    for (const [variables, argument] of [
      [{ days: 0 }, 'days'],
      [{ days: 5000 }, 'days'],
      [{ from: '2025-06-10', to: '2025-06-01' }, 'to'],
      [{ to: '2025-06-10', days: 3 }, 'days'],
      [{ timeZone: '+04:00' }, 'timeZone'],
      [{ institutionId: person }, 'institutionId'],
      [{ first: 501 }, 'first'],
    ] as const) {
      const res = await t.post({ query: AGENDA, variables });
      expect(res.json.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});

describe('agenda batching', () => {
  const DEEP = `query($institutionId: ID) {
    agenda(from: "2040-01-01", to: "2040-12-31", institutionId: $institutionId, first: 500) {
      totalCount
      items { key kind startsAt record { id ... on Event { title participations { role institution { name } person { name } } hosts { name } series { name } topics { name } citations { id } reschedules { changedAt } }
                                          ... on Visit { title delegationOf { name } host { name } members { role person { name } } previousDates { startDate } } } }
    }
  }`;

  async function fixtures(n: number) {
    const em = t.db.orm.em.fork();
    const host = em.create(Institution, { name: `Batch host ${n}`, kind: 'OMBUDSMAN' as never, searchText: '', nameKey: '' } as never) as Institution;
    host.refreshSearchKeys();
    for (let i = 0; i < n; i++) {
      const e = em.create(Event, { title: `Batch event ${n}/${i}`, kind: EventKind.FORUM, startDate: `2040-${String((i % 12) + 1).padStart(2, '0')}-10`, searchText: '' } as never) as Event;
      e.refreshSearchKeys();
      em.create(Participation, { event: e, institution: host, role: ParticipationRole.HOST } as never);
      if (i % 2 === 0) e.recurrence = 'FREQ=YEARLY';
    }
    await em.flush();
    return toGlobalId('Institution', host.id);
  }

  it('uses the same number of SQL statements for 10 and 100 entries with their related records', async () => {
    const small = await fixtures(10);
    const large = await fixtures(100);
    const a = await t.post({ query: DEEP, variables: { institutionId: small } });
    const b = await t.post({ query: DEEP, variables: { institutionId: large } });
    expect(a.json.errors).toBeUndefined();
    expect(b.json.errors).toBeUndefined();
    expect(a.json.data.agenda.totalCount).toBe(10);
    expect(b.json.data.agenda.totalCount).toBe(100);
    const [sa, sb] = [a.json.extensions.sqlStatements, b.json.extensions.sqlStatements];
    console.log(`agenda with related records: ${sa} SQL statements for 10 entries, ${sb} for 100`);
    expect(sb).toBe(sa);
    expect(sa).toBeLessThanOrEqual(16);
  });
});

describe('expiring agreements', () => {
  const EXPIRING = `query($days: Int, $asOf: LocalDate, $institutionId: ID) {
    expiringAgreements(days: $days, asOf: $asOf, institutionId: $institutionId) {
      asOf until
      upcoming { kind date daysLeft agreement { title status } }
      overdue { kind date daysLeft agreement { title status isOverdueExpiry } }
    }
  }`;

  it('lists agreements in force expiring or due for review within N days, and expired ones still marked in force', async () => {
    const owner = await create('createInstitution', { name: 'Agreement Keeper of Testland', kind: 'NHRI', country: 'AZ' });
    await agreement({ title: 'Expires soon', expiresOn: '2092-03-20' }, [owner]);
    await agreement({ title: 'Review soon', reviewDue: '2092-02-15', expiresOn: '2094-01-01' }, [owner]);
    await agreement({ title: 'Auto-renews', expiresOn: '2092-05-31', autoRenews: true, noticePeriodDays: 90 }, [owner]);
    await agreement({ title: 'Suspended, expires soon', status: AgreementStatus.SUSPENDED, expiresOn: '2092-02-01' }, [owner]);
    await agreement({ title: 'Far away', expiresOn: '2095-01-01' }, [owner]);
    await agreement({ title: 'Already expired, still in force', expiresOn: '2091-12-31' }, [owner]);
    await agreement({ title: 'Properly expired', status: AgreementStatus.EXPIRED, expiresOn: '2091-06-30' }, [owner]);
    await agreement({ title: 'Signed, not yet in force', status: AgreementStatus.SIGNED, expiresOn: '2092-02-10' }, [owner]);
    await agreement({ title: 'Confidential, expires soon', expiresOn: '2092-02-20', confidential: true }, [owner]);

    const report = (await gql(EXPIRING, { days: 90, asOf: '2092-01-15', institutionId: owner })).expiringAgreements;
    expect(report).toMatchObject({ asOf: '2092-01-15', until: '2092-04-14' });
    expect(report.upcoming.map((d: { kind: string; date: string; daysLeft: number; agreement: { title: string } }) => [d.agreement.title, d.kind, d.date, d.daysLeft])).toEqual([
      ['Suspended, expires soon', 'EXPIRY', '2092-02-01', 17],
      ['Review soon', 'REVIEW', '2092-02-15', 31],
      ['Confidential, expires soon', 'EXPIRY', '2092-02-20', 36],
      ['Auto-renews', 'NOTICE_DEADLINE', '2092-03-02', 47],
      ['Expires soon', 'EXPIRY', '2092-03-20', 65],
    ]);
    expect(report.overdue).toEqual([
      { kind: 'EXPIRY', date: '2091-12-31', daysLeft: -15, agreement: { title: 'Already expired, still in force', status: 'IN_FORCE', isOverdueExpiry: false } },
    ]);

    const forViewer = (await gql(EXPIRING, { days: 90, asOf: '2092-01-15', institutionId: owner }, viewer)).expiringAgreements;
    expect(forViewer.upcoming.map((d: { agreement: { title: string } }) => d.agreement.title)).not.toContain('Confidential, expires soon');

    const shorter = (await gql(EXPIRING, { days: 20, asOf: '2092-01-15', institutionId: owner })).expiringAgreements;
    expect(shorter.upcoming.map((d: { agreement: { title: string } }) => d.agreement.title)).toEqual(['Suspended, expires soon']);

    // By default as of today: the overdue list agrees with the agreements' own isOverdueExpiry flag.
    const today = new Date().toISOString().slice(0, 10);
    const daysFromToday = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    await agreement({ title: 'Expired ten days ago', expiresOn: daysFromToday(-10) }, [owner]);
    await agreement({ title: 'Expires in ten days', expiresOn: daysFromToday(10) }, [owner]);
    const now = (await gql(EXPIRING, { institutionId: owner })).expiringAgreements;
    expect(now).toMatchObject({ asOf: today, until: daysFromToday(90) });
    expect(now.upcoming.map((d: { agreement: { title: string }; daysLeft: number }) => [d.agreement.title, d.daysLeft])).toEqual([['Expires in ten days', 10]]);
    expect(now.overdue.map((d: { agreement: { title: string; isOverdueExpiry: boolean }; daysLeft: number }) => [d.agreement.title, d.daysLeft, d.agreement.isOverdueExpiry])).toEqual([
      ['Expired ten days ago', -10, true],
    ]);

    const res = await t.post({ query: EXPIRING, variables: { days: -1 } });
    expect(res.json.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'days' });
  });
});
