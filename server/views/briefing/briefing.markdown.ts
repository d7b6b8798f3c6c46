import { dateText } from './briefing.text.js';

/*
 * Renderings of a briefing as returned by GraphQL (BRIEFING_DOCUMENT): plain data in, text out.
 * The web page renders the same object, so all three say the same thing.
 */

export type BriefingLineData = { text: string; dateText: string | null; footnotes: number[]; unsourced: boolean; level: number };
export type BriefingSectionData = { kind: string; title: string; emptyText: string | null; lines: BriefingLineData[] };
export type BriefingSourceData = { number: number; title: string; publisher: string | null; publishedOn: string | null; url: string | null; quote: string | null; locator: string | null };
export type BriefingData = {
  title: string;
  subjectKind: string;
  asOf: string;
  since: string | null;
  perspective: { name: string } | null;
  sections: BriefingSectionData[];
  institutions: { title: string; sections: BriefingSectionData[] }[];
  sources: BriefingSourceData[];
};

/** "As of 3 December 2026 · since 2024 · our side: …" */
export function subtitleOf(b: BriefingData): string {
  return [`As of ${dateText(b.asOf)}`, b.since && `activity since ${dateText(b.since)}`, b.perspective && `our side: ${b.perspective.name}`].filter(Boolean).join(' · ');
}

/** "Azernews, 14 May 2025 — “quote” (p. 2) <url>" */
export function sourceText(s: BriefingSourceData): string {
  // Source titles often already name the publisher and date ("Azernews, 14 May 2025"): say each once.
  const head = [s.title, ...[s.publisher, dateText(s.publishedOn)].filter((part) => part && !s.title.includes(part))].filter(Boolean).join(', ');
  return [head, s.quote && `“${s.quote}”`, s.locator && `(${s.locator})`, s.url].filter(Boolean).join(' — ');
}

const md = (text: string) => text.replace(/([\\`*_[\]<>|])/g, '\\$1');

function sectionMarkdown(section: BriefingSectionData, depth: number): string[] {
  const out = [`${'#'.repeat(depth)} ${md(section.title)}`, ''];
  if (!section.lines.length) out.push(`_${md(section.emptyText ?? 'None recorded.')}_`);
  for (const line of section.lines) {
    const date = line.dateText ? `**${md(line.dateText)}** — ` : '';
    const notes = line.footnotes.map((n) => `[^${n}]`).join('');
    const flag = line.unsourced ? ' _(unsourced)_' : '';
    out.push(`${'  '.repeat(line.level)}- ${date}${md(line.text)}${notes}${flag}`);
  }
  out.push('');
  return out;
}

export function briefingMarkdown(b: BriefingData): string {
  const out = [`# Briefing: ${md(b.title)}`, '', `_${md(subtitleOf(b))}_`, ''];
  for (const section of b.sections) out.push(...sectionMarkdown(section, 2));
  if (b.institutions.length) {
    out.push('## Institutions involved', '');
    for (const inst of b.institutions) {
      out.push(`### ${md(inst.title)}`, '');
      for (const section of inst.sections) out.push(...sectionMarkdown(section, 4));
    }
  }
  out.push('## Sources', '');
  if (!b.sources.length) out.push('_No statement above cites a source._', '');
  for (const s of b.sources) out.push(`[^${s.number}]: ${md(sourceText(s))}`);
  return `${out.join('\n').trimEnd()}\n`;
}
