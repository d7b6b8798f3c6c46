import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('../src/gql/graphql.ts', import.meta.url));
const SOURCES = /\/client\/web\/src\/(?!gql\/).*\.tsx?$/;
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const FIRST_DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;

/** Every document codegen wrote to src/gql/graphql.ts, by export name (`FooDocument`, `BarFragmentDoc`), as JSON text. */
function generatedDocuments(): Map<string, string> {
  const documents = new Map<string, string>();
  for (const match of readFileSync(GENERATED, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm)) documents.set(match[1]!, match[2]!);
  return documents;
}

/**
 * Replaces each `graphql(\`…\`)` call of the web app with the document codegen built for it,
 * inline. Without this, codegen's `graphql()` looks documents up in one map of every document
 * of the app (src/gql/gql.ts, with each document's full text as its key), and that map is in the
 * initial JavaScript however lazily the pages that use them load: every new form grew it.
 * (What codegen's babel/swc plugins do; the build here has neither.)
 */
export function inlineGraphqlDocuments(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'accord:inline-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = generatedDocuments();
    },
    transform(code, id) {
      if (!SOURCES.test(id) || !code.includes('graphql(')) return null;
      let changed = false;
      const out = code.replace(CALL, (call, source: string) => {
        const found = FIRST_DEFINITION.exec(source);
        if (!found) return call;
        const name = `${found[2]}${found[1] === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        // In `npm run dev`, codegen may have written new documents since the server started.
        if (!documents.has(name)) documents = generatedDocuments();
        const document = documents.get(name);
        if (!document) this.error(`${id}: no generated document ${name} (run npm run codegen)`);
        changed = true;
        return `(${document})`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
