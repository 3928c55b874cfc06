import path from 'node:path';
import { defineConfig } from 'prisma/config';

// `prisma generate` only checks that a schema engine exists; migrations run in process (src/migrations).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, 'scripts', 'no-native-schema-engine.sh');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
