import { fromCalendarDate, toCalendarDate, type Convention, type MeetingKind, type PrismaClient } from '@plenary/db';
import {
  addCalendarDays,
  NotFoundError,
  summariseContributions,
  type ContributionsStatus,
  type StateContributionsData,
  type StatusOfContributionsData,
} from '@plenary/domain';
import { localised } from '../../documents/document-data.ts';

interface StateNames {
  id: string;
  iso3: string;
  nameEn: string;
  nameFr: string;
}

interface MeetingNames {
  id: string;
  code: string;
  kind: MeetingKind;
  number: number;
}

export type LoadedStateContributions = ContributionsStatus['states'][number] & { state: StateNames };

export interface LoadedContributionsStatus extends ContributionsStatus {
  convention: Convention;
  /** In alphabetical order of the States' English names. */
  states: LoadedStateContributions[];
  /** The meetings the status names, by ID. */
  meetings: Map<string, MeetingNames>;
}

const ENGLISH_NAMES = new Intl.Collator('en-GB', { sensitivity: 'base', ignorePunctuation: true });

/**
 * The status of contributions to a convention's meetings on `asOf` (summariseContributions). Three queries whatever
 * the number of States and meetings: the convention, the issues that may be in force on the day with their shares,
 * States and meetings, and the payments received by then.
 */
export async function loadContributionsStatus(options: {
  prisma: PrismaClient;
  conventionCode: string;
  asOf: string;
}): Promise<LoadedContributionsStatus> {
  const { prisma, asOf } = options;
  const convention = await prisma.convention.findUnique({ where: { code: options.conventionCode } });
  if (!convention) throw new NotFoundError({ entity: 'Convention', key: options.conventionCode });
  // Issued by the end of `asOf` and not superseded by then; summariseContributions keeps each meeting's latest.
  const dayAfter = fromCalendarDate(addCalendarDays({ date: asOf, days: 1 }));
  const [issues, payments] = await Promise.all([
    prisma.costShareIssue.findMany({
      where: {
        meeting: { conventionId: convention.id },
        issuedAt: { lt: dayAfter },
        OR: [{ supersededAt: null }, { supersededAt: { gte: dayAfter } }],
      },
      select: {
        meetingId: true,
        version: true,
        issuedAt: true,
        currency: true,
        meeting: { select: { id: true, code: true, kind: true, number: true } },
        shares: {
          select: {
            id: true,
            stateId: true,
            assessed: true,
            amount: true,
            state: { select: { id: true, iso3: true, nameEn: true, nameFr: true } },
          },
        },
      },
    }),
    prisma.payment.findMany({
      where: {
        receivedOn: { lte: fromCalendarDate(asOf) },
        costShare: { issue: { meeting: { conventionId: convention.id } } },
      },
      select: {
        receivedOn: true,
        amount: true,
        costShare: { select: { stateId: true, issue: { select: { meetingId: true } } } },
      },
    }),
  ]);
  const summary = summariseContributions({
    asOf,
    issues: issues.map((issue) => ({
      meetingId: issue.meetingId,
      version: issue.version,
      issuedOn: toCalendarDate(issue.issuedAt),
      currency: issue.currency,
      shares: issue.shares,
    })),
    payments: payments.map((payment) => ({
      meetingId: payment.costShare.issue.meetingId,
      stateId: payment.costShare.stateId,
      receivedOn: toCalendarDate(payment.receivedOn),
      amount: payment.amount,
    })),
  });
  const statesById = new Map(
    issues.flatMap((issue) => issue.shares.map((share) => [share.stateId, share.state] as const)),
  );
  const states = summary.states.flatMap((line) => {
    const state = statesById.get(line.stateId);
    return state ? [{ ...line, state }] : [];
  });
  states.sort((a, b) => ENGLISH_NAMES.compare(a.state.nameEn, b.state.nameEn));
  return { ...summary, convention, states, meetings: new Map(issues.map((issue) => [issue.meetingId, issue.meeting])) };
}

/** The status as the documents print it. */
export function statusOfContributionsDataOf(status: LoadedContributionsStatus): StatusOfContributionsData {
  const states = status.states.map((line): StateContributionsData => ({
    iso3: line.state.iso3,
    name: localised(line.state.nameEn, line.state.nameFr),
    totals: line.totals,
    meetings: line.meetings.flatMap((contribution) => {
      const meeting = status.meetings.get(contribution.meetingId);
      return meeting ? [{ ...contribution, meeting }] : [];
    }),
  }));
  return {
    asOf: status.asOf,
    convention: { title: localised(status.convention.title, status.convention.titleFr) },
    states,
    totals: status.totals,
  };
}
