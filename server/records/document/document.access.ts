import type { AccessRules } from '../../api/access.js';
import { Role } from '../../kernel/role.js';

export { seesConfidential, visibleRef, visibleTo } from '../../api/visibility.js';

/**
 * The registry's convention: reads need VIEWER, creating and changing records EDITOR, deleting a
 * document ADMIN. Adding, changing or removing a party is an edit of the document (EDITOR).
 */
export const DOCUMENT_ACCESS_RULES = {
  Query: {
    document: Role.VIEWER,
    documents: Role.VIEWER,
  },
  Mutation: {
    createDocument: Role.EDITOR,
    updateDocument: Role.EDITOR,
    addDocumentParty: Role.EDITOR,
    updateDocumentParty: Role.EDITOR,
    removeDocumentParty: Role.EDITOR,
    deleteDocument: Role.ADMIN,
  },
} satisfies AccessRules;
