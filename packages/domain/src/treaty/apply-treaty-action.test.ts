import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { applyTreatyAction, type StoredTreatyDates } from './apply-treaty-action.ts';
import { CCM_RULES } from './convention-rules.ts';

const nigeriaSigned: StoredTreatyDates = {
  signatureDate: '2009-06-12',
  depositDate: null,
  instrumentKind: null,
  entryIntoForce: null,
  entryIntoForceOverridden: false,
  withdrawalNoticeDate: null,
  withdrawalEffective: null,
};

const lithuania: StoredTreatyDates = {
  signatureDate: '2008-12-03',
  depositDate: '2011-03-24',
  instrumentKind: 'RATIFICATION',
  entryIntoForce: '2011-09-01',
  entryIntoForceOverridden: false,
  withdrawalNoticeDate: null,
  withdrawalEffective: null,
};

function issuesOf(work: () => unknown): string[] {
  try {
    work();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('recording a treaty action', () => {
  it('computes entry into force by Art. 17 for a new accession (South Sudan 2023-08-03 -> 2024-02-01)', () => {
    const { dates, replacesRecordedFact } = applyTreatyAction({
      record: null,
      action: 'DEPOSIT',
      date: '2023-08-03',
      instrumentKind: 'ACCESSION',
      rules: CCM_RULES,
    });
    expect(dates).toMatchObject({
      depositDate: '2023-08-03',
      instrumentKind: 'ACCESSION',
      entryIntoForce: '2024-02-01',
      entryIntoForceOverridden: false,
      signatureDate: null,
    });
    expect(replacesRecordedFact).toBe(false);
  });

  it('computes entry into force for a ratification after the signature (Nigeria 2023-02-28 -> 2023-08-01)', () => {
    const { dates } = applyTreatyAction({
      record: nigeriaSigned,
      action: 'DEPOSIT',
      date: '2023-02-28',
      instrumentKind: 'RATIFICATION',
      rules: CCM_RULES,
    });
    expect(dates).toMatchObject({ signatureDate: '2009-06-12', entryIntoForce: '2023-08-01' });
  });

  it('lets a recorded entry-into-force date win and says so', () => {
    const { dates } = applyTreatyAction({
      record: nigeriaSigned,
      action: 'DEPOSIT',
      date: '2023-02-28',
      instrumentKind: 'RATIFICATION',
      entryIntoForceOverride: '2023-08-02',
      rules: CCM_RULES,
    });
    expect(dates).toMatchObject({ entryIntoForce: '2023-08-02', entryIntoForceOverridden: true });
  });

  it('takes withdrawal effect six months after notice (Art. 20(2): Lithuania 2024-09-06 -> 2025-03-06), or on a recorded date', () => {
    expect(
      applyTreatyAction({ record: lithuania, action: 'WITHDRAWAL_NOTICE', date: '2024-09-06', rules: CCM_RULES }).dates
        .withdrawalEffective,
    ).toBe('2025-03-06');
    expect(
      applyTreatyAction({
        record: lithuania,
        action: 'WITHDRAWAL_NOTICE',
        date: '2024-09-06',
        withdrawalEffectiveOverride: '2025-06-01',
        rules: CCM_RULES,
      }).dates.withdrawalEffective,
    ).toBe('2025-06-01');
  });

  it('records a signature and says when it corrects one already recorded', () => {
    expect(applyTreatyAction({ record: null, action: 'SIGNATURE', date: '2008-12-03', rules: CCM_RULES })).toEqual({
      dates: { ...nigeriaSigned, signatureDate: '2008-12-03' },
      replacesRecordedFact: false,
    });
    expect(
      applyTreatyAction({ record: nigeriaSigned, action: 'SIGNATURE', date: '2009-06-13', rules: CCM_RULES })
        .replacesRecordedFact,
    ).toBe(true);
  });

  it('refuses a withdrawal notice without a deposit, or dated before it', () => {
    expect(
      issuesOf(() =>
        applyTreatyAction({ record: nigeriaSigned, action: 'WITHDRAWAL_NOTICE', date: '2024-01-01', rules: CCM_RULES }),
      ),
    ).toEqual(['action: A withdrawal notice needs the instrument it withdraws: record the deposit first.']);
    expect(
      issuesOf(() =>
        applyTreatyAction({ record: lithuania, action: 'WITHDRAWAL_NOTICE', date: '2011-03-23', rules: CCM_RULES }),
      ),
    ).toEqual(['date: Withdrawal cannot be notified (2011-03-23) before the instrument was deposited (2011-03-24).']);
  });

  it('refuses a ratification before its signature, or without one, but takes an accession without a signature', () => {
    expect(
      issuesOf(() =>
        applyTreatyAction({
          record: nigeriaSigned,
          action: 'DEPOSIT',
          date: '2009-06-11',
          instrumentKind: 'RATIFICATION',
          rules: CCM_RULES,
        }),
      ),
    ).toEqual([
      'date: The instrument of ratification cannot be deposited (2009-06-11) before the signature (2009-06-12).',
    ]);
    expect(
      issuesOf(() =>
        applyTreatyAction({
          record: null,
          action: 'DEPOSIT',
          date: '2023-08-03',
          instrumentKind: 'APPROVAL',
          rules: CCM_RULES,
        }),
      )[0],
    ).toMatch(/^instrument: An instrument of approval confirms a signature/);
    expect(
      applyTreatyAction({
        record: null,
        action: 'DEPOSIT',
        date: '2023-08-03',
        instrumentKind: 'SUCCESSION',
        rules: CCM_RULES,
      }).dates.entryIntoForce,
    ).toBe('2024-02-01');
  });

  it('refuses a signature recorded after the instrument it would have to precede', () => {
    expect(
      issuesOf(() =>
        applyTreatyAction({ record: lithuania, action: 'SIGNATURE', date: '2012-01-01', rules: CCM_RULES }),
      ),
    ).toEqual([
      'date: The instrument of ratification cannot be deposited (2011-03-24) before the signature (2012-01-01).',
    ]);
  });

  it('refuses effects dated before their causes', () => {
    expect(
      issuesOf(() =>
        applyTreatyAction({
          record: nigeriaSigned,
          action: 'DEPOSIT',
          date: '2023-02-28',
          instrumentKind: 'RATIFICATION',
          entryIntoForceOverride: '2023-02-27',
          rules: CCM_RULES,
        }),
      ),
    ).toEqual([
      'entryIntoForceOverride: The Convention cannot enter into force for the State (2023-02-27) before its instrument was deposited (2023-02-28).',
    ]);
    expect(
      issuesOf(() =>
        applyTreatyAction({
          record: lithuania,
          action: 'WITHDRAWAL_NOTICE',
          date: '2024-09-06',
          withdrawalEffectiveOverride: '2024-09-05',
          rules: CCM_RULES,
        }),
      ),
    ).toEqual([
      'withdrawalEffectiveOverride: Withdrawal cannot take effect (2024-09-05) before it was notified (2024-09-06).',
    ]);
  });

  it('needs the instrument with a deposit, and takes overrides and instruments only with their own action', () => {
    expect(
      issuesOf(() => applyTreatyAction({ record: null, action: 'DEPOSIT', date: '2023-08-03', rules: CCM_RULES }))[0],
    ).toMatch(/^instrument: Say which instrument/);
    expect(
      issuesOf(() =>
        applyTreatyAction({
          record: lithuania,
          action: 'SIGNATURE',
          date: '2008-12-03',
          instrumentKind: 'RATIFICATION',
          entryIntoForceOverride: '2011-09-01',
          withdrawalEffectiveOverride: '2025-03-06',
          rules: CCM_RULES,
        }),
      ),
    ).toEqual([
      'instrument: The kind of instrument is only recorded with a deposit.',
      'entryIntoForceOverride: An entry-into-force date is only recorded with a deposit.',
      'withdrawalEffectiveOverride: A withdrawal effective date is only recorded with a withdrawal notice.',
    ]);
  });
});
