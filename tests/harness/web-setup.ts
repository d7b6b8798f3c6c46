// Once per test run, before any browser test: the web app is built (again, when a source file
// is newer than the build) and Chromium is unpacked from @sparticuz/chromium, so test files
// running in parallel never race to do either.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { build } from 'vite';

const WEB = join(import.meta.dirname, '../../client/web');

function newestSource(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

function builtAt(): number {
  try {
    return statSync(join(WEB, 'dist/index.html')).mtimeMs;
  } catch {
    return 0;
  }
}

export default async function setup() {
  const sources = Math.max(newestSource(join(WEB, 'src')), newestSource(join(WEB, 'index.html')), newestSource(join(WEB, 'vite.config.ts')));
  if (builtAt() < sources) {
    console.log('[tests] building the web app (client/web) for the browser tests');
    await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
  }
  await sparticuz.executablePath();
}
