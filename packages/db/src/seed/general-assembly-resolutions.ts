import { databaseDate } from './data-file.ts';
import type { SeedClient } from './seed-client.ts';

export const RESOLUTION_77_79 = '77/79';

/**
 * General Assembly resolution 77/79, "Implementation of the Convention on Cluster Munitions" (7 December 2022), the
 * mandate the Eleventh Meeting was convened under: operative paragraph 9 asks the Secretary-General to convene the
 * Meetings of States Parties; operative paragraph 4 urges States Parties to report under Article 7.
 */
export async function seedGeneralAssemblyResolutions(
  client: SeedClient,
  options: { conventionId: string },
): Promise<{ resolution7779Id: string }> {
  const data = {
    conventionId: options.conventionId,
    symbol: `A/RES/${RESOLUTION_77_79}`,
    title: 'Implementation of the Convention on Cluster Munitions',
    adoptedOn: databaseDate('2022-12-07'),
    titleFr: 'Application de la Convention sur les armes à sous-munitions',
    conveningParagraph: 9,
    // Operative paragraph 9 as the Eleventh Meeting's note paraphrases it, from its verb.
    conveningClause:
      'requested the Secretary-General to continue to convene the Meetings of States Parties to the Convention and to continue to render the ' +
      'necessary assistance and to provide such services as may be necessary to fulfil the tasks entrusted to him under the Convention and in ' +
      'the relevant decisions of the Meetings of States Parties and the second Review Conference',
    conveningClauseFr:
      'a prié le Secrétaire général de continuer à convoquer les Assemblées des États parties à la Convention, de continuer à fournir ' +
      'l’assistance nécessaire et d’assurer les services qui pourraient être requis pour s’acquitter des tâches qui lui sont confiées par la ' +
      'Convention et par les décisions pertinentes des Assemblées des États parties et de la deuxième Conférence d’examen',
    reportingParagraph: 4,
    // Operative paragraph 4, as the note quotes it.
    reportingClause:
      'urges all States parties to provide the Secretary-General with complete and timely information as required under article 7 of the ' +
      'Convention in order to promote transparency and compliance with the Convention',
    reportingClauseFr:
      'exhorte tous les États parties à communiquer au Secrétaire général des informations complètes et à jour, comme le prévoit l’article 7 ' +
      'de la Convention, afin de promouvoir la transparence et le respect de la Convention',
  };
  const resolution = await client.generalAssemblyResolution.upsert({
    where: { number: RESOLUTION_77_79 },
    create: { number: RESOLUTION_77_79, ...data },
    update: data,
    select: { id: true },
  });
  return { resolution7779Id: resolution.id };
}
