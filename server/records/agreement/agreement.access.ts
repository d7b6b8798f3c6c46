import type { AccessRules } from '../../api/access.js';
import { Role } from '../../kernel/role.js';

/**
 * Access rules of this area's root fields, following the registry's convention: reads need VIEWER,
 * creating and changing records EDITOR, deleting an agreement ADMIN. Removing a party is an edit of
 * the agreement (EDITOR). Registered into the central table at schema build.
 */
export const AGREEMENT_ACCESS_RULES = {
  Query: {
    agreement: Role.VIEWER,
    agreements: Role.VIEWER,
  },
  Mutation: {
    createAgreement: Role.EDITOR,
    updateAgreement: Role.EDITOR,
    changeAgreementStatus: Role.EDITOR,
    recordAgreementAction: Role.EDITOR,
    addAgreementParty: Role.EDITOR,
    updateAgreementParty: Role.EDITOR,
    removeAgreementParty: Role.EDITOR,
    updateAgreementAction: Role.EDITOR,
    removeAgreementAction: Role.EDITOR,
    deleteAgreement: Role.ADMIN,
  },
} satisfies AccessRules;


export { seesConfidential } from '../../api/visibility.js';
