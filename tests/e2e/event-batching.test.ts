import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Event } from '../../server/records/event/event.entity.js';
import { EventKind, ParticipationRole, RsvpStatus } from '../../server/records/event/event.enums.js';
import { EventSeries } from '../../server/records/event/event-series.entity.js';
import { Participation } from '../../server/records/event/participation.entity.js';
import { Institution } from '../../server/records/institution/institution.entity.js';
import { InstitutionKind } from '../../server/records/institution/institution.kind.js';
import { Person } from '../../server/records/person/person.entity.js';
import { Citation } from '../../server/records/provenance/citation.entity.js';
import { SourceKind } from '../../server/records/provenance/provenance.enums.js';
import { Source } from '../../server/records/provenance/source.entity.js';
import { Tagging } from '../../server/records/topic/tagging.entity.js';
import { Topic } from '../../server/records/topic/topic.entity.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;

// 100 events, each with 2 organisers, a host, a person speaking on behalf of an institution, a
// parent, a series, 2 topics and 2 citations of different sources: any per-row loading would show
// up as hundreds of extra statements.
beforeAll(async () => {
  t = await startTestServer();
  const em = t.db.orm.em.fork();
  const institutions = Array.from({ length: 20 }, (_, i) => {
    const row = em.create(Institution, { name: `Batch Institution ${i}`, kind: InstitutionKind.OMBUDSMAN, aliases: [], nameKey: '', searchText: '' });
    row.refreshSearchKeys();
    return row;
  });
  const people = Array.from({ length: 10 }, (_, i) => {
    const row = em.create(Person, { name: `Batch Speaker ${i}`, aliases: [], searchText: '' });
    row.refreshSearchKeys();
    return row;
  });
  const topics = Array.from({ length: 5 }, (_, i) => em.create(Topic, { name: `Batch Topic ${i}`, slug: `batch-topic-${i}` }));
  const sources = Array.from({ length: 5 }, (_, i) => em.create(Source, { title: `Batch Source ${i}`, kind: SourceKind.NEWS_ARTICLE }));
  const series = em.create(EventSeries, { name: 'Batch Series' });
  const umbrella = em.create(Event, { title: 'Batch Umbrella', kind: EventKind.CONFERENCE, startDate: '2024', searchText: '' });
  umbrella.refreshSearchKeys();
  for (let e = 0; e < 100; e++) {
    const event = em.create(Event, {
      title: `Batch Event ${String(e).padStart(3, '0')}`,
      kind: EventKind.SIDE_EVENT,
      startDate: `2024-05-${String((e % 28) + 1).padStart(2, '0')}`,
      parent: umbrella,
      series,
      edition: e + 1,
      searchText: '',
    });
    event.refreshSearchKeys();
    const inst = (k: number) => institutions[(e + k) % institutions.length]!;
    em.create(Participation, { event, institution: inst(0), role: ParticipationRole.ORGANISER });
    em.create(Participation, { event, institution: inst(1), role: ParticipationRole.CO_ORGANISER });
    em.create(Participation, { event, institution: inst(2), role: ParticipationRole.HOST, rsvp: RsvpStatus.CONFIRMED });
    em.create(Participation, { event, person: people[e % people.length]!, onBehalfOf: inst(3), role: ParticipationRole.SPEAKER });
    for (const k of [0, 1]) {
      em.create(Tagging, { topic: topics[(e + k) % topics.length]!, recordId: event.id, recordType: 'Event' });
      em.create(Citation, { source: sources[(e + k) % sources.length]!, recordId: event.id, recordType: 'Event', quote: `quote ${e}/${k}` });
    }
  }
  await em.flush();
});
afterAll(() => t?.close());

const QUERY = `query($first: Int) {
  events(filter: {search: "batch event"}, first: $first) {
    nodes {
      title
      parent { title }
      series { name }
      organisers { name }
      hosts { name }
      participations { role rsvp institution { name } person { name } onBehalfOf { name } }
      topics { name }
      citations { quote source { title } }
    }
  }
}`;

async function statementsFor(first: number): Promise<number> {
  const res = await t.post({ query: QUERY, variables: { first } });
  expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined();
  const nodes = res.json.data.events.nodes;
  expect(nodes).toHaveLength(first);
  for (const n of nodes) {
    expect(n.parent).toEqual({ title: 'Batch Umbrella' });
    expect(n.series).toEqual({ name: 'Batch Series' });
    expect(n.organisers).toHaveLength(2);
    expect(n.hosts).toHaveLength(1);
    expect(n.participations).toHaveLength(4);
    const speaker = n.participations.find((p: { role: string }) => p.role === 'SPEAKER');
    expect(speaker.person.name).toMatch(/^Batch Speaker /);
    expect(speaker.onBehalfOf.name).toMatch(/^Batch Institution /);
    expect(n.topics).toHaveLength(2);
    expect(n.citations).toHaveLength(2);
    for (const c of n.citations) expect(c.source.title).toMatch(/^Batch Source /);
  }
  return res.json.extensions.sqlStatements as number;
}

describe('event DataLoader batching', () => {
  it('lists 100 events with organisers, participants, topics and sources in a constant number of SQL statements', async () => {
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    console.log(`events: ${ten} SQL statements for 10 rows, ${hundred} for 100 rows`);
    // page + count, then one batched load each: parents, series, participations, institutions,
    // persons, taggings, topics, citations, sources (institution loads may split across two ticks).
    expect(hundred).toBeLessThanOrEqual(12);
    expect(ten).toBe(hundred);
  });
});
