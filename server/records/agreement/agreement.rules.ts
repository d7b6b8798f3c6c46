// The agreement's rules (term dates, renewal chain, signatures, the moves allowed now) and the
// small kit the agreement services share (collecting problems, references, ordered creation times).

import { addDays } from '../../kernel/days.js';
import { chainReaches } from '../../api/chains.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { toGlobalId } from '../../kernel/global-id.js';
import { Institution } from '../institution/institution.entity.js';
import { referencedRecord, requiredRecord } from '../../api/records.js';
import { parseInput } from '../../kernel/validation.js';
import { AgreementAction } from './agreement-action.entity.js';
import { AgreementParty } from './agreement-party.entity.js';
import { Agreement } from './agreement.entity.js';
import { AgreementActionKind, AgreementPartyRole, AgreementStatus } from './agreement.enums.js';
import { AGREEMENT_TRANSITIONS } from './agreement.lifecycle.js';

/**
 * A DATE column's value as YYYY-MM-DD. On PostgreSQL (node-pg with MikroORM's parsers) it is
 * already that string; the embedded PGlite parses DATE into a JS Date at UTC midnight.
 */
export function day(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

/** Last day to give notice against auto-renewal: expiresOn − noticePeriodDays; null unless it renews automatically with both known. */
export function noticeDeadline(agreement: Pick<Agreement, 'expiresOn' | 'autoRenews' | 'noticePeriodDays'>): string | null {
  const expiresOn = day(agreement.expiresOn);
  if (!agreement.autoRenews || !expiresOn || agreement.noticePeriodDays == null) return null;
  return addDays(expiresOn, -agreement.noticePeriodDays);
}

/** Collects userErrors from several independent checks so one answer reports them all. */
export class Problems {
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

export const fail = (field: string[], code: UserErrorCode, message: string): never => {
  throw new UserErrorsException([UserError.of(field, code, message)]);
};

export const refOf = <T extends { id: string }>(em: EntityManager, entity: abstract new (...args: never[]) => T, record: T) =>
  em.getReference(entity as never, record.id as never, { wrapped: true }) as never;

/** The record's own row, for a mutation naming it by `id` (NOT_FOUND / INVALID_ID at input.id). */
export async function mustFind<T extends { id: string }>(
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
export async function requiredIfGiven<T extends { id: string }>(
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
export function parseUpdate<S extends z.ZodType>(schema: S, input: object, required: string[]): z.output<S> {
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
export function inOrder(): () => Date {
  const start = Date.now();
  let i = 0;
  return () => new Date(start + i++);
}

export type Terms = Pick<Agreement, 'effectiveFrom' | 'expiresOn' | 'reviewDue' | 'autoRenews' | 'noticePeriodDays'>;

/**
 * The rules on an agreement's term: expiresOn after effectiveFrom, reviewDue within the known
 * bounds of the term, a notice period only with auto-renewal. `path` maps a field to the input
 * path reported (default ['input', field]).
 */
export function checkTerms(terms: Terms, problems: Problems, path: (field: keyof Terms) => string[] = (f) => ['input', f]): void {
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
export async function checkRenewsChain(em: EntityManager, self: Agreement, predecessor: Agreement): Promise<void> {
  if (predecessor.id === self.id) fail(['input', 'renewsId'], UserErrorCode.CYCLE, 'an agreement cannot renew itself');
  if (await chainReaches(em, Agreement, 'renews', predecessor.id, self.id)) {
    fail(['input', 'renewsId'], UserErrorCode.CYCLE, 'the renewal chain would loop: that agreement (transitively) renews this one');
  }
}

export function institutionLabel(party: AgreementParty): string {
  const inst = party.institution.unwrap() as Institution | undefined;
  return inst?.name ?? toGlobalId('Institution', party.institution.id);
}

/**
 * Why these parties cannot stand in an agreement that has been signed (≥ 2 PARTY-role parties,
 * each with a signature date), or null when they can.
 */
export function signingState(parties: readonly AgreementParty[]) {
  const principal = parties.filter((p) => p.role === AgreementPartyRole.PARTY);
  return { principal, unsigned: principal.filter((p) => !day(p.signedOn)) };
}

export function unsignedReason(parties: AgreementParty[]): string | null {
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
export async function partiesOf(em: EntityManager, agreement: Agreement): Promise<AgreementParty[]> {
  return em.find(AgreementParty, { agreement: agreement.id }, { populate: ['institution'], orderBy: { createdAt: 'asc', id: 'asc' } });
}

/**
 * Adds a SIGNATURE ledger entry (dated signedOn) for every party that has a signature date but no
 * SIGNATURE entry yet, so the ledger of a signed agreement names every signature.
 */
export function backfillSignatures(em: EntityManager, agreement: Agreement, parties: AgreementParty[], ledger: AgreementAction[]): void {
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

export function ledgerOf(em: EntityManager, agreement: Agreement): Promise<AgreementAction[]> {
  return em.find(AgreementAction, { agreement: agreement.id });
}
