import { describe, expect, it } from 'vitest';
import { Role } from '../kernel/role.js';
import { ACCESS_RULES, registerAccessRules } from './access.js';

describe('registerAccessRules', () => {
  it('refuses a root field declared twice, even with the same rule', () => {
    expect(() => registerAccessRules({ Query: { node: Role.ADMIN } })).toThrow('access rule of Query.node declared twice');
    expect(() => registerAccessRules({ Query: { nodes: Role.VIEWER } })).toThrow(/declared twice/);
    expect(ACCESS_RULES.Query.node).toBe(Role.VIEWER);
  });
});
