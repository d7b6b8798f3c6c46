import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, createUnionType, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import type { Prefetch } from '../../api/record-loaders.js';
import { ConnectionArgs, type ConnectionShape, toPageRequest } from '../../api/relay.js';
import { readsColumns } from '../../api/selection.js';
import { Institution } from '../institution/institution.entity.js';
import { currentFirst, isPeriodUnknown, TemporalStatus, temporalStatus, withStatus } from '../../kernel/periods.js';
import { Person } from '../person/person.entity.js';
import { Relation } from './relation.entity.js';
import { RelationKind } from './relation.enums.js';
import {
  CreateRelationInput,
  CreateRelationPayload,
  DeleteRelationInput,
  DeleteRelationPayload,
  RelationConnection,
  RelationDirection,
  RelationFilter,
  RelationOrder,
  type RelationPayload,
  UpdateRelationInput,
  UpdateRelationPayload,
} from './relation.inputs.js';
import * as service from './relation.service.js';

export const RelationSubject = createUnionType({
  name: 'RelationSubject',
  description: 'Who or what relates to the object institution: an institution or a person.',
  types: () => [Institution, Person] as const,
  resolveType: (value) => value.constructor.name,
});

/** Relations by subject institution, subject person or object, batched per request. */
const relationsBy = (ctx: RequestContext, field: 'subjectInstitution' | 'subjectPerson' | 'object') =>
  ctx.records.groupBy(Relation, field, { startDate: 'asc' });

/** The sides of a relation, read with it when the query selects them (`subject`, `object` load them by id). */
const SIDES: Prefetch[] = [
  { prop: 'object', field: 'object', entity: Institution },
  { prop: 'subjectInstitution', field: 'subject', entity: Institution },
  { prop: 'subjectPerson', field: 'subject', entity: Person },
];

/** What `narrow` reads of a relation. */
const NARROW_READS = ['kind', 'startDate', 'endDate'] as const;

function narrow(relations: Relation[], kind: RelationKind[] | null, status: TemporalStatus[] | null): Relation[] {
  const kinds = kind?.length ? new Set(kind) : null;
  return currentFirst(withStatus(kinds ? relations.filter((r) => kinds.has(r.kind)) : relations, status));
}

@Resolver(() => Relation)
export class RelationResolver {
  @Query(() => Relation, { description: 'One relation; NOT_FOUND error if the ID is unknown.' })
  relation(@Arg('id', () => ID, { description: 'Global ID of the relation.' }) id: string, @Ctx() ctx: RequestContext): Promise<Relation> {
    return service.getRelation(ctx, id);
  }

  @Query(() => RelationConnection, { description: 'Relations, filtered and ordered, as a Relay connection.' })
  relations(
    @Arg('filter', () => RelationFilter, { nullable: true, description: 'Which records to return; all that you may see when left out.' }) filter: RelationFilter | null,
    @Arg('orderBy', () => RelationOrder, { nullable: true, description: 'Sort order; see RelationOrder for the default.' }) orderBy: RelationOrder | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Relation>> {
    return service.listRelations(ctx, filter, orderBy, toPageRequest(page));
  }

  @FieldResolver(() => RelationSubject, { description: 'The institution or person that relates to `object`.' })
  subject(@Root() relation: Relation, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Institution | Person | Promise<Institution | Person> {
    // Not async: the row is usually here already (read with the relations), and then no promise is made.
    return (
      relation.subjectInstitution
        ? ctx.records.record(Institution, relation.subjectInstitution.id, info)
        : ctx.records.record(Person, relation.subjectPerson!.id, info)
    ) as Institution | Person | Promise<Institution | Person>;
  }

  @FieldResolver(() => Institution, { description: 'The institution related to.' })
  object(@Root() relation: Relation, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Institution | Promise<Institution> {
    return ctx.records.record(Institution, relation.object.id, info) as Institution | Promise<Institution>;
  }

  @FieldResolver(() => TemporalStatus, { description: 'UPCOMING, ACTIVE or ENDED, from the dates and today (UTC); computed when read, never stored.' })
  status(@Root() relation: Relation): TemporalStatus {
    return temporalStatus(relation.startDate, relation.endDate);
  }

  @FieldResolver(() => Boolean, {
    description: 'Neither start nor end date is known: the relation may have held on any day, or on none. "As of" answers include it flagged (Partner.periodUnknown), and `status` is then only an assumption.',
  })
  periodUnknown(@Root() relation: Relation): boolean {
    return isPeriodUnknown(relation.startDate, relation.endDate);
  }

  @Mutation(() => CreateRelationPayload, { description: 'Creates a relation. Requires the EDITOR role.' })
  async createRelation(@Arg('input', () => CreateRelationInput, { description: 'The new relation.' }) input: CreateRelationInput, @Ctx() ctx: RequestContext): Promise<RelationPayload> {
    const { result, userErrors } = await service.createRelation(ctx, input);
    return { relation: result, userErrors };
  }

  @Mutation(() => UpdateRelationPayload, { description: 'Changes a relation: only the fields given. Requires the EDITOR role.' })
  async updateRelation(@Arg('input', () => UpdateRelationInput, { description: 'The relation to change (id, version) and the new values.' }) input: UpdateRelationInput, @Ctx() ctx: RequestContext): Promise<RelationPayload> {
    const { result, userErrors } = await service.updateRelation(ctx, input);
    return { relation: result, userErrors };
  }

  @Mutation(() => DeleteRelationPayload, { description: 'Deletes a relation. Requires the ADMIN role.' })
  async deleteRelation(@Arg('input', () => DeleteRelationInput, { description: 'The relation to delete.' }) input: DeleteRelationInput, @Ctx() ctx: RequestContext): Promise<DeleteRelationPayload> {
    const { result, userErrors } = await service.deleteRelation(ctx, input);
    return { deletedId: result, userErrors };
  }
}

/** Adds `relations` to Institution (kept in this area; batched per request). */
@Resolver(() => Institution)
export class InstitutionRelationFields {
  @FieldResolver(() => [Relation], { description: 'Relations this institution is part of: current first, then upcoming, then ended.' })
  async relations(
    @Root() institution: Institution,
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => [RelationKind], { nullable: true, description: 'Any of these kinds.' }) kind: RelationKind[] | null,
    @Arg('direction', () => RelationDirection, { defaultValue: RelationDirection.BOTH, description: 'Which side this institution is on.' })
    direction: RelationDirection,
    @Arg('status', () => [TemporalStatus], { nullable: true, description: 'Any of these derived statuses.' }) status: TemporalStatus[] | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Relation[]> {
    // Both directions (the default) in one statement per batch; `narrow` reads kind and dates.
    const [outgoing, incoming] =
      direction === RelationDirection.BOTH
        ? await ctx.records.groupByEach(Relation, ['subjectInstitution', 'object'], { startDate: 'asc' }, info, NARROW_READS, SIDES).load(institution.id)
        : await Promise.all([
            direction === RelationDirection.INCOMING ? [] : relationsBy(ctx, 'subjectInstitution').load(institution.id),
            direction === RelationDirection.OUTGOING ? [] : relationsBy(ctx, 'object').load(institution.id),
          ]);
    return narrow([...outgoing, ...incoming], kind, status);
  }
}

/** Adds `relations` to Person: the relations the person is the subject of. */
@Resolver(() => Person)
export class PersonRelationFields {
  @FieldResolver(() => [Relation], { description: 'Relations of this person to institutions: current first, then upcoming, then ended.' })
  async relations(
    @Root() person: Person,
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => [RelationKind], { nullable: true, description: 'Any of these kinds.' }) kind: RelationKind[] | null,
    @Arg('status', () => [TemporalStatus], { nullable: true, description: 'Any of these derived statuses.' }) status: TemporalStatus[] | null,
  ): Promise<Relation[]> {
    return narrow(await relationsBy(ctx, 'subjectPerson').load(person.id), kind, status);
  }
}

// What these field resolvers read of their institution, person and relation (column pruning, api/selection.ts).
readsColumns(Institution, { relations: [] });
readsColumns(Person, { relations: [] });
readsColumns(Relation, {
  subject: ['subjectInstitution', 'subjectPerson'],
  object: ['object'],
  status: ['startDate', 'endDate'],
  periodUnknown: ['startDate', 'endDate'],
});
