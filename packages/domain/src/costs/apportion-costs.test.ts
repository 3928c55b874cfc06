import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { CCM_RULES } from '../treaty/convention-rules.ts';
import { apportionCosts, UN_SCALE_LIMITS, type ApportionCostsOptions, type CostPayer } from './apportion-costs.ts';

const THOUSANDTHS = 1000;
const NUM_RUNS = 2000;

/** A rate in per cent with three decimals, from a whole number of thousandths. */
function rateText(thousandths: number): string {
  return `${Math.floor(thousandths / THOUSANDTHS)}.${String(thousandths % THOUSANDTHS).padStart(3, '0')}`;
}

function centsText(cents: bigint): string {
  return new Decimal(cents.toString()).dividedBy(100).toFixed(2);
}

function party(code: string, unRate: CostPayer['unRate'], overrides: Partial<CostPayer> = {}): CostPayer {
  return { code, stateParty: true, participating: true, unRate, ...overrides };
}

const sum = (values: readonly string[]) => values.reduce((total, value) => total.plus(value), new Decimal(0));

function apportion(overrides: Partial<ApportionCostsOptions> & Pick<ApportionCostsOptions, 'payers'>) {
  return apportionCosts({ total: '1000.00', currency: 'CHF', rules: CCM_RULES, ...overrides });
}

describe('cost shares (Art. 14)', () => {
  it('shares the total in proportion to the payers’ UN rates', () => {
    const result = apportion({
      total: '100000.00',
      payers: [party('DEU', '6.111'), party('FRA', '4.318'), party('ITA', '3.189'), party('AUS', '2.111')],
    });
    expect(result.shares.map((share) => [share.code, share.amount, share.sharePercent])).toEqual([
      // Exact quotas 13421.069..., 38851.802..., 27452.476..., 20274.651...: the two cents left over after
      // truncation go to the largest remainders (AUS, FRA); likewise the share units (ITA, DEU).
      ['AUS', '13421.07', '13.421069'],
      ['DEU', '38851.80', '38.851803'],
      ['FRA', '27452.48', '27.452476'],
      ['ITA', '20274.65', '20.274652'],
    ]);
    expect(result).toMatchObject({ currency: 'CHF', total: '100000.00', minorUnits: 2, unassessed: [], notPaying: [] });
  });

  it('rounds to the cent by largest remainder so that the amounts add up exactly (three equal payers, 100.00)', () => {
    const result = apportion({ total: '100.00', payers: [party('CCC', '1'), party('AAA', '1'), party('BBB', '1')] });
    expect(result.shares.map((share) => share.amount)).toEqual(['33.34', '33.33', '33.33']);
    expect(result.shares.map((share) => share.sharePercent)).toEqual(['33.333334', '33.333333', '33.333333']);
  });

  it('lists payers without a rate as unassessed, and uses an explicit rate when one is given', () => {
    const result = apportion({
      payers: [
        party('CHE', '1.134'),
        party('VAT', null, { name: 'Holy See' }),
        party('PSE', null, { name: 'State of Palestine', explicitRate: '0.001' }),
        party('COK', null, { unRate: undefined }),
      ],
    });
    expect(result.unassessed).toEqual([
      { code: 'COK', name: 'COK' },
      { code: 'VAT', name: 'Holy See' },
    ]);
    expect(result.shares.map((share) => [share.code, share.rateSource, share.rate])).toEqual([
      ['CHE', 'UN_SCALE', '1.134'],
      ['PSE', 'EXPLICIT', '0.001'],
    ]);
  });

  it('can refuse payers without a rate instead, naming each of them', () => {
    try {
      apportion({ unratedPayers: 'REJECT', payers: [party('CHE', '1.134'), party('VAT', null), party('NIU', null)] });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
        'payers.1.explicitRate',
        'payers.2.explicitRate',
      ]);
    }
  });

  it('makes every State Party and the participating States not party pay by default', () => {
    const result = apportion({
      payers: [
        party('AUT', '0.679', { participating: false }),
        party('USA', '22.000', { stateParty: false, participating: true }),
        party('CHN', '15.254', { stateParty: false, participating: false }),
      ],
    });
    expect(result.shares.map((share) => share.code)).toEqual(['AUT', 'USA']);
    expect(result.notPaying).toEqual([{ code: 'CHN', name: 'CHN', reason: 'NOT_PARTICIPATING' }]);
  });

  it('can make only the participating States pay, or only the States Parties', () => {
    const payers = [
      party('AUT', '0.679', { participating: false }),
      party('USA', '22.000', { stateParty: false, participating: true }),
      party('NOR', '0.679'),
    ];
    expect(apportion({ payers, payerRule: 'PARTICIPATING_STATES_ONLY' }).shares.map((share) => share.code)).toEqual([
      'NOR',
      'USA',
    ]);
    const partiesOnly = apportion({ payers, payerRule: 'ALL_STATES_PARTIES' });
    expect(partiesOnly.shares.map((share) => share.code)).toEqual(['AUT', 'NOR']);
    expect(partiesOnly.notPaying).toEqual([{ code: 'USA', name: 'USA', reason: 'NOT_A_STATE_PARTY' }]);
  });

  it('re-applies the 22 per cent ceiling and redistributes the excess in proportion to the other rates', () => {
    const payers = [
      party('AAA', '50'),
      party('BBB', '10'),
      party('CCC', '10'),
      party('DDD', '10'),
      party('EEE', '10'),
      party('FFF', '10'),
    ];
    const result = apportion({ total: '1000.00', payers, ceilingAndFloor: UN_SCALE_LIMITS });
    expect(result.shares.map((share) => [share.code, share.sharePercent, share.amount])).toEqual([
      ['AAA', '22.000000', '220.00'],
      ['BBB', '15.600000', '156.00'],
      ['CCC', '15.600000', '156.00'],
      ['DDD', '15.600000', '156.00'],
      ['EEE', '15.600000', '156.00'],
      ['FFF', '15.600000', '156.00'],
    ]);
  });

  it('lifts a tiny share to the 0.001 per cent floor', () => {
    const payers = [
      party('AAA', '20'),
      party('BBB', '20'),
      party('CCC', '20'),
      party('DDD', '20'),
      party('EEE', '20'),
      party('ZZZ', '0'),
    ];
    const result = apportion({ total: '100000.00', payers, ceilingAndFloor: UN_SCALE_LIMITS });
    expect(result.shares.find((share) => share.code === 'ZZZ')).toMatchObject({
      sharePercent: '0.001000',
      amount: '1.00',
    });
    expect(result.shares[0]).toMatchObject({ sharePercent: '19.999800', amount: '19999.80' });
  });

  it('puts everyone at the floor when the floor alone adds up to 100 per cent', () => {
    const payers = [party('AAA', '3'), party('BBB', '1')];
    const result = apportion({ payers, ceilingAndFloor: { ceilingPercent: '60', floorPercent: '50' } });
    expect(result.shares.map((share) => share.sharePercent)).toEqual(['50.000000', '50.000000']);
  });

  it('refuses a ceiling that cannot hold for so few payers', () => {
    expect(() =>
      apportion({ payers: [party('AAA', '5'), party('BBB', '5')], ceilingAndFloor: UN_SCALE_LIMITS }),
    ).toThrow(/ceiling and floor cannot both hold/);
  });

  it('reports every bad input together', () => {
    try {
      apportionCosts({
        total: '12.345',
        currency: 'chf',
        rules: CCM_RULES,
        minorUnits: 1.5,
        sharePlaces: -1,
        payers: [party('AAA', '-1'), party('AAA', '2'), party('BBB', '101'), party('CCC', { toFixed: () => '1e3' })],
        ceilingAndFloor: { ceilingPercent: 'x', floorPercent: '0.001' },
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
        'minorUnits',
        'sharePlaces',
        'currency',
        'total',
        'payers.0.unRate',
        'payers.1.code',
        'payers.2.unRate',
        'payers.3.unRate',
        'ceilingAndFloor.ceilingPercent',
      ]);
    }
  });

  it('refuses to share a cost when no payer has a rate above zero', () => {
    expect(() => apportion({ payers: [party('VAT', null), party('AAA', '0')] })).toThrow(
      /No payer has an assessment rate/,
    );
  });

  it('accepts decimal objects as well as strings, and currencies without minor units', () => {
    const result = apportion({
      total: new Decimal('1001'),
      minorUnits: 0,
      currency: 'JPY',
      payers: [party('AAA', new Decimal('1')), party('BBB', '1')],
    });
    expect(result.shares.map((share) => share.amount)).toEqual(['501', '500']);
  });

  describe('properties over generated cases', () => {
    const payerArbitrary = fc.record({
      thousandths: fc.option(fc.oneof(fc.integer({ min: 1, max: 22_000 }), fc.constantFrom(1, 10, 1000)), { freq: 8 }),
      stateParty: fc.boolean(),
      participating: fc.boolean(),
    });
    const casesArbitrary = fc.record({
      totalCents: fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 1000n })),
      payers: fc.array(payerArbitrary, { minLength: 1, maxLength: 40 }),
    });

    function build(
      payers: readonly { thousandths: number | null; stateParty: boolean; participating: boolean }[],
    ): CostPayer[] {
      // Every generated payer participates, so the properties are about the shares. Rates stay within 22 per cent.
      return payers.map((payer, index) => ({
        code: `P${String(index).padStart(3, '0')}`,
        stateParty: payer.stateParty,
        participating: true,
        unRate: payer.thousandths === null ? null : rateText(payer.thousandths),
      }));
    }

    const hasRate = (payers: readonly CostPayer[]) => payers.some((payer) => payer.unRate !== null);

    it('adds the amounts up to the total exactly, and the shares to exactly 100 per cent', () => {
      fc.assert(
        fc.property(casesArbitrary, ({ totalCents, payers }) => {
          const built = build(payers);
          fc.pre(hasRate(built));
          const total = centsText(totalCents);
          const result = apportion({ total, payers: built });
          expect(sum(result.shares.map((share) => share.amount)).equals(total)).toBe(true);
          expect(sum(result.shares.map((share) => share.sharePercent)).equals(100)).toBe(true);
          expect(result.shares.length + result.unassessed.length).toBe(built.length);
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it('never makes a payer with a higher rate pay less', () => {
      fc.assert(
        fc.property(casesArbitrary, fc.boolean(), ({ totalCents, payers }, limits) => {
          const built = build(payers);
          const rated = built.filter((payer) => payer.unRate !== null);
          fc.pre(rated.length >= (limits ? 5 : 1));
          const result = apportion({
            total: centsText(totalCents),
            payers: built,
            ceilingAndFloor: limits ? UN_SCALE_LIMITS : null,
          });
          const ordered = [...result.shares].sort((a, b) => new Decimal(a.rate).comparedTo(b.rate));
          ordered.forEach((share, index) => {
            const next = ordered[index + 1];
            if (next && new Decimal(next.rate).greaterThan(share.rate)) {
              expect(new Decimal(next.amount).greaterThanOrEqualTo(share.amount)).toBe(true);
            }
          });
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it('is unchanged when every rate is scaled by the same factor', () => {
      fc.assert(
        fc.property(
          casesArbitrary,
          fc.constantFrom('2', '3', '4', '0.5', '2.5', '0.01', '0.125', '0.999'),
          ({ totalCents, payers }, factor) => {
            const built = build(payers);
            fc.pre(hasRate(built));
            const scaled = built.map((payer) => ({
              ...payer,
              unRate: payer.unRate === null ? null : new Decimal(payer.unRate as string).times(factor).toFixed(),
            }));
            const total = centsText(totalCents);
            const strip = (shares: { code: string; amount: string; sharePercent: string }[]) =>
              shares.map(({ code, amount, sharePercent }) => ({ code, amount, sharePercent }));
            expect(strip(apportion({ total, payers: scaled }).shares)).toEqual(
              strip(apportion({ total, payers: built }).shares),
            );
          },
        ),
        { numRuns: NUM_RUNS },
      );
    });

    it('keeps every share within the ceiling and floor when they are re-applied', () => {
      fc.assert(
        fc.property(casesArbitrary, ({ totalCents, payers }) => {
          const built = build(payers);
          fc.pre(built.filter((payer) => payer.unRate !== null).length >= 5);
          const total = centsText(totalCents);
          const result = apportion({ total, payers: built, ceilingAndFloor: UN_SCALE_LIMITS });
          for (const share of result.shares) {
            expect(new Decimal(share.sharePercent).lessThanOrEqualTo(UN_SCALE_LIMITS.ceilingPercent)).toBe(true);
            expect(new Decimal(share.sharePercent).greaterThanOrEqualTo(UN_SCALE_LIMITS.floorPercent)).toBe(true);
          }
          expect(sum(result.shares.map((share) => share.amount)).equals(total)).toBe(true);
          expect(sum(result.shares.map((share) => share.sharePercent)).equals(100)).toBe(true);
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it('gives payers with equal rates amounts at most one cent apart, and one payer everything', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: 0n, max: 10n ** 10n }),
          fc.integer({ min: 1, max: 50 }),
          fc.integer({ min: 1, max: 22_000 }),
          (totalCents, count, thousandths) => {
            const payers = Array.from({ length: count }, (_, index) =>
              party(`E${String(index).padStart(2, '0')}`, rateText(thousandths)),
            );
            const result = apportion({ total: centsText(totalCents), payers });
            const amounts = result.shares.map((share) => new Decimal(share.amount));
            const spread = Decimal.max(...amounts).minus(Decimal.min(...amounts));
            expect(spread.lessThanOrEqualTo('0.01')).toBe(true);
            if (count === 1) expect(result.shares[0]?.amount).toBe(centsText(totalCents));
          },
        ),
        { numRuns: NUM_RUNS },
      );
    });

    it('does not depend on the order of the payers', () => {
      fc.assert(
        fc.property(casesArbitrary, ({ totalCents, payers }) => {
          const built = build(payers);
          fc.pre(hasRate(built));
          const total = centsText(totalCents);
          expect(apportion({ total, payers: [...built].reverse() })).toEqual(apportion({ total, payers: built }));
        }),
        { numRuns: NUM_RUNS / 4 },
      );
    });
  });
});
