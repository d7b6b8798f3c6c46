// Security headers on every response (API and web app): a strict Content-Security-Policy that the
// built app satisfies (its scripts are files from this origin; styles may be inline), no framing, no MIME
// sniffing, no referrer. Helmet's defaults, with these changes.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export async function registerSecurityHeaders(
  // biome-ignore lint/suspicious/noExplicitAny: the logger type parameter of the Fastify instance is irrelevant here
  app: FastifyInstance<any, any, any, any>,
): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // React Aria positions popovers with style attributes and adds one small <style> element
        // (touch-action for pressable elements); scripts stay strictly same-origin.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // Served over plain HTTP on a laptop or behind a TLS proxy: the proxy decides about HTTPS.
    strictTransportSecurity: false,
  });
}
