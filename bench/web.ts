// The web app's weight and speed: initial JavaScript (gzip) of the built app, and the time from
// navigation to content on the institution page in a real Chromium against the real server on
// the seed data (embedded PGlite in memory, or DATABASE_URL). Not a test: it prints figures.
//
//   npm run bench:web                 (builds the app first when client/web/dist is missing)
//   npm run bench:web -- --runs 10
import 'reflect-metadata';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import sparticuz from '@sparticuz/chromium';
import { chromium } from 'playwright-core';
import pino from 'pino';
import { startServer } from '../server/app/app.js';
import { WEB_DIST_DIR } from '../server/app/web.js';
import { loadConfig } from '../server/kernel/config.js';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '7' }, waterfall: { type: 'boolean', default: false } } });
const runs = Number(args.runs);

// 1. Initial JavaScript: the entry module and every module it preloads (what the first page needs).
const html = readFileSync(join(WEB_DIST_DIR, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const gz = (file: string) => gzipSync(readFileSync(join(WEB_DIST_DIR, file))).length;
const initialGzip = initial.reduce((sum, file) => sum + gz(file), 0);
const lazy = readdirSync(join(WEB_DIST_DIR, 'assets')).filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`));
const css = readdirSync(join(WEB_DIST_DIR, 'assets')).filter((f) => f.endsWith('.css'));
console.log('Initial JavaScript (gzip):');
for (const file of initial) console.log(`  ${file.padEnd(44)} ${(gz(file) / 1024).toFixed(1)} kB`);
console.log(`  total ${(initialGzip / 1024).toFixed(1)} kB (budget 250 kB)`);
console.log(`CSS (gzip): ${(css.reduce((s, f) => s + gz(`assets/${f}`), 0) / 1024).toFixed(1)} kB`);
console.log(`Loaded on demand: ${lazy.length} chunks, ${(lazy.reduce((s, f) => s + gz(`assets/${f}`), 0) / 1024).toFixed(1)} kB gzip in all`);

// 2. Navigation to content on the institution page.
const config = loadConfig({ PORT: '0', DATA_DIR: ':memory:', SEED_ON_START: 'always', LOG_LEVEL: 'silent', AUTH_DEV_MODE: 'true', SHUTDOWN_GRACE_MS: '0' });
const server = await startServer(config, { log: pino({ level: 'silent' }) });
const post = async (query: string) =>
  (await (await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as {
    data: { search: { node: { id: string } }[] };
  };
const id = (await post('{ search(text: "Ombudsman of Azerbaijan", types: [INSTITUTION], first: 1) { node { id } } }')).data.search[0].node.id;
const browser = await chromium.launch({ executablePath: await sparticuz.executablePath(), args: ['--no-sandbox', '--no-zygote'], headless: true });

type Sample = { header: number; timeline: number; requests: number };
async function visit(): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } }); // cold cache each run
  const page = await context.newPage();
  let requests = 0;
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/graphql') requests++;
  });
  const start = performance.now();
  const waterfall: string[] = [];
  page.on('requestfinished', (r) => {
    const t = r.timing();
    const began = t.startTime - performance.timeOrigin - start;
    const body = r.postData()?.match(/"operationName":"(\w+)"/)?.[1] ?? '';
    waterfall.push(`${began.toFixed(0).padStart(5)} → ${(began + t.responseEnd).toFixed(0).padStart(5)} ms  ${new URL(r.url()).pathname.slice(0, 40)} ${body}`);
  });
  await page.goto(`${server.url}/institutions/${id}`);
  await page.locator('h1#record-title').waitFor();
  const header = performance.now() - start;
  await page.locator('table.timeline tbody tr').first().waitFor();
  const timeline = performance.now() - start;
  await page.waitForLoadState('networkidle');
  if (args.waterfall) console.log(`header ${header.toFixed(0)} ms, timeline ${timeline.toFixed(0)} ms\n${waterfall.sort().join('\n')}\n`);
  await context.close();
  return { header, timeline, requests };
}

await visit(); // warm-up: server caches, Chromium's first start
const samples: Sample[] = [];
for (let i = 0; i < runs; i++) samples.push(await visit());
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nInstitution page (Ombudsman of Azerbaijan), cold browser cache, ${runs} runs, median (min–max):`);
for (const [label, key] of [
  ['navigation → header and side panels', 'header'],
  ['navigation → first timeline rows', 'timeline'],
] as const) {
  const xs = samples.map((s) => s[key]);
  console.log(`  ${label.padEnd(38)} ${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`);
}
console.log(`  GraphQL requests per page load: ${[...new Set(samples.map((s) => s.requests))].join(', ')} (panels: viewer, page, partners, timeline)`);
await browser.close();
await server.close();
