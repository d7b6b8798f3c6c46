import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

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
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Test files run in parallel, each on its own database cloned from one migrated template.
    fileParallelism: true,
  },
});
