// `npm run generate`: writes apps/api/schema.graphql, the committed contract the SDK is generated from.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printSortedSchema } from '../src/schema/print-schema.ts';

const target = path.resolve(import.meta.dirname, '../schema.graphql');
await writeFile(target, printSortedSchema());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
