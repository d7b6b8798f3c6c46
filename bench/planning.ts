// Planning figures: the agenda, the conflicts query, the iCalendar feed and a create with conflict
// warnings, over a registry of a few thousand scheduled records. Prints medians and SQL statements.
//
//   npx tsx bench/planning.ts [events=3000] [visits=1000]       (embedded PGlite in memory)
//   DATABASE_URL=postgres://… npx tsx bench/planning.ts          (an existing, empty database)
import 'reflect-metadata';
import Fastify from 'fastify';
import pino from 'pino';
import { startServer } from '../server/app/app.js';
import { loadConfig } from '../server/kernel/config.js';
import { openDatabase } from '../server/db/database.js';
import { toGlobalId } from '../server/kernel/global-id.js';
import { Agreement } from '../server/records/agreement/agreement.entity.js';
import { AgreementKind, AgreementPartyRole, AgreementStatus } from '../server/records/agreement/agreement.enums.js';
import { AgreementParty } from '../server/records/agreement/agreement-party.entity.js';
import { createUserWithToken } from '../server/records/auth/auth.service.js';
import { Role } from '../server/kernel/role.js';
import { Event } from '../server/records/event/event.entity.js';
import { EventKind, ParticipationRole } from '../server/records/event/event.enums.js';
import { Participation } from '../server/records/event/participation.entity.js';
import { Institution } from '../server/records/institution/institution.entity.js';
import { InstitutionKind } from '../server/records/institution/institution.kind.js';
import { Person } from '../server/records/person/person.entity.js';
import { registerCalendarRoute } from '../server/views/planning/calendar.route.js';
import { Visit } from '../server/records/visit/visit.entity.js';
import { VisitDirection, VisitPurpose } from '../server/records/visit/visit.enums.js';
import { VisitMember } from '../server/records/visit/visit-member.entity.js';

const EVENTS = Number(process.argv[2] ?? 3000);
const VISITS = Number(process.argv[3] ?? 1000);
const ZONES = ['Europe/Berlin', 'Asia/Baku', 'America/New_York', 'Asia/Tehran', null];

const config = loadConfig({
  NODE_ENV: 'test',
  PORT: '0',
  LOG_LEVEL: 'silent',
  DATA_DIR: ':memory:',
  SEED_ON_START: 'never',
  SHUTDOWN_GRACE_MS: '0',
  ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
});
const db = await openDatabase(config);
await db.orm.migrator.up();

// A registry: 200 institutions, 400 people, events and visits over three years with 4 participants each.
let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const em = db.orm.em.fork();
const institutions = Array.from({ length: 200 }, (_, i) => {
  const inst = em.create(Institution, { name: `Bench institution ${i}`, kind: InstitutionKind.OMBUDSMAN, nameKey: '', searchText: '' } as never) as Institution;
  inst.refreshSearchKeys();
  return inst;
});
const people = Array.from({ length: 400 }, (_, i) => {
  const p = em.create(Person, { name: `Bench person ${i}`, aliases: [], searchText: '' } as never) as Person;
  p.refreshSearchKeys();
  return p;
});
for (let i = 0; i < EVENTS; i++) {
  const zone = pick(ZONES);
  const start = Math.floor(rand() * 1095);
  const e = em.create(Event, {
    title: `Bench event ${i}`,
    kind: EventKind.CONFERENCE,
    startDate: day(start),
    endDate: rand() < 0.3 ? day(start + 1 + Math.floor(rand() * 3)) : null,
    startTime: zone ? '09:00' : null,
    endTime: zone ? '12:30' : null,
    timeZone: zone,
    venue: rand() < 0.2 ? `Hall ${Math.floor(rand() * 20)}` : null,
    city: 'Baku',
    recurrence: rand() < 0.05 ? 'FREQ=YEARLY' : null,
    searchText: '',
  } as never) as Event;
  e.refreshSearchKeys();
  em.create(Participation, { event: e, institution: pick(institutions), role: ParticipationRole.HOST } as never);
  for (const p of new Set([pick(people), pick(people), pick(people)])) em.create(Participation, { event: e, person: p, role: ParticipationRole.SPEAKER } as never);
}
for (let i = 0; i < VISITS; i++) {
  const start = Math.floor(rand() * 1095);
  const v = em.create(Visit, {
    title: `Bench visit ${i}`,
    delegationOf: pick(institutions),
    host: pick(institutions),
    direction: VisitDirection.INBOUND,
    purpose: VisitPurpose.MUTUAL_VISIT,
    startDate: day(start),
    endDate: day(start + 2),
  } as never) as Visit;
  for (const p of new Set([pick(people), pick(people)])) em.create(VisitMember, { visit: v, person: p } as never);
}
for (let i = 0; i < 300; i++) {
  const a = em.create(Agreement, {
    title: `Bench agreement ${i}`,
    kind: AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
    status: AgreementStatus.IN_FORCE,
    expiresOn: day(Math.floor(rand() * 1095)),
    reviewDue: day(Math.floor(rand() * 700)),
  } as never) as Agreement;
  for (const inst of new Set([pick(institutions), pick(institutions)])) em.create(AgreementParty, { agreement: a, institution: inst, role: AgreementPartyRole.PARTY } as never);
}
await em.flush();
const { token } = await createUserWithToken(db.orm.em.fork(), { email: 'bench@planning', name: 'Bench', role: Role.ADMIN });
const server = await startServer(config, { db, log: pino({ level: 'silent' }), exposeSqlStatements: true });
const feed = Fastify();
registerCalendarRoute(feed, { db, config });
const feedUrl = await feed.listen({ port: 0, host: '127.0.0.1' });
const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const json = (await res.json()) as { data: Record<string, unknown>; errors?: unknown; extensions?: { sqlStatements?: number } };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json;
}

async function measure(label: string, run: () => Promise<{ size: string; sql?: number }>, times = 7) {
  const ms: number[] = [];
  let last: { size: string; sql?: number } = { size: '' };
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    last = await run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(48)} median ${ms[Math.floor(ms.length / 2)]!.toFixed(1).padStart(7)} ms   ${last.size.padEnd(22)} ${last.sql !== undefined ? `${last.sql} SQL statements` : ''}`);
}

console.log(`planning bench on ${db.engine}: ${EVENTS} events, ${VISITS} visits, 300 agreements over 2026–2028`);
await measure('agenda, 90 days, 200 items with records', async () => {
  const r = await gql(`{ agenda(from: "2027-01-01", days: 90, first: 200) { totalCount items { key startsAt record { id ... on Event { title hosts { name } } ... on Visit { title host { name } } } } } }`);
  const a = r.data.agenda as { totalCount: number };
  return { size: `${a.totalCount} entries`, sql: r.extensions?.sqlStatements };
});
await measure('agenda, 365 days, one institution', async () => {
  const r = await gql(`query($i: ID) { agenda(from: "2027-01-01", days: 365, institutionId: $i, first: 500) { totalCount } }`, { i: toGlobalId('Institution', institutions[0]!.id) });
  return { size: `${(r.data.agenda as { totalCount: number }).totalCount} entries`, sql: r.extensions?.sqlStatements };
});
await measure('conflicts, 90 days', async () => {
  const r = await gql(`{ conflicts(from: "2027-01-01", days: 90, first: 500) { totalCount items { kind person { name } institution { name } } } }`);
  return { size: `${(r.data.conflicts as { totalCount: number }).totalCount} conflicts`, sql: r.extensions?.sqlStatements };
});
await measure('conflicts, 365 days', async () => {
  const r = await gql(`{ conflicts(from: "2027-01-01", days: 365, first: 500) { totalCount } }`);
  return { size: `${(r.data.conflicts as { totalCount: number }).totalCount} conflicts`, sql: r.extensions?.sqlStatements };
});
await measure('expiringAgreements, 90 days', async () => {
  const r = await gql(`{ expiringAgreements(asOf: "2027-01-01", days: 90) { upcoming { date agreement { title parties { institution { name } } } } overdue { date } } }`);
  const e = r.data.expiringAgreements as { upcoming: unknown[]; overdue: unknown[] };
  return { size: `${e.upcoming.length}+${e.overdue.length} deadlines`, sql: r.extensions?.sqlStatements };
});
let n = 0;
await measure('createEvent with warnings (3 speakers, host)', async () => {
  n++;
  const r = await gql(`mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } warnings { kind } } }`, {
    input: {
      title: `Bench new ${n}`,
      kind: 'FORUM',
      startDate: '2027-03-10',
      startTime: '10:00',
      endTime: '12:00',
      timeZone: 'Asia/Baku',
      participations: [0, 1, 2].map((k) => ({ personId: toGlobalId('Person', people[k]!.id), role: 'SPEAKER' })).concat([{ institutionId: toGlobalId('Institution', institutions[1]!.id), role: 'HOST' } as never]),
    },
  });
  return { size: `${((r.data.createEvent as { warnings: unknown[] }).warnings ?? []).length} warnings`, sql: r.extensions?.sqlStatements };
});
await measure('GET /calendar.ics (default window)', async () => {
  const res = await fetch(`${feedUrl}/calendar.ics`, { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  return { size: `${(text.length / 1024).toFixed(0)} KiB, ${text.split('BEGIN:VEVENT').length - 1} VEVENTs` };
}, 5);

await feed.close();
await server.close();
