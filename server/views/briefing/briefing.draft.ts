import type { RequestContext } from '../../api/context.js';
import { Citation } from '../../records/provenance/citation.entity.js';
import { CitationBasis } from '../../records/provenance/provenance.enums.js';
import { Source } from '../../records/provenance/source.entity.js';
import { dateText } from './briefing.text.js';
import { type Briefing, BriefingLine, BriefingSection, type BriefingSectionKind, BriefingSource } from './briefing.types.js';

/*
 * A briefing is written in two passes: the composers add statements that name the record they
 * state (no citations yet), then `numberSources` loads the citations of every named record in
 * one statement and numbers them in order of first use — so footnotes follow reading order and
 * the number of SQL statements does not grow with the number of lines.
 */

type Keyed = { id: string };

export type LineOptions = {
  /** The record the line is about (linked; its citations are footnoted unless `sourced: false`). */
  record?: Keyed | null;
  /** Further records whose citations support the line (e.g. the participations it lists). */
  citing?: Keyed[];
  date?: string | null;
  level?: number;
  sourced?: boolean;
};

/** A section being written. */
export class SectionDraft {
  readonly lines: BriefingLine[] = [];
  /** The records behind each line (their citations become the line's footnotes). */
  readonly records: Keyed[][] = [];

  constructor(
    readonly kind: BriefingSectionKind,
    readonly title: string,
    readonly emptyText: string,
  ) {}

  /** Adds a statement. `sourced: false` marks a line that states no record (a count, a heading). */
  add(text: string, options: LineOptions = {}): this {
    const line = Object.assign(new BriefingLine(), {
      text,
      date: options.date ?? null,
      dateText: dateText(options.date),
      record: options.record ?? null,
      footnotes: [],
      unsourced: false,
      level: options.level ?? 0,
    });
    this.lines.push(line);
    const own = options.sourced === false || !options.record ? [] : [options.record];
    this.records.push([...own, ...(options.citing ?? [])]);
    return this;
  }

  build(): BriefingSection {
    return Object.assign(new BriefingSection(), { kind: this.kind, title: this.title, lines: this.lines, emptyText: this.lines.length ? null : this.emptyText });
  }
}

/** Loads the citations of every line's record and numbers them; fills footnotes and unsourced. */
export async function numberSources(ctx: RequestContext, drafts: SectionDraft[]): Promise<BriefingSource[]> {
  const ids = [...new Set(drafts.flatMap((d) => d.records.flat().map((r) => r.id)))];
  const citations = ids.length
    ? await ctx.em.find(Citation, { recordId: { $in: ids } }, { populate: ['source'] })
    : [];
  // A stable order that does not hang on creation times or random keys (a seed writes many citations
  // in the same millisecond): what the sources say before what the editors inferred, then by source and words.
  citations.sort((a, b) => citationOrder(a).localeCompare(citationOrder(b)));
  const byRecord = new Map<string, Citation[]>();
  for (const c of citations) byRecord.set(c.recordId, [...(byRecord.get(c.recordId) ?? []), c]);

  const numbers = new Map<string, number>();
  const sources: BriefingSource[] = [];
  for (const draft of drafts) {
    draft.lines.forEach((line, i) => {
      const records = draft.records[i]!;
      if (!records.length) return;
      const cited = records.flatMap((r) => byRecord.get(r.id) ?? []);
      line.unsourced = cited.length === 0;
      line.footnotes = [...new Set(cited.map((c) => {
        // Two citations of the same words of the same source are one footnote.
        const key = `${c.source.id}\u0000${c.quote ?? ''}\u0000${c.locator ?? ''}`;
        let n = numbers.get(key);
        if (n === undefined) {
          n = sources.length + 1;
          numbers.set(key, n);
          const source = c.source.getEntity() as Source;
          sources.push(
            Object.assign(new BriefingSource(), {
              number: n,
              title: source.title,
              publisher: source.publisherName ?? null,
              publishedOn: source.publishedOn ?? null,
              url: source.url ?? null,
              quote: c.quote ?? null,
              // A value the registry editors inferred: the footnote gives their reason, not a quote.
              locator: c.locator ?? (c.basis === CitationBasis.INFERRED ? `inferred by the registry editors: ${c.reason}` : null),
              source,
            }),
          );
        }
        return n;
      }))].sort((a, b) => a - b); // reading order of the notes, whatever order the database returned the citations in
    });
  }
  return sources;
}

function citationOrder(c: Citation): string {
  const source = c.source.getEntity() as Source;
  const basis = c.basis === CitationBasis.INFERRED ? '1' : '0';
  return [basis, source.publishedOn ?? '', source.title, c.quote ?? '', c.locator ?? '', c.reason ?? '', source.id, c.id].join('\u0000');
}

/** All section drafts of a briefing and of the compact briefings inside it, in print order. */
export function draftsOf(briefing: Briefing, drafts: Map<Briefing, SectionDraft[]>): SectionDraft[] {
  return [...(drafts.get(briefing) ?? []), ...briefing.institutions.flatMap((b) => draftsOf(b, drafts))];
}
