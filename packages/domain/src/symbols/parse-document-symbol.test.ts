import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { parseDocumentSymbol, validateDocumentSymbol, validateSymbolPrefix } from './parse-document-symbol.ts';

describe('document symbols', () => {
  it('reads a plain document of a Meeting of States Parties', () => {
    expect(parseDocumentSymbol({ symbol: 'CCM/MSP/2023/1' })).toEqual({
      convention: 'CCM',
      body: 'MSP',
      year: 2023,
      series: 'GENERAL',
      number: 1,
      suffixes: [],
    });
  });

  it('reads a revision', () => {
    expect(parseDocumentSymbol({ symbol: 'CCM/MSP/2023/2/Rev.1' }).suffixes).toEqual([{ kind: 'REV', number: 1 }]);
  });

  it('reads a working paper with a revision and an amendment', () => {
    expect(parseDocumentSymbol({ symbol: 'CCM/MSP/2011/WP.3/Rev.1/Amend.1' })).toEqual({
      convention: 'CCM',
      body: 'MSP',
      year: 2011,
      series: 'WP',
      number: 3,
      suffixes: [
        { kind: 'REV', number: 1 },
        { kind: 'AMEND', number: 1 },
      ],
    });
  });

  it('reads an information document and a Review Conference document', () => {
    expect(parseDocumentSymbol({ symbol: 'CCM/MSP/2023/INF.1' })).toMatchObject({ series: 'INF', number: 1 });
    expect(parseDocumentSymbol({ symbol: 'CCM/CONF/2020/16' })).toMatchObject({ body: 'CONF', year: 2020, number: 16 });
  });

  it.each([
    ['ccm/MSP/2023/1', 'convention'],
    ['CCM//2023/1', 'body'],
    ['CCM/MSP/23/1', 'year'],
    ['CCM/MSP/2023', 'document'],
    ['CCM/MSP/2023/', 'document'],
    ['CCM/MSP/2023/0', 'document'],
    ['CCM/MSP/2023/WP3', 'document'],
    ['CCM/MSP/2023/1/rev.1', 'suffixes.0'],
    ['CCM/MSP/2023/1/Rev.1/Rev.2', 'suffixes.1'],
  ])('says which part of %s is wrong (%s)', (symbol, part) => {
    const result = validateDocumentSymbol({ symbol });
    expect(result.valid).toBe(false);
    expect(result.issues.map((issue) => issue.path)).toEqual([part]);
  });

  it('reports every wrong part at once, and throws with them when parsing', () => {
    expect(validateDocumentSymbol({ symbol: 'x/y/z' }).issues.map((issue) => issue.path)).toEqual([
      'convention',
      'body',
      'year',
      'document',
    ]);
    expect(() => parseDocumentSymbol({ symbol: 'CCM/MSP/20X3/1' })).toThrow(ValidationError);
  });

  it('checks a meeting’s symbol prefix', () => {
    expect(validateSymbolPrefix({ prefix: 'CCM/MSP/2023' })).toEqual([]);
    expect(validateSymbolPrefix({ prefix: 'CCM/MSP/2023/1' }).map((issue) => issue.path)).toEqual(['prefix']);
    expect(validateSymbolPrefix({ prefix: 'CCM/MSP' }).map((issue) => issue.path)).toEqual(['year']);
  });
});
