// Browser tests: the real server on the seed data (startTestServer) and a real Chromium
// (playwright-core driving @sparticuz/chromium's binary), with axe-core and screenshots.
// Screenshots go to test-artifacts/screenshots/<database>/ (ignored by git).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import sparticuz from '@sparticuz/chromium';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from './server.js';

export const SCREENSHOT_DIR = join(import.meta.dirname, '../../test-artifacts/screenshots', process.env.DATABASE_URL ? 'postgresql' : 'pglite');

// Lambda-oriented flags we do not want in a test browser (they would hide real page behaviour),
// and its GPU emulation: SwiftShader renders WebGL-grade GL on the CPU inside the browser process.
// The app draws no WebGL (its graph and charts are 2D canvas and SVG), so the browser composites in
// software instead (--disable-gpu): the same pages and screenshots for about a fifth to a third less CPU.
const UNWANTED_FLAGS = new Set([
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
  '--ignore-gpu-blocklist',
  '--in-process-gpu',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
]);
const BROWSER_ARGS = [...sparticuz.args.filter((flag) => !UNWANTED_FLAGS.has(flag)), '--disable-gpu'];

export type OpenOptions = {
  /** Bearer token put in the tab's session storage before the app loads; null = none. Default: the test admin's. */
  token?: string | null;
  viewport?: { width: number; height: number };
};

export type WebTest = {
  server: TestServer;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  browser: Browser;
  /**
   * A fresh tab (own session storage) at `path`, with page errors collected in `errors`. Tabs of a
   * file share one browser context: the app keeps nothing but the token in the browser (in
   * sessionStorage, which is per tab), and they share the HTTP cache of its immutable assets.
   */
  open(path: string, options?: OpenOptions): Promise<WebPage>;
  close(): Promise<void>;
};

export type WebPage = {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions and console errors seen so far. */
  errors: string[];
  /** POSTs and GETs to /graphql since the tab opened (or since `resetRequests`). */
  graphqlRequests(): number;
  resetRequests(): void;
  /** Writes a full-page PNG under test-artifacts/screenshots and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Serious and critical axe-core violations (WCAG 2.1 A/AA rules), as "rule: targets" lines. */
  accessibilityViolations(options?: { disableRules?: string[] }): Promise<string[]>;
};

export async function startWebTest(): Promise<WebTest> {
  // The server (its database clone) and the browser start side by side; if one fails, the other is closed.
  const [started, launched] = await Promise.allSettled([
    startTestServer({ seed: true }),
    sparticuz.executablePath().then((executablePath) =>
      chromium.launch({ executablePath, args: BROWSER_ARGS, headless: true }),
    ),
  ]);
  if (started.status === 'rejected' || launched.status === 'rejected') {
    if (started.status === 'fulfilled') await started.value.close();
    if (launched.status === 'fulfilled') await launched.value.close();
    throw started.status === 'rejected' ? started.reason : (launched as PromiseRejectedResult).reason;
  }
  const server = started.value;
  const browser = launched.value;
  const baseUrl = server.url.replace(/\/graphql$/, '');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  // Generous waits: the machine may be busy; the assertions are about content, not speed.
  context.setDefaultTimeout(60_000);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    server,
    baseUrl,
    browser,
    async open(path, options = {}) {
      const page = await context.newPage();
      if (options.viewport) await page.setViewportSize(options.viewport);
      const token = options.token === undefined ? server.adminToken : options.token;
      if (token) await page.addInitScript((t) => sessionStorage.setItem('accord.token', t), token);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        // A refused token or a missing record is an expected HTTP status, not an app error.
        if (message.type() === 'error' && !/status of (401|404)/.test(message.text())) errors.push(`console: ${message.text()}`);
      });
      let requests = 0;
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/graphql') requests++;
      });
      await page.goto(`${baseUrl}${path}`);
      return {
        page,
        context,
        errors,
        graphqlRequests: () => requests,
        resetRequests: () => {
          requests = 0;
        },
        async screenshot(name) {
          const file = join(SCREENSHOT_DIR, `${name}.png`);
          await page.screenshot({ path: file, fullPage: true });
          return file;
        },
        async accessibilityViolations(options = {}) {
          // axe-core is loaded into the document once (a single-page app keeps it across its
          // routes; a navigation loads it again), then run on the whole page as it is now.
          if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
          const runOptions: axe.RunOptions = {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            rules: Object.fromEntries((options.disableRules ?? []).map((rule) => [rule, { enabled: false }])),
          };
          const result = await page.evaluate((o) => (globalThis as unknown as { axe: typeof axe }).axe.run({ exclude: [] }, o), runOptions);
          return result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        },
      };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
