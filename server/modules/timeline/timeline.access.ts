import { type AccessRules, registerAccessRules } from '../../graphql/access.js';
import { Role } from '../auth/auth.enums.js';

/** Timelines and point-in-time views are reads: VIEWER (confidential records stay hidden from viewers). */
export const TIMELINE_ACCESS_RULES = {
  Query: {
    timeline: Role.VIEWER,
    partnersAsOf: Role.VIEWER,
    partnerChanges: Role.VIEWER,
  },
} satisfies Partial<AccessRules>;

registerAccessRules(TIMELINE_ACCESS_RULES);
