import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { formatDocumentSymbol } from './format-document-symbol.ts';
import { parseDocumentSymbol } from './parse-document-symbol.ts';

describe('writing document symbols', () => {
  it.each(['CCM/MSP/2023/1', 'CCM/MSP/2023/2/Rev.1', 'CCM/MSP/2011/WP.3/Rev.1/Amend.1', 'CCM/MSP/2023/INF.1', 'CCM/CONF/2020/16', 'CCM/MSP/2019/CRP.2/Add.1/Corr.1'])(
    'writes %s back exactly as read',
    (symbol) => {
      expect(formatDocumentSymbol({ symbol: parseDocumentSymbol({ symbol }) })).toBe(symbol);
    },
  );

  it('refuses parts that do not make a valid symbol', () => {
    expect(() => formatDocumentSymbol({ symbol: { convention: 'CCM', body: 'MSP', year: 2023, series: 'GENERAL', number: 0, suffixes: [] } })).toThrow(ValidationError);
  });
});
