// GraphiQL for analysts at /graphiql (WEB_GRAPHIQL; on by default outside production): its own
// page of the built web app (client/web/graphiql.html), not part of the app's bundle. Its editor
// (Monaco) styles itself with <style> elements, so this one page allows inline styles; scripts
// stay 'self' only. When GraphiQL is off, /graphiql is left to the app, which says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { WEB_DIST_DIR } from './web.js';

const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function registerGraphiql(
  // biome-ignore lint/suspicious/noExplicitAny: the logger type parameter of the Fastify instance is irrelevant here
  app: FastifyInstance<any, any, any, any>,
  options: { enabled: boolean; distDir?: string },
): void {
  if (!options.enabled) return;
  const file = join(options.distDir ?? WEB_DIST_DIR, 'graphiql.html');
  app.get('/graphiql', async (_request, reply) => {
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch {
      return reply.code(503).type('text/plain').send('The web app is not built yet: run `npm run build:web`.\n');
    }
    return reply.header('cache-control', 'no-cache').header('content-security-policy', GRAPHIQL_CSP).type('text/html; charset=utf-8').send(html);
  });
}
