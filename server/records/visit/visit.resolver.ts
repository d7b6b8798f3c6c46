import countries from 'i18n-iso-countries';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { DRY_RUN, dryRunContext } from '../../api/mutation.js';
import { ConnectionArgs, type ConnectionShape, toPageRequest } from '../../api/relay.js';
import { Document } from '../document/document.entity.js';
import type { DeletePayload } from '../../api/payloads.js';
import { visibleRef, visibleTo } from '../../api/visibility.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { Visit } from './visit.entity.js';
import {
  AddVisitMemberInput,
  AddVisitMemberPayload,
  CreateVisitInput,
  CreateVisitPayload,
  DeleteVisitInput,
  DeleteVisitPayload,
  RemoveVisitMemberInput,
  RemoveVisitMemberPayload,
  UpdateVisitInput,
  UpdateVisitPayload,
  VisitConnection,
  VisitFilter,
  type VisitMemberPayload,
  VisitOrder,
  type VisitPayload,
  VisitSide,
} from './visit.inputs.js';
import * as service from './visit.service.js';
import { VisitMember } from './visit-member.entity.js';

@Resolver(() => Visit)
export class VisitResolver {
  @Query(() => Visit, { description: 'One visit; NOT_FOUND error if the ID is unknown.' })
  visit(@Arg('id', () => ID, { description: 'Global ID of the visit.' }) id: string, @Ctx() ctx: RequestContext): Promise<Visit> {
    return service.getVisit(ctx, id);
  }

  @Query(() => VisitConnection, { description: 'Visits, filtered and ordered (by start date unless told), as a Relay connection.' })
  visits(
    @Arg('filter', () => VisitFilter, { nullable: true, description: 'Which records to return; all that you may see when left out.' }) filter: VisitFilter | null,
    @Arg('orderBy', () => VisitOrder, { nullable: true, description: 'Sort order; see VisitOrder for the default.' }) orderBy: VisitOrder | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Visit>> {
    return service.listVisits(ctx, filter, orderBy, toPageRequest(page));
  }

  @FieldResolver(() => Institution, { description: 'The institution whose delegation travels.' })
  async delegationOf(@Root() visit: Visit, @Ctx() ctx: RequestContext): Promise<Institution> {
    return (await ctx.records.byId(Institution).load(visit.delegationOf.id))!;
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution visited, if the visit is to one.' })
  host(@Root() visit: Visit, @Ctx() ctx: RequestContext): Promise<Institution | null> | null {
    return visit.host ? ctx.records.byId(Institution).load(visit.host.id) : null;
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The report or other document the visit produced.' })
  outcome(@Root() visit: Visit, @Ctx() ctx: RequestContext): Promise<Document | null> | null {
    return visibleRef(ctx, Document, visit.outcome);
  }

  @FieldResolver(() => [VisitMember], { description: 'Members of the delegation, in the order they were added.' })
  members(@Root() visit: Visit, @Ctx() ctx: RequestContext): Promise<VisitMember[]> {
    return ctx.records.groupBy(VisitMember, 'visit').load(visit.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'English name of `country`.' })
  countryName(@Root() visit: Visit): string | null {
    return visit.country ? (countries.getName(visit.country, 'en') ?? null) : null;
  }

  @Mutation(() => CreateVisitPayload, { description: 'Records a visit, optionally with its delegation members.' })
  async createVisit(@Arg('input', () => CreateVisitInput, { description: 'The new visit.' }) input: CreateVisitInput, @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: DRY_RUN }) dryRun: boolean, @Ctx() ctx: RequestContext): Promise<VisitPayload> {
    const { result, userErrors, preview } = await service.createVisit(dryRunContext(ctx, dryRun), input);
    return { visit: result, userErrors, preview };
  }

  @Mutation(() => UpdateVisitPayload, { description: 'Changes a visit: only the fields given. Requires the EDITOR role.' })
  async updateVisit(@Arg('input', () => UpdateVisitInput, { description: 'The visit to change (id, version) and the new values.' }) input: UpdateVisitInput, @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: DRY_RUN }) dryRun: boolean, @Ctx() ctx: RequestContext): Promise<VisitPayload> {
    const { result, userErrors, preview } = await service.updateVisit(dryRunContext(ctx, dryRun), input);
    return { visit: result, userErrors, preview };
  }

  @Mutation(() => DeleteVisitPayload, { description: 'Deletes a visit with its delegation members.' })
  async deleteVisit(@Arg('input', () => DeleteVisitInput, { description: 'The visit to delete.' }) input: DeleteVisitInput, @Ctx() ctx: RequestContext): Promise<DeletePayload> {
    const { result, userErrors } = await service.deleteVisit(ctx, input);
    return { deletedId: result, userErrors };
  }
}

@Resolver(() => VisitMember)
export class VisitMemberResolver {
  @FieldResolver(() => Visit, { description: 'The visit.' })
  async visit(@Root() member: VisitMember, @Ctx() ctx: RequestContext): Promise<Visit> {
    return (await ctx.records.byId(Visit).load(member.visit.id))!;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person, when the member is one; null for an institution.' })
  person(@Root() member: VisitMember, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return member.person ? ctx.records.byId(Person).load(member.person.id) : null;
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution, when the member is one; null for a person.' })
  institution(@Root() member: VisitMember, @Ctx() ctx: RequestContext): Promise<Institution | null> | null {
    return member.institution ? ctx.records.byId(Institution).load(member.institution.id) : null;
  }

  @Mutation(() => AddVisitMemberPayload, { description: 'Adds a person or an institution to a delegation.' })
  async addVisitMember(
    @Arg('input', () => AddVisitMemberInput, { description: 'The visit member to add.' }) input: AddVisitMemberInput,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: DRY_RUN }) dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<VisitMemberPayload> {
    const { result, userErrors, preview } = await service.addVisitMember(dryRunContext(ctx, dryRun), input);
    return { visitMember: result, userErrors, preview };
  }

  @Mutation(() => RemoveVisitMemberPayload, { description: 'Removes a visit member. Requires the EDITOR role.' })
  async removeVisitMember(
    @Arg('input', () => RemoveVisitMemberInput, { description: 'The visit member to remove.' }) input: RemoveVisitMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeletePayload> {
    const { result, userErrors } = await service.removeVisitMember(ctx, input);
    return { deletedId: result, userErrors };
  }
}

/** Institution.visits: visits of its delegation and visits it hosted (this area owns visits). */
@Resolver(() => Institution)
export class InstitutionVisitsResolver {
  @FieldResolver(() => [Visit], { description: 'Visits of this institution’s delegation and visits it hosted, by start date; optionally one side only.' })
  async visits(
    @Root() institution: Institution,
    @Arg('as', () => VisitSide, { nullable: true, description: 'Which side the institution is on: the delegation, the host, or either when left out.' }) side: VisitSide | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Visit[]> {
    const [asDelegation, asHost] = await Promise.all([
      side === VisitSide.HOST ? [] : ctx.records.groupBy(Visit, 'delegationOf', { startDate: 'asc' }).load(institution.id),
      side === VisitSide.DELEGATION ? [] : ctx.records.groupBy(Visit, 'host', { startDate: 'asc' }).load(institution.id),
    ]);
    return [...asDelegation, ...asHost].filter(visibleTo(ctx)).sort(
      (a, b) => (a.startDate ?? '\uffff').localeCompare(b.startDate ?? '\uffff') || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
    );
  }
}

/** Person.visits: the delegations the person was a member of (this area owns visit members). */
@Resolver(() => Person)
export class PersonVisitsResolver {
  @FieldResolver(() => [VisitMember], { description: 'The person’s places in visiting delegations (with the role), by the visit’s start date.' })
  async visits(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<VisitMember[]> {
    const members = await ctx.records.groupBy(VisitMember, 'person').load(person.id);
    const visits = await ctx.records.byId(Visit).loadMany(members.map((m) => m.visit.id));
    const visible = visibleTo(ctx);
    // Members of confidential visits are hidden with the visits.
    const shown = members.flatMap((member, i) => {
      const visit = visits[i];
      return visit instanceof Visit && visible(visit) ? [{ member, visit }] : [];
    });
    return shown
      .sort((a, b) => (a.visit.startDate ?? '\uffff').localeCompare(b.visit.startDate ?? '\uffff') || a.visit.id.localeCompare(b.visit.id))
      .map((s) => s.member);
  }
}
