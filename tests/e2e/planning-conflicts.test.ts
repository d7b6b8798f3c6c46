// Scheduling conflicts (warnings in payloads, the conflicts query) and reschedule history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Event } from '../../server/records/event/event.entity.js';
import { EventKind, ParticipationRole } from '../../server/records/event/event.enums.js';
import { Participation } from '../../server/records/event/participation.entity.js';
import { Person } from '../../server/records/person/person.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let viewer: string;
let editor: string;
let office: string; // Institution IDs
let partner: string;

// biome-ignore lint/suspicious/noExplicitAny: raw GraphQL responses are untyped in these tests
async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await t.post({ query, variables }, token ? { authorization: `Bearer ${token}` } : {});
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return res.json.data as T;
}

const CONFLICT = `kind approximate from to startsAt endsAt venue message person { name } institution { name }
  record { id ... on Event { title } ... on Visit { title } } other { id ... on Event { title } ... on Visit { title } }`;

const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id version } userErrors { field code message } warnings { ${CONFLICT} } } }`;
const UPDATE_EVENT = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { id version } userErrors { field code message } warnings { ${CONFLICT} } } }`;
const CREATE_VISIT = `mutation($input: CreateVisitInput!) { createVisit(input: $input) { visit { id version } userErrors { field code message } warnings { ${CONFLICT} } } }`;
const UPDATE_VISIT = `mutation($input: UpdateVisitInput!) { updateVisit(input: $input) { visit { id version } userErrors { field code message } warnings { ${CONFLICT} } } }`;

type Warning = { kind: string; approximate: boolean; from: string; to: string; startsAt: string | null; message: string; other: { title: string }; record: { title: string } };

async function createEvent(input: Record<string, unknown>, token?: string): Promise<{ id: string; version: number; warnings: Warning[] }> {
  const data = await gql(CREATE_EVENT, { input: { kind: 'FORUM', ...input } }, token);
  expect(data.createEvent.userErrors).toEqual([]);
  return { ...data.createEvent.event, warnings: data.createEvent.warnings };
}

async function updateEvent(input: Record<string, unknown>): Promise<{ id: string; version: number; warnings: Warning[] }> {
  const data = await gql(UPDATE_EVENT, { input });
  expect(data.updateEvent.userErrors).toEqual([]);
  return { ...data.updateEvent.event, warnings: data.updateEvent.warnings };
}

async function createVisit(input: Record<string, unknown>): Promise<{ id: string; version: number; warnings: Warning[] }> {
  const data = await gql(CREATE_VISIT, { input: { delegationOfId: partner, direction: 'INBOUND', purpose: 'MUTUAL_VISIT', ...input } });
  expect(data.createVisit.userErrors).toEqual([]);
  return { ...data.createVisit.visit, warnings: data.createVisit.warnings };
}

async function newPerson(name: string): Promise<string> {
  const data = await gql(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } userErrors { code } } }`, { input: { name } });
  return data.createPerson.person.id;
}

async function newInstitution(name: string): Promise<string> {
  return (await t.client.createInstitution({ name, kind: 'OMBUDSMAN' })).id;
}

const summary = (w: Warning[]) => w.map((c) => `${c.kind} ${c.other.title}${c.approximate ? ' (approximate)' : ''}`);

beforeAll(async () => {
  t = await startTestServer();
  viewer = await t.tokenFor('VIEWER');
  editor = await t.tokenFor('EDITOR');
  office = await newInstitution('Conflict Office');
  partner = await newInstitution('Conflict Partner');
});
afterAll(() => t?.close());

describe('conflict warnings in payloads', () => {
  it('warns (without refusing) when the same person, host or venue is booked twice', async () => {
    const speaker = await newPerson('Busy Speaker');
    const forum = await createEvent({
      title: 'Forum on climate justice',
      startDate: '2033-05-10',
      endDate: '2033-05-11',
      city: 'Baku',
      venue: 'Congress Centre',
      participations: [
        { personId: speaker, role: 'SPEAKER' },
        { institutionId: office, role: 'HOST' },
      ],
    });
    expect(forum.warnings).toEqual([]);

    const clash = await createEvent({
      title: 'Round table',
      startDate: '2033-05-11',
      city: 'baku',
      venue: 'congress centre',
      participations: [
        { personId: speaker, role: 'SPEAKER' },
        { institutionId: office, role: 'HOST' },
      ],
    });
    expect(clash.id).toBeTruthy(); // saved all the same
    expect(clash.warnings).toMatchObject([
      { kind: 'PERSON', from: '2033-05-11', to: '2033-05-11', approximate: false, startsAt: null, record: { title: 'Round table' }, other: { title: 'Forum on climate justice' } },
      { kind: 'HOST', other: { title: 'Forum on climate justice' } },
      { kind: 'VENUE', venue: 'congress centre, baku', other: { title: 'Forum on climate justice' } },
    ]);
    const [person, host] = clash.warnings as (Warning & { person: { name: string }; institution: { name: string } })[];
    expect(person!.person).toEqual({ name: 'Busy Speaker' });
    expect(person!.message).toBe('Busy Speaker also takes part in "Forum on climate justice" (2033-05-10 – 2033-05-11), which overlaps this one');
    expect(host!.institution).toEqual({ name: 'Conflict Office' });

    // Another city, a declined invitation, another day: no conflict.
    const elsewhere = await createEvent({
      title: 'Same venue name, other city',
      startDate: '2033-05-10',
      city: 'Ganja',
      venue: 'Congress Centre',
      participations: [{ personId: speaker, role: 'SPEAKER', rsvp: 'DECLINED' }],
    });
    expect(elsewhere.warnings).toEqual([]);

    // A visit hosted by the same institution on the same day: HOST conflict with both events.
    const visit = await createVisit({ title: 'Partner delegation', hostId: office, startDate: '2033-05-11', members: [{ personId: speaker, role: 'MEMBER' }] });
    expect(summary(visit.warnings)).toEqual([
      'PERSON Forum on climate justice',
      'PERSON Round table',
      'HOST Forum on climate justice',
      'HOST Round table',
    ]);
  });

  it('compares times as instants in each zone, across the DST change (Europe/Berlin vs Asia/Baku)', async () => {
    const delegate = await newPerson('Travelling Delegate');
    // 30 March 2025 is the last Sunday of March: Berlin is on CEST (UTC+2) from 02:00. Baku is UTC+4 all year.
    await createEvent({ title: 'Berlin meeting (DST day)', startDate: '2025-03-30', startTime: '10:00', endTime: '11:00', timeZone: 'Europe/Berlin', participations: [{ personId: delegate, role: 'DELEGATE' }] });
    await createEvent({ title: 'Berlin meeting (day before)', startDate: '2025-03-29', startTime: '10:00', endTime: '11:00', timeZone: 'Europe/Berlin', participations: [{ personId: delegate, role: 'DELEGATE' }] });

    // 12:00–13:00 in Baku = 08:00–09:00Z: the same hour as 10:00–11:00 CEST, but the hour before 10:00–11:00 CET.
    const baku30 = await createEvent({ title: 'Baku call (30 March)', startDate: '2025-03-30', startTime: '12:00', endTime: '13:00', timeZone: 'Asia/Baku', participations: [{ personId: delegate, role: 'SPEAKER' }] });
    expect(baku30.warnings).toMatchObject([
      { kind: 'PERSON', other: { title: 'Berlin meeting (DST day)' }, startsAt: '2025-03-30T08:00:00.000Z', from: '2025-03-30', to: '2025-03-30', approximate: false },
    ]);
    const baku29 = await createEvent({ title: 'Baku call (29 March)', startDate: '2025-03-29', startTime: '12:00', endTime: '13:00', timeZone: 'Asia/Baku', participations: [{ personId: delegate, role: 'SPEAKER' }] });
    expect(baku29.warnings).toEqual([]); // 08:00–09:00Z against 09:00–10:00Z: they only touch

    // Moving the Baku call half an hour later on the 29th makes it overlap (09:00–09:30Z).
    const moved = await updateEvent({ id: baku29.id, startTime: '12:30', endTime: '13:30' });
    expect(moved.warnings).toMatchObject([{ other: { title: 'Berlin meeting (day before)' }, startsAt: '2025-03-29T09:00:00.000Z', endsAt: '2025-03-29T09:30:00.000Z' }]);
  });

  it('compares all-day and timed entries as local dates, and flags month-only dates as approximate', async () => {
    const ombudsman = await newPerson('Ombudsman With Many Dates');
    await createEvent({ title: 'Human Rights Day (all day)', startDate: '2025-06-18', participations: [{ personId: ombudsman, role: 'CHAIR' }] });
    await createEvent({ title: 'Symposium (June, day unknown)', startDate: '2025-06', participations: [{ personId: ombudsman, role: 'SPEAKER' }] });
    // 01:00 in Baku on the 18th is still the 17th in UTC: against all-day entries it counts as the 18th.
    const early = await createEvent({ title: 'Early Baku breakfast', startDate: '2025-06-18', startTime: '01:00', endTime: '01:30', timeZone: 'Asia/Baku', participations: [{ personId: ombudsman, role: 'PARTICIPANT' }] });
    // Certain conflicts come before approximate ones of the same day.
    expect(summary(early.warnings)).toEqual(['PERSON Human Rights Day (all day)', 'PERSON Symposium (June, day unknown) (approximate)']);
    expect(early.warnings.find((w) => !w.approximate)).toMatchObject({ from: '2025-06-18', to: '2025-06-18', startsAt: null });
    expect(early.warnings.find((w) => w.approximate)?.message).toMatch(/which may overlap this one$/);
    // 23:30 in Berlin on the 17th (21:30Z) is after the breakfast (21:00–21:30Z), and on the 17th by its own date.
    const late = await createEvent({ title: 'Late Berlin dinner', startDate: '2025-06-17', startTime: '23:30', endTime: '23:45', timeZone: 'Europe/Berlin', participations: [{ personId: ombudsman, role: 'PARTICIPANT' }] });
    expect(summary(late.warnings)).toEqual(['PERSON Symposium (June, day unknown) (approximate)']);
    // 23:15 in Berlin on the 17th overlaps the breakfast on the 18th in Baku: two timed entries compare as instants.
    const call = await createEvent({ title: 'Night call', startDate: '2025-06-17', startTime: '23:15', endTime: '23:45', timeZone: 'Europe/Berlin', participations: [{ personId: ombudsman, role: 'PARTICIPANT' }] });
    expect(summary(call.warnings)).toEqual(['PERSON Early Baku breakfast', 'PERSON Late Berlin dinner', 'PERSON Symposium (June, day unknown) (approximate)']);
    expect(call.warnings[0]).toMatchObject({ startsAt: '2025-06-17T21:15:00.000Z', endsAt: '2025-06-17T21:30:00.000Z', from: '2025-06-17' });
  });

  it('ignores an event’s own parts, cancelled and postponed events, and checks each occurrence of recurring ones', async () => {
    const host = await newInstitution('Assembly Host');
    const assembly = await createEvent({ title: 'General Assembly', kind: 'GENERAL_ASSEMBLY', startDate: '2034-09-01', endDate: '2034-09-03', participations: [{ institutionId: host, role: 'HOST' }] });
    const board = await createEvent({ title: 'Board meeting', kind: 'BOARD_MEETING', parentId: assembly.id, startDate: '2034-09-02', participations: [{ institutionId: host, role: 'HOST' }] });
    expect(board.warnings).toEqual([]);
    const session = await createEvent({ title: 'Working session', parentId: board.id, startDate: '2034-09-02', participations: [{ institutionId: host, role: 'HOST' }] });
    expect(session.warnings).toEqual([]); // part of a part of the assembly

    const cancelled = await createEvent({ title: 'Cancelled seminar', status: 'CANCELLED', startDate: '2034-09-02', participations: [{ institutionId: host, role: 'HOST' }] });
    expect(cancelled.warnings).toEqual([]);
    const other = await createEvent({ title: 'Other seminar', startDate: '2034-09-03', participations: [{ institutionId: host, role: 'HOST' }] });
    expect(summary(other.warnings)).toEqual(['HOST General Assembly']);
    const postponed = await updateEvent({ id: other.id, status: 'POSTPONED' });
    expect(postponed.warnings).toEqual([]);

    // A yearly month (20 Oct – 20 Nov, from 2024) clashes with a meeting in November 2036.
    const campaigner = await newPerson('Campaign Lead');
    await createEvent({ title: 'Children’s Rights Month', kind: 'CAMPAIGN', startDate: '2024-10-20', endDate: '2024-11-20', recurrence: 'FREQ=YEARLY', participations: [{ personId: campaigner, role: 'ORGANISER' }] });
    const meeting = await createEvent({ title: 'November meeting', startDate: '2036-11-05', participations: [{ personId: campaigner, role: 'SPEAKER' }] });
    expect(meeting.warnings).toMatchObject([{ kind: 'PERSON', other: { title: 'Children’s Rights Month' }, from: '2036-11-05', to: '2036-11-05' }]);
  });

  it('warns when a participant or delegation member is added', async () => {
    const expert = await newPerson('Visiting Expert');
    await createEvent({ title: 'Expert hearing', startDate: '2035-02-10', participations: [{ personId: expert, role: 'SPEAKER' }] });
    const visit = await createVisit({ title: 'Study visit', startDate: '2035-02-09', endDate: '2035-02-11' });
    expect(visit.warnings).toEqual([]);
    const added = await gql(
      `mutation($input: AddVisitMemberInput!) { addVisitMember(input: $input) { visitMember { id } userErrors { code } warnings { ${CONFLICT} } } }`,
      { input: { visitId: visit.id, personId: expert, role: 'EXPERT' } },
    );
    expect(summary(added.addVisitMember.warnings)).toEqual(['PERSON Expert hearing']);

    const panel = await createEvent({ title: 'Panel', startDate: '2035-02-10' });
    const participant = await gql(
      `mutation($input: AddParticipationInput!) { addParticipation(input: $input) { participation { id } userErrors { code } warnings { ${CONFLICT} } } }`,
      { input: { eventId: panel.id, personId: expert, role: 'SPEAKER' } },
    );
    expect(summary(participant.addParticipation.warnings)).toEqual(['PERSON Expert hearing', 'PERSON Study visit']);

    // A refused mutation has no warnings.
    const refused = await gql(UPDATE_EVENT, { input: { id: panel.id, endDate: '2035-01-01' } });
    expect(refused.updateEvent).toMatchObject({ event: null, warnings: [], userErrors: [{ code: 'INVALID_DATE_RANGE' }] });
    // An update that only renames still reports the current conflicts.
    const renamed = await gql(UPDATE_VISIT, { input: { id: visit.id, title: 'Study visit (renamed)' } });
    expect(summary(renamed.updateVisit.warnings)).toEqual(['PERSON Expert hearing', 'PERSON Panel']);
  });
});

describe('dry run: the warnings before saving', () => {
  const count = async (table: string) => (await t.db.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0]!.n;
  const DRY_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input, dryRun: true) { event { id title } userErrors { field code } warnings { ${CONFLICT} } } }`;

  it('reports the same warnings as saving would, and saves nothing (no event, participation or audit entry)', async () => {
    const planner = await newPerson('Travelling Planner');
    const visit = await createVisit({ title: 'Visit to Tbilisi', startDate: '2036-06-15', endDate: '2036-06-17', members: [{ personId: planner, role: 'HEAD' }] });
    const before = { events: await count('event'), participations: await count('participation'), audit: await count('audit_entry') };
    const input = { title: 'Symposium on ombudsman independence', kind: 'SYMPOSIUM', startDate: '2036-06-16', participations: [{ personId: planner, role: 'SPEAKER' }] };

    const dry = await gql(DRY_EVENT, { input }, editor);
    expect(dry.createEvent.userErrors).toEqual([]);
    expect(dry.createEvent.event.title).toBe('Symposium on ombudsman independence');
    expect(summary(dry.createEvent.warnings)).toEqual(['PERSON Visit to Tbilisi']);
    expect(dry.createEvent.warnings[0].record.title).toBe('Symposium on ombudsman independence');
    expect({ events: await count('event'), participations: await count('participation'), audit: await count('audit_entry') }).toEqual(before);

    // Confirming saves it with the same warnings.
    const saved = await createEvent(input, editor);
    expect(saved.warnings.map((w) => w.message)).toEqual(dry.createEvent.warnings.map((w: Warning) => w.message));
    expect(await count('event')).toBe(before.events + 1);

    // Moving the visit (a dry run of updateVisit) and adding a member (addVisitMember) preview the same way.
    const moved = await gql(`mutation($input: UpdateVisitInput!) { updateVisit(input: $input, dryRun: true) { visit { startDate } userErrors { code } warnings { ${CONFLICT} } } }`, {
      input: { id: visit.id, startDate: '2036-07-01', endDate: '2036-07-02' },
    });
    expect(moved.updateVisit).toMatchObject({ visit: { startDate: '2036-07-01' }, warnings: [], userErrors: [] });
    const unchanged = await gql(`query($id: ID!) { visit(id: $id) { startDate version } }`, { id: visit.id });
    expect(unchanged.visit).toEqual({ startDate: '2036-06-15', version: visit.version });
    const colleague = await newPerson('Second Speaker');
    await createEvent({ title: 'Second panel', startDate: '2036-06-16', participations: [{ personId: colleague, role: 'SPEAKER' }] });
    const member = await gql(`mutation($input: AddVisitMemberInput!) { addVisitMember(input: $input, dryRun: true) { visitMember { id } userErrors { code } warnings { ${CONFLICT} } } }`, {
      input: { visitId: visit.id, personId: colleague },
    });
    expect(summary(member.addVisitMember.warnings)).toEqual(['PERSON Second panel']);
    const members = await gql(`query($id: ID!) { visit(id: $id) { members { person { name } } } }`, { id: visit.id });
    expect(members.visit.members).toEqual([{ person: { name: 'Travelling Planner' } }]);
  });

  it('reports the same userErrors as saving would', async () => {
    const blank = await gql(DRY_EVENT, { input: { title: ' ', kind: 'SYMPOSIUM' } });
    expect(blank.createEvent).toMatchObject({ event: null, warnings: [], userErrors: [{ field: ['input', 'title'], code: 'REQUIRED' }] });
    const backwards = await gql(DRY_EVENT, { input: { title: 'Backwards', kind: 'SYMPOSIUM', startDate: '2036-06-16', endDate: '2036-06-01' } });
    expect(backwards.createEvent).toMatchObject({ event: null, userErrors: [{ code: 'INVALID_DATE_RANGE' }] });
  });

  it('is refused to viewers like the mutation itself', async () => {
    const res = await t.post({ query: DRY_EVENT, variables: { input: { title: 'x', kind: 'OTHER' } } }, { authorization: `Bearer ${viewer}` });
    expect(res.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('conflicts query', () => {
  const CONFLICTS = `query($from: LocalDate, $to: LocalDate, $days: Int, $institutionId: ID, $personId: ID, $kinds: [ConflictKind!], $first: Int) {
    conflicts(from: $from, to: $to, days: $days, institutionId: $institutionId, personId: $personId, kinds: $kinds, first: $first) {
      from to totalCount truncated items { ${CONFLICT} }
    }
  }`;

  it('lists each clashing pair once, by date, filtered by person, institution and kind; viewers do not see confidential ones', async () => {
    const chair = await newPerson('Window Chair');
    const host = await newInstitution('Window Host');
    await createEvent({ title: 'W1 conference', startDate: '2037-04-01', endDate: '2037-04-03', participations: [{ personId: chair, role: 'CHAIR' }, { institutionId: host, role: 'HOST' }] });
    await createEvent({ title: 'W2 workshop', startDate: '2037-04-02', participations: [{ personId: chair, role: 'SPEAKER' }] });
    await createVisit({ title: 'W3 visit', hostId: host, startDate: '2037-04-03', endDate: '2037-04-04' });
    await createEvent({ title: 'W4 secret talks', confidential: true, startDate: '2037-04-20', participations: [{ personId: chair, role: 'DELEGATE' }] });
    await createEvent({ title: 'W5 month-only seminar', startDate: '2037-04', participations: [{ personId: chair, role: 'SPEAKER' }] });

    const all = (await gql(CONFLICTS, { from: '2037-04-01', to: '2037-04-30' })).conflicts;
    expect(all.items.map((c: Warning) => `${c.kind} ${c.record.title} × ${c.other.title} ${c.from}${c.approximate ? ' ~' : ''}`)).toEqual([
      'PERSON W1 conference × W5 month-only seminar 2037-04-01 ~', // same first day: by title
      'PERSON W1 conference × W2 workshop 2037-04-02',
      'PERSON W5 month-only seminar × W2 workshop 2037-04-02 ~',
      'HOST W1 conference × W3 visit 2037-04-03',
      'PERSON W5 month-only seminar × W4 secret talks 2037-04-20 ~',
    ]);
    expect(all).toMatchObject({ totalCount: 5, truncated: false, from: '2037-04-01', to: '2037-04-30' });

    const hosts = (await gql(CONFLICTS, { from: '2037-04-01', to: '2037-04-30', kinds: ['HOST'] })).conflicts;
    expect(hosts.items).toHaveLength(1);
    const ofHost = (await gql(CONFLICTS, { from: '2037-04-01', to: '2037-04-30', institutionId: host })).conflicts;
    expect(ofHost.items.map((c: Warning) => c.kind)).toEqual(['PERSON', 'PERSON', 'HOST']); // conflicts of records the host is involved in
    const ofChair = (await gql(CONFLICTS, { from: '2037-04-02', days: 1, personId: chair })).conflicts;
    // Overlaps that reach into the window count, even when they start before it.
    expect(ofChair.items.map((c: Warning) => `${c.record.title} × ${c.other.title}`)).toEqual([
      'W1 conference × W5 month-only seminar',
      'W1 conference × W2 workshop',
      'W5 month-only seminar × W2 workshop',
    ]);

    const forViewer = (await gql(CONFLICTS, { from: '2037-04-01', to: '2037-04-30' }, viewer)).conflicts;
    expect(forViewer.totalCount).toBe(4);
    expect(JSON.stringify(forViewer)).not.toContain('secret');
    const forEditor = (await gql(CONFLICTS, { from: '2037-04-01', to: '2037-04-30' }, editor)).conflicts;
    expect(forEditor.totalCount).toBe(5);

    const cut = (await gql(CONFLICTS, { from: '2037-04-01', to: '2037-04-30', first: 2 })).conflicts;
    expect(cut).toMatchObject({ totalCount: 5, truncated: true });
    expect(cut.items).toHaveLength(2);
  });

  it('uses the same number of SQL statements for 10 and 100 conflicts', async () => {
    /** n pairs of events, each pair on one day with one person in common. */
    async function fixtures(year: number, n: number) {
      const em = t.db.orm.em.fork();
      for (let i = 0; i < n; i++) {
        const person = em.create(Person, { name: `Pair person ${year}/${i}`, aliases: [], searchText: '' } as never) as Person;
        person.refreshSearchKeys();
        for (const suffix of ['a', 'b']) {
          const e = em.create(Event, { title: `Pair ${i}${suffix}`, kind: EventKind.WORKSHOP, startDate: `${year}-01-${String((i % 28) + 1).padStart(2, '0')}`, searchText: '' } as never) as Event;
          e.refreshSearchKeys();
          em.create(Participation, { event: e, person, role: ParticipationRole.SPEAKER } as never);
        }
      }
      await em.flush();
    }
    await fixtures(2041, 10);
    await fixtures(2042, 100);
    const q = `query($from: LocalDate!, $to: LocalDate!) { conflicts(from: $from, to: $to, first: 500) { totalCount items { kind person { name } record { id ... on Event { title hosts { name } } } other { id ... on Event { title } } } } }`;
    const a = await t.post({ query: q, variables: { from: '2041-01-01', to: '2041-01-31' } });
    const b = await t.post({ query: q, variables: { from: '2042-01-01', to: '2042-01-31' } });
    expect(a.json.errors).toBeUndefined();
    expect(b.json.errors).toBeUndefined();
    expect(a.json.data.conflicts.totalCount).toBe(10);
    expect(b.json.data.conflicts.totalCount).toBe(100);
    const [sa, sb] = [a.json.extensions.sqlStatements, b.json.extensions.sqlStatements];
    console.log(`conflicts: ${sa} SQL statements for 10 conflicts, ${sb} for 100`);
    expect(sb).toBe(sa);
  });
});

describe('reschedules', () => {
  const HISTORY = `query($id: ID!) { node(id: $id) {
    ... on Event { status startDate endDate previousDates { startDate endDate startTime endTime timeZone } reschedules { changedAt operation status changedBy before { startDate endDate startTime } after { startDate endDate startTime } } }
    ... on Visit { status startDate previousDates { startDate endDate } reschedules { status before { startDate endDate } after { startDate endDate } } }
  } }`;

  it('keeps the old dates of a postponed and moved event, oldest first, from the audit trail', async () => {
    const event = await createEvent({ title: 'Symposium of Ombudsmen', kind: 'SYMPOSIUM', startDate: '2038-06-18', startTime: '10:00', timeZone: 'Asia/Baku' });
    await updateEvent({ id: event.id, title: 'Symposium of Ombudsmen (renamed)' }); // not a reschedule
    await updateEvent({ id: event.id, status: 'POSTPONED', startDate: '2038-09', startTime: null });
    await updateEvent({ id: event.id, status: 'CONFIRMED', startDate: '2038-10-02', endDate: '2038-10-03', startTime: '09:30' });
    const node = (await gql(HISTORY, { id: event.id })).node;
    expect(node).toMatchObject({ status: 'CONFIRMED', startDate: '2038-10-02', endDate: '2038-10-03' });
    expect(node.previousDates).toEqual([
      { startDate: '2038-06-18', endDate: null, startTime: '10:00', endTime: null, timeZone: 'Asia/Baku' },
      { startDate: '2038-09', endDate: null, startTime: null, endTime: null, timeZone: 'Asia/Baku' },
    ]);
    expect(node.reschedules).toMatchObject([
      { operation: 'updateEvent', status: 'POSTPONED', changedBy: 'Test admin 1', before: { startDate: '2038-06-18', startTime: '10:00' }, after: { startDate: '2038-09', startTime: null } },
      { operation: 'updateEvent', status: 'CONFIRMED', before: { startDate: '2038-09', endDate: null }, after: { startDate: '2038-10-02', endDate: '2038-10-03', startTime: '09:30' } },
    ]);
    expect(Date.parse(node.reschedules[0].changedAt)).toBeLessThanOrEqual(Date.parse(node.reschedules[1].changedAt));
  });

  it('does the same for visits', async () => {
    const visit = await createVisit({ title: 'Visit to be moved', startDate: '2039-03-01', endDate: '2039-03-02' });
    await gql(UPDATE_VISIT, { input: { id: visit.id, startDate: '2039-04-01', endDate: '2039-04-02' } });
    const node = (await gql(HISTORY, { id: visit.id })).node;
    expect(node.previousDates).toEqual([{ startDate: '2039-03-01', endDate: '2039-03-02' }]);
    expect(node.reschedules).toEqual([{ status: null, before: { startDate: '2039-03-01', endDate: '2039-03-02' }, after: { startDate: '2039-04-01', endDate: '2039-04-02' } }]);
  });
});
