import type { EventKind, ParticipationRole, RsvpStatus, ScheduleStatus } from '../../../gql/graphql';

export type Picked = { id: string; name: string } | null;
export type ParticipantValues = { who: (Picked & { type: string }) | null; role: ParticipationRole; rsvp: RsvpStatus | null };

/** The event form's values, as typed (blank = not given). */
export type EventValues = {
  title: string;
  kind: EventKind | null;
  status: ScheduleStatus | null;
  startDate: string;
  endDate: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  venue: string;
  city: string;
  country: string;
  description: string;
  confidential: boolean;
  seriesId: string | null;
  edition: string;
  parent: Picked;
};

export const EMPTY_EVENT: EventValues = {
  title: '',
  kind: null,
  status: null,
  startDate: '',
  endDate: '',
  startTime: '',
  endTime: '',
  timeZone: '',
  venue: '',
  city: '',
  country: '',
  description: '',
  confidential: false,
  seriesId: null,
  edition: '',
  parent: null,
};

const text = (v: string) => (v.trim() === '' ? null : v.trim());

/** The fields every event input shares; blanks become null (on an update, null clears the field). */
export function eventFields(v: EventValues) {
  return {
    title: v.title,
    // The form does not submit without a kind (EventForm checks).
    kind: v.kind as EventKind,
    startDate: text(v.startDate),
    endDate: text(v.endDate),
    startTime: text(v.startTime),
    endTime: text(v.endTime),
    timeZone: text(v.timeZone),
    venue: text(v.venue),
    city: text(v.city),
    country: text(v.country)?.toUpperCase() ?? null,
    description: text(v.description),
    confidential: v.confidential,
    seriesId: v.seriesId,
    edition: text(v.edition) === null ? null : Number(v.edition),
    parentId: v.parent?.id ?? null,
  };
}

/** A participant row as the API takes it (a person or an institution). */
export function participationInput(p: ParticipantValues) {
  return {
    personId: p.who?.type === 'Person' ? p.who.id : null,
    institutionId: p.who?.type === 'Institution' ? p.who.id : null,
    role: p.role,
    rsvp: p.rsvp,
  };
}
