import { builder } from '../../builder.ts';
import { idFromGlobalId } from '../../mutations/global-id.ts';
import { runInTransaction } from '../../mutations/run-in-transaction.ts';
import { changeMeetingStatus } from '../../use-cases/meetings/change-meeting-status.ts';
import { conveneMeeting } from '../../use-cases/meetings/convene-meeting.ts';
import { createMeeting } from '../../use-cases/meetings/create-meeting.ts';
import { updateMeeting } from '../../use-cases/meetings/update-meeting.ts';
import { MeetingStatusEnum } from '../enums.ts';
import { MUTATION_ERRORS } from '../errors.ts';
import {
  globalIdDescription,
  MUTATION_DATA_DESCRIPTION,
  MUTATION_INPUT_DESCRIPTION,
  VERSION_ARGUMENT_DESCRIPTION,
} from '../shared-descriptions.ts';
import { CreateMeetingInput, UpdateMeetingInput } from './inputs.ts';
import { MeetingRef } from './type.ts';

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
