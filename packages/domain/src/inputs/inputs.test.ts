import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { costEstimateInputSchema, paymentInputSchema } from './cost-input.ts';
import { credentialsInputSchema } from './delegation-input.ts';
import { meetingInputSchema } from './meeting-input.ts';
import { parseInput } from './parse-input.ts';
import { scaleImportRowSchema, scaleOfAssessmentInputSchema } from './scale-input.ts';

/** Every problem zod found, as "path: message". */
function problems(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): string[] {
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
  conveningNote: { reference: 'ODA/2023-00050', date: '2023-03-21', issuingOffice: 'Office for Disarmament Affairs' },
  delegationDeadline: '2023-08-31',
  reportingDeadline: '2023-04-30',
  secretariatContact: { name: 'Secretary of the Eleventh Meeting of States Parties', email: 'ccm@un.org' },
  symbolPrefix: 'CCM/MSP/2023',
};

describe('input schemas', () => {
  it('accepts the Eleventh Meeting of States Parties', () => {
    expect(meetingInputSchema.safeParse(eleventhMeeting).success).toBe(true);
  });

  it('explains each problem with a meeting in plain words', () => {
    const result = meetingInputSchema.safeParse({
      ...eleventhMeeting,
      kind: 'MSP',
      number: 41,
      closesOn: '2023-09-10',
      delegationDeadline: '2023-09-12',
      timeZone: 'CET+1',
      symbolPrefix: 'CCM/MSP/23',
      venue: undefined,
    });
    expect(problems(result)).toEqual([
      expect.stringMatching(/^kind: The kind of meeting must be one of: MEETING_OF_STATES_PARTIES/),
      'number: The meeting number must be at most 40.',
      'venue: The venue is required.',
      'timeZone: The time zone must be an IANA time zone name, such as Europe/Zurich.',
      'symbolPrefix: The third part must be a four-digit year, such as 2023; got "23".',
    ]);
    const ordered = meetingInputSchema.safeParse({
      ...eleventhMeeting,
      closesOn: '2023-09-10',
      delegationDeadline: '2023-09-12',
      conveningNote: { ...eleventhMeeting.conveningNote, date: '2023-09-20' },
    });
    expect(problems(ordered)).toEqual([
      'closesOn: The meeting cannot close before it opens.',
      'delegationDeadline: The deadline for delegations must be on or before the opening day.',
      'conveningNote.date: The convening note must be dated on or before the opening day.',
    ]);
  });

  it('asks who authorised a person signing credentials', () => {
    const result = credentialsInputSchema.safeParse({
      issuingAuthority: 'AUTHORISED_PERSON',
      documentKind: 'ORIGINAL',
      receivedDate: '2023-09-08',
      status: 'ACCEPTED',
    });
    expect(problems(result)).toEqual([
      expect.stringMatching(/^authorisedBy: Credentials signed by an authorised person/),
    ]);
  });

  it('reads scale rows with rates in per cent to three decimals, never as numbers', () => {
    expect(scaleImportRowSchema.safeParse({ iso3: 'USA', ratePercent: '22.000' }).success).toBe(true);
    expect(problems(scaleImportRowSchema.safeParse({ iso3: 'usa', ratePercent: 22 }))).toEqual([
      'iso3: The State must be given by its three-letter ISO 3166 code in capitals, such as CHE.',
      'ratePercent: The rate in per cent must be written as text, such as "0.123".',
    ]);
    expect(problems(scaleImportRowSchema.safeParse({ iso3: 'CHN', ratePercent: '15.2541' }))).toEqual([
      'ratePercent: The rate in per cent must be a number of at least 0 and at most 100, with at most 3 decimal places and a point as separator, such as "0.123".',
    ]);
    expect(scaleImportRowSchema.safeParse({ iso3: 'CHN', ratePercent: '100.001' }).success).toBe(false);
  });

  it('checks a whole scale for its years and duplicate States', () => {
    const scale = {
      firstYear: 2024,
      lastYear: 2022,
      source: 'A/RES/76/238',
      rows: [
        { iso3: 'JPN', ratePercent: '8.033' },
        { iso3: 'JPN', ratePercent: '8.033' },
      ],
    };
    expect(problems(scaleOfAssessmentInputSchema.safeParse(scale))).toEqual([
      'lastYear: The last year of the scale cannot be before its first year.',
      'rows.1.iso3: JPN appears more than once in the scale.',
    ]);
  });

  it('reads cost estimate lines and payments with amounts to the cent', () => {
    const estimate = costEstimateInputSchema.parse({
      currency: 'CHF',
      lines: [{ description: 'Interpretation', amount: '12345.60' }],
    });
    expect(estimate.kind).toBe('ESTIMATE');
    expect(
      problems(
        costEstimateInputSchema.safeParse({ currency: 'CHF', lines: [{ description: 'Rooms', amount: '1,000.00' }] }),
      ),
    ).toEqual([
      'lines.0.amount: The amount must be a number of at least 0, with at most 2 decimal places and a point as separator, such as "12345.60".',
    ]);
    expect(problems(costEstimateInputSchema.safeParse({ currency: 'CHF', lines: [] }))).toEqual([
      'lines: A cost estimate needs at least one line.',
    ]);
    expect(
      paymentInputSchema.safeParse({ iso3: 'NOR', amount: '1250.00', currency: 'CHF', receivedOn: '2023-11-02' })
        .success,
    ).toBe(true);
  });

  it('turns zod problems into a ValidationError with dotted paths', () => {
    expect(parseInput({ schema: scaleImportRowSchema, input: { iso3: 'USA', ratePercent: '22.000' } })).toEqual({
      iso3: 'USA',
      ratePercent: '22.000',
    });
    try {
      parseInput({ schema: costEstimateInputSchema, input: { currency: 'CHF', lines: [{ description: 'Rooms' }] } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([
        { path: 'lines.0.amount', message: 'The amount is required.' },
      ]);
    }
  });
});
