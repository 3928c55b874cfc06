import { toCalendarDate, type Prisma, type ReportKind } from '@plenary/db';
import {
  compareCalendarDates,
  describeReportObligation,
  formatMissionAddressee,
  frenchStateName,
  INVITED_STATUSES,
  NotFoundError,
  ValidationError,
  type AssessmentNoticeData,
  type ConveningNoteData,
  type FrenchArticle,
  type ListOfParticipantsVariant,
  type LocalisedText,
  type MeetingData,
  type OfficeData,
  type ParticipantData,
  type PaymentData,
  type ReportReminderData,
  type ValidationIssue,
} from '@plenary/domain';
import { conventionRulesOf } from '../treaty/convention-rules-of.ts';

// The data each document needs, gathered from the database for the domain's renderers (packages/domain/src/documents).
// Each document is read with one `include` (plus one query for payments or the report and its offices), so a
// rendering costs a constant number of queries; the GraphQL fields pass the same includes as `select`, so that
// plugin-prisma loads them with the meetings or shares being listed.
//
// Languages: a column `xFr` beside `x` holds the French text (with its article where French uses one; see the
// documents README). A missing French text leaves `{ EN }` only, and a French rendering then fails with a
// ValidationError naming the field, rather than printing English in a French document.

/** A State's names for running text: the English short name, and the French one with its article ("l’Espagne"). */
export function stateNameOf(state: { nameEn: string; nameFr: string; nameFrArticle: FrenchArticle | null }): {
  EN: string;
  FR: string;
} {
  return { EN: state.nameEn, FR: frenchStateName({ name: state.nameFr, article: state.nameFrArticle }) };
}

/** English text with its French when there is one. */
export function localised(english: string, french: string | null | undefined): LocalisedText {
  return french ? { EN: english, FR: french } : { EN: english };
}

export function officeDataOf(office: {
  name: string;
  nameFr: string | null;
  letterhead: string | null;
  postalAddress: string;
  email: string;
}): OfficeData {
  return {
    name: localised(office.name, office.nameFr),
    letterhead: office.letterhead,
    postalAddress: office.postalAddress,
    email: office.email,
  };
}

type MeetingColumns = Pick<
  Prisma.MeetingGetPayload<object>,
  'kind' | 'number' | 'opensOn' | 'closesOn' | 'venue' | 'venueFr' | 'city' | 'cityFr' | 'country' | 'countryFr'
>;

export function meetingDataOf(meeting: MeetingColumns): MeetingData {
  return {
    kind: meeting.kind,
    number: meeting.number,
    opensOn: toCalendarDate(meeting.opensOn),
    closesOn: toCalendarDate(meeting.closesOn),
    venue: meeting.venue === null ? null : localised(meeting.venue, meeting.venueFr),
    city: localised(meeting.city, meeting.cityFr),
    country: meeting.country === null ? null : localised(meeting.country, meeting.countryFr),
  };
}

/** Collects what is missing, so that one error names every field to fill in. */
class MissingData {
  readonly issues: ValidationIssue[] = [];

  need<T>(value: T | null | undefined, path: string, what: string): T {
    if (value === null || value === undefined)
      this.issues.push({ path, message: `${what} is not recorded; record it to render this document.` });
    return value as T;
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new ValidationError({ issues: this.issues });
  }
}

// ---------------------------------------------------------------- convening note verbale

export const CONVENING_NOTE_INCLUDE = {
  convention: true,
  noteIssuingOffice: true,
  secretariatOffice: true,
  mandateResolution: true,
} as const satisfies Prisma.MeetingInclude;

export type MeetingWithNote = Prisma.MeetingGetPayload<{ include: typeof CONVENING_NOTE_INCLUDE }>;

/**
 * The convening note of a meeting, all from stored data; null when the meeting has no note (no reference). A note
 * with parts missing (offices, resolution, deadline, quoted texts) is refused with every missing part named.
 */
export function conveningNoteDataOf(meeting: MeetingWithNote): ConveningNoteData | null {
  if (meeting.noteReference === null) return null;
  const missing = new MissingData();
  const noteDate = missing.need(meeting.noteDate, 'meeting.noteDate', 'The date of the convening note');
  const issuingOffice = missing.need(
    meeting.noteIssuingOffice,
    'meeting.noteIssuingOffice',
    'The office issuing the note',
  );
  const secretariatOffice = missing.need(
    meeting.secretariatOffice,
    'meeting.secretariatOffice',
    'The office serving as secretariat',
  );
  const resolution = missing.need(
    meeting.mandateResolution,
    'meeting.mandateResolution',
    'The General Assembly resolution convening the meeting',
  );
  const delegationDeadline = missing.need(
    meeting.delegationDeadline,
    'meeting.delegationDeadline',
    'The deadline for delegations',
  );
  const addressees = missing.need(meeting.noteAddressees, 'meeting.noteAddressees', 'The addressees of the note');
  const { convention } = meeting;
  const quotation = missing.need(
    convention.costSharingQuotation,
    'convention.costSharingQuotation',
    'The words of the cost-sharing article the note quotes',
  );
  const conveningParagraph = resolution
    ? missing.need(
        resolution.conveningParagraph,
        'mandateResolution.conveningParagraph',
        'The operative paragraph asking to convene',
      )
    : null;
  const conveningClause = resolution
    ? missing.need(
        resolution.conveningClause,
        'mandateResolution.conveningClause',
        'The words of the convening paragraph',
      )
    : null;
  missing.throwIfAny();
  if (
    !resolution ||
    !issuingOffice ||
    !secretariatOffice ||
    !noteDate ||
    !delegationDeadline ||
    conveningParagraph === null ||
    conveningClause === null
  ) {
    throw new Error('unreachable: MissingData has reported the missing parts');
  }
  return {
    reference: meeting.noteReference,
    date: toCalendarDate(noteDate),
    issuingOffice: officeDataOf(issuingOffice),
    addressees: localised(addressees, meeting.noteAddresseesFr),
    convention: {
      title: localised(convention.title, convention.titleFr),
      adoptedOn: toCalendarDate(convention.adoptedOn),
      costSharingArticle: localised(convention.costSharingArticle, convention.costSharingArticleFr),
      costSharingQuotation: localised(quotation, convention.costSharingQuotationFr),
    },
    resolution: {
      number: resolution.number,
      title: localised(resolution.title, resolution.titleFr),
      adoptedOn: toCalendarDate(resolution.adoptedOn),
      conveningParagraph,
      conveningClause: localised(conveningClause, resolution.conveningClauseFr),
      reportingParagraph: resolution.reportingParagraph,
      reportingClause:
        resolution.reportingClause === null
          ? null
          : localised(resolution.reportingClause, resolution.reportingClauseFr),
    },
    meeting: {
      ...meetingDataOf(meeting),
      webPage: meeting.webPage,
      delegationDeadline: toCalendarDate(delegationDeadline),
      delegationDeadlineWeekdayAsIssued: meeting.delegationDeadlineWeekdayAsIssued,
      reportingDeadline: meeting.reportingDeadline && toCalendarDate(meeting.reportingDeadline),
    },
    secretariatOffice: officeDataOf(secretariatOffice),
  };
}

// ---------------------------------------------------------------- list of participants

/** Participants: invitations not turned away that have a delegation, with their members. */
export const PARTICIPANTS_INCLUDE = {
  invitations: {
    where: { status: { in: [...INVITED_STATUSES] }, delegation: { isNot: null } },
    include: { state: true, organisation: true, delegation: { include: { members: true } } },
  },
} as const satisfies Prisma.MeetingInclude;

export type MeetingWithParticipants = Prisma.MeetingGetPayload<{ include: typeof PARTICIPANTS_INCLUDE }>;

/**
 * The participants as the list needs them. For the public list, contact data never leaves the database layer, and
 * the members of a delegation that did not consent are not passed at all (the renderer would drop them too).
 */
export function participantsOf(
  meeting: MeetingWithParticipants,
  variant: ListOfParticipantsVariant,
): ParticipantData[] {
  return meeting.invitations.flatMap((invitation) => {
    const { delegation, state, organisation } = invitation;
    if (!delegation) return [];
    const name: LocalisedText = state
      ? localised(state.nameEn, state.nameFr)
      : organisation
        ? organisation.nameFr
          ? { EN: organisation.name, FR: organisation.nameFr }
          : organisation.name
        : '';
    const publicList = variant === 'PUBLIC';
    const members = publicList && !delegation.publicListConsent ? [] : delegation.members;
    return [
      {
        capacity: invitation.capacity,
        name,
        publicListConsent: delegation.publicListConsent,
        members: members.map((member) => ({
          head: delegation.headMemberId === member.id,
          role: member.role,
          position: member.position,
          salutation: member.salutation,
          givenName: member.givenName,
          familyName: member.familyName,
          title: member.title,
          email: publicList ? null : member.email,
          phone: publicList ? null : member.phone,
        })),
      },
    ];
  });
}

// ---------------------------------------------------------------- assessment notice

export const ASSESSMENT_NOTICE_INCLUDE = {
  state: true,
  issue: {
    include: {
      scale: true,
      estimate: { select: { kind: true } },
      meeting: { include: { convention: true, secretariatOffice: true, noteIssuingOffice: true } },
    },
  },
} as const satisfies Prisma.CostShareInclude;

export type ShareForNotice = Prisma.CostShareGetPayload<{ include: typeof ASSESSMENT_NOTICE_INCLUDE }>;

type StoredPayment = { receivedOn: Date; amount: Prisma.Decimal; currency: string; reference: string | null };

/**
 * A State's assessment notice for a meeting, from its share as issued. The notice is dated on the day the shares
 * were issued and referenced `<symbol prefix>/ASSESSMENT/<ISO3>` (`…/REV.n` for the n-th re-issue); it is sent by the
 * meeting's secretariat office. Payment references are the secretariat's: others get the notice without them.
 */
export function assessmentNoticeDataOf(
  share: ShareForNotice,
  payments: readonly StoredPayment[],
  options: { withPaymentReferences: boolean },
): AssessmentNoticeData {
  const { issue, state } = share;
  const { meeting } = issue;
  const missing = new MissingData();
  const office = missing.need(
    meeting.secretariatOffice ?? meeting.noteIssuingOffice,
    'meeting.secretariatOffice',
    "The meeting's secretariat office",
  );
  missing.throwIfAny();
  const prefix = meeting.symbolPrefix ?? `${meeting.convention.code}/${meeting.code}`;
  const revision = issue.version > 1 ? `/REV.${issue.version - 1}` : '';
  return {
    reference: `${prefix}/ASSESSMENT/${state.iso3}${revision}`,
    date: toCalendarDate(issue.issuedAt),
    issuingOffice: officeDataOf(office),
    state: { name: stateNameOf(state) },
    meeting: meetingDataOf(meeting),
    convention: {
      title: localised(meeting.convention.title, meeting.convention.titleFr),
      costSharingArticle: localised(meeting.convention.costSharingArticle, meeting.convention.costSharingArticleFr),
    },
    scale: { name: issue.scale.name, resolution: issue.scale.resolution, overrideReason: issue.scaleOverrideReason },
    estimate: { kind: issue.estimate.kind, total: issue.total.toFixed(2), currency: issue.currency },
    share: {
      assessed: share.assessed,
      ratePercent: share.ratePercent?.toString() ?? null,
      sharePercent: share.sharePercent?.toString() ?? null,
      amount: share.amount?.toFixed(2) ?? null,
    },
    payments: payments.map((payment): PaymentData => ({
      receivedOn: toCalendarDate(payment.receivedOn),
      amount: payment.amount.toFixed(2),
      currency: payment.currency,
      reference: options.withPaymentReferences ? payment.reference : null,
    })),
  };
}

// ---------------------------------------------------------------- overdue report reminder

export interface ReportReminderRequest {
  stateId: string;
  conventionCode: string;
  kind: ReportKind;
  /** The calendar year an annual report covers; for the initial report, the year of entry into force. */
  periodYear: number;
  reference: string;
  /** The note's date: the report must be overdue on it. */
  date: string;
  issuingOfficeCode: string;
  /** Where the report is to be sent; the issuing office when left out. */
  submissionOfficeCode?: string | null;
}

/**
 * A reminder to a State whose Article 7 report is overdue on the note's date: the obligation (period and due date,
 * a recorded due date winning over the computed one), the State's names, the article concerned, and the offices.
 * Three queries. Refuses a report received by that date, or not yet due (the renderer checks the due date).
 */
export async function loadReportReminderData(
  prisma: Prisma.TransactionClient,
  request: ReportReminderRequest,
): Promise<ReportReminderData> {
  const submissionCode = request.submissionOfficeCode ?? request.issuingOfficeCode;
  const [record, offices, report] = await Promise.all([
    prisma.treatyRecord.findFirst({
      where: { stateId: request.stateId, convention: { code: request.conventionCode } },
      include: { state: true, convention: true },
    }),
    prisma.office.findMany({ where: { code: { in: [request.issuingOfficeCode, submissionCode] } } }),
    prisma.transparencyReport.findFirst({
      where: {
        stateId: request.stateId,
        convention: { code: request.conventionCode },
        kind: request.kind,
        ...(request.kind === 'ANNUAL' && { periodYear: request.periodYear }),
      },
    }),
  ]);
  if (!record)
    throw new NotFoundError({
      entity: 'TreatyRecord',
      key: `${request.conventionCode}: this State has no treaty record, so it owes no report`,
    });
  const issuingOffice = offices.find((office) => office.code === request.issuingOfficeCode);
  const submissionOffice = offices.find((office) => office.code === submissionCode);
  if (!issuingOffice) throw new NotFoundError({ entity: 'Office', key: request.issuingOfficeCode });
  if (!submissionOffice) throw new NotFoundError({ entity: 'Office', key: submissionCode });
  const { state, convention } = record;
  const obligation = describeReportObligation({
    entryIntoForce: record.entryIntoForceOn && toCalendarDate(record.entryIntoForceOn),
    withdrawalEffective: record.withdrawalEffectiveOn && toCalendarDate(record.withdrawalEffectiveOn),
    kind: request.kind,
    coveredYear: request.periodYear,
    dueOnOverride: report?.dueOnOverridden ? toCalendarDate(report.dueOn) : null,
    rules: conventionRulesOf(convention),
  });
  if (report?.receivedOn && compareCalendarDates(toCalendarDate(report.receivedOn), request.date) <= 0) {
    throw new ValidationError({
      issues: [
        {
          path: 'periodYear',
          message: `The report was received on ${toCalendarDate(report.receivedOn)}: it is not overdue on ${request.date}, so no reminder is sent.`,
        },
      ],
    });
  }
  const initial = request.kind === 'INITIAL';
  const article = initial ? convention.initialReportArticle : convention.annualReportArticle;
  if (!article) {
    throw new ValidationError({
      issues: [
        {
          path: initial ? 'convention.initialReportArticle' : 'convention.annualReportArticle',
          message: 'The article the reminder cites is not recorded for the Convention.',
        },
      ],
    });
  }
  const stateName = stateNameOf(state);
  return {
    reference: request.reference,
    date: request.date,
    issuingOffice: officeDataOf(issuingOffice),
    addressee: formatMissionAddressee({ stateName }),
    state: { name: stateName },
    convention: {
      title: localised(convention.title, convention.titleFr),
      reportingArticle: localised(
        article,
        initial ? convention.initialReportArticleFr : convention.annualReportArticleFr,
      ),
    },
    report: {
      kind: obligation.kind,
      periodStart: obligation.periodStart,
      periodEnd: obligation.periodEnd,
      dueOn: obligation.dueOn,
    },
    submission: { office: officeDataOf(submissionOffice), webPage: null },
  };
}
