import { EVERYONE, readableBy } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { ConveningNoteRef } from '../convening-note.ts';
import { MeetingKindEnum, MeetingStatusEnum, WeekdayEnum } from '../enums.ts';
import { nodeConnection } from '../node-connection.ts';
import { updatedAtDescription } from '../shared-descriptions.ts';

export const MeetingRef = builder.prismaNode('Meeting', {
  description:
    'A meeting held under a convention (a Meeting of States Parties, a Review Conference, ...): its dates, venue, presidency, deadlines, status and convening note. Public.',
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    convention: t.relation('convention', { description: 'The convention the meeting is held under.' }),
    code: t.exposeString('code', { description: 'Short code, e.g. "11MSP" or "2RC-1".' }),
    kind: t.expose('kind', {
      description: 'What kind of meeting this is; it decides the title and the rules that apply.',
      type: MeetingKindEnum,
    }),
    number: t.exposeInt('number', {
      description: "The meeting's number in its series: 11 for the Eleventh Meeting of States Parties.",
    }),
    part: t.exposeInt('part', {
      description: 'For a meeting held in parts, which part this is (1, 2, ...); null for a meeting in one part.',
      nullable: true,
    }),
    title: t.exposeString('title', {
      description: 'The meeting\'s English title, e.g. "Eleventh Meeting of States Parties".',
    }),
    opensOn: t.expose('opensOn', {
      description: "The first day of the meeting, as `YYYY-MM-DD` in the meeting's time zone.",
      type: 'Date',
    }),
    closesOn: t.expose('closesOn', {
      description: "The last day of the meeting, as `YYYY-MM-DD` in the meeting's time zone.",
      type: 'Date',
    }),
    venue: t.exposeString('venue', {
      description: 'The building the meeting is held in, e.g. "Palais des Nations"; null when not yet known.',
      nullable: true,
    }),
    city: t.exposeString('city', { description: 'The city the meeting is held in, in English, e.g. "Geneva".' }),
    country: t.exposeString('country', {
      description: 'The host country in English, e.g. "Switzerland"; null when not recorded.',
      nullable: true,
    }),
    venueFr: t.exposeString('venueFr', {
      nullable: true,
      description: 'The venue as French documents name it, with its article: "le Palais des Nations".',
    }),
    cityFr: t.exposeString('cityFr', {
      nullable: true,
      description: 'The city as French documents name it: "Genève".',
    }),
    countryFr: t.exposeString('countryFr', {
      nullable: true,
      description: 'The country as French documents name it: "Suisse".',
    }),
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone in which deadlines are counted.' }),
    presidentState: t.relation('presidentState', {
      description:
        'The State holding the presidency of the meeting (rules of procedure); null until elected or designated.',
      nullable: true,
    }),
    presidentName: t.exposeString('presidentName', {
      description: 'The name of the president of the meeting, as published; null until known.',
      nullable: true,
      extensions: readableBy(EVERYONE),
    }),
    status: t.expose('status', {
      description: 'Where the meeting is in its life: draft, convened, in session, closed or cancelled.',
      type: MeetingStatusEnum,
    }),
    conveningNote: t.variant(ConveningNoteRef, {
      description: 'The note verbale convening the meeting, as issued: its symbol, date and reference.',
    }),
    convenedOn: t.expose('convenedOn', {
      description:
        "The day the meeting was convened (the convening note's date unless given otherwise); null while a draft.",
      type: 'Date',
      nullable: true,
    }),
    delegationDeadline: t.expose('delegationDeadline', {
      type: 'Date',
      nullable: true,
      description: 'Last day (whole day, meeting time zone) for delegation details.',
    }),
    delegationDeadlineWeekdayAsIssued: t.expose('delegationDeadlineWeekdayAsIssued', {
      type: WeekdayEnum,
      nullable: true,
      description:
        'The weekday the convening note as issued printed beside the deadline, printed again when the note is reproduced; null: the calendar’s.',
    }),
    reportingDeadline: t.expose('reportingDeadline', {
      type: 'Date',
      nullable: true,
      description: 'The Article 7 deadline the convening note reminds of.',
    }),
    secretariatOffice: t.relation('secretariatOffice', {
      description:
        "The office serving as the meeting's secretariat, named in its convening note; null when not recorded.",
      nullable: true,
    }),
    webPage: t.exposeString('webPage', {
      description: "The meeting's public web page (an absolute URL); null when none.",
      nullable: true,
    }),
    symbolPrefix: t.exposeString('symbolPrefix', {
      nullable: true,
      description: 'Prefix of the meeting documents\' symbols, e.g. "CCM/MSP/2023".',
    }),
    version: t.exposeInt('version', {
      description: 'Increases with every change; updates must send the version they read.',
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: updatedAtDescription(
        'its own fields, and its invitations and delegations (their members and credentials included), so re-read `invitations` and `delegations` of a meeting whose stamp moved',
      ),
    }),
  }),
});

export const MeetingConnection = nodeConnection(MeetingRef, 'Meeting');
