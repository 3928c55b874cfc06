import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const IMPORT = /from '([^']+)'/g;

/** Every module `entry` reaches through its static imports: local files by URL, packages by name. */
function reachableFrom(entry: URL): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (url: URL) => {
    if (files.has(url.href)) return;
    files.add(url.href);
    for (const [, specifier] of readFileSync(url, 'utf8').matchAll(IMPORT)) {
      if (specifier === undefined) continue;
      if (specifier.startsWith('.')) visit(new URL(specifier, url));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}

describe('@plenary/domain/inputs, the entry point the admin app bundles', () => {
  it('reaches zod, exact decimals and the rules forms check, never documents, PDF or apportionment', () => {
    const { files, packages } = reachableFrom(new URL('./index.ts', import.meta.url));
    expect(packages.sort()).toEqual(['decimal.js', 'zod']);
    expect(files.filter((file) => /\/(documents|costs\/apportion-costs)/.test(file))).toEqual([]);
  });

  it('exports the schemas and date rules the forms use', async () => {
    const inputs = await import('@plenary/domain/inputs');
    expect(typeof inputs.meetingRecordInputSchema.safeParse).toBe('function');
    expect(typeof inputs.validatePaymentDate).toBe('function');
    expect(typeof inputs.validateReportReceipt).toBe('function');
    expect(inputs.CONVENTION_ADOPTED_ON).toBe('2008-05-30');
  });

  it('holds every input schema of the main entry point, so that a new one is exported in one place', async () => {
    const domain = await import('@plenary/domain');
    const inputs = await import('@plenary/domain/inputs');
    const schemas = Object.keys(domain).filter((name) => name.endsWith('InputSchema'));
    expect(schemas.length).toBeGreaterThan(10);
    expect(schemas.filter((name) => !(name in inputs))).toEqual([]);
  });
});
