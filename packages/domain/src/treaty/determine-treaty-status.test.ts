import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { computeWithdrawalEffectiveDate } from './compute-withdrawal-effective-date.ts';
import { CCM_RULES } from './convention-rules.ts';
import { describeTreatyStanding, determineTreatyStatus, type TreatyRecord } from './determine-treaty-status.ts';

const lithuania: TreatyRecord = {
  signatureDate: '2008-12-03',
  depositDate: '2011-03-24',
  instrumentKind: 'RATIFICATION',
  withdrawalNoticeDate: '2024-09-06',
};
const nigeria: TreatyRecord = {
  signatureDate: '2009-06-12',
  depositDate: '2023-02-28',
  instrumentKind: 'RATIFICATION',
};
const southSudan: TreatyRecord = { depositDate: '2023-08-03', instrumentKind: 'ACCESSION' };
const angola: TreatyRecord = { signatureDate: '2008-12-03' };

const status = (record: TreatyRecord, date: string) => determineTreatyStatus({ record, date, rules: CCM_RULES });

describe('treaty status on a date', () => {
  it('takes Lithuania’s withdrawal effect six months after notice (Art. 20(2)): 2024-09-06 -> 2025-03-06', () => {
    expect(computeWithdrawalEffectiveDate({ withdrawalNoticeDate: '2024-09-06', rules: CCM_RULES })).toBe('2025-03-06');
  });

  it('makes Lithuania not a State Party on 2025-03-06, the day its withdrawal takes effect', () => {
    expect(status(lithuania, '2025-03-05')).toBe('STATE_PARTY');
    expect(status(lithuania, '2025-03-06')).toBe('WITHDRAWN');
  });

  it('shows a withdrawal pending between notice and effect', () => {
    const standing = describeTreatyStanding({ record: lithuania, date: '2024-12-01', rules: CCM_RULES });
    expect(standing).toMatchObject({
      status: 'STATE_PARTY',
      withdrawalPending: true,
      withdrawalEffective: '2025-03-06',
      entryIntoForce: '2011-09-01',
    });
  });

  it('gives Lithuania the same answer when the effective date is recorded as an override', () => {
    const recorded = { ...lithuania, withdrawalNoticeDate: null, withdrawalEffectiveOverride: '2025-03-06' };
    expect(status(recorded, '2025-03-06')).toBe('WITHDRAWN');
  });

  it('keeps a State with a deposited instrument a signatory until entry into force (Nigeria 2023-02-28 -> 2023-08-01)', () => {
    expect(describeTreatyStanding({ record: nigeria, date: '2023-07-31', rules: CCM_RULES })).toMatchObject({
      status: 'SIGNATORY',
      depositedNotYetInForce: true,
      entryIntoForce: '2023-08-01',
    });
    expect(status(nigeria, '2023-08-01')).toBe('STATE_PARTY');
  });

  it('keeps an acceding State not party until entry into force (South Sudan 2023-08-03 -> 2024-02-01)', () => {
    expect(describeTreatyStanding({ record: southSudan, date: '2023-09-12', rules: CCM_RULES })).toMatchObject({
      status: 'NOT_PARTY',
      depositedNotYetInForce: true,
    });
    expect(status(southSudan, '2024-01-31')).toBe('NOT_PARTY');
    expect(status(southSudan, '2024-02-01')).toBe('STATE_PARTY');
  });

  it('makes Trinidad and Tobago (2011-09-21) and South Africa (2015-05-28) States Parties from 2012-03-01 and 2015-11-01', () => {
    const trinidad = { depositDate: '2011-09-21', instrumentKind: 'ACCESSION' as const };
    const southAfrica = {
      signatureDate: '2008-12-03',
      depositDate: '2015-05-28',
      instrumentKind: 'RATIFICATION' as const,
    };
    expect(status(trinidad, '2012-02-29')).toBe('NOT_PARTY');
    expect(status(trinidad, '2012-03-01')).toBe('STATE_PARTY');
    expect(status(southAfrica, '2015-10-31')).toBe('SIGNATORY');
    expect(status(southAfrica, '2015-11-01')).toBe('STATE_PARTY');
  });

  it('makes Albania (deposited 2009-06-16) a State Party from 2010-08-01', () => {
    const albania = { signatureDate: '2008-12-03', depositDate: '2009-06-16', instrumentKind: 'RATIFICATION' as const };
    expect(status(albania, '2010-07-31')).toBe('SIGNATORY');
    expect(status(albania, '2010-08-01')).toBe('STATE_PARTY');
  });

  it('lets a recorded entry-into-force date win over the computed one', () => {
    expect(status({ ...nigeria, entryIntoForceOverride: '2023-07-15' }, '2023-07-15')).toBe('STATE_PARTY');
  });

  it('reads a signatory as such from its signature, and not before', () => {
    expect(status(angola, '2008-12-02')).toBe('NOT_PARTY');
    expect(status(angola, '2023-09-11')).toBe('SIGNATORY');
    expect(status({}, '2023-09-11')).toBe('NOT_PARTY');
  });

  it('refuses a withdrawal notice without a deposit', () => {
    expect(() => status({ withdrawalNoticeDate: '2024-09-06' }, '2025-01-01')).toThrow(ValidationError);
  });
});
