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
    expect(formatMissionAddressee({ stateName: { EN: 'Bahamas', FR: 'les Bahamas' } })).toMatchObject({
      FR: 'la Mission permanente des Bahamas auprès de l’Organisation des Nations Unies',
    });
    expect(formatMissionAddressee({ stateName: { EN: 'Spain', FR: 'l’Espagne' } })).toMatchObject({
      FR: 'la Mission permanente de l’Espagne auprès de l’Organisation des Nations Unies',
    });
    expect(
      formatMissionAddressee({ stateName: { EN: 'Netherlands (Kingdom of the)', FR: 'le Royaume des Pays-Bas' } }),
    ).toMatchObject({
      FR: 'la Mission permanente du Royaume des Pays-Bas auprès de l’Organisation des Nations Unies',
    });
  });

  it('elides "de" before a French name with no article that starts with a vowel', () => {
    expect(formatMissionAddressee({ stateName: { EN: 'Israel', FR: 'Israël' } })).toMatchObject({
      FR: 'la Mission permanente d’Israël auprès de l’Organisation des Nations Unies',
    });
    expect(formatMissionAddressee({ stateName: { EN: 'Cuba', FR: 'Cuba' } })).toMatchObject({
      FR: 'la Mission permanente de Cuba auprès de l’Organisation des Nations Unies',
    });
  });

  it('has no French when the State has no French name', () => {
    expect(formatMissionAddressee({ stateName: { EN: 'Nigeria', FR: null } })).toEqual({
      EN: 'Permanent Mission of Nigeria to the United Nations',
    });
  });
});
