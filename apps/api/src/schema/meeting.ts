import type { Prisma } from '@plenary/db';
import { builder } from '../builder.ts';
import { MeetingKindEnum, MeetingStatusEnum } from './enums.ts';
import { DEFAULT_CONVENTION_CODE } from './state.ts';

const ConveningNoteRef = builder.prismaObject('Meeting', {
  variant: 'ConveningNote',
  description: 'The note verbale by which the meeting is convened.',
  fields: (t) => ({
    reference: t.exposeString('noteReference', { nullable: true }),
    date: t.expose('noteDate', { type: 'Date', nullable: true }),
    issuingOffice: t.relation('noteIssuingOffice', { nullable: true }),
    mandateResolution: t.relation('mandateResolution', { nullable: true }),
  }),
});

export const MeetingRef = builder.prismaNode('Meeting', {
  id: { field: 'id' },
  fields: (t) => ({
    convention: t.relation('convention'),
    code: t.exposeString('code', { description: 'Short code, e.g. "11MSP" or "2RC-1".' }),
    kind: t.expose('kind', { type: MeetingKindEnum }),
    number: t.exposeInt('number'),
    part: t.exposeInt('part', { nullable: true }),
    title: t.exposeString('title'),
    opensOn: t.expose('opensOn', { type: 'Date' }),
    closesOn: t.expose('closesOn', { type: 'Date' }),
    venue: t.exposeString('venue', { nullable: true }),
    city: t.exposeString('city'),
    country: t.exposeString('country', { nullable: true }),
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone in which deadlines are counted.' }),
    presidentState: t.relation('presidentState', { nullable: true }),
    presidentName: t.exposeString('presidentName', { nullable: true }),
    status: t.expose('status', { type: MeetingStatusEnum }),
    conveningNote: t.variant(ConveningNoteRef),
    convenedOn: t.expose('convenedOn', { type: 'Date', nullable: true }),
    delegationDeadline: t.expose('delegationDeadline', { type: 'Date', nullable: true, description: 'Last day (whole day, meeting time zone) for delegation details.' }),
    reportingDeadline: t.expose('reportingDeadline', { type: 'Date', nullable: true, description: 'The Article 7 deadline the convening note reminds of.' }),
    secretariatOffice: t.relation('secretariatOffice', { nullable: true }),
    webPage: t.exposeString('webPage', { nullable: true }),
    symbolPrefix: t.exposeString('symbolPrefix', { nullable: true, description: 'Prefix of the meeting documents\' symbols, e.g. "CCM/MSP/2023".' }),
    version: t.exposeInt('version', { description: 'Increases with every change; updates must send the version they read.' }),
  }),
});

const MeetingFilter = builder.inputType('MeetingFilter', {
  fields: (t) => ({
    convention: t.string({ description: 'Convention code, e.g. "CCM".' }),
    kind: t.field({ type: MeetingKindEnum }),
    year: t.int({ description: 'Meetings that open in this calendar year.' }),
    status: t.field({ type: MeetingStatusEnum }),
  }),
});

function meetingWhere(filter: typeof MeetingFilter.$inferInput | null | undefined): Prisma.MeetingWhereInput {
  if (!filter) return {};
  return {
    ...(filter.convention && { convention: { code: filter.convention } }),
    ...(filter.kind && { kind: filter.kind }),
    ...(filter.status && { status: filter.status }),
    ...(filter.year != null && { opensOn: { gte: new Date(Date.UTC(filter.year, 0, 1)), lt: new Date(Date.UTC(filter.year + 1, 0, 1)) } }),
  };
}

builder.queryFields((t) => ({
  meetings: t.prismaConnection({
    type: 'Meeting',
    cursor: 'id',
    description: 'Meetings, most recent first.',
    args: { filter: t.arg({ type: MeetingFilter }) },
    totalCount: (_parent, args, context) => context.prisma.meeting.count({ where: meetingWhere(args.filter) }),
    resolve: (query, _parent, args, context) =>
      context.prisma.meeting.findMany({ ...query, where: meetingWhere(args.filter), orderBy: [{ opensOn: 'desc' }, { id: 'asc' }] }),
  }),
  meetingByCode: t.prismaField({
    type: 'Meeting',
    nullable: true,
    args: { code: t.arg.string({ required: true }), convention: t.arg.string({ defaultValue: DEFAULT_CONVENTION_CODE }) },
    resolve: (query, _parent, args, context) =>
      context.prisma.meeting.findFirst({ ...query, where: { code: args.code, convention: { code: args.convention ?? DEFAULT_CONVENTION_CODE } } }),
  }),
}));
