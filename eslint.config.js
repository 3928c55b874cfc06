import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      '**/coverage/**',
      '.plenary/**',
      '**/.turbo/**',
      'bench/tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      // Type-aware rules: each file is checked with the program of the nearest tsconfig.json, so every TypeScript
      // file (config files and scripts too) belongs in its workspace's tsconfig.json.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its rejection (an unhandled rejection ends the process) and its ordering.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // Production source also gets the rest of typescript-eslint's type-checked set (#18): an `any` from a library or
    // JSON.parse is checked where it enters instead of spreading, a promise is not passed where a value is meant.
    // Tests are left out: Vitest's matchers (expect.any, asymmetric matchers) and mocks are typed `any` throughout.
    files: ['apps/api/src/**/*.ts', 'apps/admin/src/**/*.{ts,tsx}', 'packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.test-d.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    rules: {
      // Off: Apollo Server types every plugin hook (requestDidStart, didResolveOperation, willSendResponse...) and
      // expressMiddleware's context as returning a promise, and an async function is the plain way to give one: 11 of
      // its 13 findings were those. A forgotten await is what no-floating-promises and await-thenable catch.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Plain JavaScript (this file) belongs to no tsconfig: lint it without type information.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // An import cycle makes a module's exports undefined while the cycle loads (Pothos' builder most of all).
    files: ['apps/api/src/**/*.ts', 'packages/*/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver()],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // schema/ is the top layer: only server.ts (and the package's index.ts) mount it. HTTP routes, startup, use cases
    // and the rest take their rules from auth/, use-cases/, the domain or @plenary/db, never from a schema module.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/schema/**', 'apps/api/src/server.ts', 'apps/api/src/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)schema/',
              message:
                'Only server.ts mounts the schema: take the rule from auth/, use-cases/, treaty/, the domain or @plenary/db.',
            },
          ],
        },
      ],
    },
  },
);
