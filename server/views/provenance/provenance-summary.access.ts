import type { AccessRules } from '../../api/access.js';
import { Role } from '../../kernel/role.js';

/** The provenance summary is a read: VIEWER (confidential records are not counted for viewers). */
export const PROVENANCE_SUMMARY_ACCESS_RULES = {
  Query: { provenanceSummary: Role.VIEWER },
} satisfies Partial<AccessRules>;
