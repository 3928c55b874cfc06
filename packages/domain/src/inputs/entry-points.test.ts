import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The admin app bundles the input modules one by one (`@plenary/domain/inputs/<module>`, package.json `exports`) and
// the one date rule its forms run before sending (`@plenary/domain/payment-date`): none may bring the documents, PDF
// or apportionment code of the main entry point into the browser.

const IMPORT = /\b(?:from|import)\s*\(?\s*'([^']+)'/g;
const LEAN_PACKAGES = ['decimal.js', 'zod'];
const HEAVY_FILE = /\/(documents|costs\/apportion-costs)/;

/** Every module `entry` reaches through its imports: local files by URL, packages by name. */
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

const inputModules = readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => name.slice(0, -'.ts'.length));

const adminEntries = [
  ...inputModules.map((module) => ({
    subpath: `@plenary/domain/inputs/${module}`,
    file: new URL(`./${module}.ts`, import.meta.url),
  })),
  {
    subpath: '@plenary/domain/payment-date',
    file: new URL('../costs/validate-payment-date.ts', import.meta.url),
  },
];

describe('@plenary/domain/inputs/<module>, the entry points the admin app bundles', () => {
  it('are every module of src/inputs', () => {
    expect(inputModules).toContain('meeting-input');
    expect(inputModules).toContain('parse-input');
    expect(inputModules.length).toBeGreaterThan(10);
  });

  it.each(adminEntries)(
    '$subpath reaches zod, exact decimals and rules, never documents, PDF or apportionment',
    (entry) => {
      const { files, packages } = reachableFrom(entry.file);
      expect(packages.filter((name) => !LEAN_PACKAGES.includes(name))).toEqual([]);
      expect(files.filter((file) => HEAVY_FILE.test(file))).toEqual([]);
    },
  );

  it.each(adminEntries)('$subpath is the module itself, through package.json `exports`', async (entry) => {
    const viaPackage: Record<string, unknown> = await import(/* @vite-ignore */ entry.subpath);
    const direct: Record<string, unknown> = await import(/* @vite-ignore */ entry.file.href);
    expect(Object.keys(viaPackage).length).toBeGreaterThan(0);
    expect(viaPackage).toBe(direct);
  });

  it('keeps the input modules out of the main entry point: each has one import path', () => {
    expect(readFileSync(new URL('../index.ts', import.meta.url), 'utf8')).not.toMatch(/from '\.\/inputs\//);
  });
});
