import type { AccessRules } from '../../api/access.js';
import { Role } from '../../kernel/role.js';

/**
 * Planning only reads: the agenda, the conflicts and the expiring agreements are open to every
 * signed-in role (VIEWER and up); confidential records stay hidden from viewers as everywhere.
 * The calendar feed (GET /calendar.ics) authenticates the same way (calendar.route.ts).
 */
export const PLANNING_ACCESS_RULES = {
  Query: {
    agenda: Role.VIEWER,
    conflicts: Role.VIEWER,
    expiringAgreements: Role.VIEWER,
    toReview: Role.VIEWER,
  },
} satisfies Partial<AccessRules>;
