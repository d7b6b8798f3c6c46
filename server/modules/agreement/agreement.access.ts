import type { RequestContext } from '../../graphql/context.js';
import { type AccessRule, ACCESS_RULES } from '../../graphql/access.js';
import { hasRole, Role } from '../auth/auth.enums.js';

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
    deleteAgreement: Role.ADMIN,
  },
} satisfies Record<'Query' | 'Mutation', Record<string, AccessRule>>;

for (const parent of ['Query', 'Mutation'] as const) {
  for (const [field, rule] of Object.entries(AGREEMENT_ACCESS_RULES[parent])) {
    ACCESS_RULES[parent][field] ??= rule;
  }
}

/** Confidential agreements are shown to editors and administrators only. */
export function seesConfidential(ctx: RequestContext): boolean {
  return !!ctx.viewer && hasRole(ctx.viewer.role, Role.EDITOR);
}
