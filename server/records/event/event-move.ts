import type { EntityManager } from '@mikro-orm/postgresql';
import { UserError, UserErrorCode, UserErrorsException } from '../../kernel/errors.js';
import { addDays, daysBetween } from '../../kernel/days.js';
import { parsePartialDate } from '../../kernel/partial-date.js';
import { Event } from './event.entity.js';
import { heldInFutureError } from './schedule.js';

/*
 * Moving an event together with its parts (withSubEvents): every part, at any depth, shifts by
 * the days the event's start moved, so each part keeps its place within its parent. Each part is
 * updated as itself, so its own audit trail (and `reschedules`) records exactly that one move.
 */

const FIELD = ['input', 'withSubEvents'];
const isDay = (date: string | null | undefined) => !!date && parsePartialDate(date)?.precision === 'DAY';

/** Every part of the event, at any depth (one statement per level). */
async function descendantsOf(em: EntityManager, event: Event): Promise<Event[]> {
  const out: Event[] = [];
  let level = [event.id];
  for (let depth = 0; level.length > 0 && depth < 50; depth++) {
    const parts = await em.find(Event, { parent: { $in: level } }, { orderBy: { startDate: 'asc', id: 'asc' } });
    out.push(...parts);
    level = parts.map((p) => p.id);
  }
  return out;
}

/**
 * Shifts the parts of `event` by the days its start moved from `oldStart`. Both starts and every
 * dated part need the day (a part known only to the month cannot move by days); a HELD part
 * cannot move after today.
 */
export async function shiftParts(em: EntityManager, event: Event, oldStart: string | null | undefined): Promise<void> {
  if (!isDay(oldStart) || !isDay(event.startDate)) {
    throw new UserErrorsException([UserError.of(FIELD, UserErrorCode.INVALID_VALUE, 'moving the parts along needs the old and the new start date with the day (YYYY-MM-DD)')]);
  }
  const days = daysBetween(oldStart!, event.startDate!);
  if (days === 0) return;
  const errors: UserError[] = [];
  for (const part of await descendantsOf(em, event)) {
    if ((part.startDate && !isDay(part.startDate)) || (part.endDate && !isDay(part.endDate))) {
      errors.push(UserError.of(FIELD, UserErrorCode.INVALID_VALUE, `its part "${part.title}" (${part.startDate}) is dated only to the month or year: move it by hand`));
      continue;
    }
    if (part.startDate) part.startDate = addDays(part.startDate, days);
    if (part.endDate) part.endDate = addDays(part.endDate, days);
    const held = heldInFutureError(part.status, part.startDate, FIELD);
    if (held) errors.push(UserError.of(FIELD, held.code, `its part "${part.title}" ${held.message}`));
  }
  if (errors.length > 0) throw new UserErrorsException(errors);
}
