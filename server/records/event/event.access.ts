import type { AccessRules } from '../../api/access.js';
import { Role } from '../../kernel/role.js';

/**
 * The registry's convention: reads need VIEWER, creating and changing records EDITOR, deleting an
 * event or a series ADMIN. Adding, changing or removing a participation is an edit of the event.
 */
export const EVENT_ACCESS_RULES = {
  Query: {
    event: Role.VIEWER,
    events: Role.VIEWER,
    eventSeries: Role.VIEWER,
    eventSeriesList: Role.VIEWER,
  },
  Mutation: {
    createEvent: Role.EDITOR,
    updateEvent: Role.EDITOR,
    deleteEvent: Role.ADMIN,
    createEventSeries: Role.EDITOR,
    updateEventSeries: Role.EDITOR,
    deleteEventSeries: Role.ADMIN,
    addParticipation: Role.EDITOR,
    updateParticipation: Role.EDITOR,
    removeParticipation: Role.EDITOR,
  },
} satisfies AccessRules;


export { seesConfidential, visibleRef, visibleTo } from '../../api/visibility.js';
