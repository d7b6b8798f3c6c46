import type { AccessRules } from '../../api/access.js';
import { Role } from '../../kernel/role.js';

/** A briefing only reads: open to every signed-in role; confidential records stay hidden from viewers. */
export const BRIEFING_ACCESS_RULES = {
  Query: { briefing: Role.VIEWER },
} satisfies Partial<AccessRules>;
