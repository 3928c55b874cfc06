import { describe, expect, it } from 'vitest';
import { matchPath } from '../router.tsx';

describe('matchPath', () => {
  it('reads params from a matching path', () => {
    expect(matchPath('/meetings/:id', '/meetings/TWVldGluZzox')).toEqual({ id: 'TWVldGluZzox' });
    expect(matchPath('/states/:iso3', '/states/NOR/')).toEqual({ iso3: 'NOR' });
  });

  it('refuses paths of another shape', () => {
    expect(matchPath('/meetings/:id', '/meetings')).toBeNull();
    expect(matchPath('/meetings/new', '/meetings/abc')).toBeNull();
  });
});
