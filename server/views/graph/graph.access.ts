import type { AccessRules } from '../../api/access.js';
import { Role } from '../../kernel/role.js';

/** Access rules of the cooperation-network queries: reads, for every signed-in role. */
export const GRAPH_ACCESS_RULES: AccessRules = {
  Query: { neighbourhood: Role.VIEWER, connectionPath: Role.VIEWER, cooperationMetrics: Role.VIEWER, topPartners: Role.VIEWER },
  Mutation: {},
};
