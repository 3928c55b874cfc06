import { describe, expect, it } from 'vitest';
import * as domain from './index.ts';

describe('@plenary/domain', () => {
  it('exposes the rules and the enums from one entry point', () => {
    expect(domain.CCM_RULES.conventionCode).toBe('CCM');
    expect(
      domain.determineTreatyStatus({
        record: {
          signatureDate: '2008-12-03',
          depositDate: '2011-03-24',
          instrumentKind: 'RATIFICATION',
          withdrawalNoticeDate: '2024-09-06',
        },
        date: '2025-03-06',
        rules: domain.CCM_RULES,
      }),
    ).toBe('WITHDRAWN');
    expect(typeof domain.apportionCosts).toBe('function');
    expect(domain.USER_ROLES).toEqual(['ADMIN', 'SECRETARIAT', 'STATE']);
  });
});
