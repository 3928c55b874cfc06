import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SDK is bundled from its TypeScript source, so the app needs no prior build of packages/sdk.
const sdkSource = fileURLToPath(new URL('../../packages/sdk/src/index.ts', import.meta.url));
const apiOrigin = process.env.PLENARY_API_ORIGIN ?? 'http://localhost:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: [{ find: /^@plenary\/sdk$/, replacement: sdkSource }] },
  // No source maps in the production build: the API serves dist/ to anyone, and a map hands out the app's source
  // (1.7 MB of it). `npm run dev` has its own.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  // `npm run dev`: the API on its own port, reached through Vite's proxy so the app stays same-origin.
  server: { port: 5173, proxy: { '/graphql': apiOrigin } },
});
