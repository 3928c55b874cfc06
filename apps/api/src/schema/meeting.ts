import type { Convention, Prisma } from '@plenary/db';
import { changeMeetingStatus, listInvitations, planConvening } from '@plenary/domain';
import { EVERYONE, readableBy } from '../auth/readers.ts';
import { builder } from '../builder.ts';
import { recordAudit, type TransactionClient } from '../mutations/audit.ts';
import { idFromGlobalId, notFound } from '../mutations/global-id.ts';
import { assertVersionBumped, runInTransaction } from '../mutations/run-in-transaction.ts';
import { createMeeting } from '../use-cases/meetings/create-meeting.ts';
import { staleMeeting } from '../use-cases/meetings/meeting-record.ts';
import { updateMeeting } from '../use-cases/meetings/update-meeting.ts';
import { standingOn } from '../treaty/standing-on.ts';
import { ConveningNoteInput, ConveningNoteRef } from './convening-note.ts';
import { MeetingKindEnum, MeetingStatusEnum, WeekdayEnum } from './enums.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { nodeConnection } from './node-connection.ts';
import { fromCalendarDate, toCalendarDate } from './scalars.ts';
import {
  CONVENTION_CODE_DESCRIPTION,
  globalIdDescription,
  MUTATION_DATA_DESCRIPTION,
  MUTATION_INPUT_DESCRIPTION,
  UPDATED_SINCE_DESCRIPTION,
  updatedAtDescription,
  VERSION_ARGUMENT_DESCRIPTION,
} from './shared-descriptions.ts';
import { DEFAULT_CONVENTION_CODE } from './state.ts';

export const MeetingRef = builder.prismaNode('Meeting', {
  description: 'A meeting held under a convention (a Meeting of States Parties, a Review Conference, ...): its dates, venue, presidency, deadlines, status and convening note. Public.',
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    convention: t.relation('convention', { description: 'The convention the meeting is held under.' }),
    code: t.exposeString('code', { description: 'Short code, e.g. "11MSP" or "2RC-1".' }),
    kind: t.expose('kind', { description: 'What kind of meeting this is; it decides the title and the rules that apply.', type: MeetingKindEnum }),
    number: t.exposeInt('number', { description: "The meeting's number in its series: 11 for the Eleventh Meeting of States Parties." }),
    part: t.exposeInt('part', { description: 'For a meeting held in parts, which part this is (1, 2, ...); null for a meeting in one part.', nullable: true }),
    title: t.exposeString('title', { description: "The meeting's English title, e.g. \"Eleventh Meeting of States Parties\"." }),
    opensOn: t.expose('opensOn', { description: "The first day of the meeting, as `YYYY-MM-DD` in the meeting's time zone.", type: 'Date' }),
    closesOn: t.expose('closesOn', { description: "The last day of the meeting, as `YYYY-MM-DD` in the meeting's time zone.", type: 'Date' }),
    venue: t.exposeString('venue', { description: 'The building the meeting is held in, e.g. "Palais des Nations"; null when not yet known.', nullable: true }),
    city: t.exposeString('city', { description: 'The city the meeting is held in, in English, e.g. "Geneva".' }),
    country: t.exposeString('country', { description: 'The host country in English, e.g. "Switzerland"; null when not recorded.', nullable: true }),
    venueFr: t.exposeString('venueFr', { nullable: true, description: 'The venue as French documents name it, with its article: "le Palais des Nations".' }),
    cityFr: t.exposeString('cityFr', { nullable: true, description: 'The city as French documents name it: "Genève".' }),
    countryFr: t.exposeString('countryFr', { nullable: true, description: 'The country as French documents name it: "Suisse".' }),
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone in which deadlines are counted.' }),
    presidentState: t.relation('presidentState', { description: 'The State holding the presidency of the meeting (rules of procedure); null until elected or designated.', nullable: true }),
    presidentName: t.exposeString('presidentName', { description: 'The name of the president of the meeting, as published; null until known.', nullable: true, extensions: readableBy(EVERYONE) }),
    status: t.expose('status', { description: 'Where the meeting is in its life: draft, convened, in session, closed or cancelled.', type: MeetingStatusEnum }),
    conveningNote: t.variant(ConveningNoteRef, { description: 'The note verbale convening the meeting, as issued: its symbol, date and reference.' }),
    convenedOn: t.expose('convenedOn', { description: "The day the meeting was convened (the convening note's date unless given otherwise); null while a draft.", type: 'Date', nullable: true }),
    delegationDeadline: t.expose('delegationDeadline', { type: 'Date', nullable: true, description: 'Last day (whole day, meeting time zone) for delegation details.' }),
    delegationDeadlineWeekdayAsIssued: t.expose('delegationDeadlineWeekdayAsIssued', {
      type: WeekdayEnum,
      nullable: true,
      description: 'The weekday the convening note as issued printed beside the deadline, printed again when the note is reproduced; null: the calendar’s.',
    }),
    reportingDeadline: t.expose('reportingDeadline', { type: 'Date', nullable: true, description: 'The Article 7 deadline the convening note reminds of.' }),
    secretariatOffice: t.relation('secretariatOffice', { description: "The office serving as the meeting's secretariat, named in its convening note; null when not recorded.", nullable: true }),
    webPage: t.exposeString('webPage', { description: "The meeting's public web page (an absolute URL); null when none.", nullable: true }),
    symbolPrefix: t.exposeString('symbolPrefix', { nullable: true, description: 'Prefix of the meeting documents\' symbols, e.g. "CCM/MSP/2023".' }),
    version: t.exposeInt('version', { description: 'Increases with every change; updates must send the version they read.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: updatedAtDescription(
        'its own fields, and its invitations and delegations (their members and credentials included), so re-read `invitations` and `delegations` of a meeting whose stamp moved',
      ),
    }),
  }),
});

export const MeetingConnection = nodeConnection(MeetingRef, 'Meeting');

const MeetingFilter = builder.inputType('MeetingFilter', {
  description: 'Which meetings to list; conditions combine with AND. Omit a field to not filter by it.',
  fields: (t) => ({
    convention: t.string({ description: 'Convention code, e.g. "CCM".' }),
    kind: t.field({ description: 'Only meetings of this kind.', type: MeetingKindEnum }),
    year: t.int({ description: 'Meetings that open in this calendar year.' }),
    status: t.field({ description: 'Only meetings in this status.', type: MeetingStatusEnum }),
    updatedSince: t.field({ type: 'DateTime', description: UPDATED_SINCE_DESCRIPTION }),
  }),
});

function meetingWhere(filter: typeof MeetingFilter.$inferInput | null | undefined): Prisma.MeetingWhereInput {
  if (!filter) return {};
  return {
    ...(filter.convention && { convention: { code: filter.convention } }),
    ...(filter.kind && { kind: filter.kind }),
    ...(filter.status && { status: filter.status }),
    ...(filter.updatedSince && { updatedAt: { gte: filter.updatedSince } }),
    ...(filter.year != null && { opensOn: { gte: new Date(Date.UTC(filter.year, 0, 1)), lt: new Date(Date.UTC(filter.year + 1, 0, 1)) } }),
  };
}

builder.queryFields((t) => ({
  meetings: t.prismaConnection({
    type: 'Meeting',
    cursor: 'id',
    description: 'Meetings, most recent first.',
    args: { filter: t.arg({ description: 'Which meetings to list (default: all).', type: MeetingFilter }) },
    totalCount: (_parent, args, context) => context.prisma.meeting.count({ where: meetingWhere(args.filter) }),
    resolve: (query, _parent, args, context) =>
      context.prisma.meeting.findMany({ ...query, where: meetingWhere(args.filter), orderBy: [{ opensOn: 'desc' }, { id: 'asc' }] }),
  }, MeetingConnection),
  meetingByCode: t.prismaField({
    description: 'A meeting by its short code under a convention, e.g. "11MSP"; null when there is none.',
    type: 'Meeting',
    nullable: true,
    args: { code: t.arg.string({ description: "The meeting's short code, e.g. \"11MSP\" or \"2RC-1\" (case-sensitive).", required: true }), convention: t.arg.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }) },
    resolve: (query, _parent, args, context) =>
      context.prisma.meeting.findFirst({ ...query, where: { code: args.code, convention: { code: args.convention ?? DEFAULT_CONVENTION_CODE } } }),
  }),
}));

// ---------------------------------------------------------------- meeting by ID

builder.queryField('meeting', (t) =>
  t.prismaField({
    type: 'Meeting',
    nullable: true,
    description: 'A meeting by its global ID (as `node(id:)` does), or null.',
    args: { id: t.arg.id({ description: globalIdDescription('Meeting'), required: true }) },
    resolve: (query, _parent, args, context) => {
      const id = meetingIdOrNull(String(args.id));
      return id === null ? null : context.prisma.meeting.findUnique({ ...query, where: { id } });
    },
  }),
);

function meetingIdOrNull(globalId: string): string | null {
  try {
    return idFromGlobalId({ globalId, typename: 'Meeting', path: 'id' });
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- inputs

// The fields a meeting is recorded with; required ones are required when creating, optional when updating.
type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;

function meetingFields(t: PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>, creating: boolean) {
  return {
    kind: t.field({ description: 'The kind of meeting; with `number` it gives the default code and title.', type: MeetingKindEnum, required: creating }),
    number: t.int({ required: creating, description: 'Its number in its series, 1-40.' }),
    part: t.int({ description: 'For a meeting held in parts: which part.' }),
    code: t.string({ description: 'Short code; computed from kind, number and part when left out (11MSP, 2RC-1).' }),
    title: t.string({ description: 'Computed from kind and number when left out ("Eleventh Meeting of States Parties").' }),
    opensOn: t.field({ description: 'The first day of the meeting, as `YYYY-MM-DD`.', type: 'Date', required: creating }),
    closesOn: t.field({ description: 'The last day of the meeting, as `YYYY-MM-DD`: on or after `opensOn`.', type: 'Date', required: creating }),
    venue: t.string({ description: 'The building, e.g. "Palais des Nations".', required: creating }),
    city: t.string({ description: 'The city in English, e.g. "Geneva".', required: creating }),
    country: t.string({ description: 'The host country in English, e.g. "Switzerland".' }),
    venueFr: t.string({ description: 'The venue in French, with its article: "le Palais des Nations".' }),
    cityFr: t.string({ description: 'The city in French: "Genève".' }),
    countryFr: t.string({ description: 'The country in French: "Suisse".' }),
    timeZone: t.string({ required: creating, description: 'IANA time zone, e.g. "Europe/Zurich".' }),
    presidencyStateCode: t.string({ description: 'ISO 3166 alpha-3 code of the State holding the presidency.' }),
    presidentName: t.string({ description: 'The name of the president of the meeting, as it should be published.' }),
    conveningNote: t.field({ type: ConveningNoteInput, description: 'The note’s details as a whole: given, they replace the stored ones; null removes the note.' }),
    delegationDeadline: t.field({ description: 'The last day delegations may send their details, as `YYYY-MM-DD` (whole day, meeting time zone); a later registration is marked LATE.', type: 'Date' }),
    delegationDeadlineWeekdayAsIssued: t.field({
      type: WeekdayEnum,
      description: 'Only to reproduce a note as issued: the weekday it printed beside the deadline, even where the calendar disagrees. Dropped when the deadline changes without it.',
    }),
    reportingDeadline: t.field({ description: 'The Article 7 reporting deadline the convening note reminds States of, as `YYYY-MM-DD`.', type: 'Date' }),
    secretariatOfficeCode: t.string({ description: 'Code of the office serving as secretariat, e.g. "ODA-GENEVA".' }),
    webPage: t.string({ description: "The meeting's public web page, an absolute http(s) URL." }),
    symbolPrefix: t.string({ required: creating, description: 'E.g. "CCM/MSP/2023".' }),
  };
}

const CreateMeetingInput = builder.inputType('CreateMeetingInput', {
  description: 'A new meeting, recorded as a draft. Code and title are computed when left out.',
  fields: (t) => ({
    conventionCode: t.string({ required: true, description: 'E.g. "CCM".' }),
    ...meetingFields(t, true),
  }),
});

const UpdateMeetingInput = builder.inputType('UpdateMeetingInput', {
  description: 'Only the fields given change; `null` clears an optional field (and recomputes `code` and `title`).',
  fields: (t) => meetingFields(t, false),
});

// ---------------------------------------------------------------- invitations for the opening day

/**
 * Who a meeting of `convention` opening on `openingDay` invites: every State in the capacity its treaty record gives
 * it on that day, as known at convening (rule 1.1), and the organisations of right (rule 1.2).
 */
async function invitationsForOpeningDay(transaction: TransactionClient, convention: Convention, openingDay: string) {
  const states = await transaction.state.findMany({
    select: { id: true, iso3: true, nameEn: true, treatyStatuses: { where: { conventionId: convention.id }, take: 1 } },
  });
  const organisationsOfRight = await transaction.observerOfRight.findMany({
    where: { conventionId: convention.id },
    select: { organisation: { select: { id: true, acronym: true, name: true } } },
  });
  const stateIds = new Map(states.map((state) => [state.iso3, state.id]));
  const organisationIds = new Map(organisationsOfRight.map(({ organisation }) => [organisation.acronym, organisation.id]));
  const invitations = listInvitations({
    states: states.map((state) => {
      const record = state.treatyStatuses[0];
      return { code: state.iso3, name: state.nameEn, status: record ? standingOn({ ...record, convention }, openingDay).status : 'NOT_PARTY' };
    }),
    organisationsOfRight: organisationsOfRight.map(({ organisation }) => ({ code: organisation.acronym, name: organisation.name })),
  });
  return invitations.map((invitation) =>
    invitation.participant.kind === 'STATE'
      ? { capacity: invitation.capacity, stateId: stateIds.get(invitation.participant.code) ?? null, organisationId: null }
      : { capacity: invitation.capacity, stateId: null, organisationId: organisationIds.get(invitation.participant.code) ?? null },
  );
}

function sameDay(stored: Date | null, date: string): boolean {
  return stored !== null && toCalendarDate(stored) === date;
}

// ---------------------------------------------------------------- mutations

function auditedState(meeting: { status: string; convenedOn: Date | null; version: number }) {
  return { status: meeting.status, convenedOn: meeting.convenedOn && toCalendarDate(meeting.convenedOn), version: meeting.version };
}

builder.mutationFields((t) => ({
  createMeeting: t.field({
    type: MeetingRef,
    description: 'Records a new meeting as a draft. Secretariat only.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'meeting', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: { input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: CreateMeetingInput, required: true }) },
    resolve: (_parent, args, context) => runInTransaction(context, (tx) => createMeeting({ tx, actor: context, now: context.now(), input: args.input })),
  }),
  updateMeeting: t.field({
    type: MeetingRef,
    description: 'Changes a meeting. Send the `version` you read: if someone changed it since, you get a ConflictError. Secretariat only.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'meeting', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: {
      id: t.arg.id({ description: globalIdDescription('Meeting'), required: true }),
      version: t.arg.int({ description: VERSION_ARGUMENT_DESCRIPTION, required: true }),
      input: t.arg({ description: 'The fields to change; the others keep their values.', type: UpdateMeetingInput, required: true }),
    },
    resolve: (_parent, args, context) => {
      const id = idFromGlobalId({ globalId: String(args.id), typename: 'Meeting', path: 'id' });
      return runInTransaction(context, (tx) => updateMeeting({ tx, actor: context, now: context.now(), input: { id, version: args.version, changes: args.input as Record<string, unknown> } }));
    },
  }),
  changeMeetingStatus: t.field({
    type: MeetingRef,
    description: 'Opens, closes or cancels a meeting, as the workflow allows (a draft is convened with `conveneMeeting`). Secretariat only.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'meeting', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: {
      id: t.arg.id({ description: globalIdDescription('Meeting'), required: true }),
      version: t.arg.int({ description: VERSION_ARGUMENT_DESCRIPTION, required: true }),
      status: t.arg({ description: 'The status to move to: IN_SESSION from CONVENED, CLOSED from IN_SESSION, CANCELLED before it opens. A move the workflow does not allow is a ConflictError listing the allowed ones.', type: MeetingStatusEnum, required: true }),
    },
    resolve: async (_parent, args, context) => {
      const id = idFromGlobalId({ globalId: String(args.id), typename: 'Meeting', path: 'id' });
      return runInTransaction(context, async (transaction) => {
        const before = await transaction.meeting.findUnique({ where: { id } });
        if (!before) throw notFound('Meeting', String(args.id));
        if (before.version !== args.version) throw staleMeeting(before);
        const status = changeMeetingStatus({ from: before.status, to: args.status });
        const { count } = await transaction.meeting.updateMany({ where: { id, version: args.version, status: before.status }, data: { status, version: { increment: 1 } } });
        await assertVersionBumped({ updatedCount: count, entity: 'Meeting', key: before.code, exists: async () => (await transaction.meeting.count({ where: { id } })) > 0 });
        const after = await transaction.meeting.findUniqueOrThrow({ where: { id } });
        await recordAudit(transaction, context, { action: 'meeting.changeStatus', entityType: 'Meeting', entityId: id, before: auditedState(before), after: auditedState(after) });
        return after;
      });
    },
  }),
  conveneMeeting: t.field({
    type: MeetingRef,
    description:
      'Convenes a draft meeting: invites every State in the capacity its treaty status on the opening day gives it, and the organisations of right; ' +
      'until the meeting opens, a treaty action recorded later moves a State to the capacity it then has on the opening day. ' +
      'The convening date defaults to the date of the convening note, else today. Asking again for a convened meeting changes nothing. Secretariat only.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'meeting', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: {
      id: t.arg.id({ description: globalIdDescription('Meeting'), required: true }),
      version: t.arg.int({ description: 'The version you read; checked when the call convenes a draft.' }),
      conveningDate: t.arg({ description: "The day the meeting is convened, as `YYYY-MM-DD` (default: the convening note's date, else today).", type: 'Date' }),
    },
    resolve: async (_parent, args, context) => {
      const id = idFromGlobalId({ globalId: String(args.id), typename: 'Meeting', path: 'id' });
      return runInTransaction(context, async (transaction) => {
        const before = await transaction.meeting.findUnique({ where: { id }, include: { convention: true } });
        if (!before) throw notFound('Meeting', String(args.id));
        const plan = planConvening({
          status: before.status,
          opensOn: toCalendarDate(before.opensOn),
          convenedOn: before.convenedOn && toCalendarDate(before.convenedOn),
          noteDate: before.noteDate && toCalendarDate(before.noteDate),
          requestedDate: args.conveningDate ? toCalendarDate(args.conveningDate) : null,
          today: toCalendarDate(context.now()),
        });
        if (plan.action === 'CONVENE' && args.version != null && args.version !== before.version) throw staleMeeting(before);
        const invitations = await invitationsForOpeningDay(transaction, before.convention, toCalendarDate(before.opensOn));
        // Each participant is invited once (unique per meeting): a repeated or concurrent call adds nothing.
        const issued = await transaction.invitation.createMany({
          data: invitations.map((invitation) => ({ ...invitation, meetingId: id, status: 'ISSUED' as const })),
          skipDuplicates: true,
        });
        let convened = false;
        if (plan.action === 'CONVENE') {
          const { count } = await transaction.meeting.updateMany({
            where: { id, status: 'DRAFT', version: before.version },
            data: { status: 'CONVENED', convenedOn: fromCalendarDate(plan.conveningDate), version: { increment: 1 } },
          });
          if (count === 0) {
            // Changed since it was read: fine if a concurrent call convened it on the same day, else a conflict.
            const now = await transaction.meeting.findUnique({ where: { id } });
            if (!now) throw notFound('Meeting', String(args.id));
            if (now.status !== 'CONVENED' || !sameDay(now.convenedOn, plan.conveningDate)) throw staleMeeting(before);
          }
          convened = count === 1;
        }
        const after = await transaction.meeting.findUniqueOrThrow({ where: { id } });
        // The audit trail records changes that happened: a repeated or concurrent call that found the meeting
        // convened and every invitation issued records nothing; one that only issued missing invitations says so.
        if (!convened && issued.count === 0) return after;
        await recordAudit(transaction, context, {
          action: 'meeting.convene',
          entityType: 'Meeting',
          entityId: id,
          before: auditedState(convened ? before : after),
          after: { ...auditedState(after), invitationsIssued: issued.count },
        });
        return after;
      });
    },
  }),
}));
