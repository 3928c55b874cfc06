import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';

const PACKAGE_DIR = path.resolve(import.meta.dirname, '..');

describe('the committed SDK', () => {
  it('is what graphql-codegen makes from schema.graphql and the operations (run `npm run generate` after changing either)', async () => {
    const outputs = (await generate({ ...config, cwd: PACKAGE_DIR, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = await readFile(path.resolve(PACKAGE_DIR, output.filename), 'utf8');
      expect(committed, output.filename).toBe(output.content);
    }
    // Nothing committed there that the generator no longer writes.
    const generatedDir = path.resolve(PACKAGE_DIR, 'src/generated');
    expect((await readdir(generatedDir)).sort()).toEqual(
      outputs.map((output) => path.relative(generatedDir, path.resolve(PACKAGE_DIR, output.filename))).sort(),
    );
  }, 60_000);
});
