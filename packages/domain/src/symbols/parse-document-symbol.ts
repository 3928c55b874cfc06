import { DOCUMENT_SUFFIX_KINDS, type DocumentSeries, type DocumentSuffixKind } from '../enums/domain-enums.ts';
import { ValidationError, type ValidationIssue } from '../errors/domain-error.ts';

/**
 * A UN-style document symbol: CONVENTION/BODY/YEAR/DOCUMENT[/SUFFIX...], e.g. CCM/MSP/2023/1,
 * CCM/MSP/2023/2/Rev.1, CCM/MSP/2011/WP.3/Rev.1/Amend.1, CCM/MSP/2023/INF.1, CCM/CONF/2020/16.
 */
export interface DocumentSymbol {
  /** CCM */
  convention: string;
  /** MSP (Meeting of States Parties), CONF (Review Conference), ... */
  body: string;
  year: number;
  /** GENERAL for a plain number (…/2023/1); otherwise the series marker (WP, INF, CRP, L, MISC). */
  series: DocumentSeries;
  number: number;
  /** Revisions, addenda, corrigenda and amendments, in the order written. */
  suffixes: { kind: DocumentSuffixKind; number: number }[];
}

export type DocumentSymbolValidation =
  { valid: true; symbol: DocumentSymbol; issues: [] } | { valid: false; symbol: null; issues: ValidationIssue[] };

const SEPARATOR = '/';
const CODE_PATTERN = /^[A-Z][A-Z0-9]{1,9}$/;
const YEAR_PATTERN = /^[1-9]\d{3}$/;
const NUMBER_PATTERN = /^[1-9]\d*$/;
const SERIES_DOCUMENT_PATTERN = /^(WP|INF|CRP|L|MISC)\.([1-9]\d*)$/;
const SUFFIX_PATTERN = /^(Rev|Add|Corr|Amend)\.([1-9]\d*)$/;
const PREFIX_SEGMENTS = 3;
const DOCUMENT_SEGMENT_INDEX = 3;

export const SUFFIX_TEXT: Record<DocumentSuffixKind, string> = { REV: 'Rev', ADD: 'Add', CORR: 'Corr', AMEND: 'Amend' };
const SUFFIX_BY_TEXT = new Map(DOCUMENT_SUFFIX_KINDS.map((kind) => [SUFFIX_TEXT[kind], kind]));

interface SymbolPrefix {
  convention: string;
  body: string;
  year: number;
}

function checkPrefix(segments: readonly string[], issues: ValidationIssue[]): SymbolPrefix {
  const [convention = '', body = '', year = ''] = segments;
  if (!CODE_PATTERN.test(convention)) {
    issues.push({
      path: 'convention',
      message: `The first part must be the convention's code in capitals, such as CCM; got "${convention}".`,
    });
  }
  if (!CODE_PATTERN.test(body)) {
    issues.push({
      path: 'body',
      message: `The second part must be the body in capitals, such as MSP or CONF; got "${body}".`,
    });
  }
  if (!YEAR_PATTERN.test(year)) {
    issues.push({ path: 'year', message: `The third part must be a four-digit year, such as 2023; got "${year}".` });
  }
  return { convention, body, year: Number(year) };
}

/** Checks a symbol prefix such as `CCM/MSP/2023` (the part every document of a meeting shares). */
export function validateSymbolPrefix(options: { prefix: string }): ValidationIssue[] {
  const segments = options.prefix.trim().split(SEPARATOR);
  const issues: ValidationIssue[] = [];
  checkPrefix(segments, issues);
  if (segments.length > PREFIX_SEGMENTS) {
    issues.push({
      path: 'prefix',
      message: `A symbol prefix has three parts, such as CCM/MSP/2023; got "${options.prefix}".`,
    });
  }
  return issues;
}

/** Parses a symbol and reports every wrong part (`path` names the part: convention, body, year, document, suffixes.N). */
export function validateDocumentSymbol(options: { symbol: string }): DocumentSymbolValidation {
  const segments = options.symbol.trim().split(SEPARATOR);
  const issues: ValidationIssue[] = [];
  const prefix = checkPrefix(segments, issues);

  let series: DocumentSeries = 'GENERAL';
  let number = 0;
  const documentPart = segments[DOCUMENT_SEGMENT_INDEX];
  const seriesMatch = documentPart === undefined ? null : SERIES_DOCUMENT_PATTERN.exec(documentPart);
  if (documentPart === undefined || documentPart === '') {
    issues.push({ path: 'document', message: 'The document number is missing after the year, as in CCM/MSP/2023/1.' });
  } else if (NUMBER_PATTERN.test(documentPart)) {
    number = Number(documentPart);
  } else if (seriesMatch) {
    series = seriesMatch[1] as DocumentSeries;
    number = Number(seriesMatch[2]);
  } else {
    issues.push({
      path: 'document',
      message: `The fourth part must be a document number (1, 2, ...) or a series and number (WP.3, INF.1, CRP.1, L.1, MISC.1); got "${documentPart}".`,
    });
  }

  const suffixes: DocumentSymbol['suffixes'] = [];
  segments.slice(DOCUMENT_SEGMENT_INDEX + 1).forEach((part, index) => {
    const match = SUFFIX_PATTERN.exec(part);
    const kind = match ? SUFFIX_BY_TEXT.get(match[1] ?? '') : undefined;
    if (!match || kind === undefined) {
      issues.push({
        path: `suffixes.${index}`,
        message: `"${part}" is not a valid suffix; use Rev.N, Add.N, Corr.N or Amend.N (for example Rev.1).`,
      });
    } else if (suffixes.some((suffix) => suffix.kind === kind)) {
      issues.push({
        path: `suffixes.${index}`,
        message: `"${part}": a symbol carries at most one ${match[1]}. suffix.`,
      });
    } else {
      suffixes.push({ kind, number: Number(match[2]) });
    }
  });

  if (issues.length > 0) return { valid: false, symbol: null, issues };
  return { valid: true, symbol: { ...prefix, series, number, suffixes }, issues: [] };
}

/** Parses a symbol, throwing a ValidationError whose issues name each wrong part. */
export function parseDocumentSymbol(options: { symbol: string }): DocumentSymbol {
  const result = validateDocumentSymbol(options);
  if (!result.valid)
    throw new ValidationError({
      issues: result.issues,
      message: `"${options.symbol}" is not a valid document symbol: ${result.issues.map((issue) => issue.message).join(' ')}`,
    });
  return result.symbol;
}
