import { BadInputError } from '../../kernel/errors.js';
import { decodeIdOf } from '../../kernel/global-id.js';
import { canonicalTimeZone } from '../../records/event/schedule.js';
import { addDays, daysBetween } from '../../kernel/days.js';
import { todayIn } from './span.js';

/** A window of local days, both ends inclusive. */
export type Window = { from: string; to: string };

/** Whose agenda: the whole registry, one institution or one person. */
export type Scope = { institutionId?: string; personId?: string };

export const DEFAULT_DAYS = 90;
export const MAX_DAYS = 1100;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type WindowArgs = { from?: string | null; to?: string | null; days?: number | null; timeZone?: string | null };

/** The IANA zone of an argument (canonical spelling); BAD_USER_INPUT otherwise. */
export function zoneArgument(zone: string | null | undefined, argument = 'timeZone'): string | null {
  if (zone == null || zone === '') return null;
  const canonical = canonicalTimeZone(zone.trim());
  if (!canonical) throw new BadInputError(argument, 'must be an IANA time zone, e.g. "Europe/Berlin"');
  return canonical;
}

/**
 * from (default: today in the time zone, UTC without one) .. to (default: from + days − 1, days
 * default 90). At most MAX_DAYS days.
 */
export function windowOf(args: WindowArgs): Window {
  const zone = zoneArgument(args.timeZone);
  if (args.from != null && !DAY.test(args.from)) throw new BadInputError('from', 'must be a date YYYY-MM-DD');
  if (args.to != null && !DAY.test(args.to)) throw new BadInputError('to', 'must be a date YYYY-MM-DD');
  if (args.days != null && args.to != null) throw new BadInputError('days', 'give either `to` or `days`, not both');
  if (args.days != null && (!Number.isInteger(args.days) || args.days < 1 || args.days > MAX_DAYS)) {
    throw new BadInputError('days', `must be a whole number from 1 to ${MAX_DAYS}`);
  }
  const from = args.from ?? todayIn(zone);
  const to = args.to ?? addDays(from, (args.days ?? DEFAULT_DAYS) - 1);
  if (to < from) throw new BadInputError('to', `must not be before from (${from})`);
  if (daysBetween(from, to) + 1 > MAX_DAYS) throw new BadInputError('to', `the window may span at most ${MAX_DAYS} days`);
  return { from, to };
}

/** Decodes the institution or person a query is about. */
export function scopeOf(args: { institutionId?: string | null; personId?: string | null }, prefix = ''): Scope {
  const scope: Scope = {};
  if (args.institutionId != null) {
    const id = decodeIdOf('Institution', args.institutionId);
    if (!id) throw new BadInputError(`${prefix}institutionId`, 'is not an Institution ID');
    scope.institutionId = id;
  }
  if (args.personId != null) {
    const id = decodeIdOf('Person', args.personId);
    if (!id) throw new BadInputError(`${prefix}personId`, 'is not a Person ID');
    scope.personId = id;
  }
  return scope;
}
