import { builder } from '../../builder.ts';
import { idFromGlobalId } from '../../mutations/global-id.ts';
import { runInTransaction } from '../../mutations/run-in-transaction.ts';
import { changeMeetingStatus } from '../../use-cases/meetings/change-meeting-status.ts';
import { conveneMeeting } from '../../use-cases/meetings/convene-meeting.ts';
import { createMeeting } from '../../use-cases/meetings/create-meeting.ts';
import { updateMeeting } from '../../use-cases/meetings/update-meeting.ts';
import { ConveningNoteInput } from '../convening-note.ts';
import { MeetingKindEnum, MeetingStatusEnum, WeekdayEnum } from '../enums.ts';
import { MUTATION_ERRORS } from '../errors.ts';
import {
  globalIdDescription,
  MUTATION_DATA_DESCRIPTION,
  MUTATION_INPUT_DESCRIPTION,
  VERSION_ARGUMENT_DESCRIPTION,
} from '../shared-descriptions.ts';
import { MeetingRef } from './type.ts';

// ---------------------------------------------------------------- inputs

// The fields a meeting is recorded with; required ones are required when creating, optional when updating.
type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;

function meetingFields(t: PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>, creating: boolean) {
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

// ---------------------------------------------------------------- mutations

builder.mutationFields((t) => ({
  createMeeting: t.field({
    type: MeetingRef,
    description: 'Records a new meeting as a draft. Secretariat only.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'meeting', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: { input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: CreateMeetingInput, required: true }) },
    resolve: (_parent, args, context) =>
      runInTransaction(context, (tx) => createMeeting({ tx, actor: context, now: context.now(), input: args.input })),
  }),
  updateMeeting: t.field({
    type: MeetingRef,
    description:
      'Changes a meeting. Send the `version` you read: if someone changed it since, you get a ConflictError. Secretariat only.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'meeting', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: {
      id: t.arg.id({ description: globalIdDescription('Meeting'), required: true }),
      version: t.arg.int({ description: VERSION_ARGUMENT_DESCRIPTION, required: true }),
      input: t.arg({
        description: 'The fields to change; the others keep their values.',
        type: UpdateMeetingInput,
        required: true,
      }),
    },
    resolve: (_parent, args, context) => {
      const id = idFromGlobalId({ globalId: args.id, typename: 'Meeting', path: 'id' });
      return runInTransaction(context, (tx) =>
        updateMeeting({
          tx,
          actor: context,
          now: context.now(),
          input: { id, version: args.version, changes: args.input },
        }),
      );
    },
  }),
  changeMeetingStatus: t.field({
    type: MeetingRef,
    description:
      'Opens, closes or cancels a meeting, as the workflow allows (a draft is convened with `conveneMeeting`). Secretariat only.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'meeting', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: {
      id: t.arg.id({ description: globalIdDescription('Meeting'), required: true }),
      version: t.arg.int({ description: VERSION_ARGUMENT_DESCRIPTION, required: true }),
      status: t.arg({
        description:
          'The status to move to: IN_SESSION from CONVENED, CLOSED from IN_SESSION, CANCELLED before it opens. A move the workflow does not allow is a ConflictError listing the allowed ones.',
        type: MeetingStatusEnum,
        required: true,
      }),
    },
    resolve: (_parent, args, context) => {
      const id = idFromGlobalId({ globalId: args.id, typename: 'Meeting', path: 'id' });
      const input = { id, key: String(args.id), version: args.version, status: args.status };
      return runInTransaction(context, (tx) => changeMeetingStatus({ tx, actor: context, now: context.now(), input }));
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
      conveningDate: t.arg({
        description:
          "The day the meeting is convened, as `YYYY-MM-DD` (default: the convening note's date, else today).",
        type: 'Date',
      }),
    },
    resolve: (_parent, args, context) => {
      const id = idFromGlobalId({ globalId: args.id, typename: 'Meeting', path: 'id' });
      const input = {
        id,
        key: String(args.id),
        version: args.version ?? null,
        conveningDate: args.conveningDate ?? null,
      };
      return runInTransaction(context, (tx) => conveneMeeting({ tx, actor: context, now: context.now(), input }));
    },
  }),
}));
