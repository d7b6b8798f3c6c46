import { registerEnumType } from 'type-graphql';

export enum EventKind {
  FORUM = 'FORUM',
  CONFERENCE = 'CONFERENCE',
  SYMPOSIUM = 'SYMPOSIUM',
  BOARD_MEETING = 'BOARD_MEETING',
  GENERAL_ASSEMBLY = 'GENERAL_ASSEMBLY',
  SESSION = 'SESSION',
  SIDE_EVENT = 'SIDE_EVENT',
  WORKSHOP = 'WORKSHOP',
  CAMPAIGN = 'CAMPAIGN',
  OTHER = 'OTHER',
}
registerEnumType(EventKind, { name: 'EventKind' });

/** PLANNED → CONFIRMED → HELD | POSTPONED | CANCELLED (events and visits alike). */
export enum ScheduleStatus {
  PLANNED = 'PLANNED',
  CONFIRMED = 'CONFIRMED',
  HELD = 'HELD',
  POSTPONED = 'POSTPONED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ScheduleStatus, { name: 'ScheduleStatus', description: 'Where a scheduled event or visit stands.' });

export enum ParticipationRole {
  HOST = 'HOST',
  ORGANISER = 'ORGANISER',
  CO_ORGANISER = 'CO_ORGANISER',
  SPEAKER = 'SPEAKER',
  DELEGATE = 'DELEGATE',
  PARTICIPANT = 'PARTICIPANT',
  OBSERVER = 'OBSERVER',
  RAPPORTEUR = 'RAPPORTEUR',
  CHAIR = 'CHAIR',
  MEDIA = 'MEDIA',
}
registerEnumType(ParticipationRole, { name: 'ParticipationRole' });

/** INVITED → CONFIRMED → ATTENDED | NO_SHOW, or DECLINED. */
export enum RsvpStatus {
  INVITED = 'INVITED',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(RsvpStatus, { name: 'RsvpStatus' });
