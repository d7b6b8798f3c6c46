import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../kernel/errors.js';
import type { RequestContext } from './context.js';

/**
 * A response whose errors say the server is at capacity gets the HTTP status and Retry-After a
 * client (or a proxy) acts on: SERVER_BUSY → 503. (formatError can rename an error but not set
 * the status; a SERVER_BUSY thrown before execution carries both already.)
 */
export function capacityStatusPlugin(onBusy?: () => void): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const codes = (response.body.singleResult.errors ?? []).map((e) => e.extensions?.code);
          if (codes.includes(ErrorCode.SERVER_BUSY)) {
            response.http.status = 503;
            if (!response.http.headers.has('retry-after')) response.http.headers.set('retry-after', '1');
            onBusy?.();
          }
        },
      };
    },
  };
}
