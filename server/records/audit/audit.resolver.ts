import { seesConfidential } from '../../api/visibility.js';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../api/context.js';
import { fromGlobalId, toGlobalId } from '../../kernel/global-id.js';
import { ConnectionArgs, type ConnectionShape, connectionTypes, toPageRequest } from '../../api/relay.js';
import { User } from '../auth/user.entity.js';
import { argumentId, listConnection } from '../../api/records.js';
import { AuditAction, AuditEntry } from './audit-entry.entity.js';
import { BadInputError } from '../../kernel/errors.js';
import { AuditReference, auditReferences } from './audit-references.js';

@InputType({ description: 'Narrows `auditLog`. All given conditions must hold.' })
class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Changes to this record.' }) recordId?: string | null;
  @Field(() => String, { nullable: true, description: 'Changes to records of this type, e.g. "Institution".' }) recordType?: string | null;
  @Field(() => ID, { nullable: true, description: 'Changes made by this user.' }) userId?: string | null;
  @Field(() => [AuditAction], { nullable: true, description: 'Only entries of any of these actions.' }) action?: AuditAction[] | null;
  @Field(() => String, { nullable: true, description: 'The mutation, e.g. "updateInstitution".' }) operation?: string | null;
  @Field(() => Date, { nullable: true, description: 'Only entries written at or after this instant.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Only entries written before this instant.' }) to?: Date | null;
}

const { Connection: AuditEntryConnection } = connectionTypes('AuditEntry', AuditEntry);

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'The audit trail, newest first (admins).' })
  auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Which records to return; all that you may see when left out.' }) filter: AuditLogFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<AuditEntry>> {
    const where: FilterQuery<AuditEntry> & Record<string, unknown> = {};
    if (filter?.recordId) {
      const decoded = fromGlobalId(filter.recordId);
      if (!decoded) throw new BadInputError('filter.recordId', 'is not a global ID');
      where.recordId = decoded.id;
    }
    if (filter?.recordType) where.recordType = filter.recordType;
    if (filter?.userId) where.userId = argumentId(User, filter.userId, 'filter.userId');
    if (filter?.action?.length) where.action = { $in: filter.action };
    if (filter?.operation) where.operation = filter.operation;
    if (filter?.from || filter?.to) where.createdAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    return listConnection(ctx, AuditEntry, where, { createdAt: 'desc' }, toPageRequest(page));
  }

  @FieldResolver(() => [AuditReference], { description: 'The records `changes` refers to by key (e.g. a new parent), with their names.' })
  references(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext): Promise<AuditReference[]> {
    return auditReferences(ctx, entry);
  }

  @FieldResolver(() => ID, { description: 'Global ID of the changed record.' })
  recordGlobalId(@Root() entry: AuditEntry): string {
    return toGlobalId(entry.recordType, entry.recordId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name of the user who made the change: null for system changes, and for VIEWER callers (who made a change is internal, like the user list).',
  })
  async userName(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!seesConfidential(ctx)) return null;
    return entry.userId ? ((await ctx.records.byId(User).load(entry.userId))?.name ?? null) : null;
  }
}
