import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { Node } from '../../kernel/record.entity.js';
import { Institution } from '../../records/institution/institution.entity.js';

/*
 * A briefing is plain data: sections of one-sentence statements, each footnoted to the numbered
 * source list. The web page, the Markdown and the DOCX are three renderings of the same object,
 * so they cannot disagree.
 */

export enum BriefingSubjectKind {
  INSTITUTION = 'INSTITUTION',
  VISIT = 'VISIT',
  EVENT = 'EVENT',
}
registerEnumType(BriefingSubjectKind, {
  name: 'BriefingSubjectKind',
  description: 'What a briefing is about.',
  valuesConfig: {
    EVENT: { description: 'A briefing about an event.' },
    INSTITUTION: { description: 'A briefing about an institution.' },
    VISIT: { description: 'A briefing about a visit.' },
  },
});

export enum BriefingSectionKind {
  LOGISTICS = 'LOGISTICS',
  DELEGATION = 'DELEGATION',
  PARTICIPANTS = 'PARTICIPANTS',
  PROFILE = 'PROFILE',
  RELATIONSHIP = 'RELATIONSHIP',
  AGREEMENTS = 'AGREEMENTS',
  COMMITMENTS = 'COMMITMENTS',
  PEOPLE = 'PEOPLE',
  RECENT = 'RECENT',
  UPCOMING = 'UPCOMING',
  CONFLICTS = 'CONFLICTS',
  FIGURES = 'FIGURES',
  TALKING_POINTS = 'TALKING_POINTS',
}
registerEnumType(BriefingSectionKind, {
  name: 'BriefingSectionKind',
  description: 'The sections of a briefing, in the order they are printed.',
  valuesConfig: {
    LOGISTICS: { description: 'Visit or event: when, where, who hosts, status.' },
    DELEGATION: { description: 'Visit: the delegation’s members with their posts at the time.' },
    PARTICIPANTS: { description: 'Event: who takes part, in which role, and their RSVP.' },
    PROFILE: { description: 'Institution: names, acronym, aliases, kind, country, parent and bodies, identifiers.' },
    RELATIONSHIP: { description: 'First and last recorded interaction, intensity by year, direct relations or the strongest path.' },
    AGREEMENTS: { description: 'Agreements in force, expiring and overdue, each with its action ledger.' },
    COMMITMENTS: { description: 'Open and overdue commitments, ours and theirs.' },
    PEOPLE: { description: 'Current post holders (heads first) and when our side last met them.' },
    RECENT: { description: 'The latest events, visits and documents, with outcomes and who took part.' },
    UPCOMING: { description: 'What is on the agenda.' },
    CONFLICTS: { description: 'Scheduling conflicts in the coming window.' },
    FIGURES: { description: 'Reported figures (claims) with their qualifiers.' },
    TALKING_POINTS: { description: 'Open commitments, upcoming deadlines and unanswered invitations, stated as facts.' },
  },
});

@ObjectType({ description: 'One statement of a briefing: what a record states, at its precision, with its sources.' })
export class BriefingLine {
  @Field(() => String, { description: 'The statement, composed only of what the records say.' })
  text!: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When, as precisely as recorded.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'The date as people write it ("May 2025", "2 October 2024").' })
  dateText!: string | null;

  @Field(() => Node, { nullable: true, description: 'The record the statement is about (for links).' })
  record!: object | null;

  @Field(() => [Int], { description: 'Numbers in the briefing’s source list that support the statement.' })
  footnotes!: number[];

  @Field(() => Boolean, { description: 'The record has no citation: the statement is unsourced.' })
  unsourced!: boolean;

  @Field(() => Int, { description: '0 for a statement, 1 for a detail under the statement before it (e.g. a ledger entry).' })
  level!: number;
}

@ObjectType({ description: 'A titled section of a briefing.' })
export class BriefingSection {
  @Field(() => BriefingSectionKind, { description: 'Which standard section this is (profile, recent activity …).' }) kind!: BriefingSectionKind;
  @Field(() => String, { description: 'The section’s heading as printed.' }) title!: string;
  @Field(() => [BriefingLine], { description: 'The section’s statements, each with its footnotes.' }) lines!: BriefingLine[];
  @Field(() => String, { nullable: true, description: 'What the section says when it has no lines ("None recorded.").' })
  emptyText!: string | null;
}

@ObjectType({ description: 'An entry of a briefing’s numbered source list: one cited quote.' })
export class BriefingSource {
  @Field(() => Int, { description: 'The footnote number.' }) number!: number;
  @Field(() => String, { description: 'Title of the source.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Publisher, as recorded.' }) publisher!: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Publication date, as precisely as recorded.' }) publishedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Address of the source; null for sources without one (internal notes).' }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'The words of the source that support the statements.' }) quote!: string | null;
  @Field(() => String, { nullable: true, description: 'Where in the source (page, paragraph).' }) locator!: string | null;
  @Field(() => Node, { description: 'The Source record.' }) source!: object;
}

@ObjectType({ description: 'A briefing note for a meeting or visit, generated from the registry: every statement footnotes its sources.' })
export class Briefing {
  @Field(() => BriefingSubjectKind, { description: 'Whether the briefing is about an institution, an event or a visit.' }) subjectKind!: BriefingSubjectKind;
  @Field(() => Node, { description: 'The institution, visit or event the briefing is about.' }) subject!: object;
  @Field(() => String, { description: 'Heading of the briefing (the subject’s name or title).' }) title!: string;
  @Field(() => LocalDateResolver, { description: 'The day the briefing describes (default: today).' }) asOf!: string;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Recent activity starts here (default: everything).' }) since!: string | null;
  @Field(() => Institution, { nullable: true, description: 'Whose side "ours" means (the perspectiveId argument); null without one.' })
  perspective!: Institution | null;
  @Field(() => Boolean, { description: 'A compact briefing (embedded in a visit or event briefing).' }) compact!: boolean;
  @Field(() => [BriefingSection], { description: 'The sections, in print order; empty sections are kept with their emptyText.' })
  sections!: BriefingSection[];
  @Field(() => [Briefing], { description: 'Visit and event briefings: compact briefings of each institution involved (their footnotes use this briefing’s list).' })
  institutions!: Briefing[];
  @Field(() => [BriefingSource], { description: 'The numbered source list (empty on embedded compact briefings).' })
  sources!: BriefingSource[];
}
