import { Role } from '../../kernel/role.js';

/** Reads need VIEWER, creating and changing (status moves included) EDITOR, deleting ADMIN. */
export const COMMITMENT_ACCESS_RULES = {
  Query: {
    commitment: Role.VIEWER,
    commitments: Role.VIEWER,
  },
  Mutation: {
    createCommitment: Role.EDITOR,
    updateCommitment: Role.EDITOR,
    deleteCommitment: Role.ADMIN,
  },
};
