import type { RequestContext } from '../../api/context.js';
import { Document } from '../../records/document/document.entity.js';
import { Event } from '../../records/event/event.entity.js';
import { RsvpStatus, ScheduleStatus } from '../../records/event/event.enums.js';
import { Participation } from '../../records/event/participation.entity.js';
import type { Institution } from '../../records/institution/institution.entity.js';
import type { Person } from '../../records/person/person.entity.js';
import { Claim } from '../../records/provenance/claim.entity.js';
import { Visit } from '../../records/visit/visit.entity.js';
import { VisitMember } from '../../records/visit/visit-member.entity.js';
import type { SectionDraft } from './briefing.draft.js';
import { countryName, dateText, figureText, joined, words } from './briefing.text.js';

/*
 * Statements about events, visits and documents: what happened, where, who took part and what
 * came of it. Participants and outcomes of all the listed records load in one statement each.
 */

export type Happening = { item: { date: string | null; title: string }; record: Event | Visit | Document | null };

/** The record a timeline item stands for (its event, visit, document, agreement action, relation or commitment). */
export function recordOfItem(item: object): { id: string } | null {
  for (const key of ['event', 'visit', 'document', 'action', 'relation', 'commitment'] as const) {
    const value = (item as Record<string, unknown>)[key];
    if (value && typeof value === 'object' && 'id' in value) return value as { id: string };
  }
  return null;
}

export const participantName = (p: { person?: { getEntity(): Person | undefined } | null; institution?: { getEntity(): Institution | undefined } | null }) =>
  p.person?.getEntity()?.name ?? p.institution?.getEntity()?.name ?? '?';

/** "Speaker: Sabina Aliyeva (for the Commissioner …); Participant: …" */
export function participantsText(participations: Participation[]): string {
  const byRole = new Map<string, string[]>();
  for (const p of participations) {
    const behalf = p.onBehalfOf?.getEntity()?.name;
    const name = `${participantName(p)}${behalf && p.person ? ` (for ${behalf})` : ''}`;
    byRole.set(p.role, [...(byRole.get(p.role) ?? []), name]);
  }
  return [...byRole].map(([role, names]) => `${words(role)}: ${names.join(', ')}`).join('; ');
}

export function loadParticipations(ctx: RequestContext, eventIds: string[]): Promise<Participation[]> {
  if (!eventIds.length) return Promise.resolve([]);
  return ctx.em.find(Participation, { event: { $in: eventIds } }, { populate: ['person', 'institution', 'onBehalfOf'], orderBy: { role: 'asc', createdAt: 'asc', id: 'asc' } });
}

export function loadMembers(ctx: RequestContext, visitIds: string[]): Promise<VisitMember[]> {
  if (!visitIds.length) return Promise.resolve([]);
  return ctx.em.find(VisitMember, { visit: { $in: visitIds } }, { populate: ['person', 'institution'], orderBy: { role: 'asc', createdAt: 'asc', id: 'asc' } });
}

export function placeText(r: { venue?: string | null; city?: string | null; place?: string | null; country?: string | null }): string {
  return joined([r.venue, r.city, r.place, countryName(r.country)]);
}

/** One statement per happening, with details (who took part, what was adopted) beneath. */
export async function activityLines(ctx: RequestContext, s: SectionDraft, happenings: Happening[]): Promise<void> {
  const events = happenings.map((h) => h.record).filter((r): r is Event => r instanceof Event);
  const visits = happenings.map((h) => h.record).filter((r): r is Visit => r instanceof Visit);
  const [participations, members, adopted, outcomes] = await Promise.all([
    loadParticipations(ctx, events.map((e) => e.id)),
    loadMembers(ctx, visits.map((v) => v.id)),
    events.length ? ctx.em.find(Document, { adoptedAt: { $in: events.map((e) => e.id) } }, { orderBy: { date: 'asc', id: 'asc' } }) : [],
    ctx.records.byId(Document).loadMany(visits.flatMap((v) => (v.outcome ? [v.outcome.id] : []))),
  ]);
  for (const { item, record } of happenings) {
    if (record instanceof Event) {
      const where = placeText(record);
      s.add(`${record.title}${where ? ` (${where})` : ''} — ${words(record.status)}.`, { record, date: item.date });
      const who = participations.filter((p) => p.event.id === record.id);
      if (who.length) s.add(`Taking part — ${participantsText(who)}.`, { record, level: 1, citing: who });
      for (const d of adopted.filter((d) => d.adoptedAt?.id === record.id)) s.add(`Adopted: ${d.title}.`, { record: d, date: d.date ?? null, level: 1 });
    } else if (record instanceof Visit) {
      const where = placeText(record);
      s.add(`${record.title}${where ? ` (${where})` : ''} — ${words(record.direction)} visit, ${words(record.purpose)}, ${words(record.status)}.`, { record, date: item.date });
      const team = members.filter((m) => m.visit.id === record.id);
      if (team.length) s.add(`Delegation — ${team.map((m) => `${participantName(m)} (${words(m.role)})`).join(', ')}.`, { record, level: 1, citing: team });
      const outcome = record.outcome ? outcomes.find((d) => d instanceof Document && d.id === record.outcome!.id) : null;
      if (outcome instanceof Document) s.add(`Outcome: ${outcome.title}.`, { record: outcome, date: outcome.date ?? null, level: 1 });
    } else if (record instanceof Document) {
      s.add(`${record.title} — ${words(record.kind)}.`, { record, date: item.date });
    } else {
      s.add(`${item.title}.`, { date: item.date, sourced: false });
    }
  }
}

/** Reported figures about these records, each with its qualifier ("more than 200"). */
export async function figureLines(ctx: RequestContext, s: SectionDraft, records: { id: string }[]): Promise<void> {
  if (!records.length) return;
  const titles = new Map(records.map((r) => [r.id, 'title' in r ? String(r.title) : 'name' in r ? String(r.name) : '']));
  const claims = await ctx.em.find(Claim, { recordId: { $in: [...titles.keys()] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  for (const c of claims) {
    s.add(`${titles.get(c.recordId)}: ${c.measure} — ${figureText(c.qualifier, c.value)}${c.asOf ? ` (as of ${dateText(c.asOf)})` : ''}.`, { record: c, date: c.asOf ?? null });
  }
}

/** Invitations to coming events still unanswered (RSVP INVITED) by the institution or by our side. */
export async function invitationLines(ctx: RequestContext, s: SectionDraft, institution: Institution, ours: Institution | null, asOf: string): Promise<void> {
  const who = [institution.id, ...(ours ? [ours.id] : [])];
  const pending = await ctx.em.find(
    Participation,
    { rsvp: RsvpStatus.INVITED, $or: [{ institution: { $in: who } }, { onBehalfOf: { $in: who } }], event: { status: { $in: [ScheduleStatus.PLANNED, ScheduleStatus.CONFIRMED] } } },
    { populate: ['event', 'person', 'institution'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  for (const p of pending) {
    const event = p.event.getEntity() as Event;
    if (!event.startDate || event.startDate < asOf.slice(0, event.startDate.length)) continue;
    s.add(`Invitation not yet answered: ${participantName(p)} to ${event.title}.`, { record: event, date: event.startDate });
  }
}
