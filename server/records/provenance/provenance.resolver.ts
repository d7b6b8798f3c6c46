import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DeletePayload } from '../../api/payloads.js';
import { Node } from '../../kernel/record.entity.js';
import type { RequestContext } from '../../api/context.js';
import { ConnectionArgs, type ConnectionShape, toPageRequest } from '../../api/relay.js';
import { visibleTo } from '../../api/visibility.js';
import { Institution } from '../institution/institution.entity.js';
import { Citation } from './citation.entity.js';
import { Claim } from './claim.entity.js';
import {
  CiteSourceInput,
  CiteSourcePayload,
  type ClaimPayload,
  CreateSourceInput,
  CreateSourcePayload,
  DeleteClaimInput,
  DeleteClaimPayload,
  DeleteSourceInput,
  DeleteSourcePayload,
  RemoveCitationInput,
  RemoveCitationPayload,
  ReportFigureInput,
  ReportFigurePayload,
  SourceConnection,
  SourceFilter,
  SourceOrder,
  type SourcePayload,
  UpdateClaimInput,
  UpdateClaimPayload,
  UpdateSourceInput,
  UpdateSourcePayload,
} from './provenance.inputs.js';
import * as service from './provenance.service.js';
import { recordEntityOf } from '../../api/record-ref.js';
import { Source } from './source.entity.js';

/** The record a citation or claim is attached to (batched per record type); null if hidden from the caller. */
async function attachedRecord(ctx: RequestContext, row: { recordType: string; recordId: string }): Promise<object | null> {
  const entity = recordEntityOf(ctx.em, row.recordType);
  const record = entity ? await ctx.records.byId(entity).load(row.recordId) : null;
  return visibleTo(ctx)(record) ? record : null;
}

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { description: 'One source; NOT_FOUND error if the ID is unknown.' })
  source(@Arg('id', () => ID, { description: 'Global ID of the source.' }) id: string, @Ctx() ctx: RequestContext): Promise<Source> {
    return service.getSource(ctx, id);
  }

  @Query(() => SourceConnection, { description: 'Sources, filtered and ordered (newest first by default), as a Relay connection.' })
  sources(
    @Arg('filter', () => SourceFilter, { nullable: true, description: 'Which records to return; all that you may see when left out.' }) filter: SourceFilter | null,
    @Arg('orderBy', () => SourceOrder, { nullable: true, description: 'Sort order; see SourceOrder for the default.' }) orderBy: SourceOrder | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Source>> {
    return service.listSources(ctx, filter, orderBy, toPageRequest(page));
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The publisher as an institution of the registry, when it is one.' })
  publisher(@Root() source: Source, @Ctx() ctx: RequestContext): Promise<Institution | null> | null {
    return source.publisher ? ctx.records.byId(Institution).load(source.publisher.id) : null;
  }

  @FieldResolver(() => [Citation], { description: 'Where this source is cited: one citation per record (and locator), oldest first.' })
  citations(@Root() source: Source, @Ctx() ctx: RequestContext): Promise<Citation[]> {
    return ctx.records.groupBy(Citation, 'source').load(source.id);
  }

  @Mutation(() => CreateSourcePayload, { description: 'Creates a source. Requires the EDITOR role.' })
  async createSource(@Arg('input', () => CreateSourceInput, { description: 'The new source.' }) input: CreateSourceInput, @Ctx() ctx: RequestContext): Promise<SourcePayload> {
    const { result, userErrors } = await service.createSource(ctx, input);
    return { source: result, userErrors };
  }

  @Mutation(() => UpdateSourcePayload, { description: 'Changes a source: only the fields given. Requires the EDITOR role.' })
  async updateSource(@Arg('input', () => UpdateSourceInput, { description: 'The source to change (id, version) and the new values.' }) input: UpdateSourceInput, @Ctx() ctx: RequestContext): Promise<SourcePayload> {
    const { result, userErrors } = await service.updateSource(ctx, input);
    return { source: result, userErrors };
  }

  @Mutation(() => DeleteSourcePayload, { description: 'Deletes a source; refused (IN_USE) while records cite it, unless detachCitations.' })
  async deleteSource(@Arg('input', () => DeleteSourceInput, { description: 'The source to delete.' }) input: DeleteSourceInput, @Ctx() ctx: RequestContext): Promise<DeletePayload> {
    const { result, userErrors } = await service.deleteSource(ctx, input);
    return { deletedId: result, userErrors };
  }
}

@Resolver(() => Citation)
export class CitationResolver {
  @Query(() => Citation, { description: 'One citation; NOT_FOUND error if the ID is unknown.' })
  citation(@Arg('id', () => ID, { description: 'Global ID of the citation.' }) id: string, @Ctx() ctx: RequestContext): Promise<Citation> {
    return service.getCitation(ctx, id);
  }

  @FieldResolver(() => Source, { description: 'The source cited.' })
  async source(@Root() citation: Citation, @Ctx() ctx: RequestContext): Promise<Source> {
    return (await ctx.records.byId(Source).load(citation.source.id))!;
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The record that cites the source (see recordType).' })
  record(@Root() citation: Citation, @Ctx() ctx: RequestContext): Promise<object | null> {
    return attachedRecord(ctx, citation);
  }

  @Mutation(() => CiteSourcePayload, { description: 'Cites a source for any record; a record may cite many sources, even disagreeing ones.' })
  async citeSource(@Arg('input', () => CiteSourceInput, { description: 'The record, the source and the quote or locator.' }) input: CiteSourceInput, @Ctx() ctx: RequestContext): Promise<CiteSourcePayload> {
    const { result, userErrors } = await service.citeSource(ctx, input);
    return { citation: result, userErrors };
  }

  @Mutation(() => RemoveCitationPayload, { description: 'Removes a citation. Requires the EDITOR role.' })
  async removeCitation(@Arg('input', () => RemoveCitationInput, { description: 'The citation to remove.' }) input: RemoveCitationInput, @Ctx() ctx: RequestContext): Promise<DeletePayload> {
    const { result, userErrors } = await service.removeCitation(ctx, input);
    return { deletedId: result, userErrors };
  }
}

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => Claim, { description: 'One reported figure; NOT_FOUND error if the ID is unknown.' })
  claim(@Arg('id', () => ID, { description: 'Global ID of the claim.' }) id: string, @Ctx() ctx: RequestContext): Promise<Claim> {
    return service.getClaim(ctx, id);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The record the figure is about (see recordType).' })
  record(@Root() claim: Claim, @Ctx() ctx: RequestContext): Promise<object | null> {
    return attachedRecord(ctx, claim);
  }

  @Mutation(() => ReportFigurePayload, {
    description: 'Records a figure about a record, citing its source in the same transaction. Figures from different sources are all kept, even when they disagree.',
  })
  async reportFigure(@Arg('input', () => ReportFigureInput, { description: 'The record, the figure as reported and, optionally, its source.' }) input: ReportFigureInput, @Ctx() ctx: RequestContext): Promise<ClaimPayload> {
    const { result, userErrors } = await service.reportFigure(ctx, input);
    return { claim: result, userErrors };
  }

  @Mutation(() => UpdateClaimPayload, { description: 'Changes a claim: only the fields given. Requires the EDITOR role.' })
  async updateClaim(@Arg('input', () => UpdateClaimInput, { description: 'The claim to change (id, version) and the new values.' }) input: UpdateClaimInput, @Ctx() ctx: RequestContext): Promise<ClaimPayload> {
    const { result, userErrors } = await service.updateClaim(ctx, input);
    return { claim: result, userErrors };
  }

  @Mutation(() => DeleteClaimPayload, { description: 'Deletes a figure with its citations.' })
  async deleteClaim(@Arg('input', () => DeleteClaimInput, { description: 'The claim to delete.' }) input: DeleteClaimInput, @Ctx() ctx: RequestContext): Promise<DeletePayload> {
    const { result, userErrors } = await service.deleteClaim(ctx, input);
    return { deletedId: result, userErrors };
  }
}
