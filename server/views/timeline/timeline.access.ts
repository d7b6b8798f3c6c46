import type { AccessRules } from '../../api/access.js';
import { Role } from '../../kernel/role.js';

/** Timelines and point-in-time views are reads: VIEWER (confidential records stay hidden from viewers). */
export const TIMELINE_ACCESS_RULES = {
  Query: {
    timeline: Role.VIEWER,
    partnersAsOf: Role.VIEWER,
    partnerChanges: Role.VIEWER,
  },
} satisfies Partial<AccessRules>;
