// Relevance of the ranked `search` on the seed data: queries an analyst typed (word order, typos,
// accents, acronyms, names of related records), each with the records that answer it.
// Prints precision@5 per query and overall; fails below the floor or on the named regressions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../harness/server.js';

const MINE_REPORT = 'The Mine Problem in the Liberated Territories';
const MINE_STATEMENTS = 'Statements, appeals and reports on the mine threat in the liberated territories';
const AZ_OMBUDSMAN = 'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan';
const BAKU_FORUM = 'International Baku Forum of Ombudsmen';
const IPHRC_REPORT = 'Report on the second assessment mission of the Independent Permanent Human Rights Commission to Azerbaijan';

/** query → the titles that answer it (precision@5 counts how many of min(5, n) are in the top 5). */
const RELEVANCE: [query: string, relevant: string[]][] = [
  ['IPHRC report', [IPHRC_REPORT]],
  ['special report mines', [MINE_REPORT]],
  ['mine report', [MINE_REPORT, MINE_STATEMENTS]],
  ['mine', ['Mine action', MINE_REPORT, MINE_STATEMENTS, 'Seek accurate maps of mined territories and faster demining through international cooperation']],
  ['Azerbaijan ombudsman', [AZ_OMBUDSMAN]],
  ['ombudsman of the republic of azerbaijan', [AZ_OMBUDSMAN, 'Amendments to the Constitutional Law "On the Ombudsman of the Republic of Azerbaijan" (2023)']],
  ['baku forum', [BAKU_FORUM]],
  ['forum ombudsmen baku international', [BAKU_FORUM]],
  ['ombudsmen forum bakku', [BAKU_FORUM]],
  ['sabina aliyeva', ['Sabina Aliyeva', 'Interview of Sabina Aliyeva with Report', 'Address of Sabina Aliyeva to the OIC Ombudsman Association', 'Interviews of Sabina Aliyeva with international and Iranian media']],
  ['Səbinə Əliyeva', ['Sabina Aliyeva']],
  ['aliyva', ['Sabina Aliyeva']],
  ['Сабина Алиева', ['Sabina Aliyeva']],
  ['children ombudspersons network', ['European Network of Ombudspersons for Children']],
  ['unesco', ['United Nations Educational, Scientific and Cultural Organization']],
  ['oic ombudsman association', ['OIC Ombudsman Association', 'Board of Directors meeting of the OIC Ombudsman Association (2025)', 'General Assembly of the OIC Ombudsman Association (2025)']],
  ['general assembly oic', ['General Assembly of the OIC Ombudsman Association (2025)']],
  ['council foreign ministers', ['OIC Council of Foreign Ministers', '50th session of the OIC Council of Foreign Ministers']],
  ['cop29', ['COP29', 'Discussions on human rights and climate justice at COP29']],
  ['climate justice', ['Climate justice', 'Discussions on human rights and climate justice at COP29']],
  ['rights of the child convention', ['Convention on the Rights of the Child', 'Monitoring Committee on the Implementation of the Convention on the Rights of the Child']],
  ['disabilities convention', ['Convention on the Rights of Persons with Disabilities']],
  ['paris principles', ['Paris Principles']],
  ['baku declaration', ['Baku Declaration']],
  ['repatriated syria', ['Meetings with 74 citizens of Azerbaijan repatriated from Syria']],
  ['syria', ['Appeals on the return of citizens remaining in Syria', 'Meetings with 74 citizens of Azerbaijan repatriated from Syria']],
  ['martyr families', ['Rules for perpetuating the name of a martyr and providing benefits to families of martyrs (Cabinet of Ministers decree No. 10)', 'Sector for the Protection of the Rights of Martyr Families, War Participants and Migrants', 'Families of martyrs and war veterans']],
  ['assessment mission iphrc', ['First assessment mission of the Independent Permanent Human Rights Commission to Azerbaijan', 'Second assessment mission of the Independent Permanent Human Rights Commission to Azerbaijan (2023)', IPHRC_REPORT]],
  ['memoranda understanding', ['Sign memoranda of understanding with various organisations']],
  ['demining', ['Seek accurate maps of mined territories and faster demining through international cooperation', 'Include demining in the UN Agenda for 2030 as the 18th Sustainable Development Goal']],
  ['2030 agenda', ['UN Agenda for 2030', 'Include demining in the UN Agenda for 2030 as the 18th Sustainable Development Goal']],
  ['cultural heritage', ['Cultural heritage']],
  ['hague convention cultural property', ['1954 Hague Convention "On the Protection of Cultural Property in the Event of Armed Conflict"']],
  ['non-aligned movement covid', ['Summit of the Non-Aligned Movement’s Contact Group on Combating COVID-19']],
  ['ombudsman missions liberated territories', ['Ombudsman’s assessment missions to the liberated territories']],
  ['constitution year', ['Year of the Constitution and Sovereignty']],
  ['human rights day symposium', ['Symposium of Ombudsmen dedicated to National Human Rights Day (18 June)']],
];

/** The floor for mean precision@5 over the set (measured value printed by the test). */
const FLOOR = 0.9;

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: true });
});
afterAll(async () => t?.close());

const top = async (query: string, n = 5) => (await t.client.search(query, { first: n })).map((h) => h.title);

describe('search relevance on the seed data', () => {
  it(`keeps mean precision@5 over ${RELEVANCE.length} queries at or above ${FLOOR}`, async () => {
    expect(RELEVANCE.length).toBeGreaterThanOrEqual(30);
    const lines: string[] = [];
    let sum = 0;
    for (const [query, relevant] of RELEVANCE) {
      const hits = await top(query);
      const found = hits.filter((title) => relevant.includes(title)).length;
      const precision = found / Math.min(5, relevant.length);
      sum += precision;
      lines.push(`${precision.toFixed(2)}  ${query}${precision < 1 ? `   (top 5: ${hits.join(' | ')})` : ''}`);
    }
    const mean = sum / RELEVANCE.length;
    console.log(`search precision@5 over ${RELEVANCE.length} queries: ${mean.toFixed(3)}\n${lines.join('\n')}`);
    expect(mean).toBeGreaterThanOrEqual(FLOOR);
  });

  it('answers the queries analysts missed', async () => {
    // The seed no longer carries the acronym IPHRC (the articles spell the commission out); the report still ranks in the top 3.
    expect(await top('IPHRC report', 3)).toContain(IPHRC_REPORT);
    expect(await top('special report mines', 1)).toEqual([MINE_REPORT]);
    const mine = await top('mine', 10);
    expect(mine.indexOf(MINE_REPORT)).toBeLessThan(mine.findIndex((title) => /Ministers/.test(title)) >>> 0);
    expect((await top('baku forum ombudsmen international'))[0]).toBe(BAKU_FORUM);
  });
});
