import type { RequestContext } from '../../api/context.js';
import { Commitment } from '../../records/commitment/commitment.entity.js';
import { Document } from '../../records/document/document.entity.js';
import { Event } from '../../records/event/event.entity.js';
import { EventSeries } from '../../records/event/event-series.entity.js';
import { Institution } from '../../records/institution/institution.entity.js';
import type { Person } from '../../records/person/person.entity.js';
import { Tenure } from '../../records/person/tenure.entity.js';
import type { Visit } from '../../records/visit/visit.entity.js';
import { figureLines, loadMembers, loadParticipations, participantName, placeText } from './briefing.activity.js';
import { agreementLines, agreementsOf } from './briefing.agreements.js';
import { SectionDraft } from './briefing.draft.js';
import { capitalised, countryName, dateText, joined, periodText, words } from './briefing.text.js';
import { BriefingSectionKind } from './briefing.types.js';

/*
 * The sections of a visit or event briefing: logistics, who comes (with their posts at the time),
 * what binds the parties, what came of it. The institutions involved get compact briefings of
 * their own (see briefing.service.ts).
 */

const load = (ctx: RequestContext, id: string | undefined) => (id ? ctx.records.byId(Institution).load(id) : Promise.resolve(null));

/** Posts each person held on a day, as "Title, Institution" (one statement for all of them). */
async function postsOn(ctx: RequestContext, people: Person[], day: string | null): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!people.length) return out;
  const tenures = await ctx.em.find(Tenure, { person: { $in: people.map((p) => p.id) } }, { populate: ['post', 'post.institution'], orderBy: { startDate: 'desc', id: 'asc' } });
  for (const t of tenures) {
    const held = !day || ((!t.startDate || t.startDate.slice(0, day.length) <= day) && (!t.endDate || t.endDate >= day.slice(0, t.endDate.length)));
    if (!held) continue;
    const post = t.post.getEntity();
    out.set(t.person.id, [...(out.get(t.person.id) ?? []), `${post.title}, ${post.institution.getEntity().name}${t.acting ? ' (acting)' : ''}`]);
  }
  return out;
}

export async function visitSections(ctx: RequestContext, visit: Visit): Promise<{ drafts: SectionDraft[]; institutions: Institution[] }> {
  const [guest, host, members] = await Promise.all([load(ctx, visit.delegationOf.id), load(ctx, visit.host?.id), loadMembers(ctx, [visit.id])]);
  const logistics = new SectionDraft(BriefingSectionKind.LOGISTICS, 'Logistics', 'Nothing recorded.');
  const record = visit;
  const when = periodText(visit.startDate, visit.endDate);
  logistics.add(`${capitalised(visit.direction)} visit, ${words(visit.purpose)}; status ${words(visit.status)}.`, { record });
  if (when) logistics.add(`When: ${when}.`, { record, date: visit.startDate ?? null });
  const where = placeText(visit);
  if (where) logistics.add(`Where: ${where}.`, { record });
  logistics.add(`Delegation of ${guest?.name ?? '?'}${host ? `; host: ${host.name}` : '; host not recorded'}.`, { record });
  if (visit.description) logistics.add(visit.description, { record });

  const delegation = new SectionDraft(BriefingSectionKind.DELEGATION, 'Delegation', 'No delegation member recorded.');
  const people = members.map((m) => m.person?.getEntity()).filter((p): p is Person => !!p);
  const posts = await postsOn(ctx, people, visit.startDate ?? null);
  for (const m of members) {
    const person = m.person?.getEntity();
    const held = person ? (posts.get(person.id) ?? []) : [];
    delegation.add(`${participantName(m)} — ${words(m.role)}${held.length ? `; ${held.join('; ')}` : person ? '; no post recorded at the time' : ''}.`, { record: m });
  }

  const agreements = new SectionDraft(BriefingSectionKind.AGREEMENTS, host ? `Agreements between ${guest?.name} and ${host.name}` : 'Agreements', 'No agreement between them recorded.');
  if (guest && host) {
    const between = await agreementsOf(ctx, [guest.id, host.id]);
    await agreementLines(ctx, agreements, between.map((agreement) => ({ agreement, heading: words(agreement.status).replace(/^./, (c) => c.toUpperCase()) })), []);
  }
  const figures = new SectionDraft(BriefingSectionKind.FIGURES, 'Figures', 'No reported figure.');
  await figureLines(ctx, figures, [visit]);
  const memberInstitutions = members.map((m) => m.institution?.getEntity()).filter((i): i is Institution => !!i);
  const institutions = unique([guest, host, ...memberInstitutions]);
  return { drafts: [logistics, delegation, agreements, figures], institutions };
}

export async function eventSections(ctx: RequestContext, event: Event, cap: number): Promise<{ drafts: SectionDraft[]; institutions: Institution[] }> {
  const [participations, parent, series, children, adopted, made] = await Promise.all([
    loadParticipations(ctx, [event.id]),
    event.parent ? ctx.records.byId(Event).load(event.parent.id) : null,
    event.series ? ctx.records.byId(EventSeries).load(event.series.id) : null,
    ctx.em.find(Event, { parent: event.id }, { orderBy: { startDate: 'asc', id: 'asc' } }),
    ctx.em.find(Document, { adoptedAt: event.id }, { orderBy: { date: 'asc', id: 'asc' } }),
    ctx.em.find(Commitment, { madeAtEvent: event.id }, { populate: ['ownerInstitution', 'ownerPerson'], orderBy: { dueDate: 'asc', id: 'asc' } }),
  ]);
  const record = event;
  const logistics = new SectionDraft(BriefingSectionKind.LOGISTICS, 'Logistics', 'Nothing recorded.');
  logistics.add(`${capitalised(event.kind)}; status ${words(event.status)}.`, { record });
  const when = periodText(event.startDate, event.endDate);
  if (when) {
    const times = event.startTime ? ` ${event.startTime}${event.endTime ? `–${event.endTime}` : ''}${event.timeZone ? ` (${event.timeZone})` : ''}` : '';
    logistics.add(`When: ${when}${times}.`, { record, date: event.startDate ?? null });
  }
  if (event.recurrence) logistics.add(`Recurs: ${event.recurrence}.`, { record });
  const where = joined([event.venue, event.city, countryName(event.country)]);
  if (where) logistics.add(`Where: ${where}.`, { record });
  if (parent) logistics.add(`Part of ${parent.title}.`, { record });
  if (series) logistics.add(`${series.name}${event.edition ? `, edition ${event.edition}` : ''}.`, { record });
  if (event.description) logistics.add(event.description, { record });

  const participants = new SectionDraft(BriefingSectionKind.PARTICIPANTS, 'Participants', 'No participant recorded.');
  const people = participations.map((p) => p.person?.getEntity()).filter((p): p is Person => !!p);
  const posts = await postsOn(ctx, people, event.startDate ?? null);
  for (const p of participations) {
    const behalf = p.onBehalfOf?.getEntity()?.name;
    const held = p.person ? (posts.get(p.person.id) ?? []) : [];
    participants.add(`${participantName(p)}${behalf ? ` for ${behalf}` : ''} — ${words(p.role)}; RSVP ${words(p.rsvp)}${held.length ? `; ${held.join('; ')}` : ''}.`, { record: p });
  }

  const outcomes = new SectionDraft(BriefingSectionKind.RECENT, 'Outcomes and programme', 'No outcome recorded.');
  for (const d of adopted) outcomes.add(`Adopted: ${d.title} (${words(d.kind)}).`, { record: d, date: d.date ?? null });
  for (const c of made) {
    const owner = c.ownerInstitution?.getEntity()?.name ?? c.ownerPerson?.getEntity()?.name;
    outcomes.add(`Commitment${owner ? ` of ${owner}` : ''}: ${c.title} — ${words(c.status)}${c.dueDate ? `, due ${dateText(c.dueDate)}` : ''}.`, { record: c, date: c.dueDate ?? null });
  }
  for (const child of children) outcomes.add(`Programme: ${child.title} — ${words(child.status)}.`, { record: child, date: child.startDate ?? null });

  const figures = new SectionDraft(BriefingSectionKind.FIGURES, 'Figures', 'No reported figure.');
  await figureLines(ctx, figures, [event, ...adopted]);
  const involved = unique(participations.flatMap((p) => [p.institution?.getEntity(), p.onBehalfOf?.getEntity()]));
  if (involved.length > cap) participants.add(`Institution briefings below cover the first ${cap} of ${involved.length} institutions taking part.`, { sourced: false });
  return { drafts: [logistics, participants, outcomes, figures], institutions: involved.slice(0, cap) };
}

function unique(list: (Institution | null | undefined)[]): Institution[] {
  const seen = new Map<string, Institution>();
  for (const i of list) if (i && !seen.has(i.id)) seen.set(i.id, i);
  return [...seen.values()];
}
