import { z } from 'zod';
import { UserError, UserErrorCode } from '../../kernel/errors.js';
import { todayIso } from '../../kernel/partial-date.js';
import type { Event } from './event.entity.js';
import { ScheduleStatus } from './event.enums.js';
import { expandRule, parseRecurrence } from './recurrence.js';

/*
 * The exceptions (EXDATE) and per-occurrence changes of a recurring event, named by the start
 * day of the occurrence they concern (its day under the rule).
 */

const MAX = 200;

export const recurrenceFields = {
  recurrenceExceptions: z.array(z.string()).max(MAX, { message: `at most ${MAX} exceptions` }).nullish(),
  occurrenceChanges: z
    .array(z.object({ date: z.string(), status: z.enum(ScheduleStatus), movedTo: z.string().nullish() }))
    .max(MAX, { message: `at most ${MAX} changed occurrences` })
    .nullish(),
};

type Change = { date: string; status: ScheduleStatus; movedTo?: string | null };
type RecurrenceData = { recurrenceExceptions?: string[] | null; occurrenceChanges?: Change[] | null };

/** Copies the given lists (replacing the stored ones); a non-recurring event keeps none. */
export function assignRecurrenceLists(event: Event, data: RecurrenceData): void {
  if (data.recurrenceExceptions !== undefined) event.recurrenceExceptions = [...new Set(data.recurrenceExceptions ?? [])].sort();
  if (data.occurrenceChanges !== undefined) {
    // A move to the occurrence's own day is no move.
    const changes = (data.occurrenceChanges ?? []).map(({ date, status, movedTo }) => ({ date, status, movedTo: movedTo && movedTo !== date ? movedTo : null }));
    event.occurrenceChanges = changes.sort((a, b) => a.date.localeCompare(b.date));
  }
  if (!event.recurrence) {
    event.recurrenceExceptions = [];
    event.occurrenceChanges = [];
  }
}

/**
 * Every listed day must be an occurrence of the rule, listed once; a changed occurrence is not also
 * left out; HELD only once started (on the day it moved to, if moved); a cancelled occurrence is not moved.
 */
export function recurrenceListErrors(event: Event, given: RecurrenceData, today = todayIso()): UserError[] {
  const parsed = event.recurrence ? parseRecurrence(event.recurrence) : null;
  const errors: UserError[] = [];
  if (!event.recurrence) {
    for (const key of ['recurrenceExceptions', 'occurrenceChanges'] as const) {
      if (given[key]?.length) errors.push(UserError.of(['input', key], UserErrorCode.INVALID_VALUE, 'only a recurring event (with a recurrence rule) has these'));
    }
    return errors;
  }
  if (!parsed?.ok || !event.startDate) return errors;
  const isOccurrence = (day: string) => expandRule(event.startDate!, 0, parsed.rule, { from: day, to: day }, 1)[0]?.startDate === day;
  event.recurrenceExceptions.forEach((day, i) => {
    if (!isOccurrence(day)) errors.push(UserError.of(['input', 'recurrenceExceptions', String(i)], UserErrorCode.INVALID_VALUE, `${day} is not an occurrence of the rule`));
  });
  const seen = new Set<string>();
  event.occurrenceChanges.forEach((change, i) => {
    const path = (field: string) => ['input', 'occurrenceChanges', String(i), field];
    const starts = change.movedTo ?? change.date;
    if (!isOccurrence(change.date)) errors.push(UserError.of(path('date'), UserErrorCode.INVALID_VALUE, `${change.date} is not an occurrence of the rule`));
    else if (seen.has(change.date)) errors.push(UserError.of(path('date'), UserErrorCode.DUPLICATE, `${change.date} is changed twice; give one change per occurrence`));
    else if (event.recurrenceExceptions.includes(change.date)) errors.push(UserError.of(path('date'), UserErrorCode.INVALID_VALUE, `${change.date} is left out (recurrenceExceptions)`));
    else if (change.movedTo && change.status === ScheduleStatus.CANCELLED) {
      errors.push(UserError.of(path('movedTo'), UserErrorCode.INVALID_VALUE, 'a cancelled occurrence does not move; leave movedTo out'));
    } else if (change.status === ScheduleStatus.HELD && starts > today) {
      errors.push(UserError.of(path('status'), UserErrorCode.INVALID_VALUE, `cannot be HELD: it starts ${starts}, after today (${today})`));
    }
    seen.add(change.date);
  });
  return errors;
}
