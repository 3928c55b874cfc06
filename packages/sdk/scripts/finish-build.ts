// What the package ships beside the compiled code: the manifest of known documents (for servers that accept only
// those), the schema (for partners' own codegen while production has introspection off), the API reference (rendered
// by the API's `generate` from the same schema, to read without a server), and the marker that makes Node read
// dist/cjs as CommonJS although the package is "type": "module".
import { copyFile, writeFile } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
await copyFile(
  new URL('../src/generated/persisted-documents.json', import.meta.url),
  new URL('persisted-documents.json', dist),
);
await copyFile(new URL('../../../apps/api/schema.graphql', import.meta.url), new URL('schema.graphql', dist));
await copyFile(new URL('../../../apps/api/generated/reference.html', import.meta.url), new URL('reference.html', dist));
await writeFile(new URL('cjs/package.json', dist), `${JSON.stringify({ type: 'commonjs' })}\n`);
