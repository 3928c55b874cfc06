import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { validateRecordedParticipants, type KnownParticipantState } from './validate-recorded-participants.ts';

// Standing on 2023-09-11, when the 11th Meeting opened.
const STATES = new Map<string, KnownParticipantState>([
  ['NOR', { name: 'Norway', statusOnOpeningDay: 'STATE_PARTY', invited: false }],
  ['IDN', { name: 'Indonesia', statusOnOpeningDay: 'SIGNATORY', invited: false }],
  ['USA', { name: 'United States of America', statusOnOpeningDay: 'NOT_PARTY', invited: false }],
  ['CHE', { name: 'Switzerland', statusOnOpeningDay: 'STATE_PARTY', invited: true }],
]);
const MEETING = { meetingCode: '11MSP', opensOn: '2023-09-11', today: '2026-12-04', states: STATES };

function issuesOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return [...error.issues];
    throw error;
  }
  return [];
}

describe('recording who took part in a past meeting', () => {
  it('takes each State in the capacity its standing on the opening day gives it', () => {
    const rows = [
      { iso3: 'nor', capacity: 'state_party' },
      { iso3: 'IDN', capacity: 'SIGNATORY_OBSERVER' },
      { iso3: 'USA', capacity: 'NON_SIGNATORY_OBSERVER' },
    ];
    expect(validateRecordedParticipants({ ...MEETING, rows })).toEqual([
      { iso3: 'NOR', capacity: 'STATE_PARTY' },
      { iso3: 'IDN', capacity: 'SIGNATORY_OBSERVER' },
      { iso3: 'USA', capacity: 'NON_SIGNATORY_OBSERVER' },
    ]);
  });

  it('reports every bad row at once: unknown codes, States listed twice or already invited, capacities their standing contradicts', () => {
    const rows = [
      { iso3: 'XXX', capacity: 'STATE_PARTY' },
      { iso3: 'NOR', capacity: 'STATE_PARTY' },
      { iso3: 'NOR', capacity: 'STATE_PARTY' },
      { iso3: 'CHE', capacity: 'STATE_PARTY' },
      { iso3: 'USA', capacity: 'STATE_PARTY' },
      { iso3: 'IDN', capacity: 'ORGANISATION_OF_RIGHT' },
    ];
    expect(issuesOf(() => validateRecordedParticipants({ ...MEETING, rows }))).toEqual([
      {
        path: 'rows.0.iso3',
        message: 'No State has the code "XXX"; use the ISO 3166 alpha-3 code of a State, such as NOR.',
      },
      { path: 'rows.2.iso3', message: 'Norway (NOR) is listed more than once.' },
      {
        path: 'rows.3.iso3',
        message: 'Switzerland (CHE) is already invited to 11MSP; its participation is recorded on that invitation.',
      },
      {
        path: 'rows.4.capacity',
        message:
          'United States of America (USA) was a State not party on 2023-09-11, when 11MSP opened, so it took part as NON_SIGNATORY_OBSERVER, not STATE_PARTY.',
      },
      {
        path: 'rows.5.capacity',
        message:
          'The capacity of Indonesia (IDN) must be one of STATE_PARTY, SIGNATORY_OBSERVER, NON_SIGNATORY_OBSERVER; got "ORGANISATION_OF_RIGHT".',
      },
    ]);
  });

  it('refuses a meeting that has not opened yet, and an empty list', () => {
    expect(
      issuesOf(() =>
        validateRecordedParticipants({
          ...MEETING,
          today: '2023-09-10',
          rows: [{ iso3: 'NOR', capacity: 'STATE_PARTY' }],
        }),
      ),
    ).toEqual([
      {
        path: 'meetingId',
        message:
          '11MSP opens on 2023-09-11: its participants are recorded once it has taken place; until then they come from its invitations and delegations.',
      },
    ]);
    expect(issuesOf(() => validateRecordedParticipants({ ...MEETING, rows: [] }))).toEqual([
      { path: 'rows', message: 'Give at least one participating State.' },
    ]);
  });
});
