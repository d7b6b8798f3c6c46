// Serves the web app (client/web, built by `npm run build:web`) at `/`: hashed assets with a
// year-long immutable cache, index.html never cached, and index.html for every other GET of a
// page path (the app's router takes it from there). API paths keep their own 404s.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { redactUrl } from '../kernel/logging.js';

// server/app/web.ts under tsx, or dist/server/app/web.js when compiled (npm run start:prod).
export const WEB_DIST_DIR = ['../../client/web/dist/', '../../../client/web/dist/']
  .map((relative) => fileURLToPath(new URL(relative, import.meta.url)))
  .find((dir) => existsSync(join(dir, 'index.html'))) ?? fileURLToPath(new URL('../../client/web/dist/', import.meta.url));

/** Paths that belong to the API and never fall back to the web app. */
const API_PREFIXES = ['/graphql', '/export', '/calendar.ics', '/briefing', '/healthz', '/readyz'];

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A path the app's router answers: not the API, not a file (no extension), not under /assets. */
export function isAppPath(url: string): boolean {
  const path = url.split('?')[0];
  if (API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return false;
  if (path.startsWith('/assets/')) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !last.includes('.');
}

export async function registerWebApp(
  // biome-ignore lint/suspicious/noExplicitAny: the logger type parameter of the Fastify instance is irrelevant here
  app: FastifyInstance<any, any, any, any>,
  options: { distDir?: string } = {},
): Promise<void> {
  const root = options.distDir ?? WEB_DIST_DIR;
  const built = existsSync(join(root, 'index.html'));
  if (!built) {
    app.log.warn({ root }, 'the web app is not built (run `npm run build:web`); `/` answers 503 until it is');
  } else {
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      index: false,
      cacheControl: false,
      setHeaders(reply, path) {
        reply.header('cache-control', path.includes(`${join('/', 'assets')}/`) ? IMMUTABLE : 'no-cache');
      },
    });
  }

  const sendIndex = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html', root);
  if (built) app.get('/', (_request, reply) => sendIndex(reply));

  app.setNotFoundHandler((request, reply) => {
    if ((request.method === 'GET' || request.method === 'HEAD') && isAppPath(request.url)) {
      if (!built) return reply.code(503).type('text/plain').send('The web app is not built yet: run `npm run build:web`.\n');
      return sendIndex(reply);
    }
    // Fastify's own 404 would log the raw URL (a calendar URL carries ?token=…): redact it.
    const url = redactUrl(request.raw.url ?? '');
    request.log.info({ method: request.method, url }, 'route not found');
    return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `Route ${request.method}:${url} not found` });
  });
}
