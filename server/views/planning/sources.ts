import { type FilterQuery, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Agreement } from '../../records/agreement/agreement.entity.js';
import { AgreementStatus } from '../../records/agreement/agreement.enums.js';
import { day, noticeDeadline } from '../../records/agreement/agreement.rules.js';
import { Commitment } from '../../records/commitment/commitment.entity.js';
import { CommitmentStatus } from '../../records/commitment/commitment.enums.js';
import { Event } from '../../records/event/event.entity.js';
import { ScheduleStatus } from '../../records/event/event.enums.js';
import { Visit } from '../../records/visit/visit.entity.js';
import { addDays } from '../../kernel/days.js';
import type { Scope, Window } from './window.js';
import { involving, involvingParams } from '../involvement/involvement.js';

/*
 * The rows the agenda, the conflict check and the calendar feed start from: one statement per
 * record type. They go through the ORM, so the confidentiality filter hides confidential records
 * from viewers exactly as everywhere else; the raw fragments below only narrow by dates and scope
 * (user values are always parameters).
 */

type Condition<T> = FilterQuery<T>;
const cond = <T>(sql: (alias: string) => string, params: unknown[] = []) => ({ [raw(sql, params)]: [] }) as Condition<T>;

/** Days of slack on each side: a timed item seen from another zone may move by up to a day. */
const SLACK = 1;

export type RecordQuery = {
  window: Window;
  scope?: Scope;
  /** Only these statuses (events and visits); default: all but CANCELLED unless includeCancelled. */
  statuses?: ScheduleStatus[] | null;
  includeCancelled?: boolean;
  /** Leave out POSTPONED ones too (conflicts: their dates are no longer meant). */
  excludePostponed?: boolean;
  /** Extra narrowing (e.g. only events sharing a person with another). */
  extra?: { events?: Condition<Event>[]; visits?: Condition<Visit>[] };
};

function scheduleStatuses(q: RecordQuery): Condition<Event & Visit>[] {
  if (q.statuses?.length) return [{ status: { $in: q.statuses } }];
  const excluded = [...(q.includeCancelled ? [] : [ScheduleStatus.CANCELLED]), ...(q.excludePostponed ? [ScheduleStatus.POSTPONED] : [])];
  return excluded.length ? [{ status: { $nin: excluded } }] : [];
}

/** Events whose (partial) dates may overlap the window, and recurring events that started by its end. */
export function findEvents(em: EntityManager, q: RecordQuery): Promise<Event[]> {
  const from = addDays(q.window.from, -SLACK);
  const to = addDays(q.window.to, SLACK);
  const and: Condition<Event>[] = [
    { startDate: { $ne: null } },
    ...(scheduleStatuses(q) as Condition<Event>[]),
    cond((a) => `accord_date_from(${a}.start_date) <= ?::date`, [to]),
    cond((a) => `(${a}.recurrence is not null or accord_date_to(coalesce(${a}.end_date, ${a}.start_date)) >= ?::date)`, [from]),
  ];
  if (q.scope?.institutionId) {
    and.push(cond((a) => `${a}.id in (${involving('EVENT', '?')})`, involvingParams('EVENT', q.scope.institutionId)));
  }
  if (q.scope?.personId) {
    and.push(cond((a) => `${a}.id in (select p.event_id from participation p where p.person_id = ?)`, [q.scope.personId]));
  }
  and.push(...(q.extra?.events ?? []));
  return em.find(Event, { $and: and }, { orderBy: { startDate: 'asc', id: 'asc' } });
}

/** Visits whose (partial) dates may overlap the window. */
export function findVisits(em: EntityManager, q: RecordQuery): Promise<Visit[]> {
  const from = addDays(q.window.from, -SLACK);
  const to = addDays(q.window.to, SLACK);
  const and: Condition<Visit>[] = [
    { startDate: { $ne: null } },
    ...(scheduleStatuses(q) as Condition<Visit>[]),
    cond((a) => `accord_date_from(${a}.start_date) <= ?::date`, [to]),
    cond((a) => `accord_date_to(coalesce(${a}.end_date, ${a}.start_date)) >= ?::date`, [from]),
  ];
  if (q.scope?.institutionId) {
    and.push(cond((a) => `${a}.id in (${involving('VISIT', '?')})`, involvingParams('VISIT', q.scope.institutionId)));
  }
  if (q.scope?.personId) {
    and.push(cond((a) => `${a}.id in (select m.visit_id from visit_member m where m.person_id = ?)`, [q.scope.personId]));
  }
  and.push(...(q.extra?.visits ?? []));
  return em.find(Visit, { $and: and }, { orderBy: { startDate: 'asc', id: 'asc' } });
}

/** Statuses whose agreements have milestones worth showing (signed and not yet over). */
export const MILESTONE_STATUSES = [AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED];

/**
 * Agreements in these statuses with a review date, expiry or auto-renewal notice deadline in the
 * window (or, with `expiredBefore`, an expiry before that day).
 */
export function findAgreements(
  em: EntityManager,
  q: { window: Window; scope?: Scope; statuses: AgreementStatus[]; expiredBefore?: string },
): Promise<Agreement[]> {
  const { from, to } = q.window;
  const dates = cond<Agreement>(
    (a) =>
      `(${a}.review_due between ?::date and ?::date
        or ${a}.expires_on between ?::date and ?::date
        or (${a}.auto_renews and ${a}.notice_period_days is not null
            and ${a}.expires_on - ${a}.notice_period_days between ?::date and ?::date)
        ${q.expiredBefore ? `or ${a}.expires_on < ?::date` : ''})`,
    [from, to, from, to, from, to, ...(q.expiredBefore ? [q.expiredBefore] : [])],
  );
  const and: Condition<Agreement>[] = [{ status: { $in: q.statuses } }, dates];
  if (q.scope?.institutionId) {
    and.push(cond((a) => `${a}.id in (${involving('AGREEMENT', '?')})`, involvingParams('AGREEMENT', q.scope.institutionId)));
  }
  if (q.scope?.personId) {
    and.push(cond((a) => `${a}.id in (select ap.agreement_id from agreement_party ap where ap.signatory_id = ?)`, [q.scope.personId]));
  }
  return em.find(Agreement, { $and: and }, { orderBy: { expiresOn: 'asc', id: 'asc' } });
}

/** Commitments due in the window (partial due dates: when the days they cover overlap it). */
export function findCommitments(em: EntityManager, q: { window: Window; scope?: Scope; includeClosed?: boolean }): Promise<Commitment[]> {
  const and: Condition<Commitment>[] = [
    { dueDate: { $ne: null } },
    cond((a) => `accord_date_from(${a}.due_date) <= ?::date`, [q.window.to]),
    cond((a) => `accord_date_to(${a}.due_date) >= ?::date`, [q.window.from]),
  ];
  if (!q.includeClosed) and.push({ status: { $in: [CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS] } });
  if (q.scope?.institutionId) and.push(cond((a) => `${a}.id in (${involving('COMMITMENT', '?')})`, involvingParams('COMMITMENT', q.scope.institutionId)));
  if (q.scope?.personId) and.push({ ownerPerson: q.scope.personId });
  return em.find(Commitment, { $and: and }, { orderBy: { dueDate: 'asc', id: 'asc' } });
}

/** An agreement's dated milestones. */
export function milestonesOf(agreement: Agreement): { kind: 'REVIEW' | 'EXPIRY' | 'NOTICE_DEADLINE'; date: string }[] {
  const out: { kind: 'REVIEW' | 'EXPIRY' | 'NOTICE_DEADLINE'; date: string }[] = [];
  const review = day(agreement.reviewDue);
  const expires = day(agreement.expiresOn);
  if (review) out.push({ kind: 'REVIEW', date: review });
  if (expires) out.push({ kind: 'EXPIRY', date: expires });
  const notice = noticeDeadline(agreement);
  if (notice) out.push({ kind: 'NOTICE_DEADLINE', date: notice });
  return out;
}
