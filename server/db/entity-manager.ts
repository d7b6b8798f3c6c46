import { EntityManager } from '@mikro-orm/postgresql';

/**
 * The ORM's EntityManager, with one change: raw statements (`em.execute`) carry the request's
 * logger context like the ORM's own queries do, so every statement of a request is counted in
 * `extensions.sqlStatements` and logged with its request ID.
 */
export class AccordEntityManager extends EntityManager {
  // biome-ignore lint/suspicious/noExplicitAny: forwards every overload of SqlEntityManager.execute
  override execute(query: any, params?: any, methodOrOptions?: any, loggerContext?: any): any {
    const context = this.getLoggerContext();
    if (typeof methodOrOptions === 'object' && methodOrOptions !== null) {
      return super.execute(query, params, { ...methodOrOptions, loggerContext: { ...context, ...methodOrOptions.loggerContext } });
    }
    return super.execute(query, params, methodOrOptions, { ...context, ...loggerContext });
  }
}
