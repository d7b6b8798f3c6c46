import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { Commitment } from '../../server/records/commitment/commitment.entity.js';
import { Document } from '../../server/records/document/document.entity.js';
import { DocumentKind } from '../../server/records/document/document.enums.js';
import { Event } from '../../server/records/event/event.entity.js';
import { Participation } from '../../server/records/event/participation.entity.js';
import { Person } from '../../server/records/person/person.entity.js';
import { Citation } from '../../server/records/provenance/citation.entity.js';
import { Claim } from '../../server/records/provenance/claim.entity.js';
import { ClaimQualifier, SourceKind } from '../../server/records/provenance/provenance.enums.js';
import { Source } from '../../server/records/provenance/source.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let azOmbudsman: string; // Institution IDs
let enoc: string;
let unicef: string;
let person: string; // Person ID
let personKey: string;

const keyOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

beforeAll(async () => {
  t = await startTestServer();
  azOmbudsman = (await t.client.createInstitution({ name: 'Ombudsman of Azerbaijan', kind: 'OMBUDSMAN', country: 'AZ' })).id;
  enoc = (await t.client.createInstitution({ name: 'European Network of Ombudspersons for Children', acronym: 'ENOC', kind: 'NETWORK' })).id;
  unicef = (await t.client.createInstitution({ name: 'UNICEF', kind: 'INTERGOVERNMENTAL_ORGANIZATION' })).id;
  const em = t.db.orm.em.fork();
  const p = em.create(Person, { name: 'Sabina Aliyeva', aliases: [], searchText: '' });
  p.refreshSearchKeys();
  await em.flush();
  personKey = p.id;
  person = toGlobalId('Person', p.id);
});
afterAll(() => t?.close());

/** Runs a GraphQL operation that must not fail at the top level. */
// biome-ignore lint/suspicious/noExplicitAny: raw GraphQL responses are untyped in these tests
async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.post({ query, variables });
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return res.json.data as T;
}

const EVENT_FIELDS = `id version title kind status startDate endDate startTime endTime timeZone city country countryName venue edition recurrence description confidential
  parent { id title } children { id title } series { id name }`;

const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { ${EVENT_FIELDS} } userErrors { field message code } } }`;
const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { ${EVENT_FIELDS} } userErrors { field message code } } }`;
const DELETE = `mutation($input: DeleteEventInput!) { deleteEvent(input: $input) { deletedId userErrors { field message code } } }`;
const CREATE_SERIES = `mutation($input: CreateEventSeriesInput!) { createEventSeries(input: $input) { eventSeries { id name version } userErrors { field code message } } }`;
const ADD = `mutation($input: AddParticipationInput!) { addParticipation(input: $input) { participation { id role rsvp version note institution { id } person { id } onBehalfOf { id } event { id } } userErrors { field code message } } }`;
const UPDATE_PARTICIPATION = `mutation($input: UpdateParticipationInput!) { updateParticipation(input: $input) { participation { id role rsvp version note onBehalfOf { id } } userErrors { field code message } } }`;
const REMOVE_PARTICIPATION = `mutation($input: RemoveParticipationInput!) { removeParticipation(input: $input) { deletedId userErrors { field code message } } }`;

async function createEvent(input: Record<string, unknown>) {
  const data = await gql(CREATE, { input: { kind: 'CONFERENCE', ...input } });
  expect(data.createEvent.userErrors).toEqual([]);
  return data.createEvent.event;
}

async function updateEvent(input: Record<string, unknown>) {
  const data = await gql(UPDATE, { input });
  expect(data.updateEvent.userErrors).toEqual([]);
  return data.updateEvent.event;
}

async function createSeries(name: string) {
  const data = await gql(CREATE_SERIES, { input: { name } });
  expect(data.createEventSeries.userErrors).toEqual([]);
  return data.createEventSeries.eventSeries;
}

async function counts() {
  const em = t.db.orm.em.fork();
  return { events: await em.count(Event, {}), participations: await em.count(Participation, {}) };
}

/** Runs a mutation expected to be refused; checks nothing was written and returns the userErrors. */
async function refused(query: string, input: Record<string, unknown>) {
  const before = await counts();
  const data = await gql(query, { input });
  const payload = Object.values(data)[0] as Record<string, unknown> & { userErrors: { field: string[]; code: string; message: string }[] };
  expect(payload.userErrors.length).toBeGreaterThan(0);
  for (const e of payload.userErrors) expect(e.message.length).toBeGreaterThan(0);
  for (const [key, value] of Object.entries(payload)) if (key !== 'userErrors') expect(value).toBeNull();
  expect(await counts()).toEqual(before);
  return payload.userErrors;
}

const unknownEvent = toGlobalId('Event', '00000000-0000-4000-8000-000000000000');

describe('events', () => {
  it('creates a series edition with participants and reads it back with its relations', async () => {
    const series = await createSeries('Baku International Forum of Ombudsmen');
    const forum = await createEvent({
      title: 'Baku Forum of Ombudsmen',
      kind: 'FORUM',
      status: 'HELD',
      startDate: '2024-10-02',
      endDate: '2024-10-03',
      startTime: '09:30',
      endTime: '18:00',
      timeZone: 'asia/baku',
      city: 'Baku',
      country: 'az',
      venue: 'Fairmont',
      seriesId: series.id,
      edition: 1,
      participations: [
        { institutionId: azOmbudsman, role: 'HOST', rsvp: 'ATTENDED' },
        { institutionId: azOmbudsman, role: 'ORGANISER' },
        { institutionId: enoc, role: 'CO_ORGANISER' },
        { personId: person, onBehalfOfId: azOmbudsman, role: 'SPEAKER', note: 'Opening address' },
        { institutionId: unicef, role: 'OBSERVER', rsvp: 'DECLINED' },
      ],
    });
    expect(forum).toMatchObject({
      kind: 'FORUM',
      status: 'HELD',
      country: 'AZ',
      countryName: 'Azerbaijan',
      timeZone: 'Asia/Baku', // canonical spelling
      series: { id: series.id, name: 'Baku International Forum of Ombudsmen' },
      edition: 1,
      version: 1,
      parent: null,
      children: [],
    });
    const board = await createEvent({ title: 'ENOC Board meeting', kind: 'BOARD_MEETING', startDate: '2024-10-03', parentId: forum.id });
    expect(board.parent).toEqual({ id: forum.id, title: 'Baku Forum of Ombudsmen' });

    const data = await gql(
      `query($id: ID!) { event(id: $id) {
        children { id }
        organisers { id name } hosts { id }
        participations { role rsvp note institution { id } person { id name } onBehalfOf { id } event { id } }
        speakers: participations(role: [SPEAKER]) { person { name } }
        occurrences { startDate endDate }
      } }`,
      { id: forum.id },
    );
    const event = data.event;
    expect(event.children).toEqual([{ id: board.id }]);
    expect(event.organisers.map((i: { id: string }) => i.id)).toEqual([azOmbudsman, enoc]);
    expect(event.hosts).toEqual([{ id: azOmbudsman }]);
    expect(event.participations).toHaveLength(5);
    expect(event.participations[3]).toEqual({
      role: 'SPEAKER',
      rsvp: 'INVITED',
      note: 'Opening address',
      institution: null,
      person: { id: person, name: 'Sabina Aliyeva' },
      onBehalfOf: { id: azOmbudsman },
      event: { id: forum.id },
    });
    expect(event.speakers).toEqual([{ person: { name: 'Sabina Aliyeva' } }]);
    expect(event.occurrences).toEqual([{ startDate: '2024-10-02', endDate: '2024-10-03' }]);

    const seriesData = await gql(`query($id: ID!) { eventSeries(id: $id) { name events { id edition } } }`, { id: series.id });
    expect(seriesData.eventSeries.events).toEqual([{ id: forum.id, edition: 1 }]);
    const node = await gql(`query($id: ID!) { node(id: $id) { __typename ... on Event { title } } }`, { id: forum.id });
    expect(node.node).toEqual({ __typename: 'Event', title: 'Baku Forum of Ombudsmen' });

    const inst = await gql(
      `query($id: ID!) { institution(id: $id) { all: events { role event { id } } organised: events(role: [ORGANISER, HOST]) { role } } }`,
      { id: azOmbudsman },
    );
    expect(inst.institution.all).toHaveLength(2);
    expect(inst.institution.organised.map((p: { role: string }) => p.role)).toEqual(['HOST', 'ORGANISER']);
  });

  it('answers NOT_FOUND for unknown or foreign IDs', async () => {
    for (const id of [unknownEvent, azOmbudsman, 'garbage']) {
      const res = await t.post({ query: 'query($id: ID!) { event(id: $id) { id } }', variables: { id } });
      expect(res.json.errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('filters by kind, status, date window, country, series, parent, participant and search', async () => {
    const series = await createSeries('Filter Series');
    const a = await createEvent({ title: 'Filter Symposium Strasbourg', kind: 'SYMPOSIUM', startDate: '2025-03', country: 'FR', city: 'Strasbourg', seriesId: series.id, edition: 1 });
    const b = await createEvent({ title: 'Filter Workshop Tbilisi', kind: 'WORKSHOP', startDate: '2025-06-10', endDate: '2025-06-12', country: 'GE', status: 'CONFIRMED' });
    const c = await createEvent({ title: 'Filter Campaign Ganja', kind: 'CAMPAIGN', startDate: '2025', country: 'AZ', venue: 'Gəncə Dövlət Universiteti', parentId: null });
    const d = await createEvent({ title: 'Filter Session', kind: 'SESSION', startDate: '2025-06-11', parentId: b.id, participations: [{ personId: person, role: 'RAPPORTEUR' }] });
    await createEvent({ title: 'Filter Undated', kind: 'OTHER' });

    const titles = async (filter: Record<string, unknown>) => {
      const data = await gql(`query($filter: EventFilter) { events(filter: $filter, first: 100) { totalCount nodes { title } } }`, {
        filter: { search: 'filter', ...filter },
      });
      expect(data.events.totalCount).toBe(data.events.nodes.length);
      return data.events.nodes.map((n: { title: string }) => n.title);
    };
    // Ordered by start date (partial dates sort by their text; undated last).
    expect(await titles({})).toEqual([
      'Filter Campaign Ganja',
      'Filter Symposium Strasbourg',
      'Filter Workshop Tbilisi',
      'Filter Session',
      'Filter Undated',
    ]);
    expect(await titles({ kind: ['WORKSHOP', 'SESSION'] })).toEqual(['Filter Workshop Tbilisi', 'Filter Session']);
    expect(await titles({ status: ['CONFIRMED'] })).toEqual(['Filter Workshop Tbilisi']);
    expect(await titles({ country: ['ge', 'FR'] })).toEqual(['Filter Symposium Strasbourg', 'Filter Workshop Tbilisi']);
    expect(await titles({ seriesId: series.id })).toEqual(['Filter Symposium Strasbourg']);
    expect(await titles({ parentId: b.id })).toEqual(['Filter Session']);
    expect(await titles({ hasParent: true })).toEqual(['Filter Session']);
    expect(await titles({ participantId: person })).toEqual(['Filter Session']);
    expect(await titles({ search: 'gence' })).toEqual(['Filter Campaign Ganja']); // venue, ə → e
    expect(await titles({ search: 'STRASBOURG' })).toEqual(['Filter Symposium Strasbourg']);
    // Date windows compare the days a partial date covers: "2025" overlaps every 2025 window.
    expect(await titles({ from: '2025-06-12', to: '2025-06' })).toEqual(['Filter Campaign Ganja', 'Filter Workshop Tbilisi']);
    expect(await titles({ from: '2025-04', to: '2025-04-30' })).toEqual(['Filter Campaign Ganja']);
    expect(await titles({ to: '2025-03-01' })).toEqual(['Filter Campaign Ganja', 'Filter Symposium Strasbourg']);
    expect(await titles({ from: '2026' })).toEqual([]);
    expect(a.id && c.id && d.id).toBeTruthy();

    const participantOf = await gql(`query($filter: EventFilter) { events(filter: $filter) { nodes { title } } }`, {
      filter: { participantId: enoc },
    });
    expect(participantOf.events.nodes).toEqual([{ title: 'Baku Forum of Ombudsmen' }]);
  });

  it('rejects bad filters with BAD_USER_INPUT', async () => {
    for (const filter of [{ country: ['ZZ'] }, { participantId: unknownEvent }, { seriesId: azOmbudsman }, { from: '2025-13' }]) {
      const res = await t.post({ query: 'query($filter: EventFilter) { events(filter: $filter) { totalCount } }', variables: { filter } });
      expect(res.json.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
    }
  });

  it('orders and pages forwards and backwards', async () => {
    for (let i = 0; i < 12; i++) await createEvent({ title: `Paging Event ${String(i).padStart(2, '0')}`, startDate: `2023-01-${String(12 - i).padStart(2, '0')}` });
    const page = (args: Record<string, unknown>) =>
      gql(`query($filter: EventFilter, $orderBy: EventOrder, $first: Int, $after: String, $last: Int, $before: String) {
        events(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { title startDate } } }`,
        { filter: { search: 'paging event' }, ...args },
      ).then((d) => d.events);
    const first = await page({ first: 5 });
    expect(first.totalCount).toBe(12);
    expect(first.nodes[0]).toEqual({ title: 'Paging Event 11', startDate: '2023-01-01' });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await page({ first: 5, after: first.pageInfo.endCursor });
    expect(second.nodes[0].title).toBe('Paging Event 06');
    const back = await page({ last: 2, before: second.pageInfo.startCursor });
    expect(back.nodes.map((n: { title: string }) => n.title)).toEqual(['Paging Event 08', 'Paging Event 07']);
    const byTitle = await page({ first: 2, orderBy: { field: 'TITLE', direction: 'DESC' } });
    expect(byTitle.nodes.map((n: { title: string }) => n.title)).toEqual(['Paging Event 11', 'Paging Event 10']);
  });

  it('updates with patch semantics and refuses a stale version', async () => {
    const e = await createEvent({ title: 'Patch Me', startDate: '2024-05-01', city: 'Baku', country: 'AZ', description: 'x' });
    const updated = await updateEvent({ id: e.id, version: e.version, title: 'Patched', city: null });
    expect(updated).toMatchObject({ title: 'Patched', city: null, country: 'AZ', description: 'x', startDate: '2024-05-01', version: 2 });
    const searched = await gql(`{ events(filter: {search: "patched"}) { totalCount } }`);
    expect(searched.events.totalCount).toBe(1);
    const errors = await refused(UPDATE, { id: e.id, version: 1, title: 'Lost' });
    expect(errors).toEqual([expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' })]);
    expect((await refused(UPDATE, { id: unknownEvent, title: 'x' }))[0]).toMatchObject({ field: ['input', 'id'], code: 'NOT_FOUND' });
    expect((await refused(UPDATE, { id: e.id, title: null }))[0]).toMatchObject({ field: ['input', 'title'], code: 'REQUIRED' });
  });
});

describe('event input rules', () => {
  let parentId: string;
  let seriesId: string;
  beforeAll(async () => {
    parentId = (await createEvent({ title: 'COP29', startDate: '2024-11-11', endDate: '2024-11-22', city: 'Baku' })).id;
    seriesId = (await createSeries('Rules Series')).id;
    await createEvent({ title: 'Rules Edition 3', seriesId, edition: 3 });
  });

  const cases: [string, Record<string, unknown>, string[], string][] = [
    ['a blank title', { title: '  ' }, ['input', 'title'], 'REQUIRED'],
    ['an end before the start', { endDate: '2024-09' }, ['input', 'endDate'], 'INVALID_DATE_RANGE'],
    ['a time that is not HH:MM', { startTime: '9:30', timeZone: 'Asia/Baku' }, ['input', 'startTime'], 'INVALID_FORMAT'],
    ['a time past 23:59', { startTime: '24:00', timeZone: 'Asia/Baku' }, ['input', 'startTime'], 'INVALID_FORMAT'],
    ['a start time on a month-precision date', { startDate: '2024-10', startTime: '10:00', timeZone: 'Asia/Baku' }, ['input', 'startTime'], 'INVALID_FORMAT'],
    ['an end time on a year-precision end date', { endDate: '2025', endTime: '10:00', timeZone: 'Asia/Baku' }, ['input', 'endTime'], 'INVALID_FORMAT'],
    ['times without a time zone', { startTime: '10:00' }, ['input', 'timeZone'], 'REQUIRED'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, ['input', 'timeZone'], 'INVALID_FORMAT'],
    ['an offset instead of an IANA zone', { timeZone: '+04:00' }, ['input', 'timeZone'], 'INVALID_FORMAT'],
    ['an end time before the start time on one day', { startTime: '14:00', endTime: '09:00', timeZone: 'Asia/Baku' }, ['input', 'endTime'], 'INVALID_DATE_RANGE'],
    ['a bad country code', { country: 'XX' }, ['input', 'country'], 'INVALID_COUNTRY'],
    ['an hourly recurrence', { recurrence: 'FREQ=HOURLY' }, ['input', 'recurrence'], 'INVALID_FORMAT'],
    ['an unsupported rule part', { recurrence: 'FREQ=YEARLY;X-FOO=MO' }, ['input', 'recurrence'], 'INVALID_FORMAT'],
    ['COUNT and UNTIL together', { recurrence: 'FREQ=YEARLY;COUNT=2;UNTIL=20300101' }, ['input', 'recurrence'], 'INVALID_FORMAT'],
    ['a recurrence on a month-precision start', { startDate: '2024-10', recurrence: 'FREQ=YEARLY' }, ['input', 'recurrence'], 'INVALID_FORMAT'],
    ['a zero edition', { seriesId: '$series', edition: 0 }, ['input', 'edition'], 'INVALID_VALUE'],
    ['a duplicate edition', { seriesId: '$series', edition: 3 }, ['input', 'edition'], 'DUPLICATE'],
    ['an unknown parent', { parentId: unknownEvent }, ['input', 'parentId'], 'NOT_FOUND'],
    ['a parent that is not an event', { parentId: '$institution' }, ['input', 'parentId'], 'INVALID_ID'],
    ['a child outside its parent’s dates', { parentId: '$parent', startDate: '2024-11-23' }, ['input', 'parentId'], 'INVALID_DATE_RANGE'],
    ['a child starting before its parent', { parentId: '$parent', startDate: '2024-11-10', endDate: '2024-11-12' }, ['input', 'parentId'], 'INVALID_DATE_RANGE'],
    ['HELD with a start in the future', { status: 'HELD', startDate: '2099-01-01' }, ['input', 'status'], 'INVALID_VALUE'],
    ['a participant with neither institution nor person', { participations: [{ role: 'DELEGATE' }] }, ['input', 'participations', '0', 'institutionId'], 'REQUIRED'],
    [
      'a participant with both institution and person',
      { participations: [{ institutionId: '$institution', personId: '$person', role: 'DELEGATE' }] },
      ['input', 'participations', '0', 'personId'],
      'INVALID_VALUE',
    ],
    [
      'the same participant twice in one role',
      { participations: [{ institutionId: '$institution', role: 'DELEGATE' }, { institutionId: '$institution', role: 'DELEGATE' }] },
      ['input', 'participations', '1', 'role'],
      'DUPLICATE',
    ],
    [
      'on behalf of a person',
      { participations: [{ institutionId: '$institution', onBehalfOfId: '$person', role: 'DELEGATE' }] },
      ['input', 'participations', '0', 'onBehalfOfId'],
      'INVALID_ID',
    ],
    [
      'an institution on behalf of itself',
      { participations: [{ institutionId: '$institution', onBehalfOfId: '$institution', role: 'DELEGATE' }] },
      ['input', 'participations', '0', 'onBehalfOfId'],
      'INVALID_VALUE',
    ],
  ];

  it.each(cases)('create refuses %s', async (_label, extra, field, code) => {
    const swap = (v: unknown): unknown =>
      v === '$series' ? seriesId : v === '$parent' ? parentId : v === '$institution' ? azOmbudsman : v === '$person' ? person
        : Array.isArray(v) ? v.map(swap)
          : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)]))
            : v;
    const input = swap({ title: 'Refused', kind: 'WORKSHOP', startDate: '2024-11-12', ...extra }) as Record<string, unknown>;
    const errors = await refused(CREATE, input);
    expect(errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('reports all date and time problems at once', async () => {
    const errors = await refused(CREATE, { title: 'Many', kind: 'OTHER', startDate: '2024-10', endDate: '2024-09', startTime: '10:00' });
    expect(errors.map((e) => e.code).sort()).toEqual(['INVALID_DATE_RANGE', 'INVALID_FORMAT', 'REQUIRED']);
  });

  it('accepts times with a zone on a single day and across days', async () => {
    const a = await createEvent({ title: 'Timed', startDate: '2024-11-12', startTime: '09:00', endTime: '10:30', timeZone: 'Europe/Paris' });
    expect(a).toMatchObject({ startTime: '09:00', endTime: '10:30', timeZone: 'Europe/Paris' });
    // Across days an end time earlier in the day is fine.
    await createEvent({ title: 'Overnight', startDate: '2024-11-12', endDate: '2024-11-13', startTime: '22:00', endTime: '02:00', timeZone: 'UTC' });
    const child = await createEvent({ title: 'COP29 side event', kind: 'SIDE_EVENT', startDate: '2024-11', parentId }); // a month may lie within
    expect(child.parent.id).toBe(parentId);
  });

  it('refuses parent cycles and date changes that push parts outside', async () => {
    const top = await createEvent({ title: 'Cycle Top', startDate: '2024-01-10', endDate: '2024-01-20' });
    const mid = await createEvent({ title: 'Cycle Mid', startDate: '2024-01-11', parentId: top.id });
    const low = await createEvent({ title: 'Cycle Low', startDate: '2024-01-11', parentId: mid.id });
    expect(await refused(UPDATE, { id: top.id, parentId: low.id })).toEqual([expect.objectContaining({ field: ['input', 'parentId'], code: 'CYCLE' })]);
    expect(await refused(UPDATE, { id: top.id, parentId: top.id })).toEqual([expect.objectContaining({ field: ['input', 'parentId'], code: 'CYCLE' })]);
    expect(await refused(UPDATE, { id: top.id, startDate: '2024-01-15' })).toEqual([
      expect.objectContaining({ field: ['input', 'startDate'], code: 'INVALID_DATE_RANGE' }),
    ]);
    expect(await refused(UPDATE, { id: low.id, startDate: '2024-02-01' })).toEqual([
      expect.objectContaining({ field: ['input', 'startDate'], code: 'INVALID_DATE_RANGE' }),
    ]);
    expect((await updateEvent({ id: low.id, parentId: null })).parent).toBeNull();
  });

  it('moves status along the lifecycle and refuses other moves', async () => {
    const e = await createEvent({ title: 'Lifecycle', startDate: '2024-06-01' });
    const move = (status: string) => gql(UPDATE, { input: { id: e.id, status } }).then((d) => d.updateEvent);
    expect((await move('HELD')).userErrors).toEqual([expect.objectContaining({ field: ['input', 'status'], code: 'INVALID_TRANSITION' })]);
    expect((await move('POSTPONED')).event.status).toBe('POSTPONED');
    expect((await move('PLANNED')).event.status).toBe('PLANNED');
    expect((await move('CONFIRMED')).event.status).toBe('CONFIRMED');
    expect((await move('HELD')).event.status).toBe('HELD');
    for (const status of ['PLANNED', 'CONFIRMED', 'POSTPONED', 'CANCELLED']) {
      expect((await move(status)).userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });
    }
    // A HELD event cannot be moved into the future either.
    expect((await gql(UPDATE, { input: { id: e.id, startDate: '2099-05-01' } })).updateEvent.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'startDate'], code: 'INVALID_VALUE' }),
    ]);
    const future = await createEvent({ title: 'Future', startDate: '2099-01-01', status: 'CONFIRMED' });
    expect((await gql(UPDATE, { input: { id: future.id, status: 'HELD' } })).updateEvent.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'status'], code: 'INVALID_VALUE' }),
    ]);
    const cancelled = await createEvent({ title: 'Cancelled', status: 'CANCELLED' });
    expect((await gql(UPDATE, { input: { id: cancelled.id, status: 'PLANNED' } })).updateEvent.userErrors[0].code).toBe('INVALID_TRANSITION');
  });
});

describe('recurrence', () => {
  it('expands a yearly event into dated occurrences within a window', async () => {
    const month = await createEvent({
      title: 'Children’s Rights Month',
      kind: 'CAMPAIGN',
      startDate: '2024-10-20',
      endDate: '2024-11-20',
      recurrence: 'rrule:freq=yearly',
    });
    expect(month.recurrence).toBe('FREQ=YEARLY');
    const occ = (args: string) =>
      gql(`query($id: ID!) { event(id: $id) { occurrences${args} { startDate endDate } } }`, { id: month.id }).then((d) => d.event.occurrences);
    expect(await occ('(from: "2026", to: "2027")')).toEqual([
      { startDate: '2026-10-20', endDate: '2026-11-20' },
      { startDate: '2027-10-20', endDate: '2027-11-20' },
    ]);
    // Still running on 2025-11-05: the 2025 occurrence overlaps the window.
    expect(await occ('(from: "2025-11-05", to: "2025-12")')).toEqual([{ startDate: '2025-10-20', endDate: '2025-11-20' }]);
    expect(await occ('')).toHaveLength(50); // capped
    expect(await occ('(first: 3)')).toHaveLength(3);
    const bad = await t.post({ query: `query($id: ID!) { event(id: $id) { occurrences(first: 51) { startDate } } }`, variables: { id: month.id } });
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');

    const counted = await updateEvent({ id: month.id, recurrence: 'FREQ=YEARLY;INTERVAL=2;COUNT=3' });
    expect(counted.recurrence).toBe('FREQ=YEARLY;COUNT=3;INTERVAL=2'); // ical.js's canonical order
    expect((await occ('')).map((o: { startDate: string }) => o.startDate)).toEqual(['2024-10-20', '2026-10-20', '2028-10-20']);
    await updateEvent({ id: month.id, recurrence: null });
    expect(await occ('(from: "2026")')).toEqual([]);
  });
});

describe('participations', () => {
  it('adds, updates along the RSVP lifecycle and removes participations', async () => {
    const e = await createEvent({ title: 'RSVP Event', startDate: '2024-04-01' });
    const add = await gql(ADD, { input: { eventId: e.id, institutionId: unicef, role: 'DELEGATE' } });
    expect(add.addParticipation.userErrors).toEqual([]);
    const p = add.addParticipation.participation;
    expect(p).toMatchObject({ role: 'DELEGATE', rsvp: 'INVITED', institution: { id: unicef }, person: null, event: { id: e.id } });

    expect((await refused(ADD, { eventId: e.id, institutionId: unicef, role: 'DELEGATE' }))[0]).toMatchObject({ field: ['input', 'role'], code: 'DUPLICATE' });
    const speaker = (await gql(ADD, { input: { eventId: e.id, institutionId: unicef, role: 'SPEAKER' } })).addParticipation.participation;
    expect((await refused(UPDATE_PARTICIPATION, { id: speaker.id, role: 'DELEGATE' }))[0]).toMatchObject({ field: ['input', 'role'], code: 'DUPLICATE' });
    expect((await refused(ADD, { eventId: unknownEvent, institutionId: unicef, role: 'DELEGATE' }))[0]).toMatchObject({
      field: ['input', 'eventId'],
      code: 'NOT_FOUND',
    });
    expect((await refused(ADD, { eventId: e.id, personId: person, institutionId: enoc, role: 'DELEGATE' }))[0]).toMatchObject({
      field: ['input', 'personId'],
      code: 'INVALID_VALUE',
    });

    const rsvp = (value: string, version?: number) =>
      gql(UPDATE_PARTICIPATION, { input: { id: p.id, rsvp: value, version } }).then((d) => d.updateParticipation);
    expect((await rsvp('ATTENDED')).userErrors).toEqual([expect.objectContaining({ field: ['input', 'rsvp'], code: 'INVALID_TRANSITION' })]);
    expect((await rsvp('DECLINED')).participation.rsvp).toBe('DECLINED');
    expect((await rsvp('CONFIRMED')).participation.rsvp).toBe('CONFIRMED'); // changed their mind
    expect((await rsvp('NO_SHOW', 1)).userErrors[0]).toMatchObject({ field: ['input', 'version'], code: 'CONFLICT' });
    const attended = await rsvp('ATTENDED');
    expect(attended.participation).toMatchObject({ rsvp: 'ATTENDED', version: 4 });
    expect((await rsvp('NO_SHOW')).userErrors[0].code).toBe('INVALID_TRANSITION');

    const patched = await gql(UPDATE_PARTICIPATION, { input: { id: p.id, onBehalfOfId: enoc, note: 'for the network' } });
    expect(patched.updateParticipation.participation).toMatchObject({ rsvp: 'ATTENDED', role: 'DELEGATE', note: 'for the network', onBehalfOf: { id: enoc } });

    const removed = await gql(REMOVE_PARTICIPATION, { input: { id: p.id } });
    expect(removed.removeParticipation).toEqual({ deletedId: p.id, userErrors: [] });
    const again = await gql(REMOVE_PARTICIPATION, { input: { id: p.id } });
    expect(again.removeParticipation.userErrors[0]).toMatchObject({ field: ['input', 'id'], code: 'NOT_FOUND' });
    const left = await gql(`query($id: ID!) { event(id: $id) { participations { id } } }`, { id: e.id });
    expect(left.event.participations).toEqual([{ id: speaker.id }]);
  });
});

describe('deleting', () => {
  it('refuses while parts, adopted documents or commitments refer to the event, unless detach', async () => {
    const assembly = await createEvent({
      title: 'ENOC General Assembly',
      kind: 'GENERAL_ASSEMBLY',
      startDate: '2024-09-25',
      endDate: '2024-09-27',
      participations: [{ institutionId: enoc, role: 'HOST' }],
    });
    const board = await createEvent({ title: 'ENOC Bureau', kind: 'BOARD_MEETING', startDate: '2024-09-25', parentId: assembly.id });
    const em = t.db.orm.em.fork();
    const doc = em.create(Document, { title: 'ENOC Position Statement', kind: DocumentKind.STATEMENT, adoptedAt: keyOf(assembly.id), searchText: '' });
    doc.refreshSearchKeys();
    const commitment = em.create(Commitment, { title: 'Follow up', madeAtEvent: keyOf(assembly.id) });
    const source = em.create(Source, { title: 'ENOC news', kind: SourceKind.NEWS_ARTICLE });
    const participationId = (await em.findOneOrFail(Participation, { event: keyOf(assembly.id) })).id;
    em.create(Citation, { source, recordId: keyOf(assembly.id), recordType: 'Event' });
    em.create(Citation, { source, recordId: participationId, recordType: 'Participation' });
    em.create(Claim, { recordId: keyOf(assembly.id), recordType: 'Event', measure: 'participants', qualifier: ClaimQualifier.MORE_THAN, value: 200, statement: 'over 200 representatives' });
    await em.flush();

    const withDocs = await gql(`query($id: ID!) { event(id: $id) { documents { title } claims { measure qualifier value statement } citations { recordType } } }`, {
      id: assembly.id,
    });
    expect(withDocs.event).toEqual({
      documents: [{ title: 'ENOC Position Statement' }],
      claims: [{ measure: 'participants', qualifier: 'MORE_THAN', value: 200, statement: 'over 200 representatives' }],
      citations: [{ recordType: 'Event' }],
    });

    const errors = await refused(DELETE, { id: assembly.id });
    expect(errors).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'IN_USE' })]);
    expect(errors[0]!.message).toMatch(/1 child event, 1 document adopted at it, 1 commitment made at it/);
    expect((await refused(DELETE, { id: assembly.id, version: 7, detach: true }))[0]).toMatchObject({ code: 'CONFLICT' });

    const deleted = await gql(DELETE, { input: { id: assembly.id, version: 1, detach: true } });
    expect(deleted.deleteEvent).toEqual({ deletedId: assembly.id, userErrors: [] });
    const check = t.db.orm.em.fork();
    expect(await check.count(Participation, { event: keyOf(assembly.id) })).toBe(0);
    expect(await check.count(Citation, { recordId: { $in: [keyOf(assembly.id), participationId] } })).toBe(0);
    expect(await check.count(Claim, { recordId: keyOf(assembly.id) })).toBe(0);
    expect((await check.findOneOrFail(Document, { id: doc.id })).adoptedAt).toBeNull();
    expect((await check.findOneOrFail(Commitment, { id: commitment.id })).madeAtEvent).toBeNull();
    const orphan = await gql(`query($id: ID!) { event(id: $id) { parent { id } version } }`, { id: board.id });
    expect(orphan.event).toEqual({ parent: null, version: 2 });
  });

  it('deletes an event that nothing refers to, with its participations', async () => {
    const e = await createEvent({ title: 'Short-lived', participations: [{ personId: person, role: 'CHAIR' }] });
    expect((await gql(DELETE, { input: { id: e.id } })).deleteEvent).toEqual({ deletedId: e.id, userErrors: [] });
    expect(await t.db.orm.em.fork().count(Participation, { person: personKey })).toBeGreaterThan(0); // other events keep theirs
    expect((await gql(DELETE, { input: { id: e.id } })).deleteEvent.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('event series', () => {
  it('lists, updates and deletes series, refusing while editions exist unless detachEvents', async () => {
    const s = await createSeries('Zeta Series');
    await createEvent({ title: 'Zeta 2', seriesId: s.id, edition: 2 });
    await createEvent({ title: 'Zeta 1', seriesId: s.id, edition: 1 });
    const list = await gql(`{ eventSeriesList(filter: {search: "zeta"}) { totalCount nodes { name events { title edition } } } }`);
    expect(list.eventSeriesList.nodes).toEqual([
      { name: 'Zeta Series', events: [{ title: 'Zeta 1', edition: 1 }, { title: 'Zeta 2', edition: 2 }] },
    ]);
    const upd = await gql(
      `mutation($input: UpdateEventSeriesInput!) { updateEventSeries(input: $input) { eventSeries { name description version } userErrors { code field } } }`,
      { input: { id: s.id, version: 1, description: 'yearly' } },
    );
    expect(upd.updateEventSeries.eventSeries).toEqual({ name: 'Zeta Series', description: 'yearly', version: 2 });
    const blank = await gql(
      `mutation($input: CreateEventSeriesInput!) { createEventSeries(input: $input) { eventSeries { id } userErrors { code field } } }`,
      { input: { name: ' ' } },
    );
    expect(blank.createEventSeries.userErrors).toEqual([{ code: 'REQUIRED', field: ['input', 'name'] }]);

    const del = (input: Record<string, unknown>) =>
      gql(`mutation($input: DeleteEventSeriesInput!) { deleteEventSeries(input: $input) { deletedId userErrors { code field message } } }`, { input }).then(
        (d) => d.deleteEventSeries,
      );
    const inUse = await del({ id: s.id });
    expect(inUse.userErrors).toEqual([expect.objectContaining({ code: 'IN_USE', field: ['input', 'id'] })]);
    expect((await del({ id: s.id, detachEvents: true })).deletedId).toBe(s.id);
    const zetas = await gql(`{ events(filter: {search: "zeta"}) { nodes { series { id } edition } } }`);
    expect(zetas.events.nodes).toEqual([
      { series: null, edition: null },
      { series: null, edition: null },
    ]);
  });
});

describe('access', () => {
  it('needs EDITOR to change events and ADMIN to delete them, and hides confidential events below EDITOR', async () => {
    const viewer = { authorization: `Bearer ${await t.tokenFor('VIEWER')}` };
    const editor = { authorization: `Bearer ${await t.tokenFor('EDITOR')}` };
    const denied = await t.post({ query: CREATE, variables: { input: { title: 'Nope', kind: 'OTHER' } } }, viewer);
    expect(denied.json.errors[0].extensions.code).toBe('FORBIDDEN');

    const secret = await createEvent({ title: 'Secret Board Retreat', kind: 'BOARD_MEETING', confidential: true, startDate: '2024-07-01' });
    const open = await createEvent({ title: 'Open Retreat Session', kind: 'SESSION', startDate: '2024-07-01', parentId: secret.id, participations: [{ institutionId: enoc, role: 'DELEGATE' }] });
    await gql(ADD, { input: { eventId: secret.id, institutionId: enoc, role: 'CHAIR' } });
    const asViewer = await t.post({ query: `query($id: ID!) { event(id: $id) { id } }`, variables: { id: secret.id } }, viewer);
    expect(asViewer.json.errors[0].extensions.code).toBe('NOT_FOUND');
    const listed = await t.post({ query: `{ events(filter: {search: "retreat"}) { nodes { title parent { id } } } }` }, viewer);
    expect(listed.json.data.events.nodes).toEqual([{ title: 'Open Retreat Session', parent: null }]);
    const enocEvents = `query($id: ID!) { institution(id: $id) { events(role: [CHAIR, DELEGATE]) { role event { title } } } }`;
    const viewerParticipations = await t.post({ query: enocEvents, variables: { id: enoc } }, viewer);
    expect(viewerParticipations.json.data.institution.events).toEqual([{ role: 'DELEGATE', event: { title: 'Open Retreat Session' } }]);
    const editorParticipations = await t.post({ query: enocEvents, variables: { id: enoc } }, editor);
    expect(editorParticipations.json.data.institution.events).toHaveLength(2);
    const editorSees = await t.post({ query: `query($id: ID!) { event(id: $id) { parent { title } } }`, variables: { id: open.id } }, editor);
    expect(editorSees.json.data.event.parent).toEqual({ title: 'Secret Board Retreat' });

    const editorDelete = await t.post({ query: DELETE, variables: { input: { id: open.id } } }, editor);
    expect(editorDelete.json.errors[0].extensions.code).toBe('FORBIDDEN');
    const editorRemove = await t.post({ query: `query($id: ID!) { event(id: $id) { participations { id } } }`, variables: { id: open.id } }, editor);
    const pid = editorRemove.json.data.event.participations[0].id;
    const removed = await t.post({ query: REMOVE_PARTICIPATION, variables: { input: { id: pid } } }, editor);
    expect(removed.json.data.removeParticipation.deletedId).toBe(pid);
  });
});

describe('ordering by date', () => {
  it('puts undated events last in either direction, page by page across the undated ones', async () => {
    for (const [title, startDate] of [
      ['Zonal ordering forum 2023', '2023-03-01'],
      ['Zonal ordering forum undated A', null],
      ['Zonal ordering forum 2025', '2025'],
      ['Zonal ordering forum undated B', null],
      ['Zonal ordering forum 2024', '2024-05'],
    ] as const) {
      await createEvent({ title, ...(startDate ? { startDate } : {}) });
    }
    const PAGE = `query($dir: SortDirection!, $after: String) {
      events(first: 1, after: $after, filter: { search: "zonal ordering" }, orderBy: { field: START_DATE, direction: $dir }) {
        nodes { title } pageInfo { hasNextPage endCursor } } }`;
    const readAll = async (dir: string) => {
      const titles: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const data: { events: { nodes: { title: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await gql(PAGE, { dir, after });
        titles.push(...data.events.nodes.map((n) => n.title.replace('Zonal ordering forum ', '')));
        if (!data.events.pageInfo.hasNextPage) break;
        after = data.events.pageInfo.endCursor;
      }
      return titles;
    };
    const newest = await readAll('DESC');
    expect(newest.slice(0, 3)).toEqual(['2025', '2024', '2023']);
    expect(newest.slice(3).sort()).toEqual(['undated A', 'undated B']);
    const oldest = await readAll('ASC');
    expect(oldest.slice(0, 3)).toEqual(['2023', '2024', '2025']);
    expect(oldest.slice(3).sort()).toEqual(['undated A', 'undated B']);
    // The last page backwards is the same rows.
    const last = await gql(`{ events(last: 2, filter: { search: "zonal ordering" }, orderBy: { field: START_DATE, direction: DESC }) { nodes { title } } }`);
    expect(last.events.nodes.map((n: { title: string }) => n.title.replace('Zonal ordering forum ', ''))).toEqual(newest.slice(3));
  });
});
