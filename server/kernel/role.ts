import { registerEnumType } from 'type-graphql';

/** What a user may do. Each role includes the ones before it. */
export enum Role {
  VIEWER = 'VIEWER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do; each role includes the ones below it.',
  valuesConfig: {
    VIEWER: { description: 'Reads records (not confidential ones).' },
    EDITOR: { description: 'Also creates and changes records, and sees confidential ones.' },
    ADMIN: { description: 'Also deletes records, imports, and manages users and tokens.' },
  },
});

/** The caller of a request, once authenticated. */
export type Viewer = { userId: string; role: Role; name: string; dev?: boolean };

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}
