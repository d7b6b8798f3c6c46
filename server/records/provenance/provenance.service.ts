import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { RequestContext } from '../../api/context.js';
import { BadInputError, UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { toGlobalId } from '../../kernel/global-id.js';
import type { ConnectionShape, PageRequest } from '../../api/relay.js';
import { Institution } from '../institution/institution.entity.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { argumentId, deleteRecord, getRecord, listConnection, recordToChange, referencedRecord, requiredRecord } from '../../api/records.js';
import { escapeLike } from '../../kernel/text.js';
import { optionalText, parseInput, requiredText, webUrl } from '../../kernel/validation.js';
import { Citation } from './citation.entity.js';
import { Claim } from './claim.entity.js';
import { CitationBasis, ClaimQualifier, SourceKind } from './provenance.enums.js';
import type {
  CiteSourceInput,
  CreateSourceInput,
  DeleteClaimInput,
  DeleteSourceInput,
  RemoveCitationInput,
  ReportFigureInput,
  SourceFilter,
  SourceOrder,
  UpdateClaimInput,
  UpdateSourceInput,
} from './provenance.inputs.js';
import { resolveRecordRef } from '../../api/record-ref.js';
import { Source } from './source.entity.js';
import { uncitedCondition } from '../../api/list-conditions.js';

/** Record types that cannot cite a source: a citation itself, and sources (they are what is cited). */
const NOT_CITING = ['Citation', 'Source'];
/** Record types a figure cannot be about. */
const NOT_MEASURED = ['Citation', 'Claim'];

const languageTag = z
  .string()
  .trim()
  .max(20, { message: 'must be at most 20 characters' })
  .refine((v) => v === '' || /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(v), { message: 'must be a BCP 47 language tag, e.g. "en" or "pt-BR"' })
  .nullish()
  .transform((v) => (v === undefined ? undefined : v === null || v === '' ? null : v));

const sourceFields = {
  title: requiredText(500),
  kind: z.enum(SourceKind),
  publisherName: optionalText(300),
  publisherId: z.string().nullish(),
  url: webUrl,
  publishedOn: z.string().nullish(),
  language: languageTag,
  description: optionalText(20_000),
};
const CreateSourceSchema = z.object(sourceFields);
const UpdateSourceSchema = z.object({
  ...sourceFields,
  title: sourceFields.title.optional(),
  kind: sourceFields.kind.optional(),
  id: z.string(),
  version: z.number().int().nullish(),
});

const citationFields = { quote: optionalText(20_000), locator: optionalText(300) };
const fieldName = z.string().regex(/^[a-z][A-Za-z0-9]{0,59}$/, 'must be a field name such as "startDate"');
const CiteSchema = z
  .object({
    recordId: z.string(),
    sourceId: z.string(),
    ...citationFields,
    fields: z.array(fieldName).max(30).nullish(),
    basis: z.enum(CitationBasis).nullish(),
    reason: optionalText(2_000),
  })
  .refine((c) => c.basis !== CitationBasis.INFERRED || !!c.reason, { path: ['reason'], message: 'an INFERRED citation needs its reason' });

const claimFields = {
  measure: requiredText(200),
  qualifier: z.enum(ClaimQualifier).nullish(),
  value: z.number().refine(Number.isFinite, { message: 'must be a finite number' }),
  statement: optionalText(2_000),
  asOf: z.string().nullish(),
};
const ReportSchema = z.object({ recordId: z.string(), ...claimFields, sourceId: z.string().nullish(), ...citationFields });
const UpdateClaimSchema = z.object({
  measure: claimFields.measure.optional(),
  qualifier: z.enum(ClaimQualifier).optional(),
  value: claimFields.value.optional(),
  statement: claimFields.statement,
  asOf: claimFields.asOf,
  id: z.string(),
  version: z.number().int().nullish(),
});

const ORDER_COLUMN = { PUBLISHED_ON: 'publishedOn', TITLE: 'title', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

// ---- sources -------------------------------------------------------------------------------

export function getSource(ctx: RequestContext, globalId: string): Promise<Source> {
  return getRecord(ctx, Source, globalId);
}

function sourceWhere(filter: SourceFilter | null | undefined): FilterQuery<Source> {
  if (!filter) return {};
  const and: object[] = [];
  if (filter.kind?.length) and.push({ kind: { $in: filter.kind } });
  if (filter.publisherId != null) and.push({ publisher: argumentId(Institution, filter.publisherId, 'filter.publisherId') });
  const uncited = uncitedCondition(filter.uncited, 'source_id');
  if (uncited) and.push(uncited);
  if (filter.search != null) {
    if (filter.search.length > 200) throw new BadInputError('filter.search', 'must be at most 200 characters');
    const term = filter.search.trim();
    if (term) {
      const pattern = `%${escapeLike(term)}%`;
      and.push({ $or: [{ title: { $ilike: pattern } }, { publisherName: { $ilike: pattern } }] });
    }
  }
  return (and.length ? { $and: and } : {}) as FilterQuery<Source>;
}

export function listSources(
  ctx: RequestContext,
  filter: SourceFilter | null | undefined,
  order: SourceOrder | null | undefined,
  page: PageRequest,
): Promise<ConnectionShape<Source>> {
  const field = order?.field ?? 'PUBLISHED_ON';
  const dir = (order?.direction ?? (field === 'PUBLISHED_ON' ? 'DESC' : 'ASC')) === 'DESC' ? 'desc' : 'asc';
  return listConnection(ctx, Source, sourceWhere(filter), { [ORDER_COLUMN[field]]: dir }, page);
}

function duplicateUrlError(): UserError {
  return UserError.of(['input', 'url'], UserErrorCode.DUPLICATE, 'another source already has this URL; cite that one');
}

async function checkUniqueUrl(em: EntityManager, source: Source): Promise<void> {
  if (!source.url) return;
  const clash = await em.count(Source, { url: source.url, id: { $ne: source.id } });
  if (clash > 0) throw new UserErrorsException([duplicateUrlError()]);
}

async function applyPublisher(em: EntityManager, source: Source, globalId: string | null | undefined): Promise<void> {
  const publisher = await referencedRecord(em, Institution, globalId, ['input', 'publisherId']);
  if (publisher === null) source.publisher = null;
  if (publisher) source.publisher = em.getReference(Institution, publisher.id, { wrapped: true });
}

export async function createSource(ctx: RequestContext, input: CreateSourceInput): Promise<MutationOutcome<Source>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(CreateSourceSchema, input);
    const source = em.create(Source, {
      title: data.title,
      kind: data.kind,
      publisherName: data.publisherName ?? null,
      url: data.url ?? null,
      publishedOn: data.publishedOn ?? null,
      language: data.language ?? null,
      description: data.description ?? null,
    });
    await applyPublisher(em, source, data.publisherId);
    await checkUniqueUrl(em, source);
    await em.flush();
    return source;
  });
}

export async function updateSource(ctx: RequestContext, input: UpdateSourceInput): Promise<MutationOutcome<Source>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(UpdateSourceSchema, input);
    const source = await recordToChange(em, Source, data.id);
    checkVersion(source.version, data.version);
    if (data.title !== undefined) source.title = data.title;
    if (data.kind !== undefined) source.kind = data.kind;
    if (data.publisherName !== undefined) source.publisherName = data.publisherName;
    if (data.url !== undefined) source.url = data.url;
    if (data.publishedOn !== undefined) source.publishedOn = data.publishedOn;
    if (data.language !== undefined) source.language = data.language;
    if (data.description !== undefined) source.description = data.description;
    await applyPublisher(em, source, data.publisherId);
    await checkUniqueUrl(em, source);
    await em.flush();
    return source;
  });
}

export async function deleteSource(ctx: RequestContext, input: DeleteSourceInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const source = await recordToChange(em, Source, input.id);
    checkVersion(source.version, input.version);
    if (input.detachCitations) await em.nativeDelete(Citation, { source: source.id });
    await deleteRecord(em, source, [{ entity: Citation, field: 'source', label: 'citation{|s} (pass detachCitations: true)' }]);
    await em.flush();
    return toGlobalId('Source', source.id);
  });
}

// ---- citations -----------------------------------------------------------------------------

export function getCitation(ctx: RequestContext, globalId: string): Promise<Citation> {
  return getRecord(ctx, Citation, globalId);
}

function duplicateCitationError(): UserError {
  return UserError.of(['input', 'sourceId'], UserErrorCode.DUPLICATE, 'this record already cites this source at this locator (with this quote, or without one)');
}

/** Creates a citation of a source for a record (refusing the same source at the same locator twice). */
async function addCitation(
  em: EntityManager,
  record: { id: string; type: string },
  sourceGlobalId: string,
  data: { quote?: string | null; locator?: string | null; fields?: string[] | null; basis?: CitationBasis | null; reason?: string | null },
): Promise<Citation> {
  const source = await requiredRecord(em, Source, sourceGlobalId, ['input', 'sourceId']);
  // The same place twice is a duplicate; different quotes at one locator (one per field) are not.
  const sameQuote = data.quote ? { $or: [{ quote: data.quote }, { quote: null }] } : {};
  const clash = await em.count(Citation, { recordId: record.id, source: source.id, locator: data.locator ?? null, ...sameQuote });
  if (clash > 0) throw new UserErrorsException([duplicateCitationError()]);
  return em.create(Citation, {
    source: em.getReference(Source, source.id, { wrapped: true }),
    recordId: record.id,
    recordType: record.type,
    quote: data.quote ?? null,
    locator: data.locator ?? null,
    fields: [...new Set(data.fields ?? [])],
    basis: data.basis ?? CitationBasis.QUOTED,
    reason: data.reason ?? null,
  });
}

export async function citeSource(ctx: RequestContext, input: CiteSourceInput): Promise<MutationOutcome<Citation>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(CiteSchema, input);
    const record = await resolveRecordRef(em, data.recordId, ['input', 'recordId'], {
      accepts: (type) => !NOT_CITING.includes(type),
      message: (type) => `a ${type} cannot cite a source`,
    });
    const citation = await addCitation(em, record, data.sourceId, data);
    await em.flush();
    return citation;
  });
}

export async function removeCitation(ctx: RequestContext, input: RemoveCitationInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const citation = await recordToChange(em, Citation, input.id);
    checkVersion(citation.version, input.version);
    em.remove(citation);
    await em.flush();
    return toGlobalId('Citation', citation.id);
  });
}

// ---- claims (reported figures) ---------------------------------------------------------------

export function getClaim(ctx: RequestContext, globalId: string): Promise<Claim> {
  return getRecord(ctx, Claim, globalId);
}

export async function reportFigure(ctx: RequestContext, input: ReportFigureInput): Promise<MutationOutcome<Claim>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(ReportSchema, input);
    if (!data.sourceId && (data.quote || data.locator)) {
      throw new UserErrorsException([UserError.of(['input', 'sourceId'], UserErrorCode.REQUIRED, 'a quote or locator needs the source it is from')]);
    }
    const record = await resolveRecordRef(em, data.recordId, ['input', 'recordId'], {
      accepts: (type) => !NOT_MEASURED.includes(type),
      message: (type) => `figures cannot be reported about a ${type}`,
    });
    const claim = em.create(Claim, {
      recordId: record.id,
      recordType: record.type,
      measure: data.measure,
      qualifier: data.qualifier ?? ClaimQualifier.EXACT,
      value: data.value,
      statement: data.statement ?? null,
      asOf: data.asOf ?? null,
    });
    if (data.sourceId) await addCitation(em, { id: claim.id, type: 'Claim' }, data.sourceId, data);
    await em.flush();
    return claim;
  });
}

export async function updateClaim(ctx: RequestContext, input: UpdateClaimInput): Promise<MutationOutcome<Claim>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(UpdateClaimSchema, input);
    const claim = await recordToChange(em, Claim, data.id);
    checkVersion(claim.version, data.version);
    if (data.measure !== undefined) claim.measure = data.measure;
    if (data.qualifier !== undefined) claim.qualifier = data.qualifier;
    if (data.value !== undefined) claim.value = data.value;
    if (data.statement !== undefined) claim.statement = data.statement;
    if (data.asOf !== undefined) claim.asOf = data.asOf;
    await em.flush();
    return claim;
  });
}

export async function deleteClaim(ctx: RequestContext, input: DeleteClaimInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const claim = await recordToChange(em, Claim, input.id);
    checkVersion(claim.version, input.version);
    await deleteRecord(em, claim, []); // its citations go with it
    await em.flush();
    return toGlobalId('Claim', claim.id);
  });
}
