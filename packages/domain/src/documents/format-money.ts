import type { DecimalInput } from '../costs/exact-decimal.ts';
import { ValidationError } from '../errors/domain-error.ts';
import { DOCUMENT_LOCALES, type DocumentLanguage } from './document-language.ts';

const SIGNED_DECIMAL = /^-?\d+(\.\d+)?$/;
const CURRENCY_CODE = /^[A-Z]{3}$/;

function decimalText(value: DecimalInput, path: string): `${number}` {
  const text = (typeof value === 'string' ? value : value.toFixed()).trim();
  if (!SIGNED_DECIMAL.test(text)) {
    throw new ValidationError({
      issues: [
        {
          path,
          message: `${path} must be a decimal written with digits and a point (for example 1234.56); got ${JSON.stringify(text)}.`,
        },
      ],
    });
  }
  return text as `${number}`;
}

function decimalPlaces(text: string): number {
  const point = text.indexOf('.');
  return point === -1 ? 0 : text.length - point - 1;
}

/**
 * An amount of money for the language: "US$12,345.67", "12 345,67 $US". Intl.NumberFormat reads the decimal string
 * exactly (ECMA-402 string operands), so no amount ever passes through a binary float.
 */
export function formatMoney(options: {
  amount: DecimalInput;
  currency: string;
  language: DocumentLanguage;
  path?: string;
}): string {
  const path = options.path ?? 'amount';
  if (!CURRENCY_CODE.test(options.currency)) {
    throw new ValidationError({
      issues: [
        {
          path: 'currency',
          message: `The currency must be a three-letter ISO 4217 code such as USD or CHF; got ${JSON.stringify(options.currency)}.`,
        },
      ],
    });
  }
  return new Intl.NumberFormat(DOCUMENT_LOCALES[options.language], {
    style: 'currency',
    currency: options.currency,
  }).format(decimalText(options.amount, path));
}

/**
 * A decimal (a rate or share in per cent) for the language, keeping exactly the places it was given with:
 * "0.123456" -> "0.123456" (English), "0,123456" (French).
 */
export function formatDecimal(options: { value: DecimalInput; language: DocumentLanguage; path?: string }): string {
  const text = decimalText(options.value, options.path ?? 'value');
  const places = decimalPlaces(text);
  return new Intl.NumberFormat(DOCUMENT_LOCALES[options.language], {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
  }).format(text);
}
