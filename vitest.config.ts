import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './tests/harness/sequencer.js';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) builds. Node loads the CommonJS one for
    // our dependencies (type-graphql, Apollo); Vite would give our own files the ESM one, and two
    // copies of graphql break `instanceof` checks on scalars and errors. Use Node's choice.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts'],
    globalSetup: ['tests/harness/global-setup.ts', 'tests/harness/web-setup.ts'],
    setupFiles: ['reflect-metadata'],
    pool: 'forks',
    // Generous: the suite shares 2 cores with other work; a slow test is not a failing one
    // (performance is measured under bench/, never asserted in tests).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Test files run in parallel, each on its own database cloned from a template (global-setup).
    fileParallelism: true,
    // Vitest's default on a 2-core machine is one worker (cores − 1): files would run one after
    // another while most of them wait on HTTP and the database. Two workers overlap that waiting.
    maxWorkers: 2,
    // A worker runs file after file in one process instead of a fresh process per file, so the
    // server's module graph (type-graphql, MikroORM, Apollo) loads once per worker, not per file.
    // Files share nothing else: each starts its own server over its own cloned database.
    isolate: false,
    // Longest files first (the browser files when no earlier run's durations are cached), so the
    // two workers finish together.
    sequence: { sequencer: LongestFirstSequencer },
  },
});
