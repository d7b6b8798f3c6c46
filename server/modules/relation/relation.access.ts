import type { AccessRule } from '../../graphql/access.js';
import { Role } from '../auth/auth.enums.js';
import { registerAccessRules } from '../person/person.access.js';

/** Access rules of this area's root fields (reads VIEWER, create/update EDITOR, delete ADMIN). */
export const RELATION_ACCESS_RULES: Record<'Query' | 'Mutation', Record<string, AccessRule>> = {
  Query: { relation: Role.VIEWER, relations: Role.VIEWER },
  Mutation: { createRelation: Role.EDITOR, updateRelation: Role.EDITOR, deleteRelation: Role.ADMIN },
};

registerAccessRules(RELATION_ACCESS_RULES);
