import { Role } from '../../kernel/role.js';

/**
 * Reads need VIEWER; creating and changing sources, citing them, removing a citation and reporting
 * or correcting figures need EDITOR; deleting a source or a figure needs ADMIN.
 */
export const PROVENANCE_ACCESS_RULES = {
  Query: {
    source: Role.VIEWER,
    sources: Role.VIEWER,
    citation: Role.VIEWER,
    claim: Role.VIEWER,
  },
  Mutation: {
    createSource: Role.EDITOR,
    updateSource: Role.EDITOR,
    deleteSource: Role.ADMIN,
    citeSource: Role.EDITOR,
    removeCitation: Role.EDITOR,
    reportFigure: Role.EDITOR,
    updateClaim: Role.EDITOR,
    deleteClaim: Role.ADMIN,
  },
};
