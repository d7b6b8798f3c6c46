import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Node } from '../../kernel/record.entity.js';
import type { RequestContext } from '../../api/context.js';
import { ConnectionArgs, type ConnectionShape, toPageRequest } from '../../api/relay.js';
import { Agreement } from '../agreement/agreement.entity.js';
import { visibleRef, visibleTo } from '../../api/visibility.js';
import { Document } from '../document/document.entity.js';
import { Event } from '../event/event.entity.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { Commitment } from './commitment.entity.js';
import { CommitmentStatus } from './commitment.enums.js';
import {
  CommitmentConnection,
  CommitmentFilter,
  CommitmentOrder,
  type CommitmentPayload,
  CreateCommitmentInput,
  CreateCommitmentPayload,
  DeleteCommitmentInput,
  DeleteCommitmentPayload,
  UpdateCommitmentInput,
  UpdateCommitmentPayload,
} from './commitment.inputs.js';
import * as service from './commitment.service.js';

/** A referenced record through the request's loaders; null if none or hidden from the caller (confidential). */
const load = visibleRef;

@Resolver(() => Commitment)
export class CommitmentResolver {
  @Query(() => Commitment, { description: 'One commitment; NOT_FOUND error if the ID is unknown.' })
  commitment(@Arg('id', () => ID, { description: 'Global ID of the commitment.' }) id: string, @Ctx() ctx: RequestContext): Promise<Commitment> {
    return service.getCommitment(ctx, id);
  }

  @Query(() => CommitmentConnection, { description: 'Commitments, filtered and ordered (soonest due first by default), as a Relay connection.' })
  commitments(
    @Arg('filter', () => CommitmentFilter, { nullable: true, description: 'Which records to return; all that you may see when left out.' }) filter: CommitmentFilter | null,
    @Arg('orderBy', () => CommitmentOrder, { nullable: true, description: 'Sort order; see CommitmentOrder for the default.' }) orderBy: CommitmentOrder | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Commitment>> {
    return service.listCommitments(ctx, filter, orderBy, toPageRequest(page));
  }

  @FieldResolver(() => Boolean, { description: 'Derived: OPEN or IN_PROGRESS and the whole due date lies before today (UTC).' })
  isOverdue(@Root() commitment: Commitment): boolean {
    return service.isOverdue(commitment);
  }

  @FieldResolver(() => Node, { description: 'Who took it on: the Institution or the Person.' })
  async owner(@Root() commitment: Commitment, @Ctx() ctx: RequestContext): Promise<object> {
    const owner = commitment.ownerInstitution
      ? await load(ctx, Institution, commitment.ownerInstitution)
      : await load(ctx, Person, commitment.ownerPerson);
    return owner!;
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The owner, when it is an institution.' })
  ownerInstitution(@Root() commitment: Commitment, @Ctx() ctx: RequestContext) {
    return load(ctx, Institution, commitment.ownerInstitution);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The owner, when it is a person.' })
  ownerPerson(@Root() commitment: Commitment, @Ctx() ctx: RequestContext) {
    return load(ctx, Person, commitment.ownerPerson);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event it was made at.' })
  madeAtEvent(@Root() commitment: Commitment, @Ctx() ctx: RequestContext) {
    return load(ctx, Event, commitment.madeAtEvent);
  }

  @FieldResolver(() => Agreement, { nullable: true, description: 'The agreement it was made in.' })
  madeInAgreement(@Root() commitment: Commitment, @Ctx() ctx: RequestContext) {
    return load(ctx, Agreement, commitment.madeInAgreement);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document it was made in.' })
  madeInDocument(@Root() commitment: Commitment, @Ctx() ctx: RequestContext) {
    return load(ctx, Document, commitment.madeInDocument);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'A document that shows progress or completion.' })
  evidenceDocument(@Root() commitment: Commitment, @Ctx() ctx: RequestContext) {
    return load(ctx, Document, commitment.evidenceDocument);
  }

  @Mutation(() => CreateCommitmentPayload, { description: 'Creates a commitment. Requires the EDITOR role.' })
  async createCommitment(
    @Arg('input', () => CreateCommitmentInput, { description: 'The new commitment.' }) input: CreateCommitmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CommitmentPayload> {
    const { result, userErrors } = await service.createCommitment(ctx, input);
    return { commitment: result, userErrors };
  }

  @Mutation(() => UpdateCommitmentPayload, {
    description: 'Updates a commitment. Status moves: OPEN → IN_PROGRESS | DONE | DROPPED; IN_PROGRESS → DONE | DROPPED | OPEN; DONE and DROPPED are final.',
  })
  async updateCommitment(
    @Arg('input', () => UpdateCommitmentInput, { description: 'The commitment to change (id, version) and the new values.' }) input: UpdateCommitmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CommitmentPayload> {
    const { result, userErrors } = await service.updateCommitment(ctx, input);
    return { commitment: result, userErrors };
  }

  @Mutation(() => DeleteCommitmentPayload, { description: 'Deletes a commitment with its citations, figures and tags.' })
  async deleteCommitment(
    @Arg('input', () => DeleteCommitmentInput, { description: 'The commitment to delete.' }) input: DeleteCommitmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeleteCommitmentPayload> {
    const { result, userErrors } = await service.deleteCommitment(ctx, input);
    return { deletedId: result, userErrors };
  }
}

/** Document.commitments: declared here, beside the commitment's `madeInDocument` key. */
@Resolver(() => Document)
export class DocumentCommitmentsResolver {
  @FieldResolver(() => [Commitment], { description: 'Commitments made in this document, by due date.' })
  async commitments(@Root() document: Document, @Ctx() ctx: RequestContext): Promise<Commitment[]> {
    return (await ctx.records.groupBy(Commitment, 'madeInDocument', { dueDate: 'asc' }).load(document.id)).filter(visibleTo(ctx));
  }
}

@Resolver(() => Institution)
export class InstitutionCommitmentsResolver {
  @FieldResolver(() => [Commitment], { description: 'Commitments this institution owns (optionally only some statuses), soonest due first.' })
  async commitments(
    @Root() institution: Institution,
    @Arg('status', () => [CommitmentStatus], { nullable: true, description: 'Only commitments in any of these statuses.' }) status: CommitmentStatus[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Commitment[]> {
    const all = (await ctx.records.groupBy(Commitment, 'ownerInstitution', { dueDate: 'asc' }).load(institution.id)).filter(visibleTo(ctx));
    return status?.length ? all.filter((c) => status.includes(c.status)) : all;
  }
}
