import { builder, type InputFieldBuilder } from '../../builder.ts';
import { ConveningNoteInput } from '../convening-note.ts';
import { MeetingKindEnum, WeekdayEnum } from '../enums.ts';

// The fields a meeting is recorded with; required ones are required when creating, optional when updating.
function meetingFields(t: InputFieldBuilder, creating: boolean) {
  return {
    kind: t.field({
      description: 'The kind of meeting; with `number` it gives the default code and title.',
      type: MeetingKindEnum,
      required: creating,
    }),
    number: t.int({ required: creating, description: 'Its number in its series, 1-40.' }),
    part: t.int({ description: 'For a meeting held in parts: which part.' }),
    code: t.string({ description: 'Short code; computed from kind, number and part when left out (11MSP, 2RC-1).' }),
    title: t.string({
      description: 'Computed from kind and number when left out ("Eleventh Meeting of States Parties").',
    }),
    opensOn: t.field({
      description: 'The first day of the meeting, as `YYYY-MM-DD`.',
      type: 'Date',
      required: creating,
    }),
    closesOn: t.field({
      description: 'The last day of the meeting, as `YYYY-MM-DD`: on or after `opensOn`.',
      type: 'Date',
      required: creating,
    }),
    venue: t.string({ description: 'The building, e.g. "Palais des Nations".', required: creating }),
    city: t.string({ description: 'The city in English, e.g. "Geneva".', required: creating }),
    country: t.string({ description: 'The host country in English, e.g. "Switzerland".' }),
    venueFr: t.string({ description: 'The venue in French, with its article: "le Palais des Nations".' }),
    cityFr: t.string({ description: 'The city in French: "Genève".' }),
    countryFr: t.string({ description: 'The country in French: "Suisse".' }),
    timeZone: t.string({ required: creating, description: 'IANA time zone, e.g. "Europe/Zurich".' }),
    presidencyStateCode: t.string({ description: 'ISO 3166 alpha-3 code of the State holding the presidency.' }),
    presidentName: t.string({ description: 'The name of the president of the meeting, as it should be published.' }),
    conveningNote: t.field({
      type: ConveningNoteInput,
      description: 'The note’s details as a whole: given, they replace the stored ones; null removes the note.',
    }),
    delegationDeadline: t.field({
      description:
        'The last day delegations may send their details, as `YYYY-MM-DD` (whole day, meeting time zone); a later registration is marked LATE.',
      type: 'Date',
    }),
    delegationDeadlineWeekdayAsIssued: t.field({
      type: WeekdayEnum,
      description:
        'Only to reproduce a note as issued: the weekday it printed beside the deadline, even where the calendar disagrees. Dropped when the deadline changes without it.',
    }),
    reportingDeadline: t.field({
      description: 'The Article 7 reporting deadline the convening note reminds States of, as `YYYY-MM-DD`.',
      type: 'Date',
    }),
    secretariatOfficeCode: t.string({ description: 'Code of the office serving as secretariat, e.g. "ODA-GENEVA".' }),
    webPage: t.string({ description: "The meeting's public web page, an absolute http(s) URL." }),
    symbolPrefix: t.string({ required: creating, description: 'E.g. "CCM/MSP/2023".' }),
  };
}

export const CreateMeetingInput = builder.inputType('CreateMeetingInput', {
  description: 'A new meeting, recorded as a draft. Code and title are computed when left out.',
  fields: (t) => ({
    conventionCode: t.string({ required: true, description: 'E.g. "CCM".' }),
    ...meetingFields(t, true),
  }),
});

export const UpdateMeetingInput = builder.inputType('UpdateMeetingInput', {
  description: 'Only the fields given change; `null` clears an optional field (and recomputes `code` and `title`).',
  fields: (t) => meetingFields(t, false),
});
