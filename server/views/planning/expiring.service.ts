import type { RequestContext } from '../../api/context.js';
import { BadInputError } from '../../kernel/errors.js';
import { Agreement } from '../../records/agreement/agreement.entity.js';
import { day } from '../../records/agreement/agreement.rules.js';
import { AgreementStatus } from '../../records/agreement/agreement.enums.js';
import { AgreementDeadline, AgreementDeadlineKind, type ExpiringAgreements } from './planning.types.js';
import { findAgreements, milestonesOf } from './sources.js';
import { addDays, daysBetween } from '../../kernel/days.js';
import { todayIn } from './span.js';
import { MAX_DAYS, scopeOf } from './window.js';

/** "In force" for this report: IN_FORCE and SUSPENDED (as the agreements' isOverdueExpiry flag). */
const IN_FORCE = [AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED];
const KIND_ORDER = [AgreementDeadlineKind.NOTICE_DEADLINE, AgreementDeadlineKind.REVIEW, AgreementDeadlineKind.EXPIRY];

export type ExpiringArgs = { days?: number | null; asOf?: string | null; institutionId?: string | null };

/**
 * Agreements in force whose expiry, review date or auto-renewal notice deadline falls within
 * `days` days from `asOf` (default today, UTC), and those already past their expiry but still
 * marked in force (a data-quality list). One statement.
 */
export async function expiringAgreements(ctx: RequestContext, args: ExpiringArgs): Promise<ExpiringAgreements> {
  const days = args.days ?? 90;
  if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS) throw new BadInputError('days', `must be a whole number from 0 to ${MAX_DAYS}`);
  if (args.asOf != null && !/^\d{4}-\d{2}-\d{2}$/.test(args.asOf)) throw new BadInputError('asOf', 'must be a date YYYY-MM-DD');
  const asOf = args.asOf ?? todayIn(null);
  const until = addDays(asOf, days);
  const scope = scopeOf(args);
  const agreements = await findAgreements(ctx.em, { window: { from: asOf, to: until }, scope, statuses: IN_FORCE, expiredBefore: asOf });
  ctx.records.prime(Agreement, agreements);
  const deadline = (agreement: Agreement, kind: AgreementDeadlineKind, date: string) =>
    Object.assign(new AgreementDeadline(), { agreement, kind, date, daysLeft: daysBetween(asOf, date) });
  const upcoming: AgreementDeadline[] = [];
  const overdue: AgreementDeadline[] = [];
  for (const agreement of agreements) {
    for (const m of milestonesOf(agreement)) {
      if (m.date >= asOf && m.date <= until) upcoming.push(deadline(agreement, m.kind as AgreementDeadlineKind, m.date));
    }
    const expires = day(agreement.expiresOn);
    if (expires && expires < asOf) overdue.push(deadline(agreement, AgreementDeadlineKind.EXPIRY, expires));
  }
  const order = (a: AgreementDeadline, b: AgreementDeadline) =>
    a.date.localeCompare(b.date) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.agreement.title.localeCompare(b.agreement.title) || a.agreement.id.localeCompare(b.agreement.id);
  return { asOf, until, upcoming: upcoming.sort(order), overdue: overdue.sort(order) };
}
