import type Decimal from 'decimal.js';
import type { CostPayerRule, UnratedPayerHandling } from '../enums/domain-enums.ts';
import { ValidationError, type ValidationIssue } from '../errors/domain-error.ts';
import type { ConventionRules } from '../treaty/convention-rules.ts';
import { formatScaledInteger, readPlainDecimal, toScaledInteger, type DecimalInput } from './exact-decimal.ts';

/** The UN scale methodology's limits (A/RES/73/271): a 22 per cent ceiling and a 0.001 per cent floor. */
export const UN_SCALE_LIMITS = Object.freeze({ ceilingPercent: '22', floorPercent: '0.001' });
/** Minor units of most currencies (cents, centimes). */
export const DEFAULT_MINOR_UNITS = 2;
/** Decimal places of each payer's share in per cent. */
export const DEFAULT_SHARE_PLACES = 6;
const MAX_DECIMAL_PLACES = 12;
const HUNDRED_PER_CENT = 100n;
const CURRENCY_CODE = /^[A-Z]{3}$/;

export interface CostPayer {
  /** ISO 3166 alpha-3 code. */
  code: string;
  name?: string;
  stateParty: boolean;
  participating: boolean;
  /** Rate on the UN scale of assessment, in per cent ("22.000"); null when the State has none (Holy See, ...). */
  unRate?: DecimalInput | null;
  /** A rate agreed for this apportionment, in per cent; it wins over the UN rate. */
  explicitRate?: DecimalInput | null;
}

export interface ApportionCostsOptions {
  /** The amount to share, in currency units ("123456.78"), with at most `minorUnits` decimals. */
  total: DecimalInput;
  /** ISO 4217 code. */
  currency: string;
  payers: readonly CostPayer[];
  rules: ConventionRules;
  /** Who pays; defaults to `rules.costSharing.defaultPayerRule`. */
  payerRule?: CostPayerRule;
  /** A payer with neither a UN nor an explicit rate is listed as unassessed (default) or rejected. */
  unratedPayers?: UnratedPayerHandling;
  /** Re-apply a ceiling and floor (in per cent) after normalising the payers' rates; usually UN_SCALE_LIMITS. */
  ceilingAndFloor?: { ceilingPercent: DecimalInput; floorPercent: DecimalInput } | null;
  /** Decimal places of the currency (2 for CHF, USD, EUR; 0 for JPY). */
  minorUnits?: number;
  /** Decimal places of the share in per cent. */
  sharePlaces?: number;
}

export interface CostShare {
  code: string;
  name: string;
  rateSource: 'UN_SCALE' | 'EXPLICIT';
  /** The rate used, in per cent, before normalising. */
  rate: string;
  /** The payer's share of the total in per cent; the shares add up to exactly 100. */
  sharePercent: string;
  /** The amount due, with `minorUnits` decimals; the amounts add up to exactly the total. */
  amount: string;
}

export interface CostApportionment {
  currency: string;
  total: string;
  minorUnits: number;
  /** Ordered by code. */
  shares: CostShare[];
  /** Payers without a rate: they owe nothing until a rate is agreed, and are listed so that no one is dropped. */
  unassessed: { code: string; name: string }[];
  /** States given that do not pay under the payer rule. */
  notPaying: { code: string; name: string; reason: 'NOT_PARTICIPATING' | 'NOT_A_STATE_PARTY' }[];
}

interface RatedPayer {
  code: string;
  name: string;
  rateSource: CostShare['rateSource'];
  rate: Decimal;
  /** The rate as an integer number of 10^-ratePlaces per cent. */
  units: bigint;
}

/** A rational share numerator over a common denominator, exact. */
interface Weight {
  payer: RatedPayer;
  numerator: bigint;
}

function compareCodes(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

const PAYS_UNDER_RULE: Record<CostPayerRule, (payer: CostPayer) => boolean> = {
  // Art. 14(1): "borne by the States Parties and States not party to this Convention participating therein".
  STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES: (payer) => payer.stateParty || payer.participating,
  PARTICIPATING_STATES_ONLY: (payer) => payer.participating,
  ALL_STATES_PARTIES: (payer) => payer.stateParty,
};

function readAmount(options: {
  value: DecimalInput;
  path: string;
  label: string;
  maxPlaces: number;
  maxValue?: Decimal;
  issues: ValidationIssue[];
}): Decimal | null {
  const { value, path, label, maxPlaces, maxValue, issues } = options;
  const parsed = readPlainDecimal(value);
  if (
    parsed === null ||
    parsed.decimalPlaces() > maxPlaces ||
    (maxValue !== undefined && parsed.greaterThan(maxValue))
  ) {
    const limit = maxValue === undefined ? '' : ` no greater than ${maxValue.toFixed()}`;
    issues.push({
      path,
      message: `${label} must be a number of at least 0${limit} with at most ${maxPlaces} decimal places, written like 1234.56; got ${JSON.stringify(typeof value === 'string' ? value : value.toFixed())}.`,
    });
    return null;
  }
  return parsed;
}

/** Integer division rounding towards zero, for non-negative operands. */
function floorDivide(numerator: bigint, denominator: bigint): { quotient: bigint; remainder: bigint } {
  return { quotient: numerator / denominator, remainder: numerator % denominator };
}

/**
 * Largest-remainder (Hamilton) rounding: each payer gets the whole units of its exact quota, and the units left
 * over go one each to the largest remainders; ties go to the higher rate, then the lower code, so a payer with a
 * higher rate never gets less and the output does not depend on input order.
 */
function distributeUnits(weights: readonly Weight[], denominator: bigint, units: bigint): bigint[] {
  const quotas = weights.map((weight, index) => ({
    index,
    weight,
    ...floorDivide(units * weight.numerator, denominator),
  }));
  let leftover = units - quotas.reduce((sum, quota) => sum + quota.quotient, 0n);
  const allocated = quotas.map((quota) => quota.quotient);
  const ranked = [...quotas].sort(
    (a, b) =>
      (a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1) ||
      (a.weight.payer.units === b.weight.payer.units ? 0 : a.weight.payer.units > b.weight.payer.units ? -1 : 1) ||
      compareCodes(a.weight.payer.code, b.weight.payer.code),
  );
  // The quotas add up to exactly `units`, so fewer units are left over than there are payers.
  for (const quota of ranked) {
    if (leftover === 0n) break;
    allocated[quota.index] = (allocated[quota.index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return allocated;
}

/** a/b compared with c/d, for positive denominators. */
function compareFractions(a: bigint, b: bigint, c: bigint, d: bigint): number {
  const left = a * d;
  const right = c * b;
  return left === right ? 0 : left < right ? -1 : 1;
}

/**
 * Shares as clamp(lambda * rate, floor, ceiling) with lambda chosen so that they add up to 100 per cent: the
 * fixed point of "cap at the ceiling, lift to the floor, redistribute pro rata to the others". Exact: lambda is
 * found among the breakpoints floor/rate and ceiling/rate, then solved on its linear piece.
 */
function clampedWeights(options: {
  payers: readonly RatedPayer[];
  ceiling: bigint;
  floor: bigint;
  hundred: bigint;
  issues: ValidationIssue[];
}): { weights: Weight[]; denominator: bigint } | null {
  const { payers, ceiling, floor, hundred, issues } = options;
  const count = BigInt(payers.length);
  const maxTotal = payers.reduce((sum, payer) => sum + (payer.units > 0n ? ceiling : floor), 0n);
  if (floor > ceiling || count * floor > hundred || maxTotal < hundred) {
    issues.push({
      path: 'ceilingAndFloor',
      message: `A ceiling and floor cannot both hold for these ${payers.length} payers: the shares could not add up to 100 per cent (with a 22 per cent ceiling at least 5 payers with a rate are needed).`,
    });
    return null;
  }
  // f(lambda) = sum of clamp(lambda * rate) is non-decreasing; lambda = num/den.
  const total = (num: bigint, den: bigint): { numerator: bigint; denominator: bigint } => ({
    numerator: payers.reduce((sum, payer) => {
      const scaled = num * payer.units;
      return sum + (scaled < floor * den ? floor * den : scaled > ceiling * den ? ceiling * den : scaled);
    }, 0n),
    denominator: den,
  });
  const breakpoints = payers
    .filter((payer) => payer.units > 0n)
    .flatMap((payer) => [
      { num: floor, den: payer.units },
      { num: ceiling, den: payer.units },
    ])
    .sort((a, b) => compareFractions(a.num, a.den, b.num, b.den));

  // Binary search for the first breakpoint at which the shares reach 100 per cent.
  let low = 0;
  let high = breakpoints.length - 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const point = breakpoints[middle] as { num: bigint; den: bigint };
    const sum = total(point.num, point.den);
    if (sum.numerator >= hundred * sum.denominator) high = middle;
    else low = middle + 1;
  }
  const upper = breakpoints[low] as { num: bigint; den: bigint };
  const lower = low === 0 ? { num: 0n, den: 1n } : (breakpoints[low - 1] as { num: bigint; den: bigint });

  // On (lower, upper] each payer is at the floor, at the ceiling, or free (proportional to its rate).
  let fixed = 0n;
  let freeUnits = 0n;
  const placement = payers.map((payer) => {
    if (payer.units * upper.num <= floor * upper.den) {
      fixed += floor;
      return 'FLOOR' as const;
    }
    if (payer.units * lower.num >= ceiling * lower.den) {
      fixed += ceiling;
      return 'CEILING' as const;
    }
    freeUnits += payer.units;
    return 'FREE' as const;
  });
  if (freeUnits === 0n) {
    // Every payer sits at a limit and the limits alone add up to 100 per cent.
    return {
      weights: payers.map((payer, index) => ({ payer, numerator: placement[index] === 'FLOOR' ? floor : ceiling })),
      denominator: hundred,
    };
  }
  // lambda = (100 - fixed) / freeUnits; every share over the common denominator 100 * freeUnits.
  const weights = payers.map((payer, index) => {
    const place = placement[index];
    const numerator =
      place === 'FLOOR'
        ? floor * freeUnits
        : place === 'CEILING'
          ? ceiling * freeUnits
          : (hundred - fixed) * payer.units;
    return { payer, numerator };
  });
  return { weights, denominator: hundred * freeUnits };
}

/**
 * Art. 14(1): shares the cost of a meeting among the payers "in accordance with the United Nations scale of
 * assessment adjusted appropriately": each payer's share is its rate divided by the sum of the payers' rates
 * (optionally with the ceiling and floor re-applied), and the amounts are rounded to the currency's minor unit by
 * the largest-remainder method so that they add up to the total exactly. All arithmetic is exact.
 * Throws a ValidationError listing every bad input.
 */
export function apportionCosts(options: ApportionCostsOptions): CostApportionment {
  const issues: ValidationIssue[] = [];
  const minorUnits = options.minorUnits ?? DEFAULT_MINOR_UNITS;
  const sharePlaces = options.sharePlaces ?? DEFAULT_SHARE_PLACES;
  const payerRule = options.payerRule ?? options.rules.costSharing.defaultPayerRule;
  const unratedPayers = options.unratedPayers ?? 'LIST_AS_UNASSESSED';

  for (const [path, places] of [
    ['minorUnits', minorUnits],
    ['sharePlaces', sharePlaces],
  ] as const) {
    if (!Number.isInteger(places) || places < 0 || places > MAX_DECIMAL_PLACES) {
      issues.push({ path, message: `${path} must be a whole number from 0 to ${MAX_DECIMAL_PLACES}; got ${places}.` });
    }
  }
  if (!CURRENCY_CODE.test(options.currency)) {
    issues.push({
      path: 'currency',
      message: `The currency must be a three-letter ISO 4217 code such as CHF or USD; got "${options.currency}".`,
    });
  }
  const total = readAmount({
    value: options.total,
    path: 'total',
    label: 'The total',
    maxPlaces: Math.max(0, Math.min(minorUnits, MAX_DECIMAL_PLACES)),
    issues,
  });

  const hundredPercent = readPlainDecimal(String(HUNDRED_PER_CENT)) as Decimal;
  const seen = new Set<string>();
  const rated: RatedPayer[] = [];
  const unassessed: CostApportionment['unassessed'] = [];
  const notPaying: CostApportionment['notPaying'] = [];
  options.payers.forEach((payer, index) => {
    const name = payer.name ?? payer.code;
    if (seen.has(payer.code)) {
      issues.push({ path: `payers.${index}.code`, message: `${name} (${payer.code}) is listed more than once.` });
      return;
    }
    seen.add(payer.code);
    if (!PAYS_UNDER_RULE[payerRule](payer)) {
      notPaying.push({
        code: payer.code,
        name,
        reason: payer.participating ? 'NOT_A_STATE_PARTY' : 'NOT_PARTICIPATING',
      });
      return;
    }
    const explicit = payer.explicitRate ?? null;
    const source = explicit !== null ? 'EXPLICIT' : (payer.unRate ?? null) !== null ? 'UN_SCALE' : null;
    if (source === null) {
      if (unratedPayers === 'REJECT') {
        issues.push({
          path: `payers.${index}.explicitRate`,
          message: `${name} (${payer.code}) has no UN assessment rate: give an explicit rate or list it as unassessed.`,
        });
      } else {
        unassessed.push({ code: payer.code, name });
      }
      return;
    }
    const rate = readAmount({
      value: (source === 'EXPLICIT' ? explicit : payer.unRate) as DecimalInput,
      path: `payers.${index}.${source === 'EXPLICIT' ? 'explicitRate' : 'unRate'}`,
      label: `The rate of ${name} (${payer.code}) in per cent`,
      maxPlaces: MAX_DECIMAL_PLACES,
      maxValue: hundredPercent,
      issues,
    });
    if (rate !== null) rated.push({ code: payer.code, name, rateSource: source, rate, units: 0n });
  });

  const limits = options.ceilingAndFloor ?? null;
  const ceiling =
    limits === null
      ? null
      : readAmount({
          value: limits.ceilingPercent,
          path: 'ceilingAndFloor.ceilingPercent',
          label: 'The ceiling in per cent',
          maxPlaces: MAX_DECIMAL_PLACES,
          maxValue: hundredPercent,
          issues,
        });
  const floor =
    limits === null
      ? null
      : readAmount({
          value: limits.floorPercent,
          path: 'ceilingAndFloor.floorPercent',
          label: 'The floor in per cent',
          maxPlaces: MAX_DECIMAL_PLACES,
          maxValue: hundredPercent,
          issues,
        });

  if (issues.length === 0 && !rated.some((payer) => !payer.rate.isZero())) {
    issues.push({
      path: 'payers',
      message: 'No payer has an assessment rate above zero, so the cost cannot be shared: give the payers their rates.',
    });
  }
  if (issues.length > 0 || total === null) throw new ValidationError({ issues });

  // Express every rate (and the limits) as whole units of the finest decimal place used, so the maths is exact.
  const ratePlaces = Math.max(
    ...rated.map((payer) => payer.rate.decimalPlaces()),
    ceiling?.decimalPlaces() ?? 0,
    floor?.decimalPlaces() ?? 0,
  );
  for (const payer of rated) payer.units = toScaledInteger(payer.rate, ratePlaces);
  rated.sort((a, b) => compareCodes(a.code, b.code));

  let shared: { weights: Weight[]; denominator: bigint } | null;
  if (ceiling !== null && floor !== null) {
    shared = clampedWeights({
      payers: rated,
      ceiling: toScaledInteger(ceiling, ratePlaces),
      floor: toScaledInteger(floor, ratePlaces),
      hundred: HUNDRED_PER_CENT * 10n ** BigInt(ratePlaces),
      issues,
    });
    if (shared === null) throw new ValidationError({ issues });
  } else {
    shared = {
      weights: rated.map((payer) => ({ payer, numerator: payer.units })),
      denominator: rated.reduce((sum, payer) => sum + payer.units, 0n),
    };
  }

  const totalUnits = toScaledInteger(total, minorUnits);
  const amounts = distributeUnits(shared.weights, shared.denominator, totalUnits);
  const percentUnits = distributeUnits(
    shared.weights,
    shared.denominator,
    HUNDRED_PER_CENT * 10n ** BigInt(sharePlaces),
  );

  return {
    currency: options.currency,
    total: formatScaledInteger(totalUnits, minorUnits),
    minorUnits,
    shares: shared.weights.map((weight, index) => ({
      code: weight.payer.code,
      name: weight.payer.name,
      rateSource: weight.payer.rateSource,
      rate: weight.payer.rate.toFixed(),
      sharePercent: formatScaledInteger(percentUnits[index] ?? 0n, sharePlaces),
      amount: formatScaledInteger(amounts[index] ?? 0n, minorUnits),
    })),
    unassessed: unassessed.sort((a, b) => compareCodes(a.code, b.code)),
    notPaying: notPaying.sort((a, b) => compareCodes(a.code, b.code)),
  };
}
