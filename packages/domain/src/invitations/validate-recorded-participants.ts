import { compareCalendarDates, type CalendarDate } from '../dates/calendar-date.ts';
import type { InvitationCapacity, TreatyStatus } from '../enums/domain-enums.ts';
import { ValidationError, type ValidationIssue } from '../errors/domain-error.ts';
import { capacityOfState } from './assess-invitation-capacity.ts';

/** The capacities in which a State takes part (rule 1.1); organisations are not recorded this way. */
export const STATE_CAPACITIES: readonly InvitationCapacity[] = [
  'STATE_PARTY',
  'SIGNATORY_OBSERVER',
  'NON_SIGNATORY_OBSERVER',
];
/** More rows than there are States is a file of something else. */
export const MAX_RECORDED_PARTICIPANTS = 250;

export interface RecordedParticipantRow {
  /** ISO 3166 alpha-3 code, as given. */
  iso3: string;
  /** As given: checked against the State capacities. */
  capacity: string;
}

export interface KnownParticipantState {
  name: string;
  /** Its treaty status on the meeting's opening day. */
  statusOnOpeningDay: TreatyStatus;
  /** Already invited to (or recorded at) the meeting. */
  invited: boolean;
}

const STATE_CODE = /^[A-Z]{3}$/;

/**
 * Who took part in a meeting held before its invitations were kept here (the 11th Meeting, 2023), from its list of
 * participants. Recorded all or nothing, so every problem is reported at once, row by row: a code naming no State,
 * a State given twice or already invited, a capacity that is not a State's or that its treaty standing on the
 * opening day contradicts (rule 1.1: a State Party takes part as such, a signatory or a State not party as an
 * observer). The meeting must have opened: who will take part in a meeting to come is known from its invitations.
 */
export function validateRecordedParticipants(options: {
  meetingCode: string;
  opensOn: CalendarDate;
  today: CalendarDate;
  rows: readonly RecordedParticipantRow[];
  states: ReadonlyMap<string, KnownParticipantState>;
}): { iso3: string; capacity: InvitationCapacity }[] {
  const { meetingCode, opensOn, today, rows, states } = options;
  if (compareCalendarDates(today, opensOn) < 0) {
    throw new ValidationError({
      issues: [
        {
          path: 'meetingId',
          message: `${meetingCode} opens on ${opensOn}: its participants are recorded once it has taken place; until then they come from its invitations and delegations.`,
        },
      ],
    });
  }
  const issues: ValidationIssue[] = [];
  if (rows.length === 0) issues.push({ path: 'rows', message: 'Give at least one participating State.' });
  if (rows.length > MAX_RECORDED_PARTICIPANTS)
    issues.push({
      path: 'rows',
      message: `At most ${MAX_RECORDED_PARTICIPANTS} participants can be recorded at once.`,
    });
  const seen = new Set<string>();
  const recorded: { iso3: string; capacity: InvitationCapacity }[] = [];
  rows.forEach((row, index) => {
    const code = row.iso3.trim().toUpperCase();
    const state = states.get(code);
    if (!STATE_CODE.test(code) || state === undefined) {
      issues.push({
        path: `rows.${index}.iso3`,
        message: `No State has the code "${row.iso3}"; use the ISO 3166 alpha-3 code of a State, such as NOR.`,
      });
      return;
    }
    if (seen.has(code)) {
      issues.push({ path: `rows.${index}.iso3`, message: `${state.name} (${code}) is listed more than once.` });
      return;
    }
    seen.add(code);
    if (state.invited) {
      issues.push({
        path: `rows.${index}.iso3`,
        message: `${state.name} (${code}) is already invited to ${meetingCode}; its participation is recorded on that invitation.`,
      });
      return;
    }
    const capacity = row.capacity.trim().toUpperCase();
    const expected = capacityOfState({ statusOnOpeningDay: state.statusOnOpeningDay });
    if (!STATE_CAPACITIES.includes(capacity as InvitationCapacity)) {
      issues.push({
        path: `rows.${index}.capacity`,
        message: `The capacity of ${state.name} (${code}) must be one of ${STATE_CAPACITIES.join(', ')}; got "${row.capacity}".`,
      });
      return;
    }
    if (capacity !== expected) {
      issues.push({
        path: `rows.${index}.capacity`,
        message: `${state.name} (${code}) was ${describeStatus(state.statusOnOpeningDay)} on ${opensOn}, when ${meetingCode} opened, so it took part as ${expected}, not ${capacity}.`,
      });
      return;
    }
    recorded.push({ iso3: code, capacity: expected });
  });
  if (issues.length > 0) throw new ValidationError({ issues });
  return recorded;
}

const STATUS_WORDS: Record<TreatyStatus, string> = {
  STATE_PARTY: 'a State Party',
  SIGNATORY: 'a signatory',
  WITHDRAWN: 'a State that had withdrawn',
  NOT_PARTY: 'a State not party',
};

function describeStatus(status: TreatyStatus): string {
  return STATUS_WORDS[status];
}
