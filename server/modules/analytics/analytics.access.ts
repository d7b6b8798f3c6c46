import { type AccessRules, registerAccessRules } from '../../graphql/access.js';
import { Role } from '../auth/auth.enums.js';

/** Aggregates are reads: VIEWER (confidential records are not counted for viewers). */
export const ANALYTICS_ACCESS_RULES = {
  Query: {
    stats: Role.VIEWER,
  },
} satisfies Partial<AccessRules>;

registerAccessRules(ANALYTICS_ACCESS_RULES);
