import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createRequestContext, type RequestContext } from './context.js';
import { isHeavyOperation } from './heavy-lane.js';

/**
 * GraphQL queries read from the read replicas (DATABASE_REPLICA_URLS): once the operation is known
 * to be a query, its context gets an EntityManager of `readRoot`. Mutations keep the primary's, so
 * a mutation's payload reads its own writes; heavy queries keep the heavy lane's (which reads from
 * the replicas too). A later query may lag the primary by the replication delay.
 */
export function replicaReadsPlugin(readRoot: EntityManager): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue }) {
          if (operation?.operation !== 'query' || contextValue.heavySlot || isHeavyOperation(document, operation)) return;
          const read = createRequestContext(readRoot, contextValue.requestId, contextValue.log, contextValue.viewer);
          contextValue.em = read.em;
          contextValue.records = read.records;
        },
      };
    },
  };
}
