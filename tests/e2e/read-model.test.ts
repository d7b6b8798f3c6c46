// The read model (timeline_item, stats_fact/stats_count, cooperation_link: migration …_read_model)
// after writes through the API of every kind that feeds it — creates, updates and deletes of
// relations, agreements (parties, actions), events (participations), visits (members), documents
// (parties) and commitments, confidentiality switched on and off — equals a fresh computation
// from the records (accord_read_model_drift()), and a VIEWER sees through it exactly what the
// records let them see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
let viewer: string;
const as = (token: string) => ({ authorization: `Bearer ${token}` });

/** Runs a mutation as the administrator and returns its payload's record (no errors allowed). */
async function m(field: string, input: Record<string, unknown>, pick: string): Promise<{ id: string; version?: number }> {
  const res = await t.post({ query: `mutation($input: ${inputType(field)}!) { ${field}(input: $input) { userErrors { message field } ${pick === 'deletedId' ? pick : `${pick} { id }`} } }`, variables: { input } });
  expect(res.json.errors, `${field}: ${JSON.stringify(res.json.errors)}`).toBeUndefined();
  expect(res.json.data[field].userErrors, field).toEqual([]);
  return res.json.data[field][pick];
}
const inputType = (field: string) => `${field[0]!.toUpperCase()}${field.slice(1)}Input`;

async function drift(): Promise<Record<string, unknown>[]> {
  const rows = await t.db.orm.em.fork().getConnection().execute<{ table_name: string; missing: string; extra: string }[]>('select * from accord_read_model_drift()');
  return rows.filter((r) => Number(r.missing) !== 0 || Number(r.extra) !== 0);
}

const sql = <T extends object[]>(text: string, params: unknown[] = []) => t.db.orm.em.fork().getConnection().execute<T>(text, params);

beforeAll(async () => {
  t = await startTestServer({ seed: true });
  viewer = await t.tokenFor('VIEWER');
});
afterAll(() => t?.close());

describe('read model', () => {
  it('is current after the seed', async () => {
    expect(await drift()).toEqual([]);
    expect(Number((await sql<{ n: string }[]>('select count(*) as n from timeline_item'))[0]!.n)).toBeGreaterThan(10);
  });

  it('stays equal to a rebuild after writes of every kind through the API', { timeout: 120_000 }, async () => {
    const inst = async (name: string) => (await m('createInstitution', { name, kind: 'ACADEMIC' }, 'institution')).id;
    const [A, B, C] = [await inst('Read Model A'), await inst('Read Model B'), await inst('Read Model C')];

    const r1 = await m('createRelation', { kind: 'MEMBER_OF', subjectInstitutionId: A, objectId: B, startDate: '2020' }, 'relation');
    await m('updateRelation', { id: r1.id, endDate: '2022-05' }, 'relation');
    const r2 = await m('createRelation', { kind: 'PARTNER_OF', subjectInstitutionId: B, objectId: C, startDate: '2019-01-02' }, 'relation');
    await m('updateRelation', { id: r2.id, objectId: A }, 'relation');
    await m('deleteRelation', { id: r2.id }, 'deletedId');

    const g = await m('createAgreement', { title: 'RM MoU', kind: 'MEMORANDUM_OF_UNDERSTANDING', parties: [{ institutionId: A }, { institutionId: B, signedOn: '2021-02-03' }] }, 'agreement');
    await m('recordAgreementAction', { agreementId: g.id, kind: 'SIGNATURE', date: '2021-03-04', partyId: A }, 'agreementAction');
    const pc = await m('addAgreementParty', { agreementId: g.id, institutionId: C, signedOn: '2021-04-01' }, 'agreementParty');
    await m('updateAgreementParty', { id: pc.id, signedOn: '2021-04-05' }, 'agreementParty');
    await m('updateAgreement', { id: g.id, confidential: true, title: 'RM MoU (secret)' }, 'agreement');
    await m('removeAgreementParty', { id: pc.id, removeActions: true }, 'deletedId');
    await m('updateAgreement', { id: g.id, confidential: false, effectiveFrom: '2021-05-01' }, 'agreement');
    const g2 = await m('createAgreement', { title: 'RM draft', kind: 'MEMORANDUM_OF_UNDERSTANDING', confidential: true, parties: [{ institutionId: A }, { institutionId: C }] }, 'agreement');
    await m('recordAgreementAction', { agreementId: g2.id, kind: 'SIGNATURE', date: '2022-01-01', partyId: C }, 'agreementAction');
    await m('deleteAgreement', { id: g2.id }, 'deletedId');

    const e = await m('createEvent', { title: 'RM Forum', kind: 'CONFERENCE', startDate: '2021-06', participations: [{ institutionId: A, role: 'ORGANISER' }, { institutionId: B, role: 'PARTICIPANT' }] }, 'event');
    const pe = await m('addParticipation', { eventId: e.id, institutionId: C, role: 'PARTICIPANT' }, 'participation');
    await m('updateParticipation', { id: pe.id, rsvp: 'DECLINED' }, 'participation');
    await m('updateEvent', { id: e.id, status: 'CONFIRMED', endDate: '2021-07' }, 'event');
    await m('updateEvent', { id: e.id, confidential: true }, 'event');
    await m('removeParticipation', { id: pe.id }, 'deletedId');
    const e2 = await m('createEvent', { title: 'RM Meeting', kind: 'BOARD_MEETING', startDate: '2022', participations: [{ institutionId: B, role: 'PARTICIPANT' }, { institutionId: C, role: 'PARTICIPANT' }] }, 'event');
    await m('deleteEvent', { id: e2.id }, 'deletedId');

    const v = await m('createVisit', { title: 'RM Visit', delegationOfId: A, hostId: B, direction: 'OUTBOUND', purpose: 'STUDY_VISIT', startDate: '2023-02-01', members: [{ institutionId: C }] }, 'visit');
    const vm = await m('addVisitMember', { visitId: v.id, institutionId: B }, 'visitMember');
    await m('removeVisitMember', { id: vm.id }, 'deletedId');
    await m('updateVisit', { id: v.id, confidential: true, status: 'CONFIRMED' }, 'visit');
    await m('updateVisit', { id: v.id, confidential: false, hostId: C }, 'visit');
    const v2 = await m('createVisit', { title: 'RM Visit 2', delegationOfId: B, hostId: C, direction: 'INBOUND', purpose: 'STUDY_VISIT' }, 'visit');
    await m('deleteVisit', { id: v2.id }, 'deletedId');

    const d = await m('createDocument', { title: 'RM Declaration', kind: 'DECLARATION', date: '2021-06-15', parties: [{ institutionId: A, role: 'ISSUER' }, { institutionId: B, role: 'CO_ISSUER' }] }, 'document');
    const dp = await m('addDocumentParty', { documentId: d.id, institutionId: C, role: 'ENDORSED_BY' }, 'documentParty');
    await m('updateDocument', { id: d.id, date: '2021-06', confidential: true }, 'document');
    await m('removeDocumentParty', { id: dp.id }, 'deletedId');
    const d2 = await m('createDocument', { title: 'RM Note', kind: 'DECLARATION', parties: [{ institutionId: C, role: 'ISSUER' }] }, 'document');
    await m('deleteDocument', { id: d2.id }, 'deletedId');

    const c = await m('createCommitment', { title: 'RM Report', ownerId: A, dueDate: '2024-03' }, 'commitment');
    await m('updateCommitment', { id: c.id, status: 'DONE', evidence: 'report received', confidential: true }, 'commitment');
    const c2 = await m('createCommitment', { title: 'RM Plan', ownerId: B }, 'commitment');
    await m('deleteCommitment', { id: c2.id }, 'deletedId');

    expect(await drift()).toEqual([]);
    // Not vacuous: the written records are in the model.
    const links = await sql<{ n: string }[]>(`select count(*) as n from cooperation_link where record_id in (select id from event where title = 'RM Forum')`);
    expect(Number(links[0]!.n)).toBe(2);
  });

  it('shows a viewer no internal record through the whole-registry timeline, stats or the network', { timeout: 120_000 }, async () => {
    const QUERY = `query($after: String) { timeline(first: 50, after: $after) { totalCount edges { node { kind record { id } } } pageInfo { endCursor hasNextPage } } }`;
    // Records the ORM hides would drop out of a page after the read model chose its rows: so every
    // page but the last must be full, and the counts (straight from the read model) must agree.
    const items = async (headers?: Record<string, string>) => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      do {
        const res = await t.post({ query: QUERY, variables: { after } }, headers);
        expect(res.json.errors).toBeUndefined();
        const page = res.json.data.timeline;
        total = page.totalCount;
        seen.push(...page.edges.map((e: { node: { record: { id: string } } }) => e.node.record.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        if (after) expect(page.edges.length).toBe(50);
      } while (after);
      expect(total).toBe(seen.length);
      return seen;
    };
    const internal = new Set(
      (
        await sql<{ id: string }[]>(`
          select x.id from agreement_action x join agreement a on a.id = x.agreement_id where a.confidential or a.status in ('DRAFT', 'NEGOTIATION')
          union all select id from event where confidential union all select id from visit where confidential
          union all select id from document where confidential union all select id from commitment where confidential`)
      ).map((r) => r.id),
    );
    expect(internal.size).toBeGreaterThanOrEqual(3);
    const { fromGlobalId } = await import('../../server/kernel/global-id.js');
    const key = (gid: string) => fromGlobalId(gid)?.id ?? gid;
    const all = (await items()).map(key);
    const visible = (await items(as(viewer))).map(key);
    expect(all.filter((id) => internal.has(id)).length).toBeGreaterThan(0);
    expect(visible.filter((id) => internal.has(id))).toEqual([]);
    expect(visible).toEqual(all.filter((id) => !internal.has(id)));

    // Stats: the summary's totals per type equal the records a viewer may see.
    const STATS = '{ stats(groupBy: [TYPE]) { total groups { type count } } }';
    const res = await t.post({ query: STATS }, as(viewer));
    const expected = await sql<{ type: string; n: string }[]>(`
      select 'EVENT' as type, count(*) as n from event where not confidential
      union all select 'VISIT', count(*) from visit where not confidential
      union all select 'AGREEMENT', count(*) from agreement where not (confidential or status in ('DRAFT', 'NEGOTIATION'))
      union all select 'DOCUMENT', count(*) from document where not confidential
      union all select 'COMMITMENT', count(*) from commitment where not confidential
      union all select 'RELATION', count(*) from relation`);
    const byType = Object.fromEntries(res.json.data.stats.groups.map((g: { type: string; count: number }) => [g.type, g.count]));
    for (const row of expected) expect(byType[row.type] ?? 0, row.type).toBe(Number(row.n));
    const editorTotal = (await t.post({ query: STATS })).json.data.stats.total;
    expect(editorTotal).toBeGreaterThan(res.json.data.stats.total);

    // The network: the confidential RM Forum links A and B for editors only.
    const ids = await sql<{ id: string }[]>(`select id from institution where name in ('Read Model A', 'Read Model B') order by name`);
    const { toGlobalId } = await import('../../server/kernel/global-id.js');
    const [a, b] = ids.map((r) => toGlobalId('Institution', r.id));
    const EDGE = `query($a: ID!) { neighbourhood(institutionId: $a, hops: 1, limit: 50) { edges { source { id } target { id } byKind { kind count } } } }`;
    const eventsAB = async (headers?: Record<string, string>) => {
      const r = await t.post({ query: EDGE, variables: { a } }, headers);
      expect(r.json.errors).toBeUndefined();
      const edge = r.json.data.neighbourhood.edges.find((e: { source: { id: string }; target: { id: string } }) => [e.source.id, e.target.id].sort().join() === [a, b].sort().join());
      return edge?.byKind.find((k: { kind: string }) => k.kind === 'EVENT')?.count ?? 0;
    };
    expect(await eventsAB()).toBe(1);
    expect(await eventsAB(as(viewer))).toBe(0);
  });

  it('is refilled by accord_rebuild_read_model() to the same rows', async () => {
    const before = await sql<{ n: string }[]>('select count(*) as n from cooperation_link');
    await sql('select accord_rebuild_read_model()');
    expect(await drift()).toEqual([]);
    expect((await sql<{ n: string }[]>('select count(*) as n from cooperation_link'))[0]!.n).toBe(before[0]!.n);
  });
});
