import { describe, expect, it } from 'vitest';
import { Role } from '../kernel/role.js';
import { ACCESS_RULES, registerAccessRules } from './access.js';

describe('registerAccessRules', () => {
  it('refuses a root field declared twice, even with the same rule', () => {
    expect(() => registerAccessRules({ Query: { institution: Role.VIEWER } })).toThrow('access rule of Query.institution declared twice');
    expect(() => registerAccessRules({ Mutation: { deleteInstitution: Role.VIEWER } })).toThrow(/declared twice/);
    expect(ACCESS_RULES.Mutation.deleteInstitution).toBe(Role.ADMIN);
  });
});
