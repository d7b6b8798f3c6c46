// Agreements: reading, listing, creating, updating and deleting them. Status moves and the ledger
// are in agreement-status.service.ts, parties in agreement-party.service.ts.

import { isInternal } from '../../kernel/internal-records.js';
import { type FilterQuery, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { RequestContext } from '../../api/context.js';
import { BadInputError, NotFoundError, UserError, UserErrorCode } from '../../kernel/errors.js';
import { toGlobalId } from '../../kernel/global-id.js';
import type { ConnectionShape, PageRequest } from '../../api/relay.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { argumentId, getRecord, listConnection, referencedRecord, removeAttachments, requiredRecord } from '../../api/records.js';
import { escapeLike } from '../../kernel/text.js';
import { parseInput } from '../../kernel/validation.js';
import { AgreementAction } from './agreement-action.entity.js';
import { AgreementParty } from './agreement-party.entity.js';
import { Agreement } from './agreement.entity.js';
import { AgreementPartyRole, AgreementStatus } from './agreement.enums.js';
import type {
  AgreementFilter,
  AgreementOrder,
  CreateAgreementInput,
  DeleteAgreementInput,
  UpdateAgreementInput,
} from './agreement.inputs.js';
import { seesConfidential } from './agreement.access.js';
import { uncitedCondition } from '../../api/list-conditions.js';
import { detachReferences, referenceCounts, referencesTo } from '../../api/references.js';
import { CreateSchema, PartySchema, UpdateSchema } from './agreement.schemas.js';
import { checkRenewsChain, checkTerms, day, fail, inOrder, mustFind, parseUpdate, Problems, refOf } from './agreement.rules.js';

const ORDER_COLUMN = {
  TITLE: 'title',
  EFFECTIVE_FROM: 'effectiveFrom',
  EXPIRES_ON: 'expiresOn',
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
} as const;

/** One agreement; NOT_FOUND also for an internal one (confidential, draft, in negotiation) the caller may not see. */
export async function getAgreement(ctx: RequestContext, globalId: string): Promise<Agreement> {
  const agreement = await getRecord(ctx, Agreement, globalId);
  if (isInternal(agreement) && !seesConfidential(ctx)) throw new NotFoundError('Agreement', globalId);
  return agreement;
}

function filterWhere(filter: AgreementFilter | null | undefined, confidentialVisible: boolean): FilterQuery<Agreement> {
  const where: FilterQuery<Agreement> & Record<string | symbol, unknown> = {};
  if (!confidentialVisible) where.confidential = filter?.confidential === true ? { $in: [] } : false;
  if (!filter) return where;
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.kind?.length) where.kind = { $in: filter.kind };
  Object.assign(where, uncitedCondition(filter.uncited));
  if (filter.confidential != null && confidentialVisible) where.confidential = filter.confidential;
  if (filter.expiresBefore != null || filter.expiresAfter != null) {
    const range: Record<string, string> = {};
    if (filter.expiresBefore != null) range.$lte = filter.expiresBefore;
    if (filter.expiresAfter != null) range.$gte = filter.expiresAfter;
    where.expiresOn = range;
  }
  if (filter.partyId != null) {
    const institutionId = argumentId(Institution, filter.partyId, 'filter.partyId');
    // Agreement has no collection of its parties: match through a subquery on the party table.
    where[raw((alias: string) => `${alias}.id in (select ap.agreement_id from agreement_party ap where ap.institution_id = ?)`, [institutionId])] = [];
  }
  if (filter.search != null) {
    if (filter.search.length > 200) throw new BadInputError('filter.search', 'must be at most 200 characters');
    const term = filter.search.trim().replace(/\s+/g, ' ');
    if (term) where.title = { $ilike: `%${escapeLike(term)}%` };
  }
  return where;
}

export function listAgreements(
  ctx: RequestContext,
  filter: AgreementFilter | null | undefined,
  order: AgreementOrder | null | undefined,
  page: PageRequest,
): Promise<ConnectionShape<Agreement>> {
  const dir = order?.direction === 'DESC' ? 'desc' : 'asc';
  const column = ORDER_COLUMN[order?.field ?? 'TITLE'];
  return listConnection(ctx, Agreement, filterWhere(filter, seesConfidential(ctx)), { [column]: dir }, page);
}

// ---------------------------------------------------------------------------------------------
// Agreements

type PartyData = z.output<typeof PartySchema>;

/** Resolves and checks the parties named when creating an agreement (every problem reported). */
async function buildParties(em: EntityManager, agreement: Agreement, inputs: PartyData[], problems: Problems): Promise<AgreementParty[]> {
  const parties: AgreementParty[] = [];
  const seen = new Map<string, number>();
  const createdAt = inOrder();
  for (const [i, input] of inputs.entries()) {
    const at = (field: string) => ['input', 'parties', String(i), field];
    const institution = await problems.check(() => requiredRecord(em, Institution, input.institutionId, at('institutionId')));
    const signatory = await problems.check(() => referencedRecord(em, Person, input.signatoryId, at('signatoryId')));
    if (!institution) continue;
    const first = seen.get(institution.id);
    if (first !== undefined) {
      problems.add(at('institutionId'), UserErrorCode.DUPLICATE, `this institution is already party ${first} of the list`);
      continue;
    }
    seen.set(institution.id, i);
    const party = em.create(AgreementParty, {
      agreement: refOf(em, Agreement, agreement),
      institution: refOf(em, Institution, institution),
      role: input.role ?? AgreementPartyRole.PARTY,
      signatory: signatory ? refOf(em, Person, signatory) : null,
      signedOn: input.signedOn ?? null,
      createdAt: createdAt(),
    });
    parties.push(party);
  }
  return parties;
}

export async function createAgreement(ctx: RequestContext, input: CreateAgreementInput): Promise<MutationOutcome<Agreement>> {
  return runMutation(
    ctx,
    async (em) => {
      const data = parseInput(CreateSchema, input);
      const problems = new Problems();
      const agreement = em.create(Agreement, {
        title: data.title,
        kind: data.kind,
        status: AgreementStatus.DRAFT,
        effectiveFrom: data.effectiveFrom ?? null,
        expiresOn: data.expiresOn ?? null,
        reviewDue: data.reviewDue ?? null,
        autoRenews: data.autoRenews ?? false,
        noticePeriodDays: data.noticePeriodDays ?? null,
        summary: data.summary ?? null,
        confidential: data.confidential ?? false,
      });
      checkTerms(agreement, problems);
      const predecessor = await problems.check(() => referencedRecord(em, Agreement, data.renewsId, ['input', 'renewsId']));
      if (predecessor) agreement.renews = refOf(em, Agreement, predecessor);
      await buildParties(em, agreement, data.parties ?? [], problems);
      problems.throwIfAny();
      await em.flush();
      return agreement;
    },
    () => UserError.of(['input', 'parties'], UserErrorCode.DUPLICATE, 'an institution is named twice as party'),
  );
}

export async function updateAgreement(ctx: RequestContext, input: UpdateAgreementInput): Promise<MutationOutcome<Agreement>> {
  return runMutation(ctx, async (em) => {
    const data = parseUpdate(UpdateSchema, input, ['title', 'kind', 'autoRenews', 'confidential']);
    const agreement = await mustFind(em, Agreement, data.id);
    checkVersion(agreement.version, data.version);
    const problems = new Problems();
    if (data.title != null) agreement.title = data.title;
    if (data.kind != null) agreement.kind = data.kind;
    if (data.effectiveFrom !== undefined && data.effectiveFrom !== day(agreement.effectiveFrom)) agreement.effectiveFrom = data.effectiveFrom;
    if (data.expiresOn !== undefined && data.expiresOn !== day(agreement.expiresOn)) agreement.expiresOn = data.expiresOn;
    if (data.reviewDue !== undefined && data.reviewDue !== day(agreement.reviewDue)) agreement.reviewDue = data.reviewDue;
    if (data.autoRenews != null) agreement.autoRenews = data.autoRenews;
    if (data.noticePeriodDays !== undefined) agreement.noticePeriodDays = data.noticePeriodDays;
    if (data.summary !== undefined) agreement.summary = data.summary;
    if (data.confidential != null) agreement.confidential = data.confidential;
    checkTerms(agreement, problems);
    const predecessor = await problems.check(() => referencedRecord(em, Agreement, data.renewsId, ['input', 'renewsId']));
    if (predecessor === null) agreement.renews = null;
    if (predecessor) {
      await problems.check(() => checkRenewsChain(em, agreement, predecessor));
      agreement.renews = refOf(em, Agreement, predecessor);
    }
    problems.throwIfAny();
    await em.flush();
    return agreement;
  });
}

export async function deleteAgreement(ctx: RequestContext, input: DeleteAgreementInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const agreement = await mustFind(em, Agreement, input.id);
    checkVersion(agreement.version, input.version);
    // Agreements renewing it and commitments made in it (declared where each foreign key is).
    const references = referencesTo(em, Agreement);
    if (input.detachReferences) {
      await detachReferences(em, agreement.id, references);
    } else {
      const what = await referenceCounts(em, agreement.id, references);
      if (what.length > 0) fail(['input', 'id'], UserErrorCode.IN_USE, `still referenced by ${what.join(' and ')}; unlink them with detachReferences: true`);
    }
    // Parties and ledger entries go with the agreement (database cascade); their attachments too.
    const parties = await em.find(AgreementParty, { agreement: agreement.id }, { fields: ['id'] });
    const actions = await em.find(AgreementAction, { agreement: agreement.id }, { fields: ['id'] });
    await removeAttachments(em, [agreement.id, ...parties.map((p) => p.id), ...actions.map((a) => a.id)]);
    em.remove(agreement);
    await em.flush();
    return toGlobalId('Agreement', agreement.id);
  });
}
