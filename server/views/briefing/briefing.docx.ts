import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { type BriefingData, type BriefingSectionData, sourceText, subtitleOf } from './briefing.markdown.js';

/** The briefing as a Word document: headings per section, one paragraph per statement, real footnotes. */
export async function briefingDocx(b: BriefingData): Promise<Buffer> {
  const section = (s: BriefingSectionData, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => [
    new Paragraph({ text: s.title, heading }),
    ...(s.lines.length
      ? s.lines.map(
          (line) =>
            new Paragraph({
              bullet: { level: Math.min(line.level, 1) },
              children: [
                ...(line.dateText ? [new TextRun({ text: `${line.dateText} — `, bold: true })] : []),
                new TextRun(line.text),
                ...line.footnotes.map((n) => new FootnoteReferenceRun(n)),
                ...(line.unsourced ? [new TextRun({ text: ' (unsourced)', italics: true })] : []),
              ],
            }),
        )
      : [new Paragraph({ children: [new TextRun({ text: s.emptyText ?? 'None recorded.', italics: true })] })]),
  ];
  const children = [
    new Paragraph({ text: `Briefing: ${b.title}`, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: subtitleOf(b), italics: true })] }),
    ...b.sections.flatMap((s) => section(s, HeadingLevel.HEADING_1)),
    ...(b.institutions.length ? [new Paragraph({ text: 'Institutions involved', heading: HeadingLevel.HEADING_1 })] : []),
    ...b.institutions.flatMap((inst) => [new Paragraph({ text: inst.title, heading: HeadingLevel.HEADING_2 }), ...inst.sections.flatMap((s) => section(s, HeadingLevel.HEADING_3))]),
    new Paragraph({ text: 'Sources', heading: HeadingLevel.HEADING_1 }),
    ...b.sources.map((s) => new Paragraph({ text: `${s.number}. ${sourceText(s)}` })),
  ];
  const footnotes = Object.fromEntries(b.sources.map((s) => [s.number, { children: [new Paragraph(sourceText(s))] }]));
  const doc = new Document({ title: `Briefing: ${b.title}`, creator: 'Accord', footnotes, sections: [{ children }] });
  return Packer.toBuffer(doc);
}
