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
registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What sort of event an event is.',
  valuesConfig: {
    BOARD_MEETING: { description: 'A meeting of a board or bureau.' },
    CAMPAIGN: { description: 'A campaign over a period rather than a meeting.' },
    CONFERENCE: { description: 'A conference.' },
    FORUM: { description: 'A forum.' },
    GENERAL_ASSEMBLY: { description: 'A general assembly of an organisation or network.' },
    OTHER: { description: 'Any other kind of event.' },
    SESSION: { description: 'A session of a body (e.g. of a council or commission).' },
    SIDE_EVENT: { description: 'A side event held alongside a larger event.' },
    SYMPOSIUM: { description: 'A symposium.' },
    WORKSHOP: { description: 'A workshop or training.' },
  },
});

/** PLANNED → CONFIRMED → HELD | POSTPONED | CANCELLED (events and visits alike). */
export enum ScheduleStatus {
  PLANNED = 'PLANNED',
  CONFIRMED = 'CONFIRMED',
  HELD = 'HELD',
  POSTPONED = 'POSTPONED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ScheduleStatus, {
  name: 'ScheduleStatus',
  description: 'Where a scheduled event or visit stands.',
  valuesConfig: {
    CANCELLED: { description: 'Will not take place.' },
    CONFIRMED: { description: 'Dates and attendance confirmed.' },
    HELD: { description: 'Took place.' },
    PLANNED: { description: 'Planned; not yet confirmed.' },
    POSTPONED: { description: 'Put off to a later, possibly unknown, date.' },
  },
});

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
registerEnumType(ParticipationRole, {
  name: 'ParticipationRole',
  description: 'The role of a participant at an event.',
  valuesConfig: {
    CHAIR: { description: 'Chaired the event or a session.' },
    CO_ORGANISER: { description: 'Organised it together with the organiser.' },
    DELEGATE: { description: 'A member of a delegation attending.' },
    HOST: { description: 'Hosted the event.' },
    MEDIA: { description: 'Attended as press.' },
    OBSERVER: { description: 'Attended as an observer.' },
    ORGANISER: { description: 'Organised the event.' },
    PARTICIPANT: { description: 'Took part.' },
    RAPPORTEUR: { description: 'Reported on the event or a session.' },
    SPEAKER: { description: 'Gave an address or spoke on a panel.' },
  },
});

/** INVITED → CONFIRMED → ATTENDED | NO_SHOW, or DECLINED. */
export enum RsvpStatus {
  INVITED = 'INVITED',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(RsvpStatus, {
  name: 'RsvpStatus',
  description: 'Whether a participant answered the invitation and came: INVITED → CONFIRMED → ATTENDED or NO_SHOW, or DECLINED.',
  valuesConfig: {
    ATTENDED: { description: 'Came.' },
    CONFIRMED: { description: 'Accepted the invitation.' },
    DECLINED: { description: 'Declined the invitation.' },
    INVITED: { description: 'Invited; no answer yet.' },
    NO_SHOW: { description: 'Accepted but did not come.' },
  },
});
