// `npm start` and `npm run start:prod` stop when npm's own PID gets SIGTERM (as a supervisor or
// `kill <pid>` sends it): the scripts `exec` node, so npm's signal reaches the server itself.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'accord-npm-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** npm itself: the npm that runs this test (npm_execpath) on this Node, else the one on PATH. */
const npm = process.env.npm_execpath?.endsWith('.js') ? [process.execPath, process.env.npm_execpath] : ['npm'];

async function startAndTerminate(script: string[], env: Record<string, string>) {
  const { DATABASE_URL: _ignored, AUTH_DEV_MODE: _dev, NODE_ENV: _env, ...parentEnv } = process.env;
  const child = spawn(npm[0]!, [...npm.slice(1), ...script], {
    cwd: ROOT,
    env: { ...parentEnv, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 240 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Accord is serving GraphQL at (\S+?)"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
  });
  process.kill(child.pid!, 'SIGTERM'); // npm's own PID, as `kill <pid of npm start>`
  const code = await exited;
  // The port is free again: nothing answers any more.
  const after = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' }).then(
    () => 'answered',
    () => 'refused',
  );
  return { code, after, output };
}

describe('npm scripts stop on SIGTERM to npm', () => {
  it('npm start', { timeout: 300_000 }, async () => {
    const { after, output } = await startAndTerminate(['start'], {});
    expect(after).toBe('refused');
    expect(output).toMatch(/shutting down/);
  });

  it('npm run start:prod (builds dist/ first when missing)', { timeout: 300_000 }, async () => {
    const { after, output } = await startAndTerminate(['run', 'start:prod'], { SEED_ON_START: 'never' });
    expect(after).toBe('refused');
    expect(output).toMatch(/shutting down/);
  });
});
