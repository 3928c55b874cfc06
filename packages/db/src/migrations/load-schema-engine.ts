import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import type * as SchemaEngineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';

type SchemaEngineGlue = typeof SchemaEngineBindings & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

const require = createRequire(import.meta.url);
const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
let compiledModule: Promise<WebAssembly.Module> | undefined;
let instanceCount = 0;

function compileSchemaEngine(): Promise<WebAssembly.Module> {
  compiledModule ??= readFile(gluePath.replace(/\.js$/, '.wasm')).then((bytes) => new WebAssembly.Module(bytes));
  return compiledModule;
}

// The package root imports a .wasm file, which only bundlers understand, so the glue is wired by hand.
// The 7.10.0 engine keeps shadow-database state per wasm instance: every engine gets a fresh instance,
// which needs a fresh copy of the glue module (hence the cache-busting query string).
async function instantiateSchemaEngine(): Promise<typeof SchemaEngine> {
  const wasmModule = await compileSchemaEngine();
  instanceCount += 1;
  const glue = (await import(`${pathToFileURL(gluePath).href}?instance=${instanceCount}`)) as SchemaEngineGlue;
  const instance = await WebAssembly.instantiate(wasmModule, {
    './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue.SchemaEngine;
}

export interface OpenSchemaEngineOptions {
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  schema: { path: string; content: string };
  log?: (message: string) => void;
}

export async function openSchemaEngine({
  adapterFactory,
  schema,
  log,
}: OpenSchemaEngineOptions): Promise<SchemaEngine> {
  const Engine = await instantiateSchemaEngine();
  return Engine.new(
    { datamodels: [[schema.path, schema.content]] },
    (message: string) => log?.(message),
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}
