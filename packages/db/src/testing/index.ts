export { createTestDatabase, testBackends, type TestBackend, type TestDatabase } from './test-database.ts';
