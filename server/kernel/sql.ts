import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs a raw SQL statement on the request's EntityManager, tagged with the request's logger
 * context (em.execute does not pass it on by itself) so the statement is counted in
 * `extensions.sqlStatements` and logged with the request ID like the ORM's own statements.
 */
export function runSql<T extends object[]>(ctx: { em: EntityManager }, text: string, params: unknown[]): Promise<T> {
  return ctx.em.execute<T>(text, params, 'all', ctx.em.getLoggerContext());
}
