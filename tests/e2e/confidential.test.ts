import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { seedId } from '../../server/db/seed/seed-id.js';
import { Event } from '../../server/records/event/event.entity.js';
import { Visit } from '../../server/records/visit/visit.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let viewer: string;
let editor: string;
const symposium = toGlobalId('Event', seedId('event-symposium-2025'));
const mission = toGlobalId('Visit', seedId('visit-iphrc-mission-2'));

beforeAll(async () => {
  t = await startTestServer({ seed: true });
  viewer = await t.tokenFor('VIEWER');
  editor = await t.tokenFor('EDITOR');
  const em = t.db.orm.em.fork();
  await em.nativeUpdate(Event, { id: seedId('event-symposium-2025') }, { confidential: true });
  await em.nativeUpdate(Visit, { id: seedId('visit-iphrc-mission-2') }, { confidential: true });
});
afterAll(() => t?.close());

const as = (token: string) => ({ authorization: `Bearer ${token}` });

describe('confidential records', () => {
  it('are invisible to viewers through node(id), and visible to editors', async () => {
    const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    const forViewer = await t.post({ query, variables: { ids: [symposium, mission] } }, as(viewer));
    expect(forViewer.json.data.nodes).toEqual([null, null]);
    const forEditor = await t.post({ query, variables: { ids: [symposium, mission] } }, as(editor));
    expect(forEditor.json.data.nodes).toEqual([{ id: symposium }, { id: mission }]);
  });

  it('leave no trace in search results for viewers', async () => {
    const query = '{ search(text: "symposium") { title } }';
    const forViewer = await t.post({ query }, as(viewer));
    expect(forViewer.json.data.search.map((h: { title: string }) => h.title)).not.toContain(
      'Symposium of Ombudsmen dedicated to National Human Rights Day (18 June)',
    );
    const forEditor = await t.post({ query }, as(editor));
    expect(forEditor.json.data.search.map((h: { title: string }) => h.title)).toContain(
      'Symposium of Ombudsmen dedicated to National Human Rights Day (18 June)',
    );
  });
});
