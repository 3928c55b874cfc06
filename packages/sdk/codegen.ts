import type { CodegenConfig } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';

// The client preset also writes gql.ts, a `graphql()` that looks up documents written inline in code. The SDK's
// documents are .graphql files and its callers import each document by name from graphql.ts, so that file would be
// generated, committed and never read: this preset is the client preset without it (nor the index that exports it).
const clientPresetForGraphQLFiles: typeof clientPreset = {
  buildGeneratesSection: async (options) =>
    (await clientPreset.buildGeneratesSection(options)).filter(({ filename }) => !filename.endsWith('/gql.ts')),
};

// The SDK is generated from the printed schema, never from the server's code.
const config: CodegenConfig = {
  schema: '../../apps/api/schema.graphql',
  documents: ['src/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: clientPresetForGraphQLFiles,
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
        skipIndexFile: true,
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string', JSON: 'unknown' },
      },
    },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;
