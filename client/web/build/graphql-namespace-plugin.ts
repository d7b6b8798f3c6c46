import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const SHIM = '\0accord:graphql-namespace';
// GraphiQL's parts that load graphql as a whole namespace (CommonJS `require('graphql')`, `import * as`).
const GRAPHIQL_IMPORTERS = /node_modules\/(graphiql-explorer|monaco-graphql|graphql-language-service|@graphiql|graphiql)\//;
const FOLDERS = ['error', 'language', 'type', 'utilities', 'validation', 'validation/rules', 'validation/rules/custom', 'execution', 'jsutils'];

/** `export * from` every module of graphql-js except its index files (the index namespaces are what must not be built). */
function shimSource(): string {
  const root = dirname(createRequire(import.meta.url).resolve('graphql/package.json'));
  const files = ['graphql.mjs', 'version.mjs'];
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(root, folder))) if (name.endsWith('.mjs') && name !== 'index.mjs') files.push(`${folder}/${name}`);
  }
  return files.map((f) => `export * from ${JSON.stringify(join(root, f))};`).join('\n');
}

/**
 * Keeps all of graphql-js (~45 kB gzip) out of the app's initial JavaScript. GraphiQL's explorer
 * requires `graphql` as CommonJS, which needs every export of the package as one namespace object;
 * that object would be built where `graphql/index.mjs` lives — in the chunk the app shares with
 * GraphiQL, since the app's GraphQL client imports a few functions from it. GraphiQL's modules
 * get a namespace module of their own instead, re-exporting graphql's modules (not its index),
 * so the object is built in GraphiQL's chunk. Same modules and bindings: one graphql instance.
 */
export function graphqlNamespaceInGraphiqlChunk(): Plugin {
  return {
    name: 'accord:graphql-namespace-in-graphiql-chunk',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'graphql' && importer && GRAPHIQL_IMPORTERS.test(importer)) return SHIM;
      return null;
    },
    load(id) {
      return id === SHIM ? shimSource() : null;
    },
  };
}
