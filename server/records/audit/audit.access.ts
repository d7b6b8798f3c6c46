import type { AccessRules } from '../../api/access.js';
import { Role } from '../../kernel/role.js';

/** The whole audit trail is for administrators (a record's own `history` follows the record's visibility). */
export const AUDIT_ACCESS_RULES: AccessRules = { Query: { auditLog: Role.ADMIN }, Mutation: {} };
