import { fileURLToPath } from 'node:url';
import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlNamespaceInGraphiqlChunk } from './build/graphql-namespace-plugin.js';
import { inlineGraphqlDocuments } from './build/inline-documents-plugin.js';

/** Where `npm run dev` forwards API requests (the Accord server started beside Vite). */
const api = `http://127.0.0.1:${process.env.ACCORD_API_PORT ?? '4000'}`;

// The web app: built to client/web/dist (served by the Accord server at `/`), or served with
// hot reload by `npm run dev` (client/web/dev.ts), which proxies the API paths to the server.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The UI is in English: React Aria's strings for other locales stay out of the bundle.
  plugins: [graphqlNamespaceInGraphiqlChunk(), inlineGraphqlDocuments(), react(), { ...optimizeLocales.vite({ locales: ['en-US', 'en-GB'] }), enforce: 'pre' }],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // Monaco, the editor of GraphiQL (its own page, never loaded by the app), is ~2.8 MB.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      // Two pages: the app, and GraphiQL (its own document at /graphiql; see src/pages/graphiql/main.tsx).
      input: { index: 'index.html', graphiql: 'graphiql.html' },
      // GraphiQL's packages start modules with "use no memo" (a React Compiler hint, harmless when bundled).
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: Object.fromEntries(['/graphql', '/export', '/calendar.ics', '/briefing', '/healthz', '/readyz'].map((path) => [path, api])),
  },
});
