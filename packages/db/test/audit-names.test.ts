import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, MIGRATION_FILE } from '../src/migrations/read-migrations.ts';
import { createTestDatabase, testBackends, type TestDatabase } from '../src/testing/test-database.ts';

// Events recorded before migration *_audit_names_treaty_records named a treaty record by its table, "TreatyStatus",
// which no GraphQL type carries: the migration renames them to the API's "TreatyRecord", and nothing else.
const MIGRATION = path.join(MIGRATIONS_DIR, '20261206070000_audit_names_treaty_records', MIGRATION_FILE);

describe.each(testBackends())('the audit trail names treaty records as the API does, on %s', (backend) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ backend });
  });
  afterAll(() => database?.close());

  it('renames the entity type and actions of events recorded under the old name, and leaves other events alone', async () => {
    const { prisma } = database;
    const entityId = '00000000-0000-4000-8000-000000000001';
    await prisma.auditEvent.createMany({
      data: [
        { action: 'treatyStatus.deposit', entityType: 'TreatyStatus', entityId },
        { action: 'treatyStatus.withdrawalNotice', entityType: 'TreatyStatus', entityId },
        { action: 'meeting.convene', entityType: 'Meeting', entityId },
      ],
    });
    // The migration's statements as written, run again on rows recorded the old way.
    const statements = (await readFile(MIGRATION, 'utf8'))
      .replace(/^--.*$/gm, '')
      .split(';')
      .map((statement) => statement.trim())
      .filter(Boolean);
    for (const statement of statements) await prisma.$executeRawUnsafe(statement);

    const events = await prisma.auditEvent.findMany({ where: { entityId }, orderBy: { sequence: 'asc' } });
    expect(events.map(({ action, entityType }) => ({ action, entityType }))).toEqual([
      { action: 'treatyRecord.deposit', entityType: 'TreatyRecord' },
      { action: 'treatyRecord.withdrawalNotice', entityType: 'TreatyRecord' },
      { action: 'meeting.convene', entityType: 'Meeting' },
    ]);
  });
});
