import { defaultFieldResolver, GraphQLError, type GraphQLSchema } from 'graphql';
import { hasRole, Role } from '../kernel/role.js';
import type { RequestContext } from './context.js';
import type { ErrorCode } from '../kernel/errors.js';

/** Who may call a root field: anyone, any signed-in user, or at least a role. */
export type AccessRule = 'PUBLIC' | 'AUTHENTICATED' | Role;

/**
 * The explicit rule of every root field: `node`/`nodes` here, the others registered by the schema
 * assembly (server/app/schema.ts) from each area's `<area>.access.ts`. A field missing is refused
 * to everyone, and a test walks the schema to fail the build when one is missing. Reads need
 * VIEWER; creating and changing records needs EDITOR; deleting, users and tokens need ADMIN.
 */
export const ACCESS_RULES: Record<'Query' | 'Mutation', Record<string, AccessRule>> = {
  Query: { node: Role.VIEWER, nodes: Role.VIEWER },
  Mutation: {},
};

export type AccessRules = Record<'Query' | 'Mutation', Record<string, AccessRule>>;

/**
 * Adds an area's rules. A field declared twice is an error (it would be unclear which rule
 * holds), and a field no area declares stays refused to everyone.
 */
export function registerAccessRules(rules: Partial<AccessRules>): void {
  for (const parent of ['Query', 'Mutation'] as const) {
    for (const [field, rule] of Object.entries(rules[parent] ?? {})) {
      if (Object.hasOwn(ACCESS_RULES[parent], field)) throw new Error(`access rule of ${parent}.${field} declared twice`);
      ACCESS_RULES[parent][field] = rule;
    }
  }
}

export class AuthError extends GraphQLError {
  constructor(code: ErrorCode.UNAUTHENTICATED | ErrorCode.FORBIDDEN | 'UNAUTHENTICATED' | 'FORBIDDEN', message: string) {
    super(message, { extensions: { code, http: { status: code === 'UNAUTHENTICATED' ? 401 : 403 } } });
  }
}

export function checkAccess(rule: AccessRule | undefined, ctx: RequestContext, field: string): void {
  if (rule === 'PUBLIC') return;
  if (rule === undefined) throw new AuthError('FORBIDDEN', `${field} has no access rule`);
  if (!ctx.viewer) throw new AuthError('UNAUTHENTICATED', 'sign in: send "Authorization: Bearer <token>"');
  if (rule !== 'AUTHENTICATED' && !hasRole(ctx.viewer.role, rule)) {
    throw new AuthError('FORBIDDEN', `${field} needs the ${rule} role`);
  }
}

/**
 * Guards every root field of the built schema: enforces its rule before its resolver runs, and
 * names the mutation on the request's EntityManager so the audit trail records who did what
 * through which operation. Only root fields carry rules, so nested fields get no wrapper at all:
 * a type-graphql global middleware would run on every field and make each one a promise, which
 * was a large part of a list query's CPU time (bench/README.md). A root field without a rule is
 * still refused (checkAccess), and a schema with subscriptions is refused outright (they have no rules).
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  if (schema.getSubscriptionType()) throw new Error('subscriptions have no access rules');
  for (const [parent, type] of [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const name = `${parent}.${field.name}`;
      field.resolve = (source, args, context: RequestContext, info) => {
        checkAccess(ACCESS_RULES[parent][field.name], context, name);
        if (parent === 'Mutation') context.em.setLoggerContext({ ...context.em.getLoggerContext(), operation: field.name });
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
