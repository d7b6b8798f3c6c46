import type { AccessRules } from '../../api/access.js';
import { Role } from '../../kernel/role.js';

/** Aggregates are reads: VIEWER (confidential records are not counted for viewers). */
export const ANALYTICS_ACCESS_RULES = {
  Query: {
    stats: Role.VIEWER,
  },
} satisfies Partial<AccessRules>;
