import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../api/context.js';

/** How long a key is remembered. */
const RETENTION = "interval '24 hours'";
const ANONYMOUS = '00000000-0000-0000-0000-000000000000';

function errorResponse(status: number, code: string, message: string): GraphQLResponse {
  const headers = new Map<string, string>([['content-type', 'application/json']]) as never;
  return {
    http: { status, headers },
    body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } },
  } as GraphQLResponse;
}

/**
 * `Idempotency-Key` for mutations: a retried request (same key, same operation and variables)
 * gets the first response again instead of running twice; the same key with another request is
 * refused (422), and a retry while the first is still running gets 409.
 */
export function idempotencyPlugin(root: EntityManager): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const key = request.http?.headers.get('idempotency-key')?.trim();
      if (!key) return {};
      let claimed: string | null = null;
      return {
        async responseForOperation({ operation }) {
          if (operation.operation !== 'mutation') return null;
          if (key.length > 200) return errorResponse(400, 'BAD_USER_INPUT', 'Idempotency-Key must be at most 200 characters');
          const em = root.fork();
          const userId = contextValue.viewer?.dev ? ANONYMOUS : (contextValue.viewer?.userId ?? ANONYMOUS);
          const hash = createHash('sha256').update(request.query ?? '').update('\0').update(JSON.stringify(request.variables ?? {})).digest('hex');
          await em.execute(`delete from idempotency_key where created_at < now() - ${RETENTION}`);
          const inserted = await em.execute<{ id: string }[]>(
            `insert into idempotency_key (id, user_id, key, request_hash, status, created_at)
             values (gen_random_uuid(), ?, ?, ?, 'PENDING', now()) on conflict (user_id, key) do nothing returning id`,
            [userId, key, hash],
          );
          if (inserted.length > 0) {
            claimed = inserted[0]!.id;
            return null;
          }
          const [row] = await em.execute<{ request_hash: string; status: string; response: unknown }[]>(
            'select request_hash, status, response from idempotency_key where user_id = ? and key = ?',
            [userId, key],
          );
          if (!row) return errorResponse(409, 'IDEMPOTENCY_IN_PROGRESS', 'a request with this Idempotency-Key is in progress; retry shortly');
          if (row.request_hash !== hash) {
            return errorResponse(422, 'IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for a different request');
          }
          if (row.status !== 'COMPLETED') {
            return errorResponse(409, 'IDEMPOTENCY_IN_PROGRESS', 'a request with this Idempotency-Key is in progress; retry shortly');
          }
          const stored = (typeof row.response === 'string' ? JSON.parse(row.response) : row.response) as Record<string, unknown>;
          const headers = new Map<string, string>([['idempotent-replayed', 'true']]) as never;
          return { http: { status: 200, headers }, body: { kind: 'single', singleResult: stored } } as GraphQLResponse;
        },
        async willSendResponse({ response }) {
          if (!claimed) return;
          const em = root.fork();
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          if (body && !body.errors?.length) {
            const { extensions: _omit, ...stored } = body;
            await em.execute(`update idempotency_key set status = 'COMPLETED', response = ? where id = ?`, [JSON.stringify(stored), claimed]);
          } else {
            // Failed requests are not remembered: the client may retry with the same key.
            await em.execute('delete from idempotency_key where id = ?', [claimed]);
          }
        },
      };
    },
  };
}
