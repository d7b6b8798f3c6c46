// Moving an agreement through its lifecycle (changeAgreementStatus) and its ledger of dated actions.

import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../api/context.js';
import { UserErrorCode } from '../../kernel/errors.js';
import { todayIso } from '../../kernel/partial-date.js';
import { Institution } from '../institution/institution.entity.js';
import { checkVersion, type MutationOutcome, runMutation } from '../../api/mutation.js';
import { referencedRecord, requiredRecord } from '../../api/records.js';
import { parseInput } from '../../kernel/validation.js';
import { AgreementAction } from './agreement-action.entity.js';
import { Agreement } from './agreement.entity.js';
import { AgreementActionKind, AgreementStatus } from './agreement.enums.js';
import type {
  ChangeAgreementStatusInput,
  RecordAgreementActionInput,
} from './agreement.inputs.js';
import { AGREEMENT_TRANSITIONS, actionForMove, canMove, STATUS_ACTION_KINDS } from './agreement.lifecycle.js';
import { ChangeStatusSchema, RecordActionSchema } from './agreement.schemas.js';
import { backfillSignatures, checkTerms, day, fail, ledgerOf, mustFind, partiesOf, Problems, refOf, unsignedReason } from './agreement.rules.js';

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
