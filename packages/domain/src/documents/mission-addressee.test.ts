import { describe, expect, it } from 'vitest';
import { formatMissionAddressee } from './mission-addressee.ts';

describe('formatMissionAddressee', () => {
  it('names the mission in English and in French, contracting the article of the State', () => {
    expect(formatMissionAddressee({ stateName: { EN: 'Nigeria', FR: 'le Nigéria' } })).toEqual({
      EN: 'Permanent Mission of Nigeria to the United Nations',
      FR: 'la Mission permanente du Nigéria auprès de l’Organisation des Nations Unies',
    });
    expect(formatMissionAddressee({ stateName: { EN: 'Côte d’Ivoire', FR: 'la Côte d’Ivoire' } })).toMatchObject({
      FR: 'la Mission permanente de la Côte d’Ivoire auprès de l’Organisation des Nations Unies',
    });
    expect(formatMissionAddressee({ stateName: { EN: 'Netherlands (Kingdom of the)', FR: 'les Pays-Bas' } })).toMatchObject({
      FR: 'la Mission permanente des Pays-Bas auprès de l’Organisation des Nations Unies',
    });
  });

  it('elides "de" before a bare French name that starts with a vowel', () => {
    expect(formatMissionAddressee({ stateName: { EN: 'Iraq', FR: 'Irak' } })).toMatchObject({ FR: 'la Mission permanente d’Irak auprès de l’Organisation des Nations Unies' });
  });

  it('has no French when the State has no French name', () => {
    expect(formatMissionAddressee({ stateName: { EN: 'Nigeria', FR: null } })).toEqual({ EN: 'Permanent Mission of Nigeria to the United Nations' });
  });
});
