import type { AccessRules } from '../../api/access.js';
import { Role } from '../../kernel/role.js';

/** Access rules of this area's root fields (reads VIEWER, create/update EDITOR, delete ADMIN). */
export const INSTITUTION_ACCESS_RULES: AccessRules = {
  Query: { institution: Role.VIEWER, institutions: Role.VIEWER },
  Mutation: { createInstitution: Role.EDITOR, updateInstitution: Role.EDITOR, deleteInstitution: Role.ADMIN },
};
