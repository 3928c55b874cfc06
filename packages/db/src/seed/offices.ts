import type { SeedClient } from './seed-client.ts';

export const ODA_HEADQUARTERS_CODE = 'ODA';
export const ODA_GENEVA_CODE = 'ODA-GENEVA';
const CCM_EMAIL = 'ccm@un.org';

export interface SeededOffices {
  headquartersId: string;
  genevaId: string;
}

interface OfficeData {
  code: string;
  name: string;
  /** With its article, as French documents need it. */
  nameFr: string;
  letterhead: string | null;
  postalAddress: string;
  email: string;
  phone: string | null;
}

async function upsertOffice(client: SeedClient, { code, ...data }: OfficeData): Promise<string> {
  const office = await client.office.upsert({
    where: { code },
    create: { code, ...data },
    update: data,
    select: { id: true },
  });
  return office.id;
}

/** The two offices named by the Eleventh Meeting's convening note (ODA/2023-00050). */
export async function seedOffices(client: SeedClient): Promise<SeededOffices> {
  const headquartersId = await upsertOffice(client, {
    code: ODA_HEADQUARTERS_CODE,
    name: 'Office for Disarmament Affairs',
    nameFr: 'le Bureau des affaires de désarmement',
    // The note's letterhead, verbatim.
    letterhead: `HEADQUARTERS | SIEGE | NEW YORK, NY 10017 TEL.: + 212 963 1234 | ${CCM_EMAIL}`,
    // The note prints no other address for Headquarters: built from the letterhead.
    postalAddress:
      'Office for Disarmament Affairs\nUnited Nations Headquarters\nNew York, NY 10017\nUnited States of America',
    email: CCM_EMAIL,
    // The letterhead's "+ 212 963 1234" is the UN Headquarters switchboard, with the country code 1 restored.
    phone: '+1 212 963 1234',
  });
  const genevaId = await upsertOffice(client, {
    code: ODA_GENEVA_CODE,
    name: 'Office for Disarmament Affairs, Geneva Branch',
    nameFr: 'le Service de Genève du Bureau des affaires de désarmement',
    letterhead: null,
    // The address to which the note asks delegations' details to be sent.
    postalAddress:
      'Office for Disarmament Affairs, Geneva Branch\nUnited Nations Office at Geneva\nPalais des Nations, Building H, Second Floor, WP.24\nCH-1211 Geneva 10\nSwitzerland',
    email: CCM_EMAIL,
    phone: null,
  });
  return { headquartersId, genevaId };
}
