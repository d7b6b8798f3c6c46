import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the client, from the committed SDL and the operations in client/operations.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['client/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'client/generated/': {
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
    // Mutation input fields and enum values as data, for the CLI's generic record commands.
    'client/generated/inputs.ts': { plugins: ['./codegen/input-fields.cjs'] },
  },
  hooks: {},
};

export default config;
