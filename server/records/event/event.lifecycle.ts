import { RsvpStatus, ScheduleStatus } from './event.enums.js';

/**
 * Allowed status moves, as data. A status maps to the statuses it may move to; a status with no
 * moves is terminal. Staying on the same status is always allowed (no move).
 */
export type Lifecycle<S extends string> = Readonly<Record<S, readonly S[]>>;

/** Events and visits: PLANNED → CONFIRMED → HELD, with POSTPONED and CANCELLED on the way. */
export const SCHEDULE_MOVES: Lifecycle<ScheduleStatus> = {
  [ScheduleStatus.PLANNED]: [ScheduleStatus.CONFIRMED, ScheduleStatus.POSTPONED, ScheduleStatus.CANCELLED],
  [ScheduleStatus.CONFIRMED]: [ScheduleStatus.HELD, ScheduleStatus.POSTPONED, ScheduleStatus.CANCELLED],
  [ScheduleStatus.POSTPONED]: [ScheduleStatus.PLANNED, ScheduleStatus.CONFIRMED, ScheduleStatus.CANCELLED],
  [ScheduleStatus.HELD]: [],
  [ScheduleStatus.CANCELLED]: [],
};

/** Participations: INVITED → CONFIRMED → ATTENDED | NO_SHOW, or DECLINED (and back, on second thoughts). */
export const RSVP_MOVES: Lifecycle<RsvpStatus> = {
  [RsvpStatus.INVITED]: [RsvpStatus.CONFIRMED, RsvpStatus.DECLINED],
  [RsvpStatus.CONFIRMED]: [RsvpStatus.ATTENDED, RsvpStatus.NO_SHOW, RsvpStatus.DECLINED],
  [RsvpStatus.DECLINED]: [RsvpStatus.CONFIRMED],
  [RsvpStatus.ATTENDED]: [],
  [RsvpStatus.NO_SHOW]: [],
};

export function canMove<S extends string>(lifecycle: Lifecycle<S>, from: S, to: S): boolean {
  return from === to || lifecycle[from].includes(to);
}

/** Human-readable reason for a refused move, for the userError message. */
export function moveRefusal<S extends string>(lifecycle: Lifecycle<S>, from: S, to: S): string {
  const allowed = lifecycle[from];
  return allowed.length === 0
    ? `cannot change from ${from} to ${to}: ${from} is final`
    : `cannot change from ${from} to ${to}; from ${from} only ${allowed.join(', ')} are possible`;
}
