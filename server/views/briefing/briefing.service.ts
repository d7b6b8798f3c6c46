import type { RequestContext } from '../../api/context.js';
import { getRecord } from '../../api/records.js';
import { BadInputError } from '../../kernel/errors.js';
import { fromGlobalId } from '../../kernel/global-id.js';
import { parsePartialDate, todayIso } from '../../kernel/partial-date.js';
import { Event } from '../../records/event/event.entity.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { Visit } from '../../records/visit/visit.entity.js';
import { draftsOf, numberSources, type SectionDraft } from './briefing.draft.js';
import { type BriefingWindow, institutionSections } from './briefing.institution.js';
import { eventSections, visitSections } from './briefing.schedule.js';
import { Briefing, BriefingSubjectKind } from './briefing.types.js';

/*
 * briefing(…): the note staff prepare before a meeting or visit, composed only of what the
 * records state. Everything is read through the request's EntityManager and the views' services,
 * so a viewer's briefing leaves out exactly what the viewer may not see elsewhere.
 */

export const BRIEFING_LIMITS = { recent: 10, compactRecent: 5, aheadDays: 180, institutions: 8, maxRecent: 50 };

export type BriefingArgs = {
  institutionId?: string | null;
  visitId?: string | null;
  eventId?: string | null;
  /** Whose side "ours" is (commitments ours/theirs, who met whom). */
  perspectiveId?: string | null;
  asOf?: string | null;
  since?: string | null;
  recent?: number | null;
};

type Subject = { kind: BriefingSubjectKind; record: Institution | Visit | Event };

async function subjectOf(ctx: RequestContext, args: BriefingArgs): Promise<Subject> {
  const given = (['institutionId', 'visitId', 'eventId'] as const).filter((k) => args[k]);
  if (given.length !== 1) throw new BadInputError(given[1] ?? 'institutionId', 'give exactly one of institutionId, visitId and eventId');
  if (args.institutionId) return { kind: BriefingSubjectKind.INSTITUTION, record: await getRecord(ctx, Institution, args.institutionId) };
  if (args.visitId) return { kind: BriefingSubjectKind.VISIT, record: await getRecord(ctx, Visit, args.visitId) };
  return { kind: BriefingSubjectKind.EVENT, record: await getRecord(ctx, Event, args.eventId!) };
}

/** The briefing for any ID: an institution, a visit or an event (the ID says which). */
export function briefingFor(ctx: RequestContext, globalId: string, rest: Omit<BriefingArgs, 'institutionId' | 'visitId' | 'eventId'>): Promise<Briefing> {
  const type = fromGlobalId(globalId)?.type;
  if (type === 'Institution') return briefing(ctx, { ...rest, institutionId: globalId });
  if (type === 'Visit') return briefing(ctx, { ...rest, visitId: globalId });
  if (type === 'Event') return briefing(ctx, { ...rest, eventId: globalId });
  throw new BadInputError('id', 'must be the ID of an institution, a visit or an event');
}

function windowOf(args: BriefingArgs): BriefingWindow & { recent: number } {
  const asOf = args.asOf ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !parsePartialDate(asOf)) throw new BadInputError('asOf', 'must be a date YYYY-MM-DD');
  if (args.since && !parsePartialDate(args.since)) throw new BadInputError('since', 'must be a date YYYY, YYYY-MM or YYYY-MM-DD');
  if (args.since && args.since.slice(0, 10) > asOf) throw new BadInputError('since', 'must not lie after asOf');
  const recent = args.recent ?? BRIEFING_LIMITS.recent;
  if (!Number.isInteger(recent) || recent < 1 || recent > BRIEFING_LIMITS.maxRecent) throw new BadInputError('recent', `must be between 1 and ${BRIEFING_LIMITS.maxRecent}`);
  return { asOf, since: args.since ?? null, ahead: BRIEFING_LIMITS.aheadDays, recent };
}

export async function briefing(ctx: RequestContext, args: BriefingArgs): Promise<Briefing> {
  const window = windowOf(args);
  const [subject, perspective] = await Promise.all([
    subjectOf(ctx, args),
    args.perspectiveId ? getRecord(ctx, Institution, args.perspectiveId) : Promise.resolve(null),
  ]);
  const drafts = new Map<Briefing, SectionDraft[]>();
  const make = (kind: BriefingSubjectKind, record: Institution | Visit | Event, compact: boolean, sections: SectionDraft[], institutions: Briefing[]) => {
    const b = Object.assign(new Briefing(), {
      subjectKind: kind,
      subject: record,
      title: record instanceof Institution ? record.name : record.title,
      asOf: window.asOf,
      since: window.since,
      perspective,
      compact,
      sections: [],
      institutions,
      sources: [],
    });
    drafts.set(b, sections);
    return b;
  };
  const compactOf = async (institution: Institution, ours: Institution | null) =>
    make(BriefingSubjectKind.INSTITUTION, institution, true, await institutionSections(ctx, institution, { ...window, perspective: ours, compact: true, recent: BRIEFING_LIMITS.compactRecent }), []);

  let root: Briefing;
  if (subject.record instanceof Institution) {
    root = make(subject.kind, subject.record, false, await institutionSections(ctx, subject.record, { ...window, perspective, compact: false }), []);
  } else {
    const { drafts: sections, institutions } =
      subject.record instanceof Visit ? await visitSections(ctx, subject.record) : await eventSections(ctx, subject.record, BRIEFING_LIMITS.institutions);
    // In a visit briefing "ours" defaults to the travelling delegation's institution.
    const ours = perspective ?? (subject.record instanceof Visit ? (institutions[0] ?? null) : null);
    const compact = [];
    for (const institution of institutions) compact.push(await compactOf(institution, ours));
    root = make(subject.kind, subject.record, false, sections, compact);
  }
  const all = draftsOf(root, drafts);
  root.sources = await numberSources(ctx, all);
  const fill = (b: Briefing) => {
    b.sections = (drafts.get(b) ?? []).map((d) => d.build());
    b.institutions.forEach(fill);
  };
  fill(root);
  return root;
}
