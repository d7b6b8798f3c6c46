// Briefings: the note before a meeting or visit, from the registry, every statement with its source.
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../../server/db/seed/seed-id.js';
import { toGlobalId } from '../../server/kernel/global-id.js';
import { cliRunner } from '../harness/cli.js';
import { startTestServer, type TestServer } from '../harness/server.js';

let t: TestServer;
const OICOA = toGlobalId('Institution', seedId('oic-oa'));
const AZ = toGlobalId('Institution', seedId('az-ombudsman'));
const AS_OF = '2026-12-03';

beforeAll(async () => {
  t = await startTestServer({ seed: true });
});
afterAll(() => t?.close());

const SECTION = 'kind title emptyText lines { text date dateText footnotes unsourced level record { id } }';
const BRIEFING = `query($institutionId: ID, $visitId: ID, $eventId: ID, $perspectiveId: ID, $asOf: LocalDate, $since: PartialDate) {
  briefing(institutionId: $institutionId, visitId: $visitId, eventId: $eventId, perspectiveId: $perspectiveId, asOf: $asOf, since: $since) {
    title subjectKind asOf
    sections { ${SECTION} }
    institutions { title compact sections { ${SECTION} } }
    sources { number title publisher quote locator source { id } }
  }
}`;

type Line = { text: string; date: string | null; dateText: string | null; footnotes: number[]; unsourced: boolean; level: number; record: { id: string } | null };
type Section = { kind: string; title: string; emptyText: string | null; lines: Line[] };
type Briefing = { title: string; subjectKind: string; sections: Section[]; institutions: { title: string; compact: boolean; sections: Section[] }[]; sources: { number: number; title: string; publisher: string | null; quote: string | null; locator: string | null }[] };

async function brief(variables: Record<string, unknown>, headers?: Record<string, string>) {
  const res = await t.post({ query: BRIEFING, variables: { asOf: AS_OF, ...variables } }, headers);
  return res.json as { data?: { briefing: Briefing }; errors?: { message: string; extensions: { code: string } }[]; extensions?: { sqlStatements?: number } };
}

const section = (b: Briefing, kind: string) => b.sections.find((s) => s.kind === kind)!;
const allText = (b: Briefing) => JSON.stringify(b);

async function create(mutation: string, field: string, input: Record<string, unknown>): Promise<string> {
  const res = await t.post({ query: `mutation($input: ${mutation}Input!) { ${field}(input: $input) { record: ${field.replace(/^create/, '').replace(/^./, (c) => c.toLowerCase())} { id } userErrors { message field } } }`, variables: { input } });
  const payload = res.json.data?.[field];
  expect(res.json.errors ?? payload.userErrors).toEqual([]);
  return payload.record.id;
}

describe('briefing on the seed data', () => {
  it('the OIC Ombudsman Association: the May 2025 board meeting and general assembly, who represented the Ombudsman, with sources', async () => {
    const res = await brief({ institutionId: OICOA, perspectiveId: AZ });
    expect(res.errors).toBeUndefined();
    const b = res.data!.briefing;
    expect(b.title).toBe('OIC Ombudsman Association');
    const recent = section(b, 'RECENT').lines;
    for (const title of ['Board of Directors meeting of the OIC Ombudsman Association', 'General Assembly of the OIC Ombudsman Association']) {
      const i = recent.findIndex((l) => l.level === 0 && l.text.startsWith(title));
      expect(recent[i]).toMatchObject({ dateText: 'May 2025', unsourced: false });
      expect(recent[i]!.footnotes.length).toBeGreaterThan(0);
      // Beneath it: who took part, the Ombudsman's representative named, with a footnote.
      const who = recent[i + 1]!;
      expect(who.level).toBe(1);
      expect(who.text).toContain('Sabina Aliyeva (for Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan)');
      expect(who.footnotes.length).toBeGreaterThan(0);
      // Azernews for what the article says; the registry editors (their reason) for the May 2025 date.
      for (const n of [...recent[i]!.footnotes, ...who.footnotes]) expect(['Azernews', null]).toContain(b.sources[n - 1]!.publisher);
      const notes = recent[i]!.footnotes.map((n) => `${b.sources[n - 1]!.publisher} ${b.sources[n - 1]!.locator}`);
      expect(notes.some((note) => note.includes('inferred by the registry editors: ')), notes.join(' | ')).toBe(true);
    }
    // The relationship with our side (the perspective): first and last interaction, by year.
    expect(section(b, 'RELATIONSHIP').lines.map((l) => l.text).join('\n')).toMatch(/Recorded interactions by year: .*2025: 2/);
    // Every footnote number points into the source list, numbered 1..n in order.
    expect(b.sources.map((s) => s.number)).toEqual(b.sources.map((_, i) => i + 1));
    const used = new Set(b.sections.flatMap((s) => s.lines.flatMap((l) => l.footnotes)));
    expect([...used].sort((x, y) => x - y)).toEqual(b.sources.map((s) => s.number));
    expect(b.sources.every((s) => (s.quote && s.quote.length > 0) || s.locator?.startsWith('inferred by the registry editors: '))).toBe(true);
  });

  it('an event briefing: the Baku Forum with its figures, the declaration adopted and the host’s compact briefing', async () => {
    const res = await brief({ eventId: toGlobalId('Event', seedId('event-baku-forum-2024')) });
    expect(res.errors).toBeUndefined();
    const b = res.data!.briefing;
    expect(b.subjectKind).toBe('EVENT');
    const text = allText(b);
    expect(text).toContain('2 October 2024');
    expect(text).toContain('more than 200');
    expect(section(b, 'RECENT').lines.map((l) => l.text)).toContain('Adopted: Baku Declaration (declaration).');
    expect(b.institutions.map((i) => i.title)).toContain('Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan');
  });

  it('the Markdown of the seed’s OIC Ombudsman Association briefing (snapshot) and the DOCX with headings and footnotes', async () => {
    const headers = { authorization: `Bearer ${t.adminToken}` };
    const md = await fetch(`${t.server.url}/briefing/${OICOA}.md?asOf=${AS_OF}&perspective=${AZ}`, { headers });
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toContain('text/markdown');
    const markdown = await md.text();
    expect(markdown).toMatchSnapshot();
    expect(markdown).toMatch(/^# Briefing: OIC Ombudsman Association/);
    expect(markdown).toMatch(/\*\*May 2025\*\* — General Assembly of the OIC Ombudsman Association.*\[\^\d+\]/);
    expect(markdown).toMatch(/\n\[\^1\]: .*Azernews/);

    const docx = await fetch(`${t.server.url}/briefing/${OICOA}.docx?asOf=${AS_OF}&perspective=${AZ}`, { headers });
    expect(docx.status).toBe(200);
    const buffer = Buffer.from(await docx.arrayBuffer());
    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html).toContain('<h1>Profile</h1>');
    expect(html).toContain('<h1>Recent activity</h1>');
    expect(html).toContain('<h1>Sources</h1>');
    // Real Word footnotes: references in the text and the notes at the end, with the quotes.
    expect(html).toMatch(/<sup><a href="#footnote-1" id="footnote-ref-1">\[1\]<\/a><\/sup>/);
    expect(html).toMatch(/<li id="footnote-1"><p>[^<]*Azernews/);
  });
});

describe('briefing for a visit', () => {
  it('lists the delegation members’ posts and the agreements between host and guest', async () => {
    const guest = await create('CreateInstitution', 'createInstitution', { name: 'Public Defender of Georgia', kind: 'OMBUDSMAN', country: 'GE' });
    const host = await create('CreateInstitution', 'createInstitution', { name: 'Ombudsman of Testland', kind: 'OMBUDSMAN', country: 'FR' });
    const person = await create('CreatePerson', 'createPerson', { name: 'Nino Testadze' });
    const post = await create('CreatePost', 'createPost', { title: 'Public Defender', institutionId: guest, isHead: true });
    await create('CreateTenure', 'createTenure', { personId: person, postId: post, startDate: '2023' });
    const agreement = await create('CreateAgreement', 'createAgreement', {
      title: 'Memorandum of understanding between Georgia and Testland',
      kind: 'MEMORANDUM_OF_UNDERSTANDING',
      parties: [{ institutionId: guest }, { institutionId: host }],
    });
    const visit = await create('CreateVisit', 'createVisit', {
      title: 'Study visit to Testland',
      delegationOfId: guest,
      hostId: host,
      direction: 'OUTBOUND',
      purpose: 'STUDY_VISIT',
      startDate: '2027-02-10',
      members: [{ personId: person, role: 'HEAD' }],
    });
    const res = await brief({ visitId: visit });
    expect(res.errors).toBeUndefined();
    const b = res.data!.briefing;
    expect(b.subjectKind).toBe('VISIT');
    expect(section(b, 'LOGISTICS').lines.map((l) => l.text)).toContain('When: 10 February 2027.');
    expect(section(b, 'DELEGATION').lines.map((l) => l.text)).toEqual(['Nino Testadze — head; Public Defender, Public Defender of Georgia.']);
    const agreements = section(b, 'AGREEMENTS');
    expect(agreements.title).toBe('Agreements between Public Defender of Georgia and Ombudsman of Testland');
    expect(agreements.lines[0]).toMatchObject({ record: { id: agreement } });
    expect(agreements.lines[0]!.text).toContain('Memorandum of understanding between Georgia and Testland (memorandum of understanding; draft)');
    // Unsourced records are said to be so.
    expect(agreements.lines[0]!.unsourced).toBe(true);
    expect(b.institutions.map((i) => [i.title, i.compact])).toEqual([
      ['Public Defender of Georgia', true],
      ['Ombudsman of Testland', true],
    ]);
  });
});

describe('rules', () => {
  it('a viewer’s briefing never mentions a confidential record', async () => {
    const visit = await create('CreateVisit', 'createVisit', {
      title: 'Confidential consultations in Tbilisi',
      delegationOfId: AZ,
      direction: 'OUTBOUND',
      purpose: 'OFFICIAL',
      startDate: '2025-03-01',
      confidential: true,
    });
    const admin = await brief({ institutionId: AZ, recent: undefined });
    expect(allText(admin.data!.briefing)).toContain('Confidential consultations in Tbilisi');
    const viewer = await t.tokenFor('VIEWER');
    const seen = await brief({ institutionId: AZ }, { authorization: `Bearer ${viewer}` });
    expect(seen.errors).toBeUndefined();
    expect(allText(seen.data!.briefing)).not.toContain('Confidential consultations');
    expect(allText(seen.data!.briefing)).not.toContain(visit);
    const direct = await brief({ visitId: visit }, { authorization: `Bearer ${viewer}` });
    expect(direct.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const md = await fetch(`${t.server.url}/briefing/${AZ}.md`, { headers: { authorization: `Bearer ${viewer}` } });
    expect(await md.text()).not.toContain('Confidential consultations');
  });

  it('bad input is refused with the argument and changes nothing; the files need a token', async () => {
    const two = await brief({ institutionId: AZ, eventId: toGlobalId('Event', seedId('x')) });
    expect(two.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(two.errors?.[0]?.message).toContain('exactly one of institutionId, visitId and eventId');
    const unknown = await brief({ institutionId: toGlobalId('Institution', '00000000-0000-4000-8000-000000000000') });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const since = await brief({ institutionId: AZ, since: '2030' });
    expect(since.errors?.[0]?.message).toContain('since');

    const anonymous = await fetch(`${t.server.url}/briefing/${AZ}.md`);
    expect(anonymous.status).toBe(401);
    const wrongKind = await fetch(`${t.server.url}/briefing/${toGlobalId('Topic', seedId('x'))}.md`, { headers: { authorization: `Bearer ${t.adminToken}` } });
    expect(wrongKind.status).toBe(400);
    const notFound = await fetch(`${t.server.url}/briefing/${toGlobalId('Institution', '00000000-0000-4000-8000-000000000000')}.docx`, {
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    expect(notFound.status).toBe(404);
    expect(((await notFound.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
  });

  it('SQL statements per briefing do not grow with the records it lists', async () => {
    const count = async () => (await brief({ institutionId: OICOA, perspectiveId: AZ })).extensions?.sqlStatements ?? -1;
    const visit = (i: number) =>
      create('CreateVisit', 'createVisit', { title: `Working visit ${i}`, delegationOfId: OICOA, hostId: AZ, direction: 'INBOUND', purpose: 'OFFICIAL', startDate: `2026-0${i + 1}-15` });
    await visit(0);
    const before = await count();
    for (let i = 1; i < 6; i++) {
      await visit(i);
    }
    const after = await count();
    expect(before).toBeGreaterThan(0);
    // Five more visits listed cost at most one more statement (a record first seen in a later
    // section is loaded there instead of coming from the loader's cache), never one per record.
    expect(after - before).toBeLessThanOrEqual(1);
    expect(after).toBeLessThanOrEqual(40);
  });
});

describe('accord brief (in process)', () => {
  const cli = cliRunner(() => ({ url: t.url, token: t.adminToken }));
  const accord = (...args: string[]) => cli(args);

  it('prints the Markdown briefing of an institution named in words, and writes a DOCX', async () => {
    const md = await accord('brief', 'OIC Ombudsman Association', '--as-of', AS_OF, '--perspective', 'Ombudsman of Azerbaijan');
    expect(md.stderr).toBe('');
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Briefing: OIC Ombudsman Association/);
    expect(md.stdout).toContain('General Assembly of the OIC Ombudsman Association');

    const { mkdtemp, readFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const file = `${await mkdtemp(`${tmpdir()}/accord-brief-`)}/oicoa.docx`;
    const docx = await accord('brief', OICOA, '--docx', '-o', file);
    expect(docx.code).toBe(0);
    const { value: html } = await mammoth.convertToHtml({ buffer: await readFile(file) });
    expect(html).toContain('Briefing: OIC Ombudsman Association');
  });

  it('refuses bad usage with exit 2 and unknown names with exit 4', async () => {
    expect((await accord('brief', 'OIC Ombudsman Association', '--docx')).code).toBe(2);
    expect((await accord('brief', 'OIC Ombudsman Association', '--since', 'soon')).code).toBe(2);
    expect((await accord('brief', 'No Such Institution Anywhere')).code).toBe(4);
  });
});
