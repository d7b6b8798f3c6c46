import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { visibleHistory } from '../audit/audit-redaction.js';
import { Citation } from './citation.entity.js';
import { Claim } from './claim.entity.js';
import { CitationBasis } from './provenance.enums.js';

/**
 * Adds `citations`, `inferredFields`, `claims` and `history` to a record type; `citations: false`
 * leaves out the first two. Every record can cite sources and carry reported figures; the lookups
 * are batched per request across all records.
 */
export function provenanceResolver<T extends { id: string }>(type: ClassType<T>, options: { citations?: boolean } = {}) {
  @Resolver(() => type)
  class CitationFields {
    @FieldResolver(() => [Citation], { description: 'Sources cited for this record, oldest first.' })
    citations(@Root() record: T, @Ctx() ctx: RequestContext): Promise<Citation[]> {
      return ctx.records.groupBy(Citation, 'recordId').load(record.id);
    }

    @FieldResolver(() => [String], {
      description: 'Fields whose value the registry editors inferred (cited only as INFERRED, with a reason) rather than a source stating it.',
    })
    async inferredFields(@Root() record: T, @Ctx() ctx: RequestContext): Promise<string[]> {
      const citations = await ctx.records.groupBy(Citation, 'recordId').load(record.id);
      const quoted = new Set(citations.filter((c) => c.basis === CitationBasis.QUOTED).flatMap((c) => c.fields));
      const inferred = citations.filter((c) => c.basis === CitationBasis.INFERRED).flatMap((c) => c.fields);
      return [...new Set(inferred.filter((f) => !quoted.has(f)))].sort();
    }
  }

  @Resolver(() => type)
  class ProvenanceFields {
    @FieldResolver(() => [Claim], { description: 'Figures reported about this record, each with its own sources.' })
    claims(@Root() record: T, @Ctx() ctx: RequestContext): Promise<Claim[]> {
      return ctx.records.groupBy(Claim, 'recordId').load(record.id);
    }

    @FieldResolver(() => [AuditEntry], { description: 'Every change made to this record through the API, oldest first.' })
    async history(@Root() record: T, @Ctx() ctx: RequestContext): Promise<AuditEntry[]> {
      return visibleHistory(ctx, await ctx.records.groupBy(AuditEntry, 'recordId').load(record.id));
    }
  }

  // A Source is what gets cited: it declares its own `citations` (the records citing it) instead.
  return options.citations === false ? [ProvenanceFields] : [CitationFields, ProvenanceFields];
}
