import { isInternal } from '../../kernel/internal-records.js';
import { chainReaches } from '../../api/chains.js';
import { type FilterQuery, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { RequestContext } from '../../api/context.js';
import { BadInputError, NotFoundError, UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { toGlobalId } from '../../kernel/global-id.js';
import { todayIso } from '../../kernel/partial-date.js';
import type { ConnectionShape, PageRequest } from '../../api/relay.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { argumentId, getRecord, listConnection, referencedRecord, removeAttachments, requiredRecord } from '../../api/records.js';
import { escapeLike } from '../../kernel/text.js';
import { optionalText, parseInput, requiredText } from '../../kernel/validation.js';
import { AgreementAction } from './agreement-action.entity.js';
import { AgreementParty } from './agreement-party.entity.js';
import { Agreement } from './agreement.entity.js';
import { AgreementActionKind, AgreementKind, AgreementPartyRole, AgreementStatus } from './agreement.enums.js';
import type {
  AddAgreementPartyInput,
  AgreementFilter,
  AgreementOrder,
  ChangeAgreementStatusInput,
  CreateAgreementInput,
  DeleteAgreementInput,
  RecordAgreementActionInput,
  RemoveAgreementPartyInput,
  UpdateAgreementInput,
  UpdateAgreementPartyInput,
} from './agreement.inputs.js';
import { seesConfidential } from './agreement.access.js';
import { AGREEMENT_TRANSITIONS, actionForMove, canMove, SIGNED_STATUSES, STATUS_ACTION_KINDS } from './agreement.lifecycle.js';
import { uncitedCondition } from '../../api/list-conditions.js';
import { detachReferences, referenceCounts, referencesTo } from '../../api/references.js';

// ---------------------------------------------------------------------------------------------
// Input shapes

const MAX_NOTICE_DAYS = 3650;
const MAX_PARTIES = 100;

/** Calendar dates arrive already checked by the LocalDate scalar. */
const dateText = z.string().nullish();

const noticePeriod = z
  .number()
  .int()
  .nullish()
  .refine((v) => v === null || v === undefined || (v >= 0 && v <= MAX_NOTICE_DAYS), {
    message: `must be between 0 and ${MAX_NOTICE_DAYS} days`,
    params: { code: UserErrorCode.INVALID_VALUE },
  });

const partyFields = {
  institutionId: z.string(),
  role: z.enum(AgreementPartyRole).nullish(),
  signatoryId: z.string().nullish(),
  signedOn: dateText,
};
const PartySchema = z.object(partyFields);

const fields = {
  title: requiredText(500),
  kind: z.enum(AgreementKind),
  effectiveFrom: dateText,
  expiresOn: dateText,
  reviewDue: dateText,
  autoRenews: z.boolean().nullish(),
  noticePeriodDays: noticePeriod,
  renewsId: z.string().nullish(),
  summary: optionalText(20_000),
  confidential: z.boolean().nullish(),
};

const CreateSchema = z.object({
  ...fields,
  parties: z.array(PartySchema).max(MAX_PARTIES, { message: `at most ${MAX_PARTIES} parties` }).nullish(),
});
const UpdateSchema = z.object({
  ...fields,
  title: fields.title.optional(),
  kind: fields.kind.optional(),
  autoRenews: z.boolean().optional(),
  confidential: z.boolean().optional(),
  id: z.string(),
  version: z.number().int().nullish(),
});
const ChangeStatusSchema = z.object({
  id: z.string(),
  status: z.enum(AgreementStatus),
  date: dateText,
  note: optionalText(5_000),
  version: z.number().int().nullish(),
});
const AddPartySchema = z.object({ ...partyFields, agreementId: z.string() });
const UpdatePartySchema = z.object({
  id: z.string(),
  version: z.number().int().nullish(),
  institutionId: z.string().optional(),
  role: z.enum(AgreementPartyRole).optional(),
  signatoryId: z.string().nullish(),
  signedOn: dateText,
});
const RecordActionSchema = z.object({
  agreementId: z.string(),
  kind: z.enum(AgreementActionKind),
  date: z.string(),
  partyId: z.string().nullish(),
  note: optionalText(5_000),
  expiresOn: dateText,
});

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * A DATE column's value as YYYY-MM-DD. On PostgreSQL (node-pg with MikroORM's parsers) it is
 * already that string; the embedded PGlite parses DATE into a JS Date at UTC midnight.
 */
export function day(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

/** Collects userErrors from several independent checks so one answer reports them all. */
class Problems {
  readonly list: UserError[] = [];

  add(field: string[], code: UserErrorCode, message: string): void {
    this.list.push(UserError.of(field, code, message));
  }

  /** Runs a check that throws UserErrorsException; its errors are kept and undefined returned. */
  async check<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UserErrorsException) {
        this.list.push(...error.userErrors);
        return undefined;
      }
      throw error;
    }
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new UserErrorsException(this.list);
  }
}

const fail = (field: string[], code: UserErrorCode, message: string): never => {
  throw new UserErrorsException([UserError.of(field, code, message)]);
};

const refOf = <T extends { id: string }>(em: EntityManager, entity: abstract new (...args: never[]) => T, record: T) =>
  em.getReference(entity as never, record.id as never, { wrapped: true }) as never;

/** The record's own row, for a mutation naming it by `id` (NOT_FOUND / INVALID_ID at input.id). */
async function mustFind<T extends { id: string }>(
  em: EntityManager,
  entity: abstract new (...args: never[]) => T,
  globalId: string,
  field: string[] = ['input', 'id'],
): Promise<T> {
  const found = await referencedRecord(em, entity, globalId, field);
  if (!found) fail(field, UserErrorCode.REQUIRED, 'is required');
  return found as T;
}

/** A reference that may be left out but, when given, must name a record (no clearing). */
async function requiredIfGiven<T extends { id: string }>(
  em: EntityManager,
  entity: abstract new (...args: never[]) => T,
  globalId: string | undefined,
  field: string[],
): Promise<T | undefined> {
  return globalId === undefined ? undefined : requiredRecord(em, entity, globalId, field);
}

/**
 * Parses an update input where `required` fields may be left out but not cleared: an explicit null
 * there is REQUIRED ("cannot be cleared"), reported together with the schema's own problems.
 */
function parseUpdate<S extends z.ZodType>(schema: S, input: object, required: string[]): z.output<S> {
  const problems: UserError[] = [];
  const copy: Record<string, unknown> = { ...input };
  for (const key of required) {
    if (copy[key] === null) {
      problems.push(UserError.of(['input', key], UserErrorCode.REQUIRED, 'cannot be cleared'));
      delete copy[key];
    }
  }
  try {
    const data = parseInput(schema, copy);
    if (problems.length > 0) throw new UserErrorsException(problems);
    return data;
  } catch (error) {
    if (error instanceof UserErrorsException && error.userErrors !== problems) {
      throw new UserErrorsException([...problems, ...error.userErrors]);
    }
    throw error;
  }
}

/**
 * Creation times one millisecond apart, for rows created together in one mutation: lists ordered
 * by creation (parties; ledger entries of the same date) then keep the order they were given in,
 * instead of falling back to their random IDs.
 */
function inOrder(): () => Date {
  const start = Date.now();
  let i = 0;
  return () => new Date(start + i++);
}

type Terms = Pick<Agreement, 'effectiveFrom' | 'expiresOn' | 'reviewDue' | 'autoRenews' | 'noticePeriodDays'>;

/**
 * The rules on an agreement's term: expiresOn after effectiveFrom, reviewDue within the known
 * bounds of the term, a notice period only with auto-renewal. `path` maps a field to the input
 * path reported (default ['input', field]).
 */
function checkTerms(terms: Terms, problems: Problems, path: (field: keyof Terms) => string[] = (f) => ['input', f]): void {
  const effectiveFrom = day(terms.effectiveFrom);
  const expiresOn = day(terms.expiresOn);
  const reviewDue = day(terms.reviewDue);
  if (effectiveFrom && expiresOn && expiresOn <= effectiveFrom) {
    problems.add(path('expiresOn'), UserErrorCode.INVALID_DATE_RANGE, `must be after effectiveFrom (${effectiveFrom})`);
  }
  if (reviewDue && effectiveFrom && reviewDue < effectiveFrom) {
    problems.add(path('reviewDue'), UserErrorCode.INVALID_DATE_RANGE, `must not be before effectiveFrom (${effectiveFrom})`);
  } else if (reviewDue && expiresOn && reviewDue > expiresOn) {
    problems.add(path('reviewDue'), UserErrorCode.INVALID_DATE_RANGE, `must not be after expiresOn (${expiresOn})`);
  }
  if (terms.noticePeriodDays !== null && terms.noticePeriodDays !== undefined && !terms.autoRenews) {
    problems.add(path('noticePeriodDays'), UserErrorCode.INVALID_VALUE, 'a notice period applies only to agreements that renew automatically (autoRenews)');
  }
}

/** Refuses `renews` pointing at the agreement itself or at one of the agreements that (transitively) renew it. */
async function checkRenewsChain(em: EntityManager, self: Agreement, predecessor: Agreement): Promise<void> {
  if (predecessor.id === self.id) fail(['input', 'renewsId'], UserErrorCode.CYCLE, 'an agreement cannot renew itself');
  if (await chainReaches(em, Agreement, 'renews', predecessor.id, self.id)) {
    fail(['input', 'renewsId'], UserErrorCode.CYCLE, 'the renewal chain would loop: that agreement (transitively) renews this one');
  }
}

function institutionLabel(party: AgreementParty): string {
  const inst = party.institution.unwrap() as Institution | undefined;
  return inst?.name ?? toGlobalId('Institution', party.institution.id);
}

/**
 * Why these parties cannot stand in an agreement that has been signed (≥ 2 PARTY-role parties,
 * each with a signature date), or null when they can.
 */
function signingState(parties: readonly AgreementParty[]) {
  const principal = parties.filter((p) => p.role === AgreementPartyRole.PARTY);
  return { principal, unsigned: principal.filter((p) => !day(p.signedOn)) };
}

function unsignedReason(parties: AgreementParty[]): string | null {
  const { principal, unsigned } = signingState(parties);
  if (principal.length < 2) return `a signed agreement needs at least 2 parties with role PARTY (it has ${principal.length})`;
  if (unsigned.length > 0) return `not yet signed by: ${unsigned.map(institutionLabel).join(', ')}`;
  return null;
}

/**
 * The statuses changeAgreementStatus would accept now: the lifecycle's moves from the current
 * status whose preconditions hold (SIGNED: at least two PARTY-role parties, all signed;
 * SUPERSEDED: an agreement renews it). Dates the move needs are still checked by the mutation.
 */
export function allowedTransitions(agreement: Agreement, parties: readonly AgreementParty[], renewedBy: number): AgreementStatus[] {
  return AGREEMENT_TRANSITIONS[agreement.status].filter((to) => {
    if (to === AgreementStatus.SIGNED) {
      const { principal, unsigned } = signingState(parties);
      return principal.length >= 2 && unsigned.length === 0;
    }
    if (to === AgreementStatus.SUPERSEDED) return renewedBy > 0;
    return true;
  });
}

/** Loads an agreement's parties with their institutions (for messages). */
async function partiesOf(em: EntityManager, agreement: Agreement): Promise<AgreementParty[]> {
  return em.find(AgreementParty, { agreement: agreement.id }, { populate: ['institution'], orderBy: { createdAt: 'asc', id: 'asc' } });
}

/**
 * Adds a SIGNATURE ledger entry (dated signedOn) for every party that has a signature date but no
 * SIGNATURE entry yet, so the ledger of a signed agreement names every signature.
 */
function backfillSignatures(em: EntityManager, agreement: Agreement, parties: AgreementParty[], ledger: AgreementAction[]): void {
  const createdAt = inOrder();
  for (const party of parties) {
    const signedOn = day(party.signedOn);
    if (!signedOn) continue;
    const recorded = ledger.some((a) => a.kind === AgreementActionKind.SIGNATURE && a.party?.id === party.institution.id);
    if (recorded) continue;
    ledger.push(
      em.create(AgreementAction, {
        agreement: refOf(em, Agreement, agreement),
        kind: AgreementActionKind.SIGNATURE,
        date: signedOn,
        party: em.getReference(Institution, party.institution.id, { wrapped: true }),
        note: 'Signature date entered with the party',
        createdAt: createdAt(),
      }),
    );
  }
}

function ledgerOf(em: EntityManager, agreement: Agreement): Promise<AgreementAction[]> {
  return em.find(AgreementAction, { agreement: agreement.id });
}

// ---------------------------------------------------------------------------------------------
// Queries

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
      if (what.length > 0) fail(['input', 'id'], UserErrorCode.IN_USE, `still referenced by ${what.join(' and ')}; pass detachReferences: true to unlink them`);
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

// ---------------------------------------------------------------------------------------------
// Lifecycle

export async function changeAgreementStatus(ctx: RequestContext, input: ChangeAgreementStatusInput): Promise<MutationOutcome<Agreement>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(ChangeStatusSchema, input);
    const agreement = await mustFind(em, Agreement, data.id);
    checkVersion(agreement.version, data.version);
    const from = agreement.status;
    const to = data.status;
    if (from === to) fail(['input', 'status'], UserErrorCode.INVALID_TRANSITION, `the agreement is already ${to}`);
    if (!canMove(from, to)) {
      const allowed = AGREEMENT_TRANSITIONS[from];
      fail(
        ['input', 'status'],
        UserErrorCode.INVALID_TRANSITION,
        `cannot move from ${from} to ${to}; allowed: ${allowed.length > 0 ? allowed.join(', ') : `none (${from} is final)`}`,
      );
    }

    const ledger = await ledgerOf(em, agreement);
    let date = data.date ?? null;
    const needDate = (what: string) => {
      if (!date) fail(['input', 'date'], UserErrorCode.REQUIRED, `the date of the ${what} is required`);
    };

    switch (to) {
      case AgreementStatus.SIGNED: {
        const parties = await partiesOf(em, agreement);
        const reason = unsignedReason(parties);
        if (reason) fail(['input', 'status'], UserErrorCode.INVALID_TRANSITION, `cannot be SIGNED: ${reason}`);
        backfillSignatures(em, agreement, parties, ledger);
        break;
      }
      case AgreementStatus.IN_FORCE: {
        if (from === AgreementStatus.SUSPENDED) {
          needDate('resumption');
          break;
        }
        const effectiveFrom = day(agreement.effectiveFrom);
        if (!date && effectiveFrom && effectiveFrom > todayIso()) {
          fail(
            ['input', 'status'],
            UserErrorCode.INVALID_TRANSITION,
            `cannot enter into force before its effective date (${effectiveFrom}); today is ${todayIso()}: change the status on or after that day`,
          );
        }
        if (date && effectiveFrom && date < effectiveFrom) {
          fail(['input', 'date'], UserErrorCode.INVALID_DATE_RANGE, `the entry into force cannot precede effectiveFrom (${effectiveFrom})`);
        }
        date ??= effectiveFrom;
        needDate('entry into force (or set effectiveFrom first)');
        refuseFutureDate(date!);
        if (!agreement.effectiveFrom) {
          agreement.effectiveFrom = date;
          const problems = new Problems();
          checkTerms(agreement, problems, (f) => (f === 'expiresOn' || f === 'reviewDue' ? ['input', 'date'] : ['input', f]));
          problems.throwIfAny();
        }
        await supersedePredecessor(em, agreement, date!);
        break;
      }
      case AgreementStatus.EXPIRED:
        date ??= day(agreement.expiresOn);
        needDate('expiry (or set expiresOn first)');
        break;
      case AgreementStatus.SUPERSEDED: {
        const successors = await em.count(Agreement, { renews: agreement.id });
        if (successors === 0) {
          fail(['input', 'status'], UserErrorCode.INVALID_TRANSITION, 'cannot be SUPERSEDED: no agreement renews it (set renewsId on the successor)');
        }
        needDate('supersession');
        break;
      }
      case AgreementStatus.SUSPENDED:
        needDate('suspension');
        break;
      case AgreementStatus.TERMINATED:
        needDate('termination');
        break;
      default:
        break;
    }

    if (date) refuseFutureDate(date);
    agreement.status = to;
    const kind = actionForMove(from, to);
    if (kind) {
      em.create(AgreementAction, {
        agreement: refOf(em, Agreement, agreement),
        kind,
        date: date!,
        party: null,
        note: data.note ?? null,
      });
    }
    await em.flush();
    return agreement;
  });
}

/** A status change is recorded when it happens: its ledger date cannot lie after today. */
function refuseFutureDate(date: string): void {
  const today = todayIso();
  if (date > today) {
    fail(['input', 'date'], UserErrorCode.INVALID_VALUE, `${date} is after today (${today}): record the status change on or after the day it happens`);
  }
}

/**
 * When an agreement that renews another enters into force, the one it renews (if still in force
 * or suspended) becomes SUPERSEDED, with a RENEWAL entry in its ledger.
 */
async function supersedePredecessor(em: EntityManager, agreement: Agreement, date: string): Promise<void> {
  if (!agreement.renews) return;
  const predecessor = await em.findOne(Agreement, { id: agreement.renews.id });
  if (!predecessor || !canMove(predecessor.status, AgreementStatus.SUPERSEDED)) return;
  predecessor.status = AgreementStatus.SUPERSEDED;
  em.create(AgreementAction, {
    agreement: refOf(em, Agreement, predecessor),
    kind: AgreementActionKind.RENEWAL,
    date,
    party: null,
    note: `Superseded by “${agreement.title}”`,
  });
}

// ---------------------------------------------------------------------------------------------
// Ledger

/**
 * Records one ledger entry. A SIGNATURE (which needs partyId) also sets that party's signedOn;
 * when it is the last missing signature of the PARTY-role parties (at least two) of an agreement in
 * DRAFT or NEGOTIATION, the agreement moves to SIGNED at once (no separate entry: the signatures are it).
 */
export async function recordAgreementAction(
  ctx: RequestContext,
  input: RecordAgreementActionInput,
): Promise<MutationOutcome<AgreementAction>> {
  return runMutation(ctx, async (em) => {
    const data = parseInput(RecordActionSchema, input);
    const problems = new Problems();
    const agreement = await problems.check(() => requiredRecord(em, Agreement, data.agreementId, ['input', 'agreementId']));
    const institution = await problems.check(() => referencedRecord(em, Institution, data.partyId, ['input', 'partyId']));
    problems.throwIfAny();
    if (!agreement) return fail(['input', 'agreementId'], UserErrorCode.REQUIRED, 'is required');

    const parties = await partiesOf(em, agreement);
    const ledger = await ledgerOf(em, agreement);
    const party = institution ? parties.find((p) => p.institution.id === institution.id) : undefined;
    if (institution && !party) problems.add(['input', 'partyId'], UserErrorCode.INVALID_VALUE, 'this institution is not a party to the agreement');
    if (data.kind === AgreementActionKind.SIGNATURE && !institution) {
      problems.add(['input', 'partyId'], UserErrorCode.REQUIRED, 'a signature is by one party');
    }
    if (STATUS_ACTION_KINDS.has(data.kind) && !institution) {
      problems.add(
        ['input', 'kind'],
        UserErrorCode.INVALID_VALUE,
        `${data.kind} of the agreement as a whole changes its status: use changeAgreementStatus (or name the party it concerns)`,
      );
    }
    if (data.kind === AgreementActionKind.SIGNATURE && party) {
      const signed = ledger.find((a) => a.kind === AgreementActionKind.SIGNATURE && a.party?.id === party.institution.id);
      if (signed) problems.add(['input', 'partyId'], UserErrorCode.DUPLICATE, `this party's signature is already recorded (${day(signed.date)})`);
    }
    if (data.expiresOn != null) {
      const extends_ = data.kind === AgreementActionKind.EXTENSION || data.kind === AgreementActionKind.RENEWAL;
      if (!extends_ || institution) {
        problems.add(['input', 'expiresOn'], UserErrorCode.INVALID_VALUE, 'a new expiry date goes only with an EXTENSION or RENEWAL of the agreement as a whole');
      } else {
        agreement.expiresOn = data.expiresOn;
        checkTerms(agreement, problems, () => ['input', 'expiresOn']);
      }
    }
    problems.throwIfAny();

    const action = em.create(AgreementAction, {
      agreement: refOf(em, Agreement, agreement),
      kind: data.kind,
      date: data.date,
      party: institution ? refOf(em, Institution, institution) : null,
      note: data.note ?? null,
    });
    ledger.push(action);

    if (data.kind === AgreementActionKind.SIGNATURE && party) {
      party.signedOn = data.date;
      const beforeSigning = agreement.status === AgreementStatus.DRAFT || agreement.status === AgreementStatus.NEGOTIATION;
      if (beforeSigning && unsignedReason(parties) === null) {
        agreement.status = AgreementStatus.SIGNED;
        backfillSignatures(em, agreement, parties, ledger);
      }
    }
    await em.flush();
    return action;
  });
}

// ---------------------------------------------------------------------------------------------
// Parties

/**
 * Keeps a signed agreement's parties valid (≥ 2 PARTY-role parties, all signed) and its ledger
 * naming every signature.
 */
function afterPartyChange(
  em: EntityManager,
  agreement: Agreement,
  parties: AgreementParty[],
  ledger: AgreementAction[],
  field: string[],
): void {
  if (!SIGNED_STATUSES.has(agreement.status)) return;
  const reason = unsignedReason(parties);
  if (reason) fail(field, UserErrorCode.INVALID_VALUE, `the agreement is ${agreement.status}: ${reason}`);
  backfillSignatures(em, agreement, parties, ledger);
}

/**
 * Moves the party's ledger entries along when its institution is corrected, and its SIGNATURE entry
 * (the one dated the old signedOn) when its signature date is corrected or cleared. Returns the
 * entries that remain.
 */
function followCorrection(
  em: EntityManager,
  ledger: AgreementAction[],
  party: AgreementParty,
  oldInstitutionId: string,
  oldSignedOn: string | null,
): AgreementAction[] {
  const kept: AgreementAction[] = [];
  const newSignedOn = day(party.signedOn);
  for (const action of ledger) {
    kept.push(action);
    if (action.party?.id !== oldInstitutionId) continue;
    if (oldInstitutionId !== party.institution.id) action.party = em.getReference(Institution, party.institution.id, { wrapped: true });
    if (action.kind === AgreementActionKind.SIGNATURE && oldSignedOn && day(action.date) === oldSignedOn && newSignedOn !== oldSignedOn) {
      if (newSignedOn) {
        action.date = newSignedOn;
      } else {
        em.remove(action);
        kept.pop();
      }
    }
  }
  return kept;
}

const duplicateParty = (field: string[]) => UserError.of(field, UserErrorCode.DUPLICATE, 'this institution is already a party to the agreement');

export async function addAgreementParty(ctx: RequestContext, input: AddAgreementPartyInput): Promise<MutationOutcome<AgreementParty>> {
  return runMutation(
    ctx,
    async (em) => {
      const data = parseInput(AddPartySchema, input);
      const problems = new Problems();
      const agreement = await problems.check(() => requiredRecord(em, Agreement, data.agreementId, ['input', 'agreementId']));
      const institution = await problems.check(() => requiredRecord(em, Institution, data.institutionId, ['input', 'institutionId']));
      const signatory = await problems.check(() => referencedRecord(em, Person, data.signatoryId, ['input', 'signatoryId']));
      problems.throwIfAny();
      if (!agreement || !institution) return fail(['input'], UserErrorCode.REQUIRED, 'is required');
      const parties = await partiesOf(em, agreement);
      if (parties.some((p) => p.institution.id === institution.id)) throw new UserErrorsException([duplicateParty(['input', 'institutionId'])]);
      const party = em.create(AgreementParty, {
        agreement: refOf(em, Agreement, agreement),
        institution: refOf(em, Institution, institution),
        role: data.role ?? AgreementPartyRole.PARTY,
        signatory: signatory ? refOf(em, Person, signatory) : null,
        signedOn: data.signedOn ?? null,
      });
      parties.push(party);
      afterPartyChange(em, agreement, parties, await ledgerOf(em, agreement), ['input', 'signedOn']);
      await em.flush();
      return party;
    },
    () => duplicateParty(['input', 'institutionId']),
  );
}

export async function updateAgreementParty(
  ctx: RequestContext,
  input: UpdateAgreementPartyInput,
): Promise<MutationOutcome<AgreementParty>> {
  return runMutation(
    ctx,
    async (em) => {
      const data = parseUpdate(UpdatePartySchema, input, ['institutionId', 'role']);
      const party = await mustFind(em, AgreementParty, data.id);
      checkVersion(party.version, data.version);
      const problems = new Problems();
      const institution = await problems.check(() => requiredIfGiven(em, Institution, data.institutionId, ['input', 'institutionId']));
      const signatory = await problems.check(() => referencedRecord(em, Person, data.signatoryId, ['input', 'signatoryId']));
      problems.throwIfAny();

      const agreement = await em.findOneOrFail(Agreement, { id: party.agreement.id });
      const parties = await partiesOf(em, agreement);
      const ledger = await ledgerOf(em, agreement);
      const oldInstitutionId = party.institution.id;
      const oldSignedOn = day(party.signedOn);
      if (institution && institution.id !== oldInstitutionId) {
        if (parties.some((p) => p !== party && p.institution.id === institution.id)) {
          throw new UserErrorsException([duplicateParty(['input', 'institutionId'])]);
        }
        party.institution = refOf(em, Institution, institution);
      }
      if (data.role != null) party.role = data.role;
      if (signatory !== undefined) party.signatory = signatory ? refOf(em, Person, signatory) : null;
      if (data.signedOn !== undefined && data.signedOn !== oldSignedOn) party.signedOn = data.signedOn;
      const kept = followCorrection(em, ledger, party, oldInstitutionId, oldSignedOn);
      const field = data.role != null && data.role !== AgreementPartyRole.PARTY ? ['input', 'role'] : ['input', 'signedOn'];
      afterPartyChange(em, agreement, parties, kept, field);
      await em.flush();
      return party;
    },
    () => duplicateParty(['input', 'institutionId']),
  );
}

export async function removeAgreementParty(ctx: RequestContext, input: RemoveAgreementPartyInput): Promise<MutationOutcome<string>> {
  return runMutation(ctx, async (em) => {
    const party = await mustFind(em, AgreementParty, input.id);
    checkVersion(party.version, input.version);
    const agreement = await em.findOneOrFail(Agreement, { id: party.agreement.id });
    const parties = (await partiesOf(em, agreement)).filter((p) => p.id !== party.id);
    const actions = await em.find(AgreementAction, { agreement: agreement.id, party: party.institution.id });
    if (actions.length > 0 && !input.removeActions) {
      fail(
        ['input', 'id'],
        UserErrorCode.IN_USE,
        `the ledger has ${actions.length} action(s) by this party; pass removeActions: true to delete them with the party`,
      );
    }
    if (SIGNED_STATUSES.has(agreement.status)) {
      const reason = unsignedReason(parties);
      if (reason) fail(['input', 'id'], UserErrorCode.INVALID_VALUE, `the agreement is ${agreement.status}: ${reason}`);
    }
    await removeAttachments(em, [party.id, ...actions.map((a) => a.id)]);
    for (const action of actions) em.remove(action);
    em.remove(party);
    await em.flush();
    return toGlobalId('AgreementParty', party.id);
  });
}
