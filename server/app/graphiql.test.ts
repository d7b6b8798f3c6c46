import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { registerGraphiql } from './graphiql.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerWebApp } from './web.js';

// A built web app in miniature: the two pages the server hands out.
const dist = mkdtempSync(join(tmpdir(), 'accord-web-'));
writeFileSync(join(dist, 'index.html'), '<html><head><meta name="accord-graphiql" content="on" /></head><body>app</body></html>');
writeFileSync(join(dist, 'graphiql.html'), '<html><body>graphiql</body></html>');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

async function serve(enabled: boolean) {
  const app = Fastify();
  await registerSecurityHeaders(app);
  registerGraphiql(app, { enabled, distDir: dist });
  await registerWebApp(app, { distDir: dist, graphiql: enabled });
  return app;
}

describe('GraphiQL at /graphiql (WEB_GRAPHIQL)', () => {
  it('on: /graphiql is its own page, with the same security headers but data: fonts (Monaco); the app offers it', async () => {
    const app = await serve(true);
    const page = await app.inject('/graphiql');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('graphiql');
    expect(page.headers['content-security-policy']).toContain("script-src 'self';");
    expect(page.headers['content-security-policy']).toContain("font-src 'self' data:");
    expect((await app.inject('/network')).headers['content-security-policy']).toContain("font-src 'self';");
    expect(page.headers['cache-control']).toBe('no-cache');
    expect((await app.inject('/')).body).toContain('content="on"');
    await app.close();
  });

  it('off: /graphiql is the app, which is told GraphiQL is off (and hides it)', async () => {
    const app = await serve(false);
    const page = await app.inject('/graphiql');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('body>app<');
    expect(page.body).toContain('content="off"');
    await app.close();
  });
});
