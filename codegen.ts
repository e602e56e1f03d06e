import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * npm run codegen: typed documents and result types for every operation in
 * schema/operations, over the public API schema, into the @polku/client
 * package. persisted-documents.json (hash → document) is the manifest of
 * trusted documents the gateway loads.
 */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: 'schema/operations/*.graphql',
  ignoreNoDocuments: false,
  generates: {
    'schema/client/src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        documentMode: 'string',
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { LocalDate: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
