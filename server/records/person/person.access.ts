import type { AccessRules } from '../../api/access.js';
import { Role } from '../../kernel/role.js';

/**
 * Access rules of this area's root fields, following the house rule in server/api/access.ts
 * (reads VIEWER, create/update EDITOR, delete ADMIN). Added only where the central table has no
 * entry yet, so a rule written there always wins.
 */
export const PERSON_ACCESS_RULES: AccessRules = {
  Query: { person: Role.VIEWER, people: Role.VIEWER, post: Role.VIEWER, posts: Role.VIEWER, tenure: Role.VIEWER },
  Mutation: {
    createPerson: Role.EDITOR,
    updatePerson: Role.EDITOR,
    deletePerson: Role.ADMIN,
    createPost: Role.EDITOR,
    updatePost: Role.EDITOR,
    deletePost: Role.ADMIN,
    createTenure: Role.EDITOR,
    updateTenure: Role.EDITOR,
    deleteTenure: Role.ADMIN,
  },
};
