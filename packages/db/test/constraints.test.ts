import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { createTestDatabase, testBackends, type TestDatabase } from '../src/testing/test-database.ts';

async function createMeetingWithInvitedState(prisma: PrismaClient) {
  const convention = await prisma.convention.create({
    data: {
      code: 'TEST',
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
      iso3: 'NOR',
      unShortName: 'Norway',
      nameAr: 'النرويج',
      nameZh: '挪威',
      nameEn: 'Norway',
      nameFr: 'Norvège',
      nameRu: 'Норвегия',
      nameEs: 'Noruega',
      unStatus: 'MEMBER',
      regionalGroup: 'WESTERN_EUROPEAN_AND_OTHERS',
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
  return { convention, state, meeting, invitation };
}

async function createDelegationWithHead(prisma: PrismaClient, invitationId: string) {
  const delegation = await prisma.delegation.create({ data: { invitationId, submittedAt: new Date() } });
  const head = await prisma.delegationMember.create({
    data: { delegationId: delegation.id, position: 1, givenName: 'Ana', familyName: 'Head' },
  });
  await prisma.delegation.update({ where: { id: delegation.id }, data: { headMemberId: head.id } });
  return { delegation, head };
}

describe.each(testBackends())('database constraints on %s', (backend) => {
  let database: TestDatabase;
  let fixture: Awaited<ReturnType<typeof createMeetingWithInvitedState>>;

  beforeAll(async () => {
    database = await createTestDatabase({ backend });
    fixture = await createMeetingWithInvitedState(database.prisma);
  });
  afterAll(() => database.close());

  it('keeps one delegation per participant per meeting', async () => {
    await createDelegationWithHead(database.prisma, fixture.invitation.id);
    await expect(
      database.prisma.delegation.create({ data: { invitationId: fixture.invitation.id, submittedAt: new Date() } }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });

  it('rejects a second head of delegation: the head is a single member of that very delegation', async () => {
    const other = await database.prisma.organisation.create({
      data: { acronym: 'ICRC', name: 'International Committee of the Red Cross', kind: 'ICRC' },
    });
    const otherInvitation = await database.prisma.invitation.create({
      data: {
        meetingId: fixture.meeting.id,
        organisationId: other.id,
        capacity: 'ORGANISATION_OF_RIGHT',
        status: 'ISSUED',
      },
    });
    const first = await database.prisma.delegation.findFirstOrThrow({ where: { invitationId: fixture.invitation.id } });
    const second = await createDelegationWithHead(database.prisma, otherInvitation.id);

    await expect(
      database.prisma.delegation.update({
        where: { id: second.delegation.id },
        data: { headMemberId: first.headMemberId },
      }),
    ).rejects.toThrow();
    await expect(
      database.prisma.delegationMember.create({
        data: { delegationId: first.id, position: 2, givenName: 'B', familyName: 'Second', role: 'HEAD' as never },
      }),
    ).rejects.toThrow();
    const heads = await database.prisma.delegation.findUniqueOrThrow({
      where: { id: first.id },
      select: { headMemberId: true },
    });
    expect(heads.headMemberId).toBe(first.headMemberId);
  });

  it('refuses to delete a member who heads the delegation', async () => {
    const first = await database.prisma.delegation.findFirstOrThrow({ where: { invitationId: fixture.invitation.id } });
    await expect(database.prisma.delegationMember.delete({ where: { id: first.headMemberId! } })).rejects.toThrow();
  });

  it('keeps one invitation per participant per meeting', async () => {
    await expect(
      database.prisma.invitation.create({
        data: {
          meetingId: fixture.meeting.id,
          stateId: fixture.state.id,
          capacity: 'SIGNATORY_OBSERVER',
          status: 'ISSUED',
        },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });

  it('keeps one rate per State per scale, as an exact decimal', async () => {
    const scale = await database.prisma.assessmentScale.create({
      data: { name: '2022-2024', firstYear: 2022, lastYear: 2024, resolution: 'A/RES/76/238', source: 'test' },
    });
    await database.prisma.assessmentRate.create({
      data: { scaleId: scale.id, stateId: fixture.state.id, ratePercent: '0.679000' },
    });
    await expect(
      database.prisma.assessmentRate.create({
        data: { scaleId: scale.id, stateId: fixture.state.id, ratePercent: '0.1' },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
    const rate = await database.prisma.assessmentRate.findFirstOrThrow({ where: { scaleId: scale.id } });
    expect(rate.ratePercent.toFixed(6)).toBe('0.679000');
  });

  it('keeps one report per State, kind and period', async () => {
    const report = {
      conventionId: fixture.convention.id,
      stateId: fixture.state.id,
      kind: 'ANNUAL' as const,
      periodYear: 2022,
      periodStart: new Date('2022-01-01'),
      periodEnd: new Date('2022-12-31'),
      dueOn: new Date('2023-04-30'),
    };
    await database.prisma.transparencyReport.create({ data: report });
    await expect(database.prisma.transparencyReport.create({ data: report })).rejects.toMatchObject({ code: 'P2002' });
  });

  it('rejects rows that point nowhere', async () => {
    await expect(
      database.prisma.invitation.create({
        data: {
          meetingId: '00000000-0000-0000-0000-000000000000',
          stateId: fixture.state.id,
          capacity: 'STATE_PARTY',
          status: 'ISSUED',
        },
      }),
    ).rejects.toThrow();
  });
});
