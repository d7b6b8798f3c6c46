import { Role } from '../../kernel/role.js';

/**
 * The registry's convention: reads need VIEWER, creating and changing records EDITOR, deleting a
 * visit ADMIN. Adding or removing a delegation member is an edit of the visit.
 */
export const VISIT_ACCESS_RULES = {
  Query: { visit: Role.VIEWER, visits: Role.VIEWER },
  Mutation: {
    createVisit: Role.EDITOR,
    updateVisit: Role.EDITOR,
    deleteVisit: Role.ADMIN,
    addVisitMember: Role.EDITOR,
    removeVisitMember: Role.EDITOR,
  },
};
