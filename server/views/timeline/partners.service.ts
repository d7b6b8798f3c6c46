import { agreementVisible } from '../../kernel/internal-records.js';
import { canSeeConfidential, type RequestContext } from '../../api/context.js';
import { runSql } from '../../kernel/sql.js';
import { BadInputError } from '../../kernel/errors.js';
import { AgreementParty } from '../../records/agreement/agreement-party.entity.js';
import { Agreement } from '../../records/agreement/agreement.entity.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { Relation } from '../../records/relation/relation.entity.js';
import { RelationKind } from '../../records/relation/relation.enums.js';
import { partialDateBounds, todayIso } from '../../kernel/partial-date.js';
import { isPeriodUnknown } from '../../kernel/periods.js';
import { getRecord } from '../../api/records.js';
import type { Partner, PartnerChanges, PartnersAsOf } from './partners.types.js';

/*
 * Point-in-time views of one institution. Each date check is one SQL statement that evaluates
 * the rule for one or two days (or ranges of days) at once (so "what changed between A and B" costs no more than a
 * single snapshot); the records are then loaded through the request's batched loaders.
 */

const MEMBERSHIP_KINDS = new Set<string>([RelationKind.MEMBER_OF, RelationKind.OBSERVER_IN]);

/** Days from..to (inclusive); one day when from = to (a partial date covers several). */
type Range = { from: string; to: string };

/** A relation may be active some day of the range: `?`s are to, from. */
const relationActiveIn = `((r.start_date is null or accord_date_from(r.start_date) <= ?::date) and (r.end_date is null or accord_date_to(r.end_date) >= ?::date))`;

async function relationsActive(ctx: RequestContext, institutionId: string, ranges: Range[]): Promise<{ id: string; on: boolean[] }[]> {
  const flags = ranges.map((_, i) => `${relationActiveIn} as on${i}`);
  const params = ranges.flatMap((r) => [r.to, r.from]);
  const rows = await runSql<Record<string, unknown>[]>(ctx,
    `select r.id, ${flags.join(', ')}
       from relation r
      where (r.subject_institution_id = ? or r.object_id = ?)
        and (${ranges.map(() => relationActiveIn).join(' or ')})`,
    [...params, institutionId, institutionId, ...params],
  );
  return rows.map((row) => ({ id: row.id as string, on: ranges.map((_, i) => row[`on${i}`] === true) }));
}

/** First day in force: effectiveFrom, else the first ENTRY_INTO_FORCE of the ledger. */
const effectiveDay = `coalesce(a.effective_from, (select min(x.date) from agreement_action x where x.agreement_id = a.id and x.kind = 'ENTRY_INTO_FORCE'))`;

/**
 * Agreements in force on a day for a party (see PartnersAsOf.agreements for the rule). `?`s:
 * day, day, day, institution, day, day, today.
 */
const agreementInForceOn = `(
  ${effectiveDay} <= ?::date
  and (a.expires_on is null or a.expires_on >= ?::date)
  and not exists (
    select 1 from agreement_action x
     where x.agreement_id = a.id and x.date <= ?::date
       and (x.kind in ('TERMINATION', 'EXPIRY') or (x.kind = 'RENEWAL' and x.party_id is null)
            or (x.kind = 'WITHDRAWAL' and (x.party_id is null or x.party_id = ?)))
  )
  and coalesce((
    select x.kind from agreement_action x
     where x.agreement_id = a.id and x.kind in ('SUSPENSION', 'RESUMPTION') and x.date <= ?::date
     order by x.date desc, x.created_at desc limit 1
  ), 'RESUMPTION') <> 'SUSPENSION'
  and (?::date < ?::date or a.status in ('SIGNED', 'IN_FORCE')
       or (a.status = 'SUPERSEDED' and exists (select 1 from agreement_action x where x.agreement_id = a.id and x.kind = 'RENEWAL' and x.party_id is null)))
)`;

/**
 * Agreements in force some day of each range: on its first or its last day, or entering into
 * force within it (for one day, simply in force on it).
 */
async function agreementsInForce(ctx: RequestContext, institutionId: string, ranges: Range[]): Promise<{ id: string; on: boolean[] }[]> {
  const today = todayIso();
  const paramsFor = (day: string) => [day, day, day, institutionId, day, day, today];
  const flags: string[] = [];
  const params: unknown[] = [];
  ranges.forEach((r, i) => {
    if (r.from === r.to) {
      flags.push(`${agreementInForceOn} as on${i}`);
      params.push(...paramsFor(r.from));
    } else {
      flags.push(`(${agreementInForceOn} or ${agreementInForceOn} or ${effectiveDay} between ?::date and ?::date) as on${i}`);
      params.push(...paramsFor(r.from), ...paramsFor(r.to), r.from, r.to);
    }
  });
  const hide = !canSeeConfidential(ctx.viewer);
  const rows = await runSql<Record<string, unknown>[]>(ctx,
    `select a.id, ${flags.join(', ')}
       from agreement a
      where a.id in (select ap.agreement_id from agreement_party ap where ap.institution_id = ?)
        and a.status not in ('DRAFT', 'NEGOTIATION')
        ${hide ? `and ${agreementVisible('a')}` : ''}`,
    [...params, institutionId],
  );
  return rows.map((row) => ({ id: row.id as string, on: ranges.map((_, i) => row[`on${i}`] === true) })).filter((r) => r.on.some(Boolean));
}

type Snapshot = { relations: Relation[]; agreements: Agreement[]; partners: Partner[] };

const byStart = (a: Relation, b: Relation) => (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.id.localeCompare(b.id);
const byTitle = (a: Agreement, b: Agreement) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

async function load<T extends object>(ctx: RequestContext, entity: abstract new (...args: never[]) => T, ids: string[]): Promise<T[]> {
  const rows = await ctx.records.byId(entity).loadMany(ids);
  return rows.filter((r): r is T => r instanceof (entity as unknown as Function));
}

/** The other institutions of these relations and agreements, each with what links it. */
async function partnersOf(ctx: RequestContext, institutionId: string, relations: Relation[], agreements: Agreement[]): Promise<Partner[]> {
  const links = new Map<string, { relations: Relation[]; agreements: Agreement[] }>();
  const link = (id: string | undefined) => {
    if (!id || id === institutionId) return null;
    let entry = links.get(id);
    if (!entry) {
      entry = { relations: [], agreements: [] };
      links.set(id, entry);
    }
    return entry;
  };
  for (const r of relations) {
    const other = r.object.id === institutionId ? r.subjectInstitution?.id : r.object.id;
    link(other)?.relations.push(r);
  }
  const parties = await Promise.all(agreements.map((a) => ctx.records.groupBy(AgreementParty, 'agreement').load(a.id)));
  agreements.forEach((a, i) => {
    for (const p of parties[i]!) {
      const entry = link(p.institution.id);
      if (entry && !entry.agreements.includes(a)) entry.agreements.push(a);
    }
  });
  const institutions = await load(ctx, Institution, [...links.keys()]);
  return institutions
    .map((institution) => {
      const linked = links.get(institution.id)!;
      const periodUnknown = linked.agreements.length === 0 && linked.relations.every((r) => isPeriodUnknown(r.startDate, r.endDate));
      return { institution, ...linked, periodUnknown };
    })
    .sort((a, b) => a.institution.name.localeCompare(b.institution.name));
}

async function snapshots(ctx: RequestContext, institution: Institution, days: Range[]): Promise<Snapshot[]> {
  const [relationFlags, agreementFlags] = await Promise.all([
    relationsActive(ctx, institution.id, days),
    agreementsInForce(ctx, institution.id, days),
  ]);
  const [relations, agreements] = await Promise.all([
    load(ctx, Relation, relationFlags.map((r) => r.id)),
    load(ctx, Agreement, agreementFlags.map((a) => a.id)),
  ]);
  const relationOn = new Map(relationFlags.map((r) => [r.id, r.on]));
  const agreementOn = new Map(agreementFlags.map((a) => [a.id, a.on]));
  return Promise.all(
    days.map(async (_, i) => {
      const rs = relations.filter((r) => relationOn.get(r.id)?.[i]).sort(byStart);
      const as = agreements.filter((a) => agreementOn.get(a.id)?.[i]).sort(byTitle);
      return { relations: rs, agreements: as, partners: await partnersOf(ctx, institution.id, rs, as) };
    }),
  );
}

/**
 * The snapshot on one day, or over the days a partial date covers ("2023": at any time during
 * 2023). Relations whose period is unknown are included, flagged (undatedRelations, Partner.periodUnknown).
 */
export async function partnersAsOf(
  ctx: RequestContext,
  institutionGlobalId: string,
  date: string | null | undefined,
  during?: string | null,
): Promise<PartnersAsOf> {
  if (date && during) throw new BadInputError('during', 'give either `date` or `during`, not both');
  const institution = await getRecord(ctx, Institution, institutionGlobalId);
  const range = during ? { from: partialDateBounds(during).earliest, to: partialDateBounds(during).latest } : { from: date ?? todayIso(), to: date ?? todayIso() };
  const [snapshot] = await snapshots(ctx, institution, [range]);
  const { relations, agreements, partners } = snapshot!;
  const oneDay = range.from === range.to;
  return {
    institution,
    date: range.from,
    period: during ?? range.from,
    from: range.from,
    to: range.to,
    meaning: oneDay ? `on ${range.from}` : `at any time during ${during} (${range.from} – ${range.to})`,
    relations,
    undatedRelations: relations.filter((r) => isPeriodUnknown(r.startDate, r.endDate)),
    memberships: relations.filter((r) => MEMBERSHIP_KINDS.has(r.kind) && r.subjectInstitution?.id === institution.id),
    members: relations.filter((r) => MEMBERSHIP_KINDS.has(r.kind) && r.object.id === institution.id),
    agreements,
    partners,
  };
}

export async function partnerChanges(ctx: RequestContext, institutionGlobalId: string, from: string, to: string): Promise<PartnerChanges> {
  if (to < from) throw new BadInputError('to', 'must not lie before from');
  const institution = await getRecord(ctx, Institution, institutionGlobalId);
  const [before, after] = await snapshots(ctx, institution, [
    { from, to: from },
    { from: to, to },
  ]);
  const minus = <T extends { id: string }>(a: T[], b: T[]) => {
    const ids = new Set(b.map((x) => x.id));
    return a.filter((x) => !ids.has(x.id));
  };
  const partnersBefore = before!.partners.map((p) => p.institution);
  const partnersAfter = after!.partners.map((p) => p.institution);
  return {
    institution,
    from,
    to,
    relationsStarted: minus(after!.relations, before!.relations),
    relationsEnded: minus(before!.relations, after!.relations),
    agreementsEntered: minus(after!.agreements, before!.agreements),
    agreementsLeft: minus(before!.agreements, after!.agreements),
    partnersGained: minus(partnersAfter, partnersBefore),
    partnersLost: minus(partnersBefore, partnersAfter),
  };
}
