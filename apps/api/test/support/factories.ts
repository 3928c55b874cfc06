import type { DelegateRole, InvitationCapacity, InvitationStatus, Prisma, PrismaClient } from '@plenary/db';

// Fixture factories: rows written straight into a test database, with overrides for what a test cares about.

let sequence = 0;
function nextNumber(): number {
  sequence += 1;
  return sequence;
}

function day(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** A convened meeting of the CCM shaped like the Eleventh: Geneva, 11-14 September 2023, delegations due 31 August. */
export async function createMeeting(prisma: PrismaClient, overrides: Partial<Prisma.MeetingUncheckedCreateInput> = {}) {
  const number = nextNumber();
  const convention = await prisma.convention.findUniqueOrThrow({ where: { code: 'CCM' } });
  return prisma.meeting.create({
    data: {
      conventionId: convention.id,
      code: `T${number}`,
      kind: 'MEETING_OF_STATES_PARTIES',
      number: 900 + number,
      title: `Test Meeting ${number} of States Parties`,
      opensOn: day('2023-09-11'),
      closesOn: day('2023-09-14'),
      venue: 'Palais des Nations',
      city: 'Geneva',
      country: 'Switzerland',
      timeZone: 'Europe/Zurich',
      status: 'CONVENED',
      convenedOn: day('2023-03-21'),
      delegationDeadline: day('2023-08-31'),
      ...overrides,
    },
  });
}

export interface InvitationFixture {
  meetingId: string;
  /** A State's ISO code, or an organisation's acronym with `organisation: true`. */
  participant: string;
  organisation?: boolean;
  capacity?: InvitationCapacity;
  status?: InvitationStatus;
}

export async function createInvitation(prisma: PrismaClient, fixture: InvitationFixture) {
  const participant = fixture.organisation
    ? { organisationId: (await prisma.organisation.findUniqueOrThrow({ where: { acronym: fixture.participant } })).id }
    : { stateId: (await prisma.state.findUniqueOrThrow({ where: { iso3: fixture.participant } })).id };
  return prisma.invitation.create({
    data: {
      meetingId: fixture.meetingId,
      ...participant,
      capacity: fixture.capacity ?? (fixture.organisation ? 'ORGANISATION_OF_RIGHT' : 'STATE_PARTY'),
      status: fixture.status ?? 'ISSUED',
    },
  });
}

export interface MemberFixture {
  role: DelegateRole | 'HEAD';
  givenName: string;
  familyName: string;
  email?: string;
}

/** A delegation with its members in the order given; the HEAD member becomes the head of delegation. */
export async function createDelegation(
  prisma: PrismaClient,
  fixture: { invitationId: string; members?: MemberFixture[]; submittedAt?: Date },
) {
  const members = fixture.members ?? [
    { role: 'HEAD', givenName: 'Félix', familyName: 'Baumann', email: 'felix.baumann@example.org' },
    { role: 'ADVISER', givenName: 'Anna', familyName: 'Muster' },
  ];
  return prisma.$transaction(async (transaction) => {
    const delegation = await transaction.delegation.create({
      data: {
        invitationId: fixture.invitationId,
        submittedAt: fixture.submittedAt ?? new Date('2023-08-01T09:00:00Z'),
      },
    });
    let headMemberId: string | null = null;
    for (const [index, member] of members.entries()) {
      const row = await transaction.delegationMember.create({
        data: {
          delegationId: delegation.id,
          role: member.role === 'HEAD' ? null : member.role,
          position: index + 1,
          givenName: member.givenName,
          familyName: member.familyName,
          email: member.email ?? null,
        },
      });
      if (member.role === 'HEAD') headMemberId = row.id;
    }
    return transaction.delegation.update({ where: { id: delegation.id }, data: { headMemberId } });
  });
}
