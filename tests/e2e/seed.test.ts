import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { institutions as dataset } from '../../server/db/seed/dataset.js';
import { seedDatabase } from '../../server/db/seed/seed.js';
import { seedId } from '../../server/db/seed/seed-id.js';
import { Agreement } from '../../server/records/agreement/agreement.entity.js';
import { AgreementKind } from '../../server/records/agreement/agreement.enums.js';
import { DocumentParty } from '../../server/records/document/document-party.entity.js';
import { Document } from '../../server/records/document/document.entity.js';
import { DocumentKind, DocumentRole } from '../../server/records/document/document.enums.js';
import { Institution } from '../../server/records/institution/institution.entity.js';
import { InstitutionKind } from '../../server/records/institution/institution.kind.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: true });
});
afterAll(() => t?.close());

const idOf = (type: string, key: string) => toGlobalId(type, seedId(key));

async function node(type: string, key: string, selection: string) {
  const res = await t.post({
    query: `query($id: ID!) { node(id: $id) { __typename ... on ${type} { ${selection} } } }`,
    variables: { id: idOf(type, key) },
  });
  expect(res.json.errors).toBeUndefined();
  return res.json.data.node;
}

describe('seed dataset from the source articles', () => {
  it('loads every institution once, and a second run changes nothing', async () => {
    expect((await t.client.institutions()).totalCount).toBe(dataset.length);
    const again = await seedDatabase(t.db.orm.em.fork());
    for (const [type, counts] of Object.entries(again)) expect(counts.created, type).toBe(0);
    expect(again.Institution!.unchanged).toBe(dataset.length);
    expect((await t.client.institutions()).totalCount).toBe(dataset.length);
  });

  it('removes rows an older dataset seeded and the current one no longer states, unless edited since (retired.ts)', async () => {
    const em = t.db.orm.em.fork();
    const ombudsman = await em.findOneOrFail(Institution, { id: seedId('az-ombudsman') });
    // As the dataset before issue 16 seeded them: an invented report with its issuers, UNFCCC, a one-party draft MoU (edited since).
    const unfccc = em.create(Institution, { id: seedId('unfccc'), name: 'UNFCCC secretariat (old seed)', kind: InstitutionKind.IGO_BODY } as never) as Institution;
    unfccc.refreshSearchKeys();
    const report = em.create(Document, { id: seedId('doc-iphrc-mission-report-2023'), title: 'IPHRC mission report (old seed)', kind: DocumentKind.REPORT, date: '2023' } as never) as Document;
    report.refreshSearchKeys();
    em.create(DocumentParty, { id: seedId('doc-iphrc-mission-report-2023#party#0'), document: report, institution: ombudsman, role: DocumentRole.ISSUER } as never);
    em.create(Agreement, { id: seedId('agreement-plan-mous-2025'), title: 'Draft MoU (old seed)', kind: AgreementKind.MEMORANDUM_OF_UNDERSTANDING } as never);
    await em.flush();
    await em.nativeUpdate(Agreement, { id: seedId('agreement-plan-mous-2025') }, { version: 2 }); // someone edited it since

    const summary = await seedDatabase(t.db.orm.em.fork());
    expect(summary.DocumentParty?.removed).toBe(1);
    expect(summary.Document?.removed).toBe(1);
    expect(summary.Institution?.removed).toBe(1);
    const check = t.db.orm.em.fork();
    expect(await check.count(Document, { id: seedId('doc-iphrc-mission-report-2023') })).toBe(0);
    expect(await check.count(Institution, { id: seedId('unfccc') })).toBe(0);
    expect(await check.count(Agreement, { id: seedId('agreement-plan-mous-2025') })).toBe(1); // edited by someone: kept
    const again = await seedDatabase(t.db.orm.em.fork());
    for (const [type, counts] of Object.entries(again)) expect(counts.removed ?? 0, type).toBe(0);
    await check.nativeDelete(Agreement, { id: seedId('agreement-plan-mous-2025') }); // the other tests read the seed as it is
  });

  it('holds the OIC with its Independent Permanent Human Rights Commission, with no acronym the articles never use', async () => {
    const found = (await t.client.searchInstitutions('Permanent Human Rights Commission')).edges.map((e) => e.node);
    expect(found).toHaveLength(1);
    const detail = await t.client.institution(found[0]!.id);
    expect(detail).toMatchObject({ kind: 'IGO_BODY', acronym: null, parent: { acronym: 'OIC', name: 'Organization of Islamic Cooperation' } });
    expect((await t.client.searchInstitutions('IPHRC')).totalCount).toBe(0);
  });

  it('finds the Ombudsman of Azerbaijan by the names the articles use, with its sectors', async () => {
    const found = await t.client.searchInstitutions('Azerbaijani Ombudsman Institution');
    expect(found.totalCount).toBe(1);
    const ombudsman = await t.client.institution(found.edges[0]!.node.id);
    expect(ombudsman).toMatchObject({ kind: 'OMBUDSMAN', country: 'AZ', countryName: 'Azerbaijan' });
    expect(ombudsman.children.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Children’s Rights Protection Sector', 'Regional Ombudsman centres', 'Sector for Work with Families of Martyrs and War Veterans']),
    );
    expect((await t.client.searchInstitutions('İnsan Hüquqları üzrə Müvəkkili')).totalCount).toBe(0);
  });

  it('states no website, alias or acronym that the articles do not', async () => {
    const res = await t.post({ query: '{ institutions(first: 100) { nodes { name acronym aliases website parent { name } } } }' });
    const all = res.json.data.institutions.nodes as { name: string; acronym: string | null; aliases: string[]; website: string | null; parent: { name: string } | null }[];
    expect(all.filter((i) => i.website !== null)).toEqual([]);
    expect(all.map((i) => i.acronym).filter(Boolean).sort()).toEqual(['OIC', 'UN', 'UNESCO']);
    expect(all.flatMap((i) => i.aliases).sort()).toEqual(['Azerbaijani Ombudsman Institution', 'Ombudsman of Azerbaijan', 'Organization of Islamic Cooperation Ombudsman Association']);
    expect(all.find((i) => i.acronym === 'UNESCO')!.parent).toBeNull();
    expect(all.map((i) => i.name)).not.toContain('United Nations Framework Convention on Climate Change secretariat');
  });

  it('records the Baku Forum with field-level provenance: date, participants and topics each cite their own quote', async () => {
    const forum = await node(
      'Event',
      'event-baku-forum-2024',
      'title status startDate city country claims { measure qualifier value statement asOf citations { quote } } citations { quote fields basis }',
    );
    expect(forum).toMatchObject({ title: 'International Baku Forum of Ombudsmen', status: 'HELD', startDate: '2024-10-02', city: 'Baku', country: 'AZ' });
    expect(forum.claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ measure: 'participants', qualifier: 'MORE_THAN', value: 200, statement: 'over 200 representatives', asOf: null }),
        expect.objectContaining({ measure: 'countries represented', qualifier: 'MORE_THAN', value: 30 }),
      ]),
    );
    for (const claim of forum.claims) expect(claim.citations[0].quote).toMatch(/over 200 representatives from more than 30 countries/);
    const citing = (field: string) => forum.citations.filter((c: { fields: string[] }) => c.fields.includes(field)).map((c: { quote: string }) => c.quote);
    expect(citing('startDate')).toEqual([expect.stringMatching(/^on October 2, 2024, the International Baku Forum/)]);
    expect(citing('topics')).toEqual([expect.stringMatching(/^The forum addressed issues such as climate justice/)]);
    expect(forum.citations.every((c: { basis: string }) => c.basis === 'QUOTED')).toBe(true);
  });

  it('records the Baku Declaration (dated by the forum, flagged as inferred), not as adopted by the Ombudsman', async () => {
    const declaration = await node('Document', 'doc-baku-declaration', 'title kind date topics { slug } parties { role } adoptedAt { title } citations { fields basis reason source { kind } }');
    expect(declaration).toMatchObject({ title: 'Baku Declaration', kind: 'DECLARATION', date: '2024-10-02', parties: [], adoptedAt: { title: 'International Baku Forum of Ombudsmen' } });
    const dateCitations = declaration.citations.filter((c: { fields: string[] }) => c.fields.includes('date'));
    expect(dateCitations).toEqual([expect.objectContaining({ basis: 'INFERRED', source: { kind: 'REGISTRY_EDITORS' }, reason: expect.stringMatching(/no date of adoption/) })]);
  });

  it('dates the OIC Ombudsman Association meetings May 2025 as inferred from the article’s publication, and keeps them apart', async () => {
    for (const [key, kind] of [['event-oicoa-ga-2025', 'GENERAL_ASSEMBLY'], ['event-oicoa-board-2025', 'BOARD_MEETING']] as const) {
      const meeting = await node('Event', key, 'kind status startDate country parent { title } citations { fields basis reason source { kind title } }');
      expect(meeting).toMatchObject({ kind, status: 'HELD', startDate: '2025-05', country: 'IR', parent: null });
      const date = meeting.citations.filter((c: { fields: string[] }) => c.fields.includes('startDate'));
      expect(date).toEqual([expect.objectContaining({ basis: 'INFERRED', source: { kind: 'REGISTRY_EDITORS', title: 'Accord registry editors' } })]);
      expect(date[0].reason).toMatch(/by the month of publication/);
    }
    const mission = await node('Visit', 'visit-iphrc-mission-2', 'purpose direction startDate status host { name } place');
    expect(mission).toMatchObject({ purpose: 'ASSESSMENT_MISSION', direction: 'INBOUND', startDate: '2023', status: 'HELD', host: null, place: null });
    const symposium = await node('Event', 'event-symposium-2025', 'kind status startDate city');
    expect(symposium).toMatchObject({ kind: 'SYMPOSIUM', status: 'PLANNED', startDate: '2025', city: 'Baku' });
  });

  it('leaves undated what the articles leave undated, and splits what they keep apart', async () => {
    const cop29 = await node('Event', 'event-cop29', 'startDate city participations { role }');
    expect(cop29).toEqual({ __typename: 'Event', startDate: null, city: null, participations: [] });
    const earlier = await node('Event', 'event-repatriate-meetings', 'startDate endDate claims { value }');
    expect(earlier).toMatchObject({ startDate: null, endDate: null });
    expect(earlier.claims.map((c: { value: number }) => c.value).sort((a: number, b: number) => a - b)).toEqual([17, 57, 74]);
    const in2024 = await node('Event', 'event-repatriate-meetings-2024', 'startDate claims { value }');
    expect(in2024).toMatchObject({ startDate: '2024', claims: [{ value: 31 }] });
    const report = await node('Document', 'doc-iphrc-mission-report', 'date');
    expect(report.date).toBeNull();
    const hague = await node('Document', 'doc-hague-convention-1954', 'parties { role } claims { measure value }');
    expect(hague).toMatchObject({ parties: [], claims: [{ measure: 'protocols', value: 2 }] });
    expect((await t.post({ query: '{ agreements(first: 5) { totalCount } }' })).json.data.agreements.totalCount).toBe(0);
  });

  it('holds the facts the articles state that an earlier seed missed', async () => {
    const search = async (q: string) => (await t.client.searchInstitutions(q)).totalCount;
    expect(await search('National Preventive Group')).toBe(1);
    expect(await search('Monitoring groups on the Conventions')).toBe(1);
    const media = await node('Event', 'event-aliyeva-media-interviews-2025', 'title description');
    expect(media.title).toMatch(/international and Iranian media/);
    const expelled = await node('Commitment', 'commitment-compatriots-expelled-2025', 'title dueDate');
    expect(expelled).toMatchObject({ title: expect.stringMatching(/expelled from Armenia/), dueDate: '2025' });
    const lawyers = await node('Commitment', 'commitment-international-lawyers', 'title');
    expect(lawyers.title).toMatch(/international lawyers and experts/);
    const enoc = await node('Relation', 'rel-az-ombudsman-enoc', 'description');
    expect(enoc.description).toMatch(/rule of law, children’s rights/);
    const address = await node('Document', 'doc-aliyeva-address-oicoa-2025', 'summary');
    expect(address.summary).toMatch(/active engagement within the framework of the OIC/);
    const mines = await node('Topic', 'topic-mine-action', 'description citations { fields }');
    expect(mines.description).toMatch(/manufactured in Armenia in 2021.*media representatives/);
  });

  it('cites a source for every seeded institution', async () => {
    const res = await t.post({ query: '{ institutions(first: 100) { nodes { name citations { quote } } } }' });
    for (const institution of res.json.data.institutions.nodes) {
      expect(institution.citations.length, institution.name).toBeGreaterThan(0);
    }
  });
});
