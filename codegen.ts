import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { DateTimeISO: 'string', ID: 'string', LocalDate: 'string', PartialDate: 'string', JSONObject: 'Record<string, unknown>' };

// Typed documents from the committed SDL: for the client library and CLI (client/operations/*.graphql)
// and for the web app (the `graphql()` documents and fragments colocated with its components).
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'client/generated/': {
      documents: ['client/operations/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { DateTimeISO: 'string', ID: 'string' },
      },
    },
    'client/web/src/gql/': {
      documents: ['client/web/src/**/*.{ts,tsx}', '!client/web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars,
        // Apollo Client adds __typename to every selection; the types say so (narrowing on it works).
        nonOptionalTypename: true,
      },
    },
    // Which concrete types implement each interface (Node, TimelineItem …), for the web app's
    // normalized cache to match fragments on interfaces.
    'client/web/src/gql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true, deterministic: true },
    },
    // Mutation input fields and enum values as data, for the CLI's generic record commands.
    'client/generated/inputs.ts': { plugins: ['./codegen/input-fields.cjs'] },
  },
  hooks: {},
};

export default config;
