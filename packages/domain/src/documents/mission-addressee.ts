import type { LocalisedText } from './document-language.ts';
import { withFrenchPreposition } from './french-grammar.ts';

/**
 * The permanent mission of a State to the United Nations, as a note verbale to that State addresses it: "Permanent
 * Mission of Nigeria to the United Nations"; in French, with the article of the State's name contracted, "la Mission
 * permanente du Nigéria auprès de l’Organisation des Nations Unies". `stateName` is { EN, FR? }, the French name
 * with its article where it takes one ("le Nigéria", "la Côte d’Ivoire"); with a bare French name the French
 * reads "de"/"d’" + name.
 */
export function formatMissionAddressee(options: { stateName: { EN: string; FR?: string | null } }): LocalisedText {
  const { EN, FR } = options.stateName;
  const english = `Permanent Mission of ${EN} to the United Nations`;
  if (FR === undefined || FR === null || FR.trim() === '') return { EN: english };
  return {
    EN: english,
    FR: `la Mission permanente ${withFrenchPreposition({ preposition: 'de', phrase: FR })} auprès de l’Organisation des Nations Unies`,
  };
}
