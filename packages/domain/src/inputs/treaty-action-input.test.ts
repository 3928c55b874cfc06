import { describe, expect, it } from 'vitest';
import { treatyActionInputSchema } from './treaty-action-input.ts';

function problems(input: unknown): string[] {
  const result = treatyActionInputSchema.safeParse(input);
  return (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

const southSudanAccession = {
  state: 'SSD',
  convention: 'CCM',
  action: 'DEPOSIT',
  date: '2023-08-03',
  instrument: 'ACCESSION',
  source: 'C.N.231.2023.TREATIES-XXVI.6',
};

describe('the treaty action input', () => {
  it("accepts South Sudan's accession and treats it as unverified unless said otherwise", () => {
    expect(treatyActionInputSchema.parse(southSudanAccession)).toEqual({ ...southSudanAccession, verified: false });
  });

  it('names every problem', () => {
    expect(problems({ state: 'ssd', convention: '', action: 'ACCEDE', date: '2023-02-30', source: ' ' })).toEqual([
      'state: The State must be given by its three-letter ISO 3166 code in capitals, such as CHE.',
      'convention: The convention cannot be empty.',
      expect.stringMatching(/^action: The action must be one of: SIGNATURE, DEPOSIT, WITHDRAWAL_NOTICE/),
      'date: The date of the action must be a real date written YYYY-MM-DD, for example 2023-08-31.',
      'source: The source cannot be empty.',
    ]);
  });

  it('needs the instrument with a deposit and takes each override only with its own action', () => {
    expect(problems({ ...southSudanAccession, instrument: undefined })).toEqual([
      'instrument: Say which instrument was deposited: ratification, acceptance, approval, accession or succession.',
    ]);
    expect(
      problems({
        ...southSudanAccession,
        action: 'SIGNATURE',
        entryIntoForceOverride: '2024-02-01',
        withdrawalEffectiveOverride: '2024-02-01',
      }),
    ).toEqual([
      'instrument: The kind of instrument is only recorded with a deposit.',
      'entryIntoForceOverride: An entry-into-force date is only recorded with a deposit.',
      'withdrawalEffectiveOverride: A withdrawal effective date is only recorded with a withdrawal notice.',
    ]);
  });
});
