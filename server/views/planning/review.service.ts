import type { RequestContext } from '../../api/context.js';
import { BadInputError } from '../../kernel/errors.js';
import { latestOf, todayIso } from '../../kernel/partial-date.js';
import { Event } from '../../records/event/event.entity.js';
import { ScheduleStatus } from '../../records/event/event.enums.js';
import { needsUpdateReason } from '../../records/event/schedule.js';
import { Visit } from '../../records/visit/visit.entity.js';
import { AgendaItemKind, type ReviewItem, type ReviewList } from './planning.types.js';
import { findEvents, findVisits } from './sources.js';
import { addDays } from '../../kernel/days.js';
import { scopeOf } from './window.js';

export type ReviewArgs = { institutionId?: string | null; personId?: string | null; first?: number | null };

export const MAX_REVIEW_ITEMS = 500;

/**
 * Events and visits whose recorded status time has overtaken: still PLANNED or CONFIRMED after
 * their last day (the rule is needsUpdateReason's). One statement per record type; the few open
 * records that started before today are then checked in memory.
 */
export async function toReview(ctx: RequestContext, args: ReviewArgs): Promise<ReviewList> {
  const first = args.first ?? 100;
  if (!Number.isInteger(first) || first < 1 || first > MAX_REVIEW_ITEMS) throw new BadInputError('first', `must be between 1 and ${MAX_REVIEW_ITEMS}`);
  const scope = scopeOf(args);
  const today = todayIso();
  const query = { window: { from: '1000-01-01', to: addDays(today, -1) }, scope, statuses: [ScheduleStatus.PLANNED, ScheduleStatus.CONFIRMED] };
  const [events, visits] = await Promise.all([findEvents(ctx.em, query), findVisits(ctx.em, query)]);
  ctx.records.prime(Event, events);
  ctx.records.prime(Visit, visits);
  const items: ReviewItem[] = [];
  for (const [kind, records] of [
    [AgendaItemKind.EVENT, events],
    [AgendaItemKind.VISIT, visits],
  ] as const) {
    for (const record of records) {
      const reason = needsUpdateReason(record, today);
      if (!reason) continue;
      items.push({ kind, record, title: record.title, status: record.status, startDate: record.startDate ?? null, endDate: record.endDate ?? null, reason });
    }
  }
  const lastDay = (i: ReviewItem) => latestOf(i.endDate ?? i.startDate) ?? '';
  items.sort((a, b) => lastDay(a).localeCompare(lastDay(b)) || a.title.localeCompare(b.title));
  return { asOf: today, items: items.slice(0, first), totalCount: items.length, truncated: items.length > first };
}
