import type { CodegenConfig } from '@graphql-codegen/cli';

// The tests' GraphQL documents, written with `graphql()` from test/generated, typed from the printed schema as the
// SDK's are: a test reads its answer as the schema says it is, and a document the schema no longer accepts fails
// `npm run generate` instead of a test at run time.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/generated/**', '!test/codegen.ts'],
  ignoreNoDocuments: false,
  // Only calls of test/generated's `graphql()` are documents: the many plain-text queries (and `/* GraphQL */`
  // strings with interpolations) that tests send on purpose are not.
  pluckConfig: {
    modules: [
      { name: './generated/index.ts', identifier: 'graphql' },
      { name: '../generated/index.ts', identifier: 'graphql' },
    ],
    globalGqlIdentifierName: [],
    gqlMagicComment: 'typed test document',
  },
  generates: {
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
