import type { AccessRules } from '../../api/access.js';
import { Role } from '../../kernel/role.js';

/** Searching reads records: VIEWER. */
export const SEARCH_ACCESS_RULES: AccessRules = { Query: { search: Role.VIEWER }, Mutation: {} };
