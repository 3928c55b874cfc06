import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { createTestDatabase, testBackends, type TestDatabase } from '../src/testing/test-database.ts';

// `updatedAt` is stamped by triggers (migration *_updated_at_kept_by_database), so these writes go around the API and
// around Prisma, as seed and import scripts do.

async function createRecords(prisma: PrismaClient) {
  const convention = await prisma.convention.create({
    data: {
      code: 'STAMP',
      title: 'Test Convention',
      shortTitle: 'Test',
      adoptedOn: new Date('2008-05-30'),
      depositary: 'Secretary-General of the United Nations',
      monthsAfterDepositMonth: 6,
      initialReportDays: 180,
      annualReportDueMonth: 4,
      annualReportDueDay: 30,
      firstAnnualReportRule: 'YEAR_AFTER_INITIAL_REPORT_DUE',
      withdrawalNoticeMonths: 6,
      costSharingArticle: 'Article 14',
      costSharingText: 'Costs are shared.',
    },
  });
  const state = await prisma.state.create({
    data: {
      iso3: 'ISL',
      unShortName: 'Iceland',
      nameAr: 'آيسلندا',
      nameZh: '冰岛',
      nameEn: 'Iceland',
      nameFr: 'Islande',
      nameRu: 'Исландия',
      nameEs: 'Islandia',
      unStatus: 'MEMBER',
    },
  });
  const meeting = await prisma.meeting.create({
    data: {
      conventionId: convention.id,
      code: '1MSP',
      kind: 'MEETING_OF_STATES_PARTIES',
      number: 1,
      title: 'First Meeting of States Parties',
      opensOn: new Date('2010-11-09'),
      closesOn: new Date('2010-11-12'),
      city: 'Vientiane',
    },
  });
  const invitation = await prisma.invitation.create({
    data: { meetingId: meeting.id, stateId: state.id, capacity: 'STATE_PARTY', status: 'ISSUED' },
  });
  const delegation = await prisma.delegation.create({
    data: { invitationId: invitation.id, submittedAt: new Date('2010-10-01T00:00:00Z') },
  });
  const report = await prisma.transparencyReport.create({
    data: {
      conventionId: convention.id,
      stateId: state.id,
      kind: 'ANNUAL',
      periodYear: 2010,
      periodStart: new Date('2010-01-01'),
      periodEnd: new Date('2010-12-31'),
      dueOn: new Date('2011-04-30'),
    },
  });
  return { convention, state, meeting, invitation, delegation, report };
}

describe.each(testBackends())('updatedAt kept by the database on %s', (backend) => {
  let database: TestDatabase;
  let records: Awaited<ReturnType<typeof createRecords>>;

  beforeAll(async () => {
    database = await createTestDatabase({ backend });
    records = await createRecords(database.prisma);
  });
  afterAll(() => database.close());

  /** The stamps of the rows, read after a write that happens strictly after `before` was read. */
  async function stamps() {
    const prisma = database.prisma;
    const [state, meeting, invitation, delegation, report] = await Promise.all([
      prisma.state.findUniqueOrThrow({ where: { id: records.state.id } }),
      prisma.meeting.findUniqueOrThrow({ where: { id: records.meeting.id } }),
      prisma.invitation.findUniqueOrThrow({ where: { id: records.invitation.id } }),
      prisma.delegation.findUniqueOrThrow({ where: { id: records.delegation.id } }),
      prisma.transparencyReport.findUniqueOrThrow({ where: { id: records.report.id } }),
    ]);
    return {
      state: state.updatedAt,
      meeting: meeting.updatedAt,
      invitation: invitation.updatedAt,
      delegation: delegation.updatedAt,
      report: report.updatedAt,
    };
  }

  /** Runs `write` at least a millisecond after the stamps it is compared with. */
  async function afterATick(write: () => Promise<unknown>) {
    const before = await stamps();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await write();
    return { before, after: await stamps() };
  }

  it('stamps a row changed by plain SQL, and keeps the stamp of a write that changes nothing', async () => {
    const changed = await afterATick(
      () =>
        database.prisma
          .$executeRaw`UPDATE "State" SET "nameFr" = 'Islande (l’)' WHERE "id" = ${records.state.id}::uuid`,
    );
    expect(changed.after.state.getTime()).toBeGreaterThan(changed.before.state.getTime());
    const unchanged = await afterATick(
      () => database.prisma.$executeRaw`UPDATE "State" SET "nameFr" = "nameFr" WHERE "id" = ${records.state.id}::uuid`,
    );
    expect(unchanged.after.state).toEqual(unchanged.before.state);
  });

  it('ignores a stamp a writer sets itself: the database clock decides', async () => {
    await database.prisma.meeting.update({
      where: { id: records.meeting.id },
      data: { city: 'Vientiane (Lao PDR)', updatedAt: new Date('2000-01-01T00:00:00Z') },
    });
    const { meeting } = await stamps();
    expect(meeting.getTime()).toBeGreaterThan(new Date('2026-01-01T00:00:00Z').getTime());
  });

  it('stamps a State when its treaty record is added or changed', async () => {
    const added = await afterATick(() =>
      database.prisma.treatyRecord.create({
        data: { stateId: records.state.id, conventionId: records.convention.id, signedOn: new Date('2008-12-03') },
      }),
    );
    expect(added.after.state.getTime()).toBeGreaterThan(added.before.state.getTime());
    const changed = await afterATick(() =>
      database.prisma.treatyRecord.updateMany({
        where: { stateId: records.state.id },
        data: { depositedOn: new Date('2009-10-01'), instrument: 'RATIFICATION' },
      }),
    );
    expect(changed.after.state.getTime()).toBeGreaterThan(changed.before.state.getTime());
  });

  it('stamps a report when one of its forms changes', async () => {
    const { before, after } = await afterATick(() =>
      database.prisma.reportForm.create({ data: { reportId: records.report.id, letter: 'A', status: 'CHANGED' } }),
    );
    expect(after.report.getTime()).toBeGreaterThan(before.report.getTime());
  });

  it('passes a change to a delegation’s members up to the delegation, its invitation and its meeting', async () => {
    const { before, after } = await afterATick(() =>
      database.prisma.delegationMember.create({
        data: { delegationId: records.delegation.id, position: 1, givenName: 'Ana', familyName: 'Head' },
      }),
    );
    expect(after.delegation.getTime()).toBeGreaterThan(before.delegation.getTime());
    expect(after.invitation.getTime()).toBeGreaterThan(before.invitation.getTime());
    expect(after.meeting.getTime()).toBeGreaterThan(before.meeting.getTime());
    expect(after.state).toEqual(before.state);
  });

  it('deletes a parent whose children cascade, the children stamping nothing that is gone', async () => {
    const extra = await database.prisma.transparencyReport.create({
      data: {
        conventionId: records.convention.id,
        stateId: records.state.id,
        kind: 'ANNUAL',
        periodYear: 2011,
        periodStart: new Date('2011-01-01'),
        periodEnd: new Date('2011-12-31'),
        dueOn: new Date('2012-04-30'),
        forms: { create: [{ letter: 'A', status: 'UNCHANGED' }] },
      },
    });
    await database.prisma.transparencyReport.delete({ where: { id: extra.id } });
    expect(await database.prisma.reportForm.count({ where: { reportId: extra.id } })).toBe(0);
  });
});
