import { type AccessRule, ACCESS_RULES } from '../../graphql/access.js';
import type { RequestContext } from '../../graphql/context.js';
import { hasRole, Role } from '../auth/auth.enums.js';

type Rules = Record<'Query' | 'Mutation', Record<string, AccessRule>>;

/**
 * Registers root-field rules into the central table (server/graphql/access.ts) at schema build,
 * without overriding a rule the table already has.
 */
export function registerAccessRules(rules: Rules): void {
  for (const parent of ['Query', 'Mutation'] as const) {
    for (const [field, rule] of Object.entries(rules[parent])) ACCESS_RULES[parent][field] ??= rule;
  }
}

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
} satisfies Rules;

registerAccessRules(EVENT_ACCESS_RULES);

/** Confidential events and visits (and documents they link to) are shown to editors and administrators only. */
export function seesConfidential(ctx: RequestContext): boolean {
  return !!ctx.viewer && hasRole(ctx.viewer.role, Role.EDITOR);
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
