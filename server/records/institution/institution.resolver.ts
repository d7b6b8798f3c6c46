import countries from 'i18n-iso-countries';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { ConnectionArgs, type ConnectionShape, toPageRequest } from '../../api/relay.js';
import { readsColumns } from '../../api/selection.js';
import { Institution } from './institution.entity.js';
import {
  CreateInstitutionInput,
  CreateInstitutionPayload,
  DeleteInstitutionInput,
  DeleteInstitutionPayload,
  InstitutionConnection,
  InstitutionFilter,
  InstitutionOrder,
  type InstitutionPayload,
  UpdateInstitutionInput,
  UpdateInstitutionPayload,
} from './institution.inputs.js';
import * as service from './institution.service.js';

@Resolver(() => Institution)
export class InstitutionResolver {
  @Query(() => Institution, { description: 'One institution; NOT_FOUND error if the ID is unknown.' })
  institution(@Arg('id', () => ID, { description: 'Global ID of the institution.' }) id: string, @Ctx() ctx: RequestContext): Promise<Institution> {
    return service.getInstitution(ctx, id);
  }

  @Query(() => InstitutionConnection, { description: 'Institutions, filtered and ordered, as a Relay connection.' })
  institutions(
    @Arg('filter', () => InstitutionFilter, { nullable: true, description: 'Which records to return; all that you may see when left out.' }) filter: InstitutionFilter | null,
    @Arg('orderBy', () => InstitutionOrder, { nullable: true, description: 'Sort order; see InstitutionOrder for the default.' }) orderBy: InstitutionOrder | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Institution>> {
    return service.listInstitutions(ctx, filter, orderBy, toPageRequest(page), info);
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The body this one belongs to (e.g. the OIC for the IPHRC).' })
  parent(@Root() institution: Institution, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Institution | Promise<Institution | null> | null {
    return institution.parent ? ctx.records.record(Institution, institution.parent.id, info) : null;
  }

  @FieldResolver(() => [Institution], { description: 'Bodies that have this institution as parent, by name.' })
  children(@Root() institution: Institution, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Institution[]> {
    return ctx.records.groupBy(Institution, 'parent', { name: 'asc' }, info).load(institution.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'English name of `country`.' })
  countryName(@Root() institution: Institution): string | null {
    return institution.country ? (countries.getName(institution.country, 'en') ?? null) : null;
  }

  @Mutation(() => CreateInstitutionPayload, { description: 'Creates an institution. Requires the EDITOR role.' })
  async createInstitution(
    @Arg('input', () => CreateInstitutionInput, { description: 'The new institution.' }) input: CreateInstitutionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InstitutionPayload> {
    const { result, userErrors } = await service.createInstitution(ctx, input);
    return { institution: result, userErrors };
  }

  @Mutation(() => UpdateInstitutionPayload, { description: 'Changes an institution: only the fields given. Requires the EDITOR role.' })
  async updateInstitution(
    @Arg('input', () => UpdateInstitutionInput, { description: 'The institution to change (id, version) and the new values.' }) input: UpdateInstitutionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InstitutionPayload> {
    const { result, userErrors } = await service.updateInstitution(ctx, input);
    return { institution: result, userErrors };
  }

  @Mutation(() => DeleteInstitutionPayload, { description: 'Deletes an institution. Requires the ADMIN role.' })
  async deleteInstitution(
    @Arg('input', () => DeleteInstitutionInput, { description: 'The institution to delete.' }) input: DeleteInstitutionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeleteInstitutionPayload> {
    const { result, userErrors } = await service.deleteInstitution(ctx, input);
    return { deletedId: result, userErrors };
  }
}

// What these field resolvers read of their institution (column pruning, api/selection.ts).
readsColumns(Institution, { parent: ['parent'], children: [], countryName: ['country'] });
