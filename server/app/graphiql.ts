// GraphiQL for analysts at /graphiql (WEB_GRAPHIQL; on by default outside production): its own
// page of the built web app (client/web/graphiql.html), so its editor (Monaco, megabytes) never
// weighs on the app's bundle. The security headers of every page, except that this page may load
// fonts from data: URLs (Monaco's icon font is inlined). When GraphiQL is off, /graphiql is left
// to the app, which says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { WEB_DIST_DIR } from './web.js';

export function registerGraphiql(
  // biome-ignore lint/suspicious/noExplicitAny: the logger type parameter of the Fastify instance is irrelevant here
  app: FastifyInstance<any, any, any, any>,
  options: { enabled: boolean; distDir?: string },
): void {
  if (!options.enabled) return;
  const file = join(options.distDir ?? WEB_DIST_DIR, 'graphiql.html');
  let html: string | null = null;
  app.get('/graphiql', async (_request, reply) => {
    try {
      html ??= readFileSync(file, 'utf8');
    } catch {
      return reply.code(503).type('text/plain').send('The web app is not built yet: run `npm run build:web`.\n');
    }
    const csp = String(reply.getHeader('content-security-policy') ?? '');
    if (csp) reply.header('content-security-policy', csp.replace(/font-src ([^;]*)/, (directive) => (directive.includes('data:') ? directive : `${directive} data:`)));
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  });
}
