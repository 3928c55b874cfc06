import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printSortedSchema } from '../src/schema/print-schema.ts';

describe('the committed schema.graphql', () => {
  it('is what the code prints (run `npm run generate` after changing the schema)', async () => {
    const committed = await readFile(path.resolve(import.meta.dirname, '../schema.graphql'), 'utf8');
    expect(committed).toBe(printSortedSchema());
  });
});
