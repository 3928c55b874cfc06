import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { seedDatabase } from '../src/seed/seed-database.ts';
import { createTestDatabase, testBackends, type TestDatabase } from '../src/testing/test-database.ts';

// Partners sync States, treaty records, meetings and published reports by `updatedSince`, which cannot show a removal;
// so the database itself (migration *_synced_records_are_never_deleted) refuses to delete them or to unpublish a
// report, whoever writes: these writes go around the API, as a script or psql would.

const REFUSED = /is never deleted|stays published/;

describe.each(testBackends())('records partners sync are kept on %s', (backend) => {
  let database: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase({ backend });
    prisma = database.prisma;
    await seedDatabase(prisma, { today: '2026-11-28' });
  });
  afterAll(() => database.close());

  async function draftReport(periodYear: number) {
    const switzerland = await prisma.state.findUniqueOrThrow({ where: { iso3: 'CHE' } });
    const convention = await prisma.convention.findFirstOrThrow();
    return prisma.transparencyReport.create({
      data: {
        conventionId: convention.id,
        stateId: switzerland.id,
        kind: 'ANNUAL',
        periodYear,
        periodStart: new Date(`${periodYear}-01-01`),
        periodEnd: new Date(`${periodYear}-12-31`),
        dueOn: new Date(`${periodYear + 1}-04-30`),
      },
    });
  }

  it('refuses to delete a State, and the State stays', async () => {
    const iceland = await prisma.state.findUniqueOrThrow({ where: { iso3: 'ISL' } });
    await expect(prisma.$executeRaw`DELETE FROM "State" WHERE "id" = ${iceland.id}::uuid`).rejects.toThrow(REFUSED);
    expect(await prisma.state.count({ where: { iso3: 'ISL' } })).toBe(1);
  });

  it('refuses to delete a treaty record', async () => {
    const record = await prisma.treatyRecord.findFirstOrThrow({ where: { state: { iso3: 'NOR' } } });
    await expect(prisma.treatyRecord.delete({ where: { id: record.id } })).rejects.toThrow(REFUSED);
    expect(await prisma.treatyRecord.count({ where: { id: record.id } })).toBe(1);
  });

  it('refuses to delete a meeting, even one nothing else points to', async () => {
    const meeting = await prisma.meeting.findFirstOrThrow({ where: { invitations: { none: {} } } });
    await expect(prisma.meeting.deleteMany({ where: { id: meeting.id } })).rejects.toThrow(REFUSED);
    expect(await prisma.meeting.count({ where: { id: meeting.id } })).toBe(1);
  });

  it('lets a report be deleted while it is a draft no partner has seen', async () => {
    const draft = await draftReport(2011);
    await prisma.transparencyReport.delete({ where: { id: draft.id } });
    expect(await prisma.transparencyReport.count({ where: { id: draft.id } })).toBe(0);
  });

  it('refuses to delete a published report, or to unpublish it, and it stays published', async () => {
    const report = await draftReport(2012);
    await prisma.transparencyReport.update({
      where: { id: report.id },
      data: { published: true, publishedAt: new Date() },
    });
    await expect(prisma.transparencyReport.delete({ where: { id: report.id } })).rejects.toThrow(REFUSED);
    await expect(
      prisma.transparencyReport.update({ where: { id: report.id }, data: { published: false } }),
    ).rejects.toThrow(REFUSED);
    expect(await prisma.transparencyReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      published: true,
    });
  });
});
