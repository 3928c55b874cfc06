import { describe, expect, it } from 'vitest';
import { CONVENTION_ADOPTED_ON } from './common-schemas.ts';
import { paymentInputSchema } from './cost-input.ts';
import { credentialsInputSchema } from './delegation-input.ts';
import { meetingInputSchema } from './meeting-input.ts';
import { reportRecordInputSchema } from './report-record-input.ts';

function problems(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

// The Eleventh Meeting of States Parties, as convened by the note verbale of 21 March 2023.
const eleventhMeeting = {
  conventionCode: 'CCM',
  kind: 'MEETING_OF_STATES_PARTIES',
  number: 11,
  opensOn: '2023-09-11',
  closesOn: '2023-09-14',
  venue: 'Palais des Nations',
  city: 'Geneva',
  timeZone: 'Europe/Zurich',
  conveningNote: { reference: 'ODA/2023-00050', date: '2023-03-21', issuingOffice: 'ODA' },
  delegationDeadline: '2023-08-31',
  reportingDeadline: '2023-04-30',
  symbolPrefix: 'CCM/MSP/2023',
};

describe('dates before the Convention was adopted (30 May 2008)', () => {
  it('takes the adoption in Dublin as the earliest date of the meetings’ business', () => {
    expect(CONVENTION_ADOPTED_ON).toBe('2008-05-30');
  });

  it('refuses a meeting in 1990, naming each of its dates', () => {
    const result = meetingInputSchema.safeParse({
      ...eleventhMeeting,
      opensOn: '1990-09-11',
      closesOn: '1990-09-14',
      conveningNote: undefined,
      delegationDeadline: undefined,
      reportingDeadline: undefined,
    });
    expect(problems(result)).toEqual([
      'opensOn: The opening date cannot be before 2008-05-30, when the Convention was adopted; check the year (got 1990-09-11).',
      'closesOn: The closing date cannot be before 2008-05-30, when the Convention was adopted; check the year (got 1990-09-14).',
    ]);
  });

  it('refuses a reporting deadline, a delegation deadline and a convening note in 1900', () => {
    const result = meetingInputSchema.safeParse({
      ...eleventhMeeting,
      reportingDeadline: '1900-04-30',
      delegationDeadline: '1900-08-31',
      conveningNote: { ...eleventhMeeting.conveningNote, date: '1900-03-21' },
    });
    expect(problems(result).map((problem) => problem.split(':')[0])).toEqual([
      'conveningNote.date',
      'delegationDeadline',
      'reportingDeadline',
    ]);
  });

  it('accepts the day of adoption itself, for a preparatory meeting held before entry into force', () => {
    expect(
      meetingInputSchema.safeParse({
        ...eleventhMeeting,
        kind: 'PREPARATORY',
        opensOn: '2008-05-30',
        closesOn: '2008-05-30',
        conveningNote: undefined,
        delegationDeadline: undefined,
        reportingDeadline: undefined,
      }).success,
    ).toBe(true);
    expect(meetingInputSchema.safeParse({ ...eleventhMeeting, opensOn: '2008-05-29' }).success).toBe(false);
  });

  it('refuses a payment dated 1900-01-01', () => {
    expect(
      problems(
        paymentInputSchema.safeParse({
          iso3: 'NOR',
          amount: '1250.00',
          currency: 'CHF',
          receivedOn: '1900-01-01',
        }),
      ),
    ).toEqual([
      'receivedOn: The date received cannot be before 2008-05-30, when the Convention was adopted; check the year (got 1900-01-01).',
    ]);
  });

  it('refuses credentials and reports received in 1900', () => {
    const credentials = {
      issuingAuthority: 'HEAD_OF_STATE',
      documentKind: 'ORIGINAL',
      receivedDate: '1900-09-08',
      status: 'RECEIVED',
    };
    expect(problems(credentialsInputSchema.safeParse(credentials)).map((problem) => problem.split(':')[0])).toEqual([
      'receivedDate',
    ]);
    expect(
      problems(reportRecordInputSchema.safeParse({ kind: 'ANNUAL', periodYear: 2024, receivedOn: '1900-04-29' })).map(
        (problem) => problem.split(':')[0],
      ),
    ).toEqual(['receivedOn']);
  });

  it('says only that an empty date is not a date', () => {
    expect(problems(meetingInputSchema.safeParse({ ...eleventhMeeting, closesOn: '' }))).toEqual([
      'closesOn: The closing date must be a real date written YYYY-MM-DD, for example 2023-08-31.',
    ]);
  });
});
