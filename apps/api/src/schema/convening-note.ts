import { fromCalendarDate, toCalendarDate } from '@plenary/db';
import { findIssuedWeekdayDisagreement, type IssuedWeekdayDisagreement } from '@plenary/domain';
import { builder } from '../builder.ts';
import { WeekdayEnum } from './enums.ts';

const IssuedWeekdayDisagreementRef = builder
  .objectRef<IssuedWeekdayDisagreement>('IssuedWeekdayDisagreement')
  .implement({
    description:
      'A date the note as issued prints with a weekday the calendar does not give it. The note is reproduced as issued; this tells the secretariat.',
    fields: (t) => ({
      date: t.field({
        description: 'The date, as `YYYY-MM-DD`.',
        type: 'Date',
        resolve: (disagreement) => fromCalendarDate(disagreement.date),
      }),
      weekdayAsIssued: t.expose('weekdayAsIssued', {
        description: 'The weekday the note prints beside the date.',
        type: WeekdayEnum,
      }),
      weekdayOfDate: t.expose('weekdayOfDate', {
        description: 'The weekday the calendar gives the date.',
        type: WeekdayEnum,
      }),
      message: t.exposeString('message', { description: 'The disagreement in a sentence for the secretariat.' }),
    }),
  });

export const ConveningNoteRef = builder.prismaObject('Meeting', {
  variant: 'ConveningNote',
  description: 'The note verbale by which the meeting is convened.',
  fields: (t) => ({
    reference: t.exposeString('noteReference', {
      description: 'The note\'s reference, e.g. "ODA/2023-00050"; null until recorded.',
      nullable: true,
    }),
    date: t.expose('noteDate', { description: "The note's date; null until recorded.", type: 'Date', nullable: true }),
    issuingOffice: t.relation('noteIssuingOffice', {
      description: 'The office that issued the note; null until recorded.',
      nullable: true,
    }),
    mandateResolution: t.relation('mandateResolution', {
      description: 'The General Assembly resolution under which the meeting is convened; null when none is cited.',
      nullable: true,
    }),
    addressees: t.exposeString('noteAddressees', {
      nullable: true,
      description:
        'To whom the note is addressed: "Permanent Representatives of Member and Observer States to the United Nations".',
    }),
    addresseesFr: t.exposeString('noteAddresseesFr', {
      nullable: true,
      description: 'The addressees in French, with their article: "les Représentants permanents …".',
    }),
    deadlineWeekdayDisagreement: t.field({
      type: IssuedWeekdayDisagreementRef,
      nullable: true,
      description:
        'Set when the weekday the note as issued prints beside the delegation deadline is not the weekday of that date (the Eleventh Meeting’s "Friday, 31 August 2023").',
      resolve: (meeting) =>
        meeting.delegationDeadline &&
        findIssuedWeekdayDisagreement({
          date: toCalendarDate(meeting.delegationDeadline),
          weekdayAsIssued: meeting.delegationDeadlineWeekdayAsIssued,
          what: 'the deadline for delegations',
        }),
    }),
  }),
});

export const ConveningNoteInput = builder.inputType('ConveningNoteInput', {
  description: 'The note verbale that convenes the meeting, with what it prints beside the meeting’s own data.',
  fields: (t) => ({
    reference: t.string({ required: true, description: 'E.g. "ODA/2023-00050".' }),
    date: t.field({
      description: "The note's date, as `YYYY-MM-DD`; the convening date unless `conveneMeeting` is given another.",
      type: 'Date',
      required: true,
    }),
    issuingOffice: t.string({ required: true, description: 'Code of the issuing office, e.g. "ODA".' }),
    addressees: t.string({
      description:
        'To whom the note is addressed, in English: "Permanent Representatives of Member and Observer States to the United Nations".',
    }),
    addresseesFr: t.string({
      description: 'The addressees in French, with their article: "les Représentants permanents …".',
    }),
    mandateResolution: t.string({
      description: 'The number of the General Assembly resolution under which the meeting is convened, e.g. "77/79".',
    }),
  }),
});
