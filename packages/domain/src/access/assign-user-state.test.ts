import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { assignUserState } from './assign-user-state.ts';

describe('assignUserState', () => {
  it('keeps the State of a STATE user whose State is not changed', () => {
    expect(assignUserState({ currentRole: 'STATE', currentStateIso3: 'NOR' })).toEqual({
      role: 'STATE',
      stateIso3: 'NOR',
    });
  });

  it('moves a focal point to another State', () => {
    expect(assignUserState({ currentRole: 'STATE', currentStateIso3: 'NOR', stateIso3: 'CHE' })).toEqual({
      role: 'STATE',
      stateIso3: 'CHE',
    });
  });

  it('drops the State when a focal point joins the secretariat', () => {
    expect(assignUserState({ currentRole: 'STATE', currentStateIso3: 'NOR', role: 'SECRETARIAT' })).toEqual({
      role: 'SECRETARIAT',
      stateIso3: null,
    });
  });

  it('needs a State to make a secretariat officer a focal point', () => {
    expect(() => assignUserState({ currentRole: 'SECRETARIAT', currentStateIso3: null, role: 'STATE' })).toThrow(
      ValidationError,
    );
    expect(
      assignUserState({ currentRole: 'SECRETARIAT', currentStateIso3: null, role: 'STATE', stateIso3: 'NOR' }),
    ).toEqual({ role: 'STATE', stateIso3: 'NOR' });
  });

  it('refuses a State for an ADMIN, and clearing the State of a focal point', () => {
    expect(() => assignUserState({ currentRole: 'ADMIN', currentStateIso3: null, stateIso3: 'NOR' })).toThrow(
      /Only STATE users act for a State/,
    );
    expect(() => assignUserState({ currentRole: 'STATE', currentStateIso3: 'NOR', stateIso3: null })).toThrow(
      /acts for one State/,
    );
  });
});
