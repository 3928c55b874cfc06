import { describe, expect, it } from 'vitest';
import { costShareIssueInputSchema } from './cost-share-issue-input.ts';

describe('issuing cost shares: the input', () => {
  it('defaults to no ceiling and floor and no agreed rates, leaving the payer rule to the convention', () => {
    expect(costShareIssueInputSchema.parse({})).toEqual({ ceilingAndFloor: false, explicitRates: [] });
  });

  it('takes agreed rates with up to six decimals, once per State', () => {
    const result = costShareIssueInputSchema.safeParse({
      payerRule: 'ALL_STATES_PARTIES',
      explicitRates: [
        { iso3: 'VAT', ratePercent: '0.001' },
        { iso3: 'PSE', ratePercent: '0.0000001' },
        { iso3: 'VAT', ratePercent: '0.002' },
      ],
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'explicitRates.1.ratePercent',
      'explicitRates.2.iso3',
    ]);
    const duplicate = costShareIssueInputSchema.safeParse({
      explicitRates: [
        { iso3: 'VAT', ratePercent: '0.001' },
        { iso3: 'VAT', ratePercent: '0.002' },
      ],
    });
    expect(duplicate.error?.issues).toEqual([
      expect.objectContaining({
        path: ['explicitRates', 1, 'iso3'],
        message: 'VAT is given an agreed rate more than once.',
      }),
    ]);
  });

  it('names the payer rules allowed', () => {
    expect(costShareIssueInputSchema.safeParse({ payerRule: 'EVERYONE' }).error?.issues[0]?.message).toMatch(
      /^The payer rule must be one of: STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES/,
    );
  });
});
