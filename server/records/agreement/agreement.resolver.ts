import { daysBetween } from '../../kernel/days.js';
import { isInternal } from '../../kernel/internal-records.js';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/context.js';
import { ConnectionArgs, type ConnectionShape, toPageRequest } from '../../api/relay.js';
import { Institution } from '../institution/institution.entity.js';
import { Person } from '../person/person.entity.js';
import { todayIso } from '../../kernel/partial-date.js';
import { AgreementAction } from './agreement-action.entity.js';
import { AgreementParty } from './agreement-party.entity.js';
import { Agreement } from './agreement.entity.js';
import { AgreementStatus } from './agreement.enums.js';
import {
  AddAgreementPartyInput,
  AddAgreementPartyPayload,
  AgreementConnection,
  AgreementFilter,
  AgreementOrder,
  type AgreementPartyPayload,
  type AgreementPayload,
  ChangeAgreementStatusInput,
  ChangeAgreementStatusPayload,
  CreateAgreementInput,
  CreateAgreementPayload,
  DeleteAgreementInput,
  DeleteAgreementPayload,
  RecordAgreementActionInput,
  RecordAgreementActionPayload,
  type AgreementActionPayload,
  RemoveAgreementActionInput,
  RemoveAgreementActionPayload,
  RemoveAgreementPartyInput,
  RemoveAgreementPartyPayload,
  UpdateAgreementActionInput,
  UpdateAgreementActionPayload,
  UpdateAgreementInput,
  UpdateAgreementPayload,
  UpdateAgreementPartyInput,
  UpdateAgreementPartyPayload,
} from './agreement.inputs.js';
import { seesConfidential } from './agreement.access.js';
import { IN_FORCE_STATUSES } from './agreement.lifecycle.js';
import * as service from './agreement.service.js';
import { allowedTransitions, day, noticeDeadline } from './agreement.rules.js';
import * as partyService from './agreement-party.service.js';
import * as statusService from './agreement-status.service.js';
import * as ledgerService from './agreement-ledger.service.js';
import type { DeletePayload } from '../../api/payloads.js';

/** Keeps the agreements the caller may see (internal ones — confidential, draft, in negotiation — editors and administrators only). */
const visible = (ctx: RequestContext) => {
  const all = seesConfidential(ctx);
  return (agreement: Agreement) => all || !isInternal(agreement);
};

/**
 * An agreement's parties and ledger, through the batched loaders. Both fields wait for both
 * loads, so the institutions their rows name (party.institution, action.party) are asked for in
 * the same tick and load in one statement whichever query returns first.
 */
function partiesAndLedger(ctx: RequestContext, agreement: Agreement): Promise<[AgreementParty[], AgreementAction[]]> {
  return Promise.all([
    ctx.records.groupBy(AgreementParty, 'agreement').load(agreement.id),
    ctx.records.groupBy(AgreementAction, 'agreement', { date: 'asc', createdAt: 'asc' }).load(agreement.id),
  ]);
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { description: 'One agreement; NOT_FOUND error if the ID is unknown.' })
  agreement(@Arg('id', () => ID, { description: 'Global ID of the agreement.' }) id: string, @Ctx() ctx: RequestContext): Promise<Agreement> {
    return service.getAgreement(ctx, id);
  }

  @Query(() => AgreementConnection, { description: 'Agreements, filtered and ordered, as a Relay connection.' })
  agreements(
    @Arg('filter', () => AgreementFilter, { nullable: true, description: 'Which records to return; all that you may see when left out.' }) filter: AgreementFilter | null,
    @Arg('orderBy', () => AgreementOrder, { nullable: true, description: 'Sort order; see AgreementOrder for the default.' }) orderBy: AgreementOrder | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Agreement>> {
    return service.listAgreements(ctx, filter, orderBy, toPageRequest(page));
  }

  @FieldResolver(() => [AgreementParty], { description: 'The parties, in the order they were added.' })
  async parties(@Root() agreement: Agreement, @Ctx() ctx: RequestContext): Promise<AgreementParty[]> {
    return (await partiesAndLedger(ctx, agreement))[0];
  }

  @FieldResolver(() => [AgreementAction], { description: 'The action ledger, by date (then by when each entry was recorded).' })
  async actions(@Root() agreement: Agreement, @Ctx() ctx: RequestContext): Promise<AgreementAction[]> {
    return (await partiesAndLedger(ctx, agreement))[1];
  }

  @FieldResolver(() => Agreement, { nullable: true, description: 'The agreement this one renews or replaces.' })
  async renews(@Root() agreement: Agreement, @Ctx() ctx: RequestContext): Promise<Agreement | null> {
    const renewed = agreement.renews ? await ctx.records.byId(Agreement).load(agreement.renews.id) : null;
    return renewed && visible(ctx)(renewed) ? renewed : null;
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements that renew or replace this one, oldest first.' })
  async renewedBy(@Root() agreement: Agreement, @Ctx() ctx: RequestContext): Promise<Agreement[]> {
    return (await ctx.records.groupBy(Agreement, 'renews').load(agreement.id)).filter(visible(ctx));
  }

  @FieldResolver(() => [AgreementStatus], {
    description:
      'The statuses changeAgreementStatus accepts now: the lifecycle’s moves from `status` whose preconditions hold (SIGNED needs ' +
      'at least two PARTY-role parties, all signed; SUPERSEDED needs an agreement that renews it). Empty for a final status.',
  })
  async allowedTransitions(@Root() agreement: Agreement, @Ctx() ctx: RequestContext): Promise<AgreementStatus[]> {
    const [[parties], renewedBy] = await Promise.all([partiesAndLedger(ctx, agreement), ctx.records.groupBy(Agreement, 'renews').load(agreement.id)]);
    return allowedTransitions(agreement, parties, renewedBy.length);
  }

  // The stored dates, always as YYYY-MM-DD (the embedded database hands DATE columns over as Date).
  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'Date it takes effect.' })
  effectiveFrom(@Root() agreement: Agreement): string | null {
    return day(agreement.effectiveFrom);
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'Date it expires unless renewed.' })
  expiresOn(@Root() agreement: Agreement): string | null {
    return day(agreement.expiresOn);
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'Date by which the parties review it.' })
  reviewDue(@Root() agreement: Agreement): string | null {
    return day(agreement.reviewDue);
  }

  @FieldResolver(() => LocalDateResolver, {
    nullable: true,
    description: 'Last day to give notice against auto-renewal: expiresOn − noticePeriodDays (only when autoRenews).',
  })
  noticeDeadline(@Root() agreement: Agreement): string | null {
    return noticeDeadline(agreement);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Days from today (UTC) to expiresOn; negative once passed; null without expiresOn.' })
  daysToExpiry(@Root() agreement: Agreement): number | null {
    const expiresOn = day(agreement.expiresOn);
    return expiresOn ? daysBetween(todayIso(), expiresOn) : null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Data-quality flag: still IN_FORCE (or SUSPENDED) although expiresOn has passed — record the expiry or renewal.',
  })
  isOverdueExpiry(@Root() agreement: Agreement): boolean {
    const expiresOn = day(agreement.expiresOn);
    return IN_FORCE_STATUSES.has(agreement.status) && !!expiresOn && expiresOn < todayIso();
  }

  @Mutation(() => CreateAgreementPayload, { description: 'Creates an agreement in DRAFT, with its parties.' })
  async createAgreement(
    @Arg('input', () => CreateAgreementInput, { description: 'The new agreement.' }) input: CreateAgreementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AgreementPayload> {
    const { result, userErrors } = await service.createAgreement(ctx, input);
    return { agreement: result, userErrors };
  }

  @Mutation(() => UpdateAgreementPayload, { description: 'Edits an agreement’s fields (never its status: see changeAgreementStatus).' })
  async updateAgreement(
    @Arg('input', () => UpdateAgreementInput, { description: 'The agreement to change (id, version) and the new values.' }) input: UpdateAgreementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AgreementPayload> {
    const { result, userErrors } = await service.updateAgreement(ctx, input);
    return { agreement: result, userErrors };
  }

  @Mutation(() => ChangeAgreementStatusPayload, {
    description:
      'Moves an agreement along its lifecycle (INVALID_TRANSITION for a move the lifecycle forbids or whose preconditions ' +
      'fail) and appends the matching ledger entry: ENTRY_INTO_FORCE, RESUMPTION, SUSPENSION, TERMINATION, EXPIRY, or ' +
      'RENEWAL for SUPERSEDED. SIGNED needs at least two PARTY-role parties, all with signedOn; it adds a SIGNATURE entry for ' +
      'each signature not yet in the ledger. IN_FORCE of an agreement that renews another supersedes that one.',
  })
  async changeAgreementStatus(
    @Arg('input', () => ChangeAgreementStatusInput, { description: 'The agreement, the status to move to and the version you read.' }) input: ChangeAgreementStatusInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AgreementPayload> {
    const { result, userErrors } = await statusService.changeAgreementStatus(ctx, input);
    return { agreement: result, userErrors };
  }

  @Mutation(() => DeleteAgreementPayload, {
    description: 'Deletes an agreement with its parties and ledger. Refused with IN_USE while agreements renew it or commitments were made in it, unless detachReferences.',
  })
  async deleteAgreement(
    @Arg('input', () => DeleteAgreementInput, { description: 'The agreement to delete.' }) input: DeleteAgreementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeleteAgreementPayload> {
    const { result, userErrors } = await service.deleteAgreement(ctx, input);
    return { deletedId: result, userErrors };
  }

  @Mutation(() => RecordAgreementActionPayload, {
    description:
      'Appends an entry to an agreement’s ledger. A SIGNATURE by a party sets its signedOn; the last missing signature of an ' +
      'agreement in DRAFT or NEGOTIATION (with at least two PARTY-role parties) moves it to SIGNED automatically.',
  })
  async recordAgreementAction(
    @Arg('input', () => RecordAgreementActionInput, { description: 'The agreement, the action and its date.' }) input: RecordAgreementActionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RecordAgreementActionPayload> {
    const { result, userErrors } = await statusService.recordAgreementAction(ctx, input);
    return { agreementAction: result, userErrors };
  }

  @Mutation(() => UpdateAgreementActionPayload, {
    description: 'Corrects a ledger entry’s date or note. A SIGNATURE’s new date becomes its party’s signedOn.',
  })
  async updateAgreementAction(
    @Arg('input', () => UpdateAgreementActionInput, { description: 'The ledger entry (id, version) and its corrected date or note.' }) input: UpdateAgreementActionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AgreementActionPayload> {
    const { result, userErrors } = await ledgerService.updateAgreementAction(ctx, input);
    return { agreementAction: result, userErrors };
  }

  @Mutation(() => RemoveAgreementActionPayload, {
    description:
      'Removes a ledger entry recorded by mistake (a SIGNATURE clears its party’s signedOn). Refused with INVALID_TRANSITION for an ' +
      'entry recording a status move of the whole agreement (change its date or the status instead), and with INVALID_VALUE when a ' +
      'signed agreement would lose a needed signature.',
  })
  async removeAgreementAction(
    @Arg('input', () => RemoveAgreementActionInput, { description: 'The ledger entry to remove and the version you read.' }) input: RemoveAgreementActionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeletePayload> {
    const { result, userErrors } = await ledgerService.removeAgreementAction(ctx, input);
    return { deletedId: result, userErrors };
  }

  @Mutation(() => AddAgreementPartyPayload, { description: 'Adds a party to an agreement (an institution at most once).' })
  async addAgreementParty(
    @Arg('input', () => AddAgreementPartyInput, { description: 'The agreement party to add.' }) input: AddAgreementPartyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AgreementPartyPayload> {
    const { result, userErrors } = await partyService.addAgreementParty(ctx, input);
    return { agreementParty: result, userErrors };
  }

  @Mutation(() => UpdateAgreementPartyPayload, {
    description: 'Edits a party. Correcting signedOn or the institution moves the party’s ledger entries along.',
  })
  async updateAgreementParty(
    @Arg('input', () => UpdateAgreementPartyInput, { description: 'The agreement party to change (id, version) and the new values.' }) input: UpdateAgreementPartyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AgreementPartyPayload> {
    const { result, userErrors } = await partyService.updateAgreementParty(ctx, input);
    return { agreementParty: result, userErrors };
  }

  @Mutation(() => RemoveAgreementPartyPayload, {
    description: 'Removes a party. Refused with IN_USE while the ledger has actions by it, unless removeActions.',
  })
  async removeAgreementParty(
    @Arg('input', () => RemoveAgreementPartyInput, { description: 'The agreement party to remove.' }) input: RemoveAgreementPartyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RemoveAgreementPartyPayload> {
    const { result, userErrors } = await partyService.removeAgreementParty(ctx, input);
    return { deletedId: result, userErrors };
  }
}

@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  @FieldResolver(() => Agreement, { description: 'The agreement.' })
  agreement(@Root() party: AgreementParty, @Ctx() ctx: RequestContext): Promise<Agreement | null> {
    return ctx.records.byId(Agreement).load(party.agreement.id);
  }

  @FieldResolver(() => Institution, { description: 'The institution that is party to it.' })
  institution(@Root() party: AgreementParty, @Ctx() ctx: RequestContext): Promise<Institution | null> {
    return ctx.records.byId(Institution).load(party.institution.id);
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'Date the institution signed.' })
  signedOn(@Root() party: AgreementParty): string | null {
    return day(party.signedOn);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who signed (or is to sign) for the institution.' })
  signatory(@Root() party: AgreementParty, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return party.signatory ? ctx.records.byId(Person).load(party.signatory.id) : null;
  }
}

@Resolver(() => AgreementAction)
export class AgreementActionResolver {
  @FieldResolver(() => Agreement, { description: 'The agreement the action belongs to.' })
  agreement(@Root() action: AgreementAction, @Ctx() ctx: RequestContext): Promise<Agreement | null> {
    return ctx.records.byId(Agreement).load(action.agreement.id);
  }

  @FieldResolver(() => LocalDateResolver, { description: 'Date of the action.' })
  date(@Root() action: AgreementAction): string | null {
    return day(action.date);
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The party that acted; null for the agreement as a whole.' })
  party(@Root() action: AgreementAction, @Ctx() ctx: RequestContext): Promise<Institution | null> | null {
    return action.party ? ctx.records.byId(Institution).load(action.party.id) : null;
  }
}

/** Institution.agreements, declared from this area. */
@Resolver(() => Institution)
export class InstitutionAgreementsResolver {
  @FieldResolver(() => [Agreement], {
    description: 'Agreements this institution is a party to (in any role), by title. Confidential ones only for editors.',
  })
  async agreements(
    @Root() institution: Institution,
    @Arg('status', () => [AgreementStatus], { nullable: true, description: 'Only agreements in any of these statuses.' })
    status: AgreementStatus[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Agreement[]> {
    const parties = await ctx.records.groupBy(AgreementParty, 'institution').load(institution.id);
    const agreements = await ctx.records.byId(Agreement).loadMany(parties.map((p) => p.agreement.id));
    return agreements
      .filter((a): a is Agreement => a instanceof Agreement)
      .filter(visible(ctx))
      .filter((a) => !status?.length || status.includes(a.status))
      .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  }
}
