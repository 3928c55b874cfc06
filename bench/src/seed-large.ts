// The benchmark's own data set: the reference seed, then enough meetings, delegations and reports to look like a
// secretariat after fifteen years. Deterministic: every choice comes from a seeded PRNG, so two runs hold the same rows.
import { seedDatabase, type DelegateRole, type InvitationCapacity, type Prisma, type PrismaClient } from '@plenary/db';

export const BENCH_TODAY = '2026-11-28';
export const TARGET_STATES = 200;
export const TARGET_MEETINGS = 40;
export const INVITATIONS_PER_MEETING = 150;
export const REPORT_YEARS = 15;
const FIRST_REPORT_YEAR = 2009;
const MIN_MEMBERS = 3;
const MAX_MEMBERS = 9;
const BATCH_SIZE = 5_000;
const FORM_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'] as const;
const OTHER_ROLES: DelegateRole[] = [
  'DEPUTY_HEAD',
  'REPRESENTATIVE',
  'REPRESENTATIVE',
  'ALTERNATE',
  'ADVISER',
  'ADVISER',
];

const GIVEN_NAMES = [
  'Amina',
  'Lukas',
  'Sofía',
  'Kwame',
  'Mei',
  'Olga',
  'Rahul',
  'Fatou',
  'Jonas',
  'Leila',
  'Mateo',
  'Chiara',
  'Tariq',
  'Ingrid',
  'Yusuf',
  'Ana',
  'Kenji',
  'Nadia',
  'Pierre',
  'Thandiwe',
];
const FAMILY_NAMES = [
  'Haddad',
  'Müller',
  'García',
  'Mensah',
  'Wang',
  'Petrova',
  'Sharma',
  'Diop',
  'Lindqvist',
  'Karimi',
  'Rossi',
  'Okafor',
  'Novak',
  'Silva',
  'Tanaka',
  'Dubois',
  'Nkosi',
  'Kowalski',
  'Moreau',
  'Ahmed',
];
const JOB_TITLES = [
  'Ambassador, Permanent Representative',
  'Counsellor',
  'First Secretary',
  'Second Secretary',
  'Legal Adviser',
  'Military Adviser',
];

/** mulberry32: small, fast and good enough to pick names and dates reproducibly. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const integer = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return { next, integer, pick, uuid, shuffle };
}

function day(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) await write(rows.slice(start, start + BATCH_SIZE));
}

export interface LargeSeed {
  states: number;
  meetings: number;
  invitations: number;
  delegations: number;
  members: number;
  reports: number;
  /** The meeting operation (2) reads: a convened one with a full list of delegations. */
  benchMeetingId: string;
  /** Delegations of convened meetings, which may be amended (operation 4), with their versions. */
  amendableDelegations: { id: string; version: number }[];
}

/** Seeds the reference data and the large data set into an empty, migrated database. */
export async function seedLarge(prisma: PrismaClient, { seed = 20231111 }: { seed?: number } = {}): Promise<LargeSeed> {
  const random = createRandom(seed);
  await seedDatabase(prisma, { today: BENCH_TODAY });
  const convention = await prisma.convention.findUniqueOrThrow({ where: { code: 'CCM' } });

  // 197 States from the reference seed, and synthetic ones up to 200 (never parties).
  const existingStates = await prisma.state.count();
  const synthetic: Prisma.StateCreateManyInput[] = [];
  for (let index = 0; existingStates + index < TARGET_STATES; index += 1) {
    const name = `Synthetic State ${String.fromCharCode(65 + index)}`;
    synthetic.push({
      id: random.uuid(),
      iso3: `XB${String.fromCharCode(65 + index)}`,
      unShortName: name,
      nameAr: name,
      nameZh: name,
      nameEn: name,
      nameFr: name,
      nameRu: name,
      nameEs: name,
      unStatus: 'NON_MEMBER',
      regionalGroup: null,
    });
  }
  if (synthetic.length) await prisma.state.createMany({ data: synthetic });
  const states = await prisma.state.findMany({ orderBy: { iso3: 'asc' }, include: { treatyRecords: true } });

  // Meetings beyond the reference seed: convened intersessional meetings, open for delegations.
  const seededMeetings = await prisma.meeting.count();
  const extraMeetings: Prisma.MeetingCreateManyInput[] = [];
  for (let index = 0; seededMeetings + index < TARGET_MEETINGS; index += 1) {
    const year = 2027 + Math.floor(index / 4);
    const month = String(1 + (index % 4) * 3).padStart(2, '0');
    extraMeetings.push({
      id: random.uuid(),
      conventionId: convention.id,
      code: `IS${year}-${index + 1}`,
      kind: 'INTERSESSIONAL',
      number: index + 1,
      title: `Intersessional Meeting ${index + 1}`,
      opensOn: day(`${year}-${month}-10`),
      closesOn: day(`${year}-${month}-12`),
      venue: 'Palais des Nations',
      city: 'Geneva',
      country: 'Switzerland',
      timeZone: 'Europe/Zurich',
      status: 'CONVENED',
      convenedOn: day(`${year - 1}-12-01`),
      delegationDeadline: day(`${year}-${month}-01`),
    });
  }
  await prisma.meeting.createMany({ data: extraMeetings });
  const meetings = await prisma.meeting.findMany({ orderBy: [{ opensOn: 'asc' }, { code: 'asc' }] });

  const capacityOn = (
    stateTreaty: (typeof states)[number]['treatyRecords'][number] | undefined,
    on: Date,
  ): InvitationCapacity => {
    if (stateTreaty?.entryIntoForceOn && stateTreaty.entryIntoForceOn <= on) return 'STATE_PARTY';
    if (stateTreaty?.signedOn && stateTreaty.signedOn <= on) return 'SIGNATORY_OBSERVER';
    return 'NON_SIGNATORY_OBSERVER';
  };

  const invitations: Prisma.InvitationCreateManyInput[] = [];
  const delegations: Prisma.DelegationCreateManyInput[] = [];
  const members: Prisma.DelegationMemberCreateManyInput[] = [];
  const amendableDelegations: LargeSeed['amendableDelegations'] = [];
  for (const meeting of meetings) {
    const invited = random.shuffle(states).slice(0, INVITATIONS_PER_MEETING);
    for (const state of invited) {
      const invitationId = random.uuid();
      const delegationId = random.uuid();
      invitations.push({
        id: invitationId,
        meetingId: meeting.id,
        stateId: state.id,
        capacity: capacityOn(state.treatyRecords[0], meeting.opensOn),
        status: 'ISSUED',
        createdAt: meeting.convenedOn ?? meeting.opensOn,
      });
      const submittedAt = new Date(meeting.opensOn.getTime() - random.integer(1, 60) * 86_400_000);
      delegations.push({
        id: delegationId,
        invitationId,
        submittedAt,
        publicListConsent: random.next() < 0.6,
        contactEmail: `mission.${state.iso3.toLowerCase()}@example.org`,
      });
      if (meeting.status === 'CONVENED') amendableDelegations.push({ id: delegationId, version: 1 });
      const size = random.integer(MIN_MEMBERS, MAX_MEMBERS);
      for (let position = 1; position <= size; position += 1) {
        const givenName = random.pick(GIVEN_NAMES);
        const familyName = random.pick(FAMILY_NAMES);
        members.push({
          id: random.uuid(),
          delegationId,
          // The head's place is recorded by Delegation.headMemberId, set below.
          role: position === 1 ? null : random.pick(OTHER_ROLES),
          position,
          salutation: position === 1 ? 'H.E.' : random.pick(['Mr.', 'Ms.', 'Dr.']),
          givenName,
          familyName,
          title: position === 1 ? JOB_TITLES[0] : random.pick(JOB_TITLES.slice(1)),
          email: `${givenName}.${familyName}.${position}@${state.iso3.toLowerCase()}.example.org`.toLowerCase(),
          phone:
            random.next() < 0.5
              ? `+41 22 ${random.integer(100, 999)} ${random.integer(10, 99)} ${random.integer(10, 99)}`
              : null,
        });
      }
    }
  }
  await inBatches(invitations, (data) => prisma.invitation.createMany({ data }));
  await inBatches(delegations, (data) => prisma.delegation.createMany({ data }));
  await inBatches(members, (data) => prisma.delegationMember.createMany({ data }));
  // The first member of each delegation is its head: one statement instead of one update per delegation.
  await prisma.$executeRaw`UPDATE "Delegation" AS d SET "headMemberId" = m.id FROM "DelegationMember" AS m WHERE m."delegationId" = d.id AND m.position = 1`;

  // Fifteen years of Article 7 annual reports for every State Party: mostly on time, some late, a few missing.
  const reports: Prisma.TransparencyReportCreateManyInput[] = [];
  const forms: Prisma.ReportFormCreateManyInput[] = [];
  for (const state of states) {
    const treaty = state.treatyRecords[0];
    if (!treaty?.entryIntoForceOn) continue;
    for (let year = FIRST_REPORT_YEAR; year < FIRST_REPORT_YEAR + REPORT_YEARS; year += 1) {
      const roll = random.next();
      if (roll < 0.08) continue;
      const dueOn = new Date(Date.UTC(year + 1, convention.annualReportDueMonth - 1, convention.annualReportDueDay));
      const receivedOn = new Date(
        dueOn.getTime() + (roll < 0.25 ? random.integer(1, 200) : -random.integer(0, 60)) * 86_400_000,
      );
      const id = random.uuid();
      reports.push({
        id,
        conventionId: convention.id,
        stateId: state.id,
        kind: 'ANNUAL',
        periodYear: year,
        periodStart: day(`${year}-01-01`),
        periodEnd: day(`${year}-12-31`),
        dueOn,
        receivedOn,
        channel: random.pick(['ONLINE_DATABASE', 'EMAIL', 'NOTE_VERBALE'] as const),
        published: random.next() < 0.9,
        publishedAt: receivedOn,
      });
      for (const letter of FORM_LETTERS) {
        const status = random.pick(['CHANGED', 'UNCHANGED', 'NOT_APPLICABLE'] as const);
        forms.push({ reportId: id, letter, status, unchangedSinceYear: status === 'UNCHANGED' ? year - 1 : null });
      }
    }
  }
  await inBatches(reports, (data) => prisma.transparencyReport.createMany({ data }));
  await inBatches(forms, (data) => prisma.reportForm.createMany({ data }));

  const benchMeeting = meetings.find((meeting) => meeting.status === 'CONVENED');
  if (!benchMeeting) throw new Error('The large seed has no convened meeting.');
  return {
    states: states.length,
    meetings: meetings.length,
    invitations: invitations.length,
    delegations: delegations.length,
    members: members.length,
    reports: reports.length,
    benchMeetingId: benchMeeting.id,
    amendableDelegations,
  };
}
