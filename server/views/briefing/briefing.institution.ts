import { raw } from '@mikro-orm/core';
import type { RequestContext } from '../../api/context.js';
import { toGlobalId } from '../../kernel/global-id.js';
import type { Agreement } from '../../records/agreement/agreement.entity.js';
import { Commitment } from '../../records/commitment/commitment.entity.js';
import { CommitmentStatus } from '../../records/commitment/commitment.enums.js';
import { Event } from '../../records/event/event.entity.js';
import { Participation } from '../../records/event/participation.entity.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { Person } from '../../records/person/person.entity.js';
import { Post } from '../../records/person/post.entity.js';
import { Tenure } from '../../records/person/tenure.entity.js';
import { Relation } from '../../records/relation/relation.entity.js';
import type { RelationKind } from '../../records/relation/relation.enums.js';
import { connectionPath } from '../graph/graph.service.js';
import { PathStatus } from '../graph/graph.types.js';
import { agenda } from '../planning/agenda.service.js';
import { conflictsIn } from '../planning/conflicts.service.js';
import { expiringAgreements } from '../planning/expiring.service.js';
import { partnersAsOf } from '../timeline/partners.service.js';
import { listTimeline, relationSentence, resolveTimelineQuery } from '../timeline/timeline.service.js';
import { SortDirection } from '../../api/relay.js';
import { TimelineItemKind } from '../timeline/timeline.types.js';
import { activityLines, figureLines, type Happening, invitationLines, recordOfItem } from './briefing.activity.js';
import { agreementLines, agreementsOf } from './briefing.agreements.js';
import { SectionDraft } from './briefing.draft.js';
import { capitalised, countryName, dateText, words } from './briefing.text.js';
import { BriefingSectionKind } from './briefing.types.js';
import { involving, involvingParams } from '../involvement/involvement.js';

/*
 * The sections about one institution. A full briefing has them all; a compact one (inside a visit
 * or event briefing) keeps the profile, agreements, commitments, heads and the latest activity.
 */

export type BriefingWindow = { asOf: string; since: string | null; ahead: number };
type Options = BriefingWindow & { perspective: Institution | null; compact: boolean; recent: number };

const OPEN = [CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS];
const gid = (i: { id: string }) => toGlobalId('Institution', i.id);

export async function institutionSections(ctx: RequestContext, institution: Institution, o: Options): Promise<SectionDraft[]> {
  const ours = o.perspective && o.perspective.id !== institution.id ? o.perspective : null;
  // One section after the other: their batched loads then always group the same way, so the
  // number of SQL statements per briefing is the same whatever the records (tests assert it).
  const steps = [
    () => profile(ctx, institution),
    () => (o.compact ? null : relationship(ctx, institution, ours, o)),
    () => agreements(ctx, institution, o),
    () => commitments(ctx, institution, ours, o),
    () => people(ctx, institution, ours, o),
    () => recent(ctx, institution, o),
    () => (o.compact ? null : upcoming(ctx, institution, o)),
    () => (o.compact ? null : conflicts(ctx, institution, o)),
  ];
  const sections: (SectionDraft | SectionDraft[] | null)[] = [];
  for (const step of steps) sections.push(await step());
  const drafts = sections.filter((s): s is SectionDraft | SectionDraft[] => s !== null).flat();
  if (!o.compact) drafts.push(await talkingPoints(ctx, institution, ours, o, drafts));
  return drafts;
}

async function profile(ctx: RequestContext, institution: Institution): Promise<SectionDraft> {
  const s = new SectionDraft(BriefingSectionKind.PROFILE, 'Profile', 'Nothing recorded.');
  const [parent, bodies] = await Promise.all([
    institution.parent ? ctx.records.byId(Institution).load(institution.parent.id) : null,
    ctx.em.find(Institution, { parent: institution.id }, { orderBy: { name: 'asc', id: 'asc' } }),
  ]);
  const record = institution;
  s.add(`${institution.name}${institution.acronym ? ` (${institution.acronym})` : ''}: ${words(institution.kind)}${institution.country ? `, ${countryName(institution.country)}` : ''}.`, { record });
  if (institution.aliases.length) s.add(`Also known as: ${institution.aliases.join('; ')}.`, { record });
  if (parent) s.add(`Part of ${parent.name}.`, { record });
  for (const body of bodies) s.add(`Body: ${body.name}${body.acronym ? ` (${body.acronym})` : ''}.`, { record: body, level: 1 });
  for (const id of institution.identifiers) s.add(`Identifier: ${id.scheme} ${id.value}.`, { record });
  if (institution.status !== 'ACTIVE') s.add(`Status: ${words(institution.status)}.`, { record });
  if (institution.website) s.add(`Website: ${institution.website}`, { record });
  if (institution.description) s.add(institution.description, { record });
  return s;
}

/** First and last interaction, intensity by year; direct relations or, without any tie, the strongest path. */
async function relationship(ctx: RequestContext, institution: Institution, ours: Institution | null, o: Options): Promise<SectionDraft> {
  const s = new SectionDraft(BriefingSectionKind.RELATIONSHIP, ours ? `Relationship with ${ours.name}` : 'Recorded activity', 'No interaction recorded.');
  const focus = ours ? { institutionIds: [gid(ours)], sharedWith: gid(institution) } : { institutionIds: [gid(institution)] };
  const query = await resolveTimelineQuery(ctx, { ...focus, filter: { to: o.asOf } });
  const first = await listTimeline(ctx, { ...query, direction: 'ASC' }, { first: 1 });
  const last = await listTimeline(ctx, { ...query, direction: 'DESC' }, { first: 1 });
  if (ours) {
    const direct = await ctx.em.find(
      Relation,
      { $or: [{ subjectInstitution: ours.id, object: institution.id }, { subjectInstitution: institution.id, object: ours.id }] },
      { orderBy: { startDate: 'asc', id: 'asc' } },
    );
    for (const r of direct) {
      const subject = r.subjectInstitution?.id === ours.id ? ours : institution;
      const object = subject === ours ? institution : ours;
      s.add(`${relationSentence(subject.name, r.kind as RelationKind, object.name, false)}${r.endDate ? ` (until ${dateText(r.endDate)})` : ''}.`, {
        record: r,
        date: r.startDate ?? null,
      });
    }
  }
  const firstItem = first.nodes[0];
  const lastItem = last.nodes[0];
  if (firstItem) s.add(`First recorded interaction: ${firstItem.title}.`, { date: firstItem.date, record: recordOfItem(firstItem) });
  if (lastItem && lastItem.recordId !== firstItem?.recordId) s.add(`Latest recorded interaction: ${lastItem.title}.`, { date: lastItem.date, record: recordOfItem(lastItem) });
  const counts = await first.counts;
  const byYear = counts.byYear.filter((c) => c.count > 0);
  if (byYear.length) {
    s.add(`Recorded interactions by year: ${byYear.map((c) => `${c.year ?? 'undated'}: ${c.count}`).join('; ')} (${await first.totalCount} in all).`, { sourced: false });
  }
  if (ours && s.lines.length === 0) {
    const path = await connectionPath(ctx, gid(ours), gid(institution), 4, null, 1);
    const best = path.paths[0];
    if (path.status === PathStatus.FOUND && best) {
      const names = await ctx.records.byId(Institution).loadMany(best.institutionIds);
      const chain = names.map((n) => (n instanceof Institution ? n.name : '?')).join(' → ');
      s.add(`No direct tie recorded. Strongest connection (${best.hops} hops): ${chain}.`, { sourced: false });
    } else {
      s.add(`No direct tie and no connection within 4 hops recorded.`, { sourced: false });
    }
  }
  return s;
}

/** Agreements in force on asOf, those with a deadline ahead or overdue, and (full briefings) the others — each with its ledger. */
async function agreements(ctx: RequestContext, institution: Institution, o: Options): Promise<SectionDraft> {
  const s = new SectionDraft(BriefingSectionKind.AGREEMENTS, 'Agreements', 'No agreement recorded.');
  const [partners, deadlines, all] = await Promise.all([
    partnersAsOf(ctx, gid(institution), o.asOf),
    expiringAgreements(ctx, { institutionId: gid(institution), asOf: o.asOf, days: o.ahead }),
    agreementsOf(ctx, [institution.id]),
  ]);
  const inForce = new Set(partners.agreements.map((a) => a.id));
  const due = new Set([...deadlines.upcoming, ...deadlines.overdue].map((d) => d.agreement.id));
  const listed = [
    ...all.filter((a) => inForce.has(a.id)).map((agreement) => ({ agreement, heading: 'In force' })),
    ...all.filter((a) => !inForce.has(a.id) && due.has(a.id)).map((agreement) => ({ agreement, heading: 'Needs attention' })),
    ...(o.compact ? [] : all.filter((a) => !inForce.has(a.id) && !due.has(a.id)).map((agreement) => ({ agreement, heading: capitalised(agreement.status) }))),
  ];
  await agreementLines(ctx, s, listed, [...deadlines.upcoming, ...deadlines.overdue]);
  return s;
}

/** Open commitments: theirs (owned by the institution) and ours (owned by the perspective and tied to this institution). */
async function commitments(ctx: RequestContext, institution: Institution, ours: Institution | null, o: Options): Promise<SectionDraft> {
  const s = new SectionDraft(BriefingSectionKind.COMMITMENTS, 'Open commitments', 'No open commitment recorded.');
  // Made at an event, in an agreement or in a document that involves the institution.
  const tiedTo = (id: string) =>
    raw(
      (c) => `(${c}.made_at_event_id in (${involving('EVENT', '?')})
          or ${c}.made_in_agreement_id in (${involving('AGREEMENT', '?')})
          or ${c}.made_in_document_id in (${involving('DOCUMENT', '?')}))`,
      [...involvingParams('EVENT', id), ...involvingParams('AGREEMENT', id), ...involvingParams('DOCUMENT', id)],
    );
  const [theirs, ourOwn] = await Promise.all([
    ctx.em.find(Commitment, { ownerInstitution: institution.id, status: { $in: OPEN } }, { orderBy: { dueDate: 'asc', id: 'asc' } }),
    ours
      ? ctx.em.find(Commitment, { ownerInstitution: ours.id, status: { $in: OPEN }, [tiedTo(institution.id)]: [] }, { orderBy: { dueDate: 'asc', id: 'asc' } })
      : [],
  ]);
  const write = (c: Commitment, owner: string) => {
    const overdue = c.dueDate && c.dueDate < o.asOf.slice(0, c.dueDate.length);
    s.add(`${owner}: ${c.title} — ${words(c.status)}${c.dueDate ? `, due ${dateText(c.dueDate)}` : ''}${overdue ? ' (overdue)' : ''}.`, { record: c, date: c.dueDate ?? null });
  };
  for (const c of ourOwn) write(c, `Ours (${ours!.name})`);
  for (const c of theirs) write(c, `Theirs (${institution.name})`);
  return s;
}

/** Current post holders, heads first; with a perspective, when our side last met each at an event. */
async function people(ctx: RequestContext, institution: Institution, ours: Institution | null, o: Options): Promise<SectionDraft> {
  const s = new SectionDraft(BriefingSectionKind.PEOPLE, 'People', 'No post holder recorded.');
  const posts = await ctx.em.find(Post, { institution: institution.id }, { orderBy: { isHead: 'desc', title: 'asc', id: 'asc' } });
  const tenures = posts.length ? await ctx.em.find(Tenure, { post: { $in: posts.map((p) => p.id) } }, { populate: ['person'], orderBy: { startDate: 'desc', id: 'asc' } }) : [];
  const current = (t: Tenure) => (!t.startDate || t.startDate.slice(0, 10) <= o.asOf) && (!t.endDate || t.endDate >= o.asOf.slice(0, t.endDate.length));
  const holders: Person[] = [];
  for (const post of posts) {
    if (o.compact && !post.isHead) continue;
    const now = tenures.filter((t) => t.post.id === post.id && current(t));
    if (!now.length) s.add(`${post.title}: no current holder recorded.`, { record: post });
    for (const t of now) {
      const person = t.person.getEntity() as Person;
      holders.push(person);
      s.add(`${post.title}${post.isHead ? ' (head)' : ''}: ${person.name}${t.acting ? ' (acting)' : ''}${t.startDate ? `, since ${dateText(t.startDate)}` : ''}.`, { record: t, date: t.startDate ?? null });
    }
  }
  if (ours && holders.length && !o.compact) {
    for (const line of await lastMet(ctx, holders, ours, o.asOf)) s.add(line.text, line.options);
  }
  return s;
}

async function lastMet(ctx: RequestContext, holders: Person[], ours: Institution, asOf: string) {
  const theirs = await ctx.em.find(Participation, { person: { $in: holders.map((p) => p.id) } }, { populate: ['event'] });
  const eventIds = [...new Set(theirs.map((p) => p.event.id))];
  const ourSide = eventIds.length
    ? await ctx.em.find(Participation, { event: { $in: eventIds }, $or: [{ institution: ours.id }, { onBehalfOf: ours.id }] }, { populate: ['person', 'institution'] })
    : [];
  const out: { text: string; options: { record: { id: string }; date: string | null; level: number } }[] = [];
  for (const person of holders) {
    const met = theirs
      .filter((p) => p.person?.id === person.id && ourSide.some((q) => q.event.id === p.event.id))
      .map((p) => p.event.getEntity() as Event)
      .filter((e) => e.startDate && e.startDate.slice(0, 10) <= asOf)
      .sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''))[0];
    if (!met) continue;
    const us = ourSide.filter((q) => q.event.id === met.id).map((q) => q.person?.getEntity()?.name ?? q.institution?.getEntity()?.name).filter(Boolean);
    out.push({ text: `${person.name} last met our side at ${met.title}${us.length ? ` (${us.join(', ')})` : ''}.`, options: { record: met, date: met.startDate ?? null, level: 1 } });
  }
  return out;
}

/** The latest events, visits and documents up to asOf (since `since`). */
async function recent(ctx: RequestContext, institution: Institution, o: Options): Promise<SectionDraft[]> {
  const s = new SectionDraft(BriefingSectionKind.RECENT, 'Recent activity', o.since ? `Nothing recorded since ${dateText(o.since)}.` : 'Nothing recorded.');
  const query = await resolveTimelineQuery(ctx, {
    institutionIds: [gid(institution)],
    filter: { to: o.asOf, from: o.since ?? undefined, kind: [TimelineItemKind.EVENT, TimelineItemKind.VISIT, TimelineItemKind.DOCUMENT] },
    order: SortDirection.DESC,
  });
  const page = await listTimeline(ctx, query, { first: o.recent });
  const happenings: Happening[] = page.nodes.map((item) => ({ item, record: recordOfItem(item) as Happening['record'] }));
  await activityLines(ctx, s, happenings);
  if (o.compact) return [s];
  const f = new SectionDraft(BriefingSectionKind.FIGURES, 'Figures', 'No reported figure.');
  await figureLines(ctx, f, [institution, ...happenings.map((h) => h.record).filter((r) => r !== null)]);
  return [s, f];
}

async function upcoming(ctx: RequestContext, institution: Institution, o: Options): Promise<SectionDraft> {
  const s = new SectionDraft(BriefingSectionKind.UPCOMING, 'Upcoming', `Nothing on the agenda in the next ${o.ahead} days.`);
  const items = await agenda(ctx, { institutionId: gid(institution), from: o.asOf, days: o.ahead, first: 50 });
  for (const item of items.items) {
    s.add(`${item.title} — ${words(item.kind)}, ${words(item.status)}${item.place ? `, ${item.place}` : ''}${item.approximate ? ' (date approximate)' : ''}.`, {
      record: item.record as { id: string },
      date: item.recordedDate ?? item.startDate,
    });
  }
  return s;
}

async function conflicts(ctx: RequestContext, institution: Institution, o: Options): Promise<SectionDraft> {
  const s = new SectionDraft(BriefingSectionKind.CONFLICTS, 'Scheduling conflicts', `No conflict in the next ${o.ahead} days.`);
  const found = await conflictsIn(ctx, { institutionId: gid(institution), from: o.asOf, days: o.ahead, first: 50 });
  for (const c of found.conflicts) s.add(`${c.message}`, { record: c.record as { id: string }, date: c.from, sourced: false });
  return s;
}

/** Facts to raise: open commitments, deadlines ahead, invitations not yet answered. */
async function talkingPoints(ctx: RequestContext, institution: Institution, ours: Institution | null, o: Options, drafts: SectionDraft[]): Promise<SectionDraft> {
  const s = new SectionDraft(BriefingSectionKind.TALKING_POINTS, 'Talking points', 'No open commitment, deadline or unanswered invitation recorded.');
  const commitmentsDraft = drafts.find((d) => d.kind === BriefingSectionKind.COMMITMENTS);
  for (const line of commitmentsDraft?.lines ?? []) s.add(`Open commitment — ${line.text}`, { record: line.record as Commitment, date: line.date });
  const agreementsDraft = drafts.find((d) => d.kind === BriefingSectionKind.AGREEMENTS);
  agreementsDraft?.lines.forEach((line, i) => {
    if (line.level === 1 && agreementsDraft.records[i]!.length === 0 && line.date && line.date >= o.asOf) {
      s.add(`Deadline — ${(line.record as Agreement).title}: ${line.text}`, { record: line.record as Agreement, date: line.date });
    }
  });
  await invitationLines(ctx, s, institution, ours, o.asOf);
  return s;
}
