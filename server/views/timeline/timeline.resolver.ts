import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { Node } from '../../kernel/record.entity.js';
import { ConnectionArgs, MAX_PAGE_SIZE, SortDirection, toPageRequest } from '../../api/relay.js';
import { DocumentParty } from '../../records/document/document-party.entity.js';
import { Participation } from '../../records/event/participation.entity.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { Source } from '../../records/provenance/source.entity.js';
import { partnerChanges, partnersAsOf } from './partners.service.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';
import { PartnerChanges, PartnersAsOf } from './partners.types.js';
import { dateInferredOf, documentPartiesOf, inFocus, involvedInstitutions, participationsOf, recordOf, sourcesOf } from './timeline.items.js';
import { listTimeline, MAX_FOCUS_IDS, resolveTimelineQuery } from './timeline.service.js';
import { TimelineConnection, TimelineDocument, TimelineEvent, TimelineFilter, TimelineItem } from './timeline.types.js';

@Resolver()
export class TimelineResolver {
  @Query(() => TimelineConnection, {
    description: `One chronological stream of what involves the institutions in focus: relation starts and ends, agreement actions, events (with their participations), visits, documents and commitments, each typed, with its date, title, the institutions involved and its sources. Oldest first (order: DESC for newest first); undated items always last; items on the same first day by precision (year, month, day), then kind, then a stable key. Keyset pagination (first/after, last/before; 1..${MAX_PAGE_SIZE}): cursors are positions, so pages stay consistent while records are added. \`counts\` and \`totalCount\` cover all pages of the same filter.`,
  })
  async timeline(
    @Arg('institutionIds', () => [ID], {
      nullable: true,
      description: `The institutions in focus: items that involve any of them (at most ${MAX_FOCUS_IDS}). Leave out, with bodiesOf, for the whole registry.`,
    })
    institutionIds: string[] | null,
    @Arg('bodiesOf', () => ID, {
      nullable: true,
      description: 'Adds this institution and every body under it (children, recursively) to the focus: the OIC and all its bodies.',
    })
    bodiesOf: string | null,
    @Arg('sharedWith', () => ID, {
      nullable: true,
      description: 'Only items that also involve this institution: the shared history of the focus and it (e.g. of a pair of institutions).',
    })
    sharedWith: string | null,
    @Arg('filter', () => TimelineFilter, { nullable: true, description: 'Which records to return; all that you may see when left out.' }) filter: TimelineFilter | null,
    @Arg('order', () => SortDirection, { nullable: true, defaultValue: SortDirection.ASC, description: 'ASC: oldest first; DESC: newest first.' })
    order: SortDirection,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<TimelineConnection> {
    const request = toPageRequest(page);
    const query = await resolveTimelineQuery(ctx, { institutionIds, bodiesOf, sharedWith, filter, order });
    return listTimeline(ctx, query, request);
  }

  @Query(() => PartnersAsOf, {
    description: 'An institution’s relations, agreements in force, memberships and partners on one day (today when no date is given).',
  })
  partnersAsOf(
    @Arg('institutionId', () => ID, { description: 'Global ID of the institution.' }) institutionId: string,
    @Arg('date', () => LocalDateResolver, { nullable: true, description: 'The day (YYYY-MM-DD); today (UTC) when neither this nor `during` is given.' }) date: string | null,
    @Arg('during', () => PartialDateScalar, {
      nullable: true,
      description: 'A partial date instead of a day: "2023" = at any time during 2023, "2023-05" = during May 2023 (the answer says so in `meaning`).',
    })
    during: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnersAsOf> {
    return partnersAsOf(ctx, institutionId, date, during);
  }

  @Query(() => PartnerChanges, {
    description: 'What changed for an institution between two days: relations started and ended, agreements that entered into or left force, partners gained and lost.',
  })
  partnerChanges(
    @Arg('institutionId', () => ID, { description: 'Global ID of the institution.' }) institutionId: string,
    @Arg('from', () => LocalDateResolver, { description: 'The earlier day.' }) from: string,
    @Arg('to', () => LocalDateResolver, { description: 'The later day.' }) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerChanges> {
    return partnerChanges(ctx, institutionId, from, to);
  }
}

/** Fields of every timeline item (declared on the interface, inherited by each item type). */
@Resolver(() => TimelineItem)
export class TimelineItemResolver {
  @FieldResolver(() => [Institution], { description: 'The institutions the item involves (participants, parties, delegation and host, relation ends, owner), by name.' })
  institutions(@Root() item: TimelineItem, @Ctx() ctx: RequestContext): Promise<Institution[]> {
    return involvedInstitutions(ctx, item);
  }

  @FieldResolver(() => [Source], { description: 'The sources cited for the record (for an agreement action, also those of the agreement), by title.' })
  sources(@Root() item: TimelineItem, @Ctx() ctx: RequestContext): Promise<Source[]> {
    return sourcesOf(ctx, item);
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the date is not stated by a source but inferred by the registry editors (an INFERRED citation of the record’s date; see the record’s citations for the reason).',
  })
  dateInferred(@Root() item: TimelineItem, @Ctx() ctx: RequestContext): Promise<boolean> {
    return dateInferredOf(ctx, item);
  }

  @FieldResolver(() => Node, { description: 'The underlying record (Event, Visit, Document, AgreementAction, Relation or Commitment).' })
  record(@Root() item: TimelineItem): object {
    return recordOf(item);
  }
}

@Resolver(() => TimelineEvent)
export class TimelineEventResolver {
  @FieldResolver(() => [Participation], {
    description: 'How the institutions in focus take part (their own participations and people on their behalf); every participation for a registry-wide timeline.',
  })
  async participations(@Root() item: TimelineEvent, @Ctx() ctx: RequestContext): Promise<Participation[]> {
    return inFocus(item, await participationsOf(ctx, item), (p) => [p.institution?.id, p.onBehalfOf?.id]);
  }
}

@Resolver(() => TimelineDocument)
export class TimelineDocumentResolver {
  @FieldResolver(() => [DocumentParty], { description: 'The roles of the institutions in focus for the document (every role for a registry-wide timeline).' })
  async parties(@Root() item: TimelineDocument, @Ctx() ctx: RequestContext): Promise<DocumentParty[]> {
    return inFocus(item, await documentPartiesOf(ctx, item), (p) => [p.institution.id]);
  }
}
