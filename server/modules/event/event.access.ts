import { type AccessRules, registerAccessRules } from '../../graphql/access.js';
import { canSeeConfidential, type RequestContext } from '../../graphql/context.js';
import { Role } from '../auth/auth.enums.js';

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

registerAccessRules(EVENT_ACCESS_RULES);

/** Confidential events and visits (and documents they link to) are shown to editors and administrators only. */
export function seesConfidential(ctx: RequestContext): boolean {
  return canSeeConfidential(ctx.viewer);
}

/** Keeps the records the caller may see: a record with `confidential: true` is hidden below EDITOR. */
export function visibleTo(ctx: RequestContext): <T extends object>(record: T | null | undefined) => record is T {
  const all = seesConfidential(ctx);
  return <T extends object>(record: T | null | undefined): record is T =>
    !!record && (all || (record as { confidential?: unknown }).confidential !== true);
}

/** Loads a referenced record through the request's loader; null when there is none or the caller may not see it. */
export async function visibleRef<T extends object>(
  ctx: RequestContext,
  entity: abstract new (...args: never[]) => T,
  ref: { id: string } | null | undefined,
): Promise<T | null> {
  if (!ref) return null;
  const row = await ctx.records.byId(entity).load(ref.id);
  return visibleTo(ctx)(row) ? row : null;
}
