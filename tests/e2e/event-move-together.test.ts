// Issue 16, part 3: postponing an event with sub-events. Moving the parent alone (a part would fall
// outside) or a part alone (outside its parent) is refused with the way out; withSubEvents: true
// shifts the parts, at any depth, with the event, and every record's reschedules tell the one move.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
const year = new Date().getUTCFullYear() + 1;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

// biome-ignore lint/suspicious/noExplicitAny: raw GraphQL responses are untyped in these tests
async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.post({ query, variables });
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  return res.json.data as T;
}

async function create(input: Record<string, unknown>): Promise<string> {
  const data = await gql(`mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } userErrors { field code message } } }`, {
    input: { kind: 'CONFERENCE', ...input },
  });
  expect(data.createEvent.userErrors).toEqual([]);
  return data.createEvent.event.id;
}

const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { id status startDate endDate } userErrors { field code message } } }`;
const update = async (input: Record<string, unknown>) => (await gql(UPDATE, { input })).updateEvent;
const RESCHEDULES = `query($id: ID!) { event(id: $id) { startDate endDate status reschedules { status before { startDate endDate } after { startDate endDate } } } }`;
const history = async (id: string) => (await gql(RESCHEDULES, { id })).event;

describe('moving an event with its sub-events', () => {
  it('refuses a move either way, saying how to move them together', async () => {
    const parent = await create({ title: 'Assembly A', startDate: `${year}-05-10`, endDate: `${year}-05-12` });
    const child = await create({ title: 'Board A', kind: 'BOARD_MEETING', startDate: `${year}-05-11`, parentId: parent });
    const alone = await update({ id: parent, startDate: `${year}-06-10`, endDate: `${year}-06-12`, status: 'POSTPONED' });
    expect(alone.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'startDate'], code: 'INVALID_DATE_RANGE', message: expect.stringContaining('withSubEvents: true') }),
    ]);
    const part = await update({ id: child, startDate: `${year}-06-11` });
    expect(part.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'startDate'], code: 'INVALID_DATE_RANGE', message: expect.stringContaining('move the parent with withSubEvents: true') }),
    ]);
  });

  it('postpones the event and shifts its parts at any depth; each history tells the one move', async () => {
    const parent = await create({ title: 'Assembly B', startDate: `${year}-05-10`, endDate: `${year}-05-12` });
    const child = await create({ title: 'Board B', kind: 'BOARD_MEETING', startDate: `${year}-05-11`, endDate: `${year}-05-12`, parentId: parent });
    const grandchild = await create({ title: 'Side session B', kind: 'SESSION', startDate: `${year}-05-11`, parentId: child });
    const moved = await update({ id: parent, startDate: `${year}-06-10`, endDate: `${year}-06-12`, status: 'POSTPONED', withSubEvents: true });
    expect(moved.userErrors).toEqual([]);
    expect(moved.event).toMatchObject({ status: 'POSTPONED', startDate: `${year}-06-10`, endDate: `${year}-06-12` });

    expect(await history(parent)).toEqual({
      startDate: `${year}-06-10`,
      endDate: `${year}-06-12`,
      status: 'POSTPONED',
      reschedules: [{ status: 'POSTPONED', before: { startDate: `${year}-05-10`, endDate: `${year}-05-12` }, after: { startDate: `${year}-06-10`, endDate: `${year}-06-12` } }],
    });
    expect(await history(child)).toEqual({
      startDate: `${year}-06-11`,
      endDate: `${year}-06-12`,
      status: 'PLANNED',
      reschedules: [{ status: null, before: { startDate: `${year}-05-11`, endDate: `${year}-05-12` }, after: { startDate: `${year}-06-11`, endDate: `${year}-06-12` } }],
    });
    expect(await history(grandchild)).toMatchObject({
      startDate: `${year}-06-11`,
      endDate: null,
      reschedules: [{ before: { startDate: `${year}-05-11`, endDate: null }, after: { startDate: `${year}-06-11`, endDate: null } }],
    });
  });

  it('refuses to shift a part dated only to the month, and changes nothing', async () => {
    const parent = await create({ title: 'Assembly C', startDate: `${year}-05-01`, endDate: `${year}-05-31` });
    await create({ title: 'Month part C', startDate: `${year}-05`, parentId: parent });
    const res = await update({ id: parent, startDate: `${year}-07-01`, endDate: `${year}-07-31`, withSubEvents: true });
    expect(res.userErrors).toEqual([expect.objectContaining({ field: ['input', 'withSubEvents'], code: 'INVALID_VALUE', message: expect.stringContaining('"Month part C"') })]);
    expect((await history(parent)).startDate).toBe(`${year}-05-01`);
  });
});
