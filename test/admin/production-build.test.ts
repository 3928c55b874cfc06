import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const ADMIN_ROOT = fileURLToPath(new URL('../../apps/admin', import.meta.url));

describe('the admin app’s production build', () => {
  let outDir: string | undefined;
  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('emits no source map and points to none, as `npm run build` builds it', async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'plenary-admin-build-'));
    // Vitest sets NODE_ENV=test; `npm run build` runs in production. Only the output folder is the test's own.
    process.env.NODE_ENV = 'production';
    await build({
      root: ADMIN_ROOT,
      configFile: path.join(ADMIN_ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir },
    });
    const files = await readdir(outDir, { recursive: true });
    expect(files.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(0);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((name) => name.endsWith('.js') || name.endsWith('.css'))) {
      expect(await readFile(path.join(outDir, file), 'utf8'), file).not.toContain('sourceMappingURL');
    }
  });
});
