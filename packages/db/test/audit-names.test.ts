import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { MIGRATIONS_DIR, MIGRATION_FILE } from '../src/migrations/read-migrations.ts';
import { createTestDatabase, testBackends, type TestDatabase } from '../src/testing/test-database.ts';

// Events recorded before the Prisma models took the API's names kept the old ones: a treaty record's table name,
// "TreatyStatus", which no GraphQL type carries, and the credentials' "form". Their migrations rename what was
// recorded, and nothing else; each is run here again on events recorded the old way.

/** Runs a migration's statements as written. */
async function runMigration(prisma: PrismaClient, name: string): Promise<void> {
  const sql = await readFile(path.join(MIGRATIONS_DIR, name, MIGRATION_FILE), 'utf8');
  const statements = sql
    .replace(/^--.*$/gm, '')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
  for (const statement of statements) await prisma.$executeRawUnsafe(statement);
}

describe.each(testBackends())('the audit trail names what it records as the API does, on %s', (backend) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ backend });
  });
  afterAll(() => database?.close());

  it('renames the entity type and actions of treaty records recorded under the old name, and leaves other events alone', async () => {
    const { prisma } = database;
    const entityId = '00000000-0000-4000-8000-000000000001';
    await prisma.auditEvent.createMany({
      data: [
        { action: 'treatyStatus.deposit', entityType: 'TreatyStatus', entityId },
        { action: 'treatyStatus.withdrawalNotice', entityType: 'TreatyStatus', entityId },
        { action: 'meeting.convene', entityType: 'Meeting', entityId },
      ],
    });
    await runMigration(prisma, '20261206070000_audit_names_treaty_records');

    const events = await prisma.auditEvent.findMany({ where: { entityId }, orderBy: { sequence: 'asc' } });
    expect(events.map(({ action, entityType }) => ({ action, entityType }))).toEqual([
      { action: 'treatyRecord.deposit', entityType: 'TreatyRecord' },
      { action: 'treatyRecord.withdrawalNotice', entityType: 'TreatyRecord' },
      { action: 'meeting.convene', entityType: 'Meeting' },
    ]);
  });

  it('names the kind of credentials documentKind in the snapshots recorded as form, and leaves other events alone', async () => {
    const { prisma } = database;
    const entityId = '00000000-0000-4000-8000-000000000002';
    const action = 'delegation.recordCredentials';
    await prisma.auditEvent.createMany({
      data: [
        { action, entityType: 'Credentials', entityId, after: { form: 'COPY', status: 'RECEIVED' } },
        {
          action,
          entityType: 'Credentials',
          entityId,
          before: { form: 'COPY', status: 'RECEIVED' },
          after: { form: 'ORIGINAL', status: 'ACCEPTED' },
        },
        { action: 'report.update', entityType: 'TransparencyReport', entityId, after: { form: 'A' } },
      ],
    });
    await runMigration(prisma, '20261206073000_audit_credentials_document_kind');

    const events = await prisma.auditEvent.findMany({ where: { entityId }, orderBy: { sequence: 'asc' } });
    expect(events.map(({ before, after }) => ({ before, after }))).toEqual([
      { before: null, after: { documentKind: 'COPY', status: 'RECEIVED' } },
      {
        before: { documentKind: 'COPY', status: 'RECEIVED' },
        after: { documentKind: 'ORIGINAL', status: 'ACCEPTED' },
      },
      { before: null, after: { form: 'A' } },
    ]);
  });
});
