import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { AnyFastify } from '../api/http.js';
import type { Config } from '../kernel/config.js';
import { ErrorCode } from '../kernel/errors.js';

/*
 * No single caller can starve the others: per caller — the API token, else the client's IP
 * address — at most RATE_LIMIT_MAX requests per RATE_LIMIT_WINDOW_MS (@fastify/rate-limit) and at
 * most CALLER_CONCURRENCY_MAX requests in flight at once. Both refusals are HTTP 429 with
 * Retry-After and code RATE_LIMITED, before anything is parsed or touches the database.
 * Health, readiness and metrics stay exempt so that probes keep working under load.
 */

const EXEMPT = new Set(['/healthz', '/readyz', '/metrics']);

const isExempt = (request: FastifyRequest) => EXEMPT.has(request.url.split('?')[0]!);

/** Who is calling: a hash of the bearer token (header, or `?token=` for calendar apps), else the IP address. */
export function callerKey(request: FastifyRequest): string {
  const header = request.headers.authorization;
  const bearer = typeof header === 'string' && /^bearer\s+/i.test(header) ? header.replace(/^bearer\s+/i, '').trim() : undefined;
  const query = (request.query ?? {}) as Record<string, unknown>;
  const token = bearer || (typeof query.token === 'string' ? query.token : undefined);
  return token ? `token:${createHash('sha256').update(token).digest('hex').slice(0, 24)}` : `ip:${request.ip}`;
}

export type LimitCounters = { rateLimited(kind: 'rate' | 'concurrency'): void };

const tooMany = (message: string) =>
  Object.assign(new Error(message), { statusCode: 429, code: ErrorCode.RATE_LIMITED, error: 'Too Many Requests' });

export async function registerCallerLimits(app: AnyFastify, config: Pick<Config, 'rateLimit'>, counters?: LimitCounters): Promise<void> {
  const { max, windowMs, concurrency } = config.rateLimit;
  await app.register(rateLimit, {
    global: true,
    max,
    timeWindow: windowMs,
    keyGenerator: callerKey,
    allowList: (request) => isExempt(request),
    onExceeded: () => counters?.rateLimited('rate'),
    errorResponseBuilder: (_request, context) => tooMany(`Rate limit: at most ${context.max} requests per ${Math.round(windowMs / 1000)} s per caller; retry in ${context.after}.`),
  });

  const inFlight = new Map<string, number>();
  app.addHook('onRequest', async (request, reply) => {
    if (isExempt(request)) return;
    const key = callerKey(request);
    const running = inFlight.get(key) ?? 0;
    if (running >= concurrency) {
      counters?.rateLimited('concurrency');
      reply.header('retry-after', '1');
      throw tooMany(`At most ${concurrency} requests in flight per caller; retry when one has finished.`);
    }
    inFlight.set(key, running + 1);
    // 'close' fires once the response is finished or the connection is gone, whichever comes first.
    reply.raw.once('close', () => {
      const left = (inFlight.get(key) ?? 1) - 1;
      if (left > 0) inFlight.set(key, left);
      else inFlight.delete(key);
    });
  });
}
