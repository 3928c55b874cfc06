import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 has no "exports" map: one copy only, or graphql-js refuses types "from another module or realm".
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(import.meta.resolve('graphql')) }],
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // expect.poll waits 1 s by default, less than one save and refetch takes on a loaded CI machine; a browser step
    // may take as long as Playwright's own waits do before it counts as not happening.
    expect: { poll: { timeout: 15_000 } },
  },
});
