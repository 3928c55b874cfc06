import { z } from 'zod';
import { compareCalendarDates, isCalendarDate } from '../dates/calendar-date.ts';
import { isTimeZone } from '../dates/is-time-zone.ts';
import { readPlainDecimal } from '../costs/exact-decimal.ts';

export const MIN_YEAR = 1900;
/**
 * The earliest day of a meeting, a deadline, a report received or a payment: the Convention on Cluster Munitions was
 * adopted in Dublin on 30 May 2008, so nothing of its meetings' business can be older, and an earlier date (1900, or
 * 1990 for 2019) is a slip of the keyboard. Preparatory meetings came before entry into force, so that is not the bound.
 */
export const CONVENTION_ADOPTED_ON = '2008-05-30';
export const MAX_YEAR = 2999;
const STATE_CODE = /^[A-Z]{3}$/;
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** A zod error callback: "X is required" when the field is missing, else `message`. */
export function fieldError(label: string, message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? `${label} is required.` : message);
}

export function textSchema(options: { label: string; max: number }) {
  return z
    .string({ error: fieldError(options.label, `${options.label} must be text.`) })
    .trim()
    .min(1, { error: `${options.label} cannot be empty.` })
    .max(options.max, { error: `${options.label} must be at most ${options.max} characters.` });
}

export function calendarDateSchema(label: string) {
  return z
    .string({ error: fieldError(label, `${label} must be a date written YYYY-MM-DD.`) })
    .refine(isCalendarDate, { error: `${label} must be a real date written YYYY-MM-DD, for example 2023-08-31.` });
}

/** A date of the meetings' business: a real date, not before the Convention was adopted (CONVENTION_ADOPTED_ON). */
export function businessDateSchema(label: string) {
  return calendarDateSchema(label).refine(
    (date) => !isCalendarDate(date) || compareCalendarDates(date, CONVENTION_ADOPTED_ON) >= 0,
    {
      error: (issue) =>
        `${label} cannot be before ${CONVENTION_ADOPTED_ON}, when the Convention was adopted; check the year (got ${String(issue.input)}).`,
    },
  );
}

export function enumSchema<const Values extends readonly [string, ...string[]]>(values: Values, label: string) {
  return z.enum(values, { error: fieldError(label, `${label} must be one of: ${values.join(', ')}.`) });
}

export function wholeNumberSchema(options: { label: string; min: number; max: number }) {
  return z
    .number({ error: fieldError(options.label, `${options.label} must be a number.`) })
    .int({ error: `${options.label} must be a whole number.` })
    .min(options.min, { error: `${options.label} must be at least ${options.min}.` })
    .max(options.max, { error: `${options.label} must be at most ${options.max}.` });
}

export function yearSchema(label: string) {
  return wholeNumberSchema({ label, min: MIN_YEAR, max: MAX_YEAR });
}

/** A non-negative decimal written as text (never a float), with at most `maxPlaces` decimals. */
export function decimalStringSchema(options: { label: string; maxPlaces: number; max?: string; example: string }) {
  const { label, maxPlaces, max, example } = options;
  const limit = max === undefined ? '' : ` and at most ${max}`;
  return z
    .string({ error: fieldError(label, `${label} must be written as text, such as "${example}".`) })
    .trim()
    .refine(
      (text) => {
        const value = readPlainDecimal(text);
        return (
          value !== null && value.decimalPlaces() <= maxPlaces && (max === undefined || value.lessThanOrEqualTo(max))
        );
      },
      {
        error: `${label} must be a number of at least 0${limit}, with at most ${maxPlaces} decimal places and a point as separator, such as "${example}".`,
      },
    );
}

export const iso3Schema = z
  .string({ error: fieldError('The State', 'The State must be given by its three-letter ISO 3166 code, such as CHE.') })
  .regex(STATE_CODE, { error: 'The State must be given by its three-letter ISO 3166 code in capitals, such as CHE.' });

export const currencySchema = z
  .string({ error: fieldError('The currency', 'The currency must be a three-letter ISO 4217 code, such as CHF.') })
  .regex(CURRENCY_CODE, {
    error: 'The currency must be a three-letter ISO 4217 code in capitals, such as CHF or USD.',
  });

export const timeZoneSchema = z
  .string({ error: fieldError('The time zone', 'The time zone must be text such as Europe/Zurich.') })
  .refine(isTimeZone, { error: 'The time zone must be an IANA time zone name, such as Europe/Zurich.' });

export const emailSchema = z.email({ error: 'The e-mail address is not valid; write it like name@example.org.' });

/** Adds an issue at `path` when `later` is before `earlier` (both optional). */
export function requireOrder(options: {
  earlier: string | null | undefined;
  later: string | null | undefined;
  path: string[];
  message: string;
  ctx: z.RefinementCtx;
}): void {
  const { earlier, later } = options;
  if (isCalendarDate(earlier) && isCalendarDate(later) && compareCalendarDates(earlier, later) > 0) {
    options.ctx.addIssue({ code: 'custom', path: options.path, message: options.message });
  }
}
