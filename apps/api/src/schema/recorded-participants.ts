import type { RecordedParticipantRow } from '@plenary/domain';
import { builder } from '../builder.ts';
import { CSV_LIMIT_DESCRIPTION, csvError, readCsvRecords } from '../mutations/csv-text.ts';
import { idFromGlobalId } from '../mutations/global-id.ts';
import { runInTransaction } from '../mutations/run-in-transaction.ts';
import { recordMeetingParticipants } from '../use-cases/invitations/record-meeting-participants.ts';
import { InvitationCapacityEnum } from './enums.ts';
import { INVITATION_ORDER, InvitationConnection, InvitationRef } from './invitation/type.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { globalIdDescription, MUTATION_DATA_DESCRIPTION, MUTATION_INPUT_DESCRIPTION } from './shared-descriptions.ts';

builder.prismaObjectField('Invitation', 'participationRecordedAt', (t) =>
  t.expose('participationRecordedAt', {
    type: 'DateTime',
    nullable: true,
    description:
      "When the State's participation was recorded after the meeting, from its list of participants; null for an invitation issued here.",
  }),
);

builder.prismaObjectField('Meeting', 'recordedParticipants', (t) =>
  t.relatedConnection(
    'invitations',
    {
      cursor: 'id',
      totalCount: true,
      description:
        'The States whose participation was recorded after the meeting (recordMeetingParticipants), by capacity then name.',
      query: () => ({ where: { participationRecordedAt: { not: null } }, orderBy: INVITATION_ORDER }),
    },
    InvitationConnection,
  ),
);

const RecordedParticipantRowInput = builder.inputType('RecordedParticipantRowInput', {
  description: 'One State that participated in the past meeting, and in what capacity.',
  fields: (t) => ({
    iso3: t.string({ required: true, description: 'ISO 3166-1 alpha-3 code of the State, e.g. "NOR".' }),
    capacity: t.field({
      type: InvitationCapacityEnum,
      required: true,
      description:
        'STATE_PARTY, SIGNATORY_OBSERVER or NON_SIGNATORY_OBSERVER, as its standing on the opening day makes it.',
    }),
  }),
});

const RecordMeetingParticipantsInput = builder.inputType('RecordMeetingParticipantsInput', {
  description:
    'The participating States of a past meeting, from its list of participants: exactly one of `rows` or `csv` text (`@oneOf`; both or neither is refused with BAD_USER_INPUT).',
  isOneOf: true,
  fields: (t) => ({
    rows: t.field({
      description: 'The States as structured rows (instead of `csv`).',
      type: [RecordedParticipantRowInput],
    }),
    csv: t.string({
      description: `CSV text with a header row naming an \`iso3\` column and a \`capacity\` column; other columns are ignored, lines starting with # are comments. ${CSV_LIMIT_DESCRIPTION}`,
    }),
  }),
});

const CSV_CODE_COLUMNS = ['iso3', 'state_code', 'stateCode'];
const CSV_CAPACITY_COLUMNS = ['capacity'];
const CSV_MAX_LENGTH = 100_000;

/** The rows of a list of participants given as CSV text; problems with the text itself are ValidationErrors on `csv`. */
function readParticipantsCsv(text: string): RecordedParticipantRow[] {
  const records = readCsvRecords({ text, maxLength: CSV_MAX_LENGTH });
  const header = Object.keys(records[0] ?? {});
  const codeColumn = CSV_CODE_COLUMNS.find((column) => header.includes(column));
  const capacityColumn = CSV_CAPACITY_COLUMNS.find((column) => header.includes(column));
  if (records.length > 0 && (codeColumn === undefined || capacityColumn === undefined)) {
    throw csvError(`The CSV header must name an "iso3" column and a "capacity" column; it has: ${header.join(', ')}.`);
  }
  return records.map((record) => ({
    iso3: record[codeColumn ?? ''] ?? '',
    capacity: record[capacityColumn ?? ''] ?? '',
  }));
}

builder.mutationField('recordMeetingParticipants', (t) =>
  t.field({
    type: [InvitationRef],
    description:
      'Records the States that took part in a past meeting whose invitations were never kept here, from its list of participants: all or nothing, every bad row reported at once (unknown codes, States listed twice or already invited, capacities their treaty standing on the opening day contradicts). They then share its cost (Art. 14).',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'invitations', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: {
      meetingId: t.arg.id({ description: globalIdDescription('Meeting'), required: true }),
      input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: RecordMeetingParticipantsInput, required: true }),
    },
    resolve: async (_parent, args, context) => {
      const meetingId = idFromGlobalId({ globalId: args.meetingId, typename: 'Meeting', path: 'meetingId' });
      const { rows, csv } = args.input;
      const participantRows = rows
        ? rows.map((row) => ({ iso3: row.iso3, capacity: row.capacity }))
        : readParticipantsCsv(csv ?? '');
      return runInTransaction(context, (tx) =>
        recordMeetingParticipants({
          tx,
          actor: context,
          now: context.now(),
          input: { meetingId, rows: participantRows },
        }),
      );
    },
  }),
);
