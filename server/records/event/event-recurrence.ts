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
    .array(z.object({ date: z.string(), status: z.enum(ScheduleStatus) }))
    .max(MAX, { message: `at most ${MAX} changed occurrences` })
    .nullish(),
};

type RecurrenceData = { recurrenceExceptions?: string[] | null; occurrenceChanges?: { date: string; status: ScheduleStatus }[] | null };

/** Copies the given lists (replacing the stored ones); a non-recurring event keeps none. */
export function assignRecurrenceLists(event: Event, data: RecurrenceData): void {
  if (data.recurrenceExceptions !== undefined) event.recurrenceExceptions = [...new Set(data.recurrenceExceptions ?? [])].sort();
  if (data.occurrenceChanges !== undefined) event.occurrenceChanges = [...(data.occurrenceChanges ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  if (!event.recurrence) {
    event.recurrenceExceptions = [];
    event.occurrenceChanges = [];
  }
}

/** Every listed day must be an occurrence of the rule; a changed occurrence is not also left out; HELD only once started. */
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
  event.occurrenceChanges.forEach((change, i) => {
    const at = ['input', 'occurrenceChanges', String(i), 'date'];
    if (!isOccurrence(change.date)) errors.push(UserError.of(at, UserErrorCode.INVALID_VALUE, `${change.date} is not an occurrence of the rule`));
    else if (event.recurrenceExceptions.includes(change.date)) errors.push(UserError.of(at, UserErrorCode.INVALID_VALUE, `${change.date} is left out (recurrenceExceptions)`));
    else if (change.status === ScheduleStatus.HELD && change.date > today) {
      errors.push(UserError.of(['input', 'occurrenceChanges', String(i), 'status'], UserErrorCode.INVALID_VALUE, `cannot be HELD: it starts ${change.date}, after today (${today})`));
    }
  });
  return errors;
}
