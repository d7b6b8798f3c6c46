import type { AccessRules } from '../../api/access.js';
import { Role } from '../../kernel/role.js';

/** Users are managed by administrators; every signed-in caller sees itself and manages its own tokens. */
export const AUTH_ACCESS_RULES: AccessRules = {
  Query: { me: 'AUTHENTICATED', users: Role.ADMIN, apiTokens: 'AUTHENTICATED' },
  Mutation: { createUser: Role.ADMIN, updateUser: Role.ADMIN, createApiToken: 'AUTHENTICATED', revokeApiToken: 'AUTHENTICATED' },
};
