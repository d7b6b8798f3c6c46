import type { RequestContext } from '../../api/context.js';
import { AgreementParty } from '../../records/agreement/agreement-party.entity.js';
import { DocumentParty } from '../../records/document/document-party.entity.js';
import { Participation } from '../../records/event/participation.entity.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { Citation } from '../../records/provenance/citation.entity.js';
import { Source } from '../../records/provenance/source.entity.js';
import { VisitMember } from '../../records/visit/visit-member.entity.js';
import { CitationBasis } from '../../records/provenance/provenance.enums.js';
import {
  TimelineAgreementAction,
  TimelineCommitment,
  TimelineDocument,
  TimelineEvent,
  type TimelineItem,
  TimelineRelationChange,
  TimelineVisit,
} from './timeline.types.js';

/*
 * What a timeline item involves and cites, read through the request's loaders: every field of
 * every item of a page shares one batched statement per table.
 */

const idOf = (ref: { id: string } | null | undefined) => ref?.id;

export function participationsOf(ctx: RequestContext, item: TimelineEvent): Promise<Participation[]> {
  return ctx.records.groupBy(Participation, 'event').load(item.event.id);
}

export function documentPartiesOf(ctx: RequestContext, item: TimelineDocument): Promise<DocumentParty[]> {
  return ctx.records.groupBy(DocumentParty, 'document').load(item.document.id);
}

/** Keys of the institutions an item involves (the same rules as the timeline's SQL). */
export async function involvedIds(ctx: RequestContext, item: TimelineItem): Promise<string[]> {
  let ids: (string | undefined)[] = [];
  if (item instanceof TimelineEvent) {
    ids = (await participationsOf(ctx, item)).flatMap((p) => [idOf(p.institution), idOf(p.onBehalfOf)]);
  } else if (item instanceof TimelineVisit) {
    const members = await ctx.records.groupBy(VisitMember, 'visit').load(item.visit.id);
    ids = [idOf(item.visit.delegationOf), idOf(item.visit.host), ...members.map((m) => idOf(m.institution))];
  } else if (item instanceof TimelineDocument) {
    ids = (await documentPartiesOf(ctx, item)).map((p) => idOf(p.institution));
  } else if (item instanceof TimelineAgreementAction) {
    const parties = await ctx.records.groupBy(AgreementParty, 'agreement').load(item.agreement.id);
    ids = [...parties.map((p) => idOf(p.institution)), idOf(item.action.party)];
  } else if (item instanceof TimelineRelationChange) {
    ids = [idOf(item.relation.subjectInstitution), idOf(item.relation.object)];
  } else if (item instanceof TimelineCommitment) {
    ids = [idOf(item.commitment.ownerInstitution)];
  }
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/** The institutions an item involves, by name. */
export async function involvedInstitutions(ctx: RequestContext, item: TimelineItem): Promise<Institution[]> {
  const found = await ctx.records.byId(Institution).loadMany(await involvedIds(ctx, item));
  return found.filter((i): i is Institution => i instanceof Institution).sort((a, b) => a.name.localeCompare(b.name));
}

/** The distinct sources cited for the item's record (for an agreement action: the action and its agreement), by title. */
export async function sourcesOf(ctx: RequestContext, item: TimelineItem): Promise<Source[]> {
  const recordIds = item instanceof TimelineAgreementAction ? [item.recordId, item.agreement.id] : [item.recordId];
  const citations = (await ctx.records.groupBy(Citation, 'recordId').loadMany(recordIds)).flatMap((c) => (Array.isArray(c) ? c : []));
  const ids = [...new Set(citations.map((c) => c.source.id))];
  const sources = await ctx.records.byId(Source).loadMany(ids);
  return sources.filter((s): s is Source => s instanceof Source).sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

const DATE_FIELDS = ['startDate', 'endDate', 'date', 'dueDate'];

/**
 * Whether the item's date is the registry editors' inference (an INFERRED citation of a date
 * field) rather than a source's word: the timeline still places it, flagged.
 */
export async function dateInferredOf(ctx: RequestContext, item: TimelineItem): Promise<boolean> {
  const citations = await ctx.records.groupBy(Citation, 'recordId').load(item.recordId);
  return citations.some((c) => c.basis === CitationBasis.INFERRED && c.fields.some((f) => DATE_FIELDS.includes(f)));
}

/** The underlying record. */
export function recordOf(item: TimelineItem): object {
  if (item instanceof TimelineEvent) return item.event;
  if (item instanceof TimelineVisit) return item.visit;
  if (item instanceof TimelineDocument) return item.document;
  if (item instanceof TimelineAgreementAction) return item.action;
  if (item instanceof TimelineRelationChange) return item.relation;
  return (item as TimelineCommitment).commitment;
}

/** Keeps the rows that involve an institution in focus (all rows without a focus). */
export function inFocus<T>(item: TimelineItem, rows: T[], institutionsOf: (row: T) => (string | undefined)[]): T[] {
  const focus = item.focus;
  if (!focus) return rows;
  return rows.filter((row) => institutionsOf(row).some((id) => id !== undefined && focus.has(id)));
}
