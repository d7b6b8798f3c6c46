import type { FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';

/** The Fastify app, whatever logger type it was created with (route plugins take this). */
// biome-ignore lint/suspicious/noExplicitAny: the logger type parameter is irrelevant to routes
export type AnyFastify = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, any>;
