// The README's start command, for real: a child process on a fresh embedded database.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAccordClient } from '../../client/index.js';

const dataDir = mkdtempSync(join(tmpdir(), 'accord-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

type Started = { child: ChildProcess; url: string; output: () => string };

function start(env: Record<string, string>): Promise<Started> {
  const { DATABASE_URL: _ignored, ...parentEnv } = process.env;
  // The same single process as `npm start` (tsx as a loader, not a wrapper that relays signals).
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/app/main.ts'], {
    env: { ...parentEnv, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', NODE_ENV: 'development', AUTH_DEV_MODE: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    // Generous: on a shared 2-core machine a start (tsx, PGlite initdb, migrations, seed) can take minutes.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no start within 300 s:\n${output}`));
    }, 300_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Accord is serving GraphQL at (\S+)"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
}

function stop(started: Started, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    started.child.removeAllListeners('exit');
    started.child.on('exit', (code) => resolve(code));
    started.child.kill(signal);
  });
}

describe('npm start on the embedded database', () => {
  // One fresh start serves the first two tests (a start on a fresh directory is the costly part:
  // initdb, migrations, seed); the third starts again on the same directory.
  let first: Started | undefined;
  afterAll(() => {
    if (first && first.child.exitCode === null && first.child.signalCode === null) first.child.kill('SIGKILL');
  });

  it('migrates, seeds a fresh data directory and serves institutions', { timeout: 400_000 }, async () => {
    // The load test below sends 40 requests at once from one client: above the per-caller cap, which it does not test.
    first = await start({ CALLER_CONCURRENCY_MAX: '100' });
    expect(first.output()).toMatch(/loaded the seed dataset/);
    expect(first.output()).toMatch(/AUTH_DEV_MODE is on/);
    const client = createAccordClient({ url: first.url });
    const found = await client.searchInstitutions('OIC Ombudsman Association');
    expect(found.totalCount).toBe(1);
    await client.createInstitution({ name: 'Persisted Across Restarts', kind: 'OTHER' });
  });

  it('finishes in-flight requests on SIGTERM under load and exits 0', { timeout: 400_000 }, async () => {
    const client = createAccordClient({ url: first!.url });
    const inFlight = Array.from({ length: 40 }, (_, i) =>
      (i % 2 ? client.searchInstitutions('o') : client.institutions({ first: 100 })).then(
        () => 'ok',
        (error: unknown) => {
          // fetch failed → the cause says how: refused (never got in) or reset (dropped mid-flight).
          const cause = (error as { cause?: { cause?: { code?: string } } }).cause?.cause;
          return cause?.code ?? String((error as Error).message);
        },
      ),
    );
    await new Promise((r) => setTimeout(r, 20));
    const exited = stop(first!, 'SIGTERM');
    const outcomes = await Promise.all(inFlight);
    expect(await exited).toBe(0);
    // Requests accepted before the signal complete; later ones are refused (503, or the port is
    // closed) — none is dropped half-way.
    expect(outcomes.filter((o) => o !== 'ok' && !/503|ECONNREFUSED|shutting down/i.test(o))).toEqual([]);
    expect(outcomes.filter((o) => o === 'ok').length).toBeGreaterThan(0);
  });

  it('starts again on the same data directory without re-seeding, keeps the data and exits 0 on SIGINT', { timeout: 400_000 }, async () => {
    const second = await start({});
    expect(second.output()).not.toMatch(/loaded the seed dataset/);
    const again = createAccordClient({ url: second.url });
    expect((await again.searchInstitutions('persisted across')).totalCount).toBe(1);
    expect(await stop(second, 'SIGINT')).toBe(0);
  });

  it('refuses development auth in production', { timeout: 120_000 }, async () => {
    await expect(start({ NODE_ENV: 'production', AUTH_DEV_MODE: 'true' })).rejects.toThrow(/exited with 1:[\s\S]*AUTH_DEV_MODE: must not be true/);
  });

  it('refuses an invalid configuration with a clear message and exit code 1', { timeout: 120_000 }, async () => {
    await expect(start({ PORT: 'not-a-port', LOG_LEVEL: 'loud' })).rejects.toThrow(
      /exited with 1:[\s\S]*Invalid configuration:[\s\S]*PORT[\s\S]*LOG_LEVEL/,
    );
  });
});
