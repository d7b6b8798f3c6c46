import type { AccessRules } from '../../api/access.js';
import { Role } from '../../kernel/role.js';

/** Access rules of this area's root fields (reads VIEWER, create/update EDITOR, delete ADMIN). */
export const RELATION_ACCESS_RULES: AccessRules = {
  Query: { relation: Role.VIEWER, relations: Role.VIEWER },
  Mutation: { createRelation: Role.EDITOR, updateRelation: Role.EDITOR, deleteRelation: Role.ADMIN },
};
