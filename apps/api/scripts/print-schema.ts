// `npm run generate`: writes apps/api/schema.graphql, the committed contract the SDK is generated from, and the
// reference page rendered from the same schema with the default limits (generated/reference.html, not committed;
// the SDK's build ships it).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderReference } from '../src/reference/render-reference.ts';
import { printSortedSchema } from '../src/schema/print-schema.ts';
import { schema } from '../src/schema/index.ts';
import { DEFAULT_QUERY_LIMITS } from '../src/security/query-limits.ts';
import { DEFAULT_RATE_LIMITS } from '../src/security/rate-limit.ts';

const schemaTarget = path.resolve(import.meta.dirname, '../schema.graphql');
await writeFile(schemaTarget, printSortedSchema());
console.log(`Wrote ${path.relative(process.cwd(), schemaTarget)}`);

const referenceTarget = path.resolve(import.meta.dirname, '../generated/reference.html');
await mkdir(path.dirname(referenceTarget), { recursive: true });
await writeFile(
  referenceTarget,
  renderReference({ schema, limits: { queryLimits: DEFAULT_QUERY_LIMITS, rateLimits: DEFAULT_RATE_LIMITS } }),
);
console.log(`Wrote ${path.relative(process.cwd(), referenceTarget)}`);
