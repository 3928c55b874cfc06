import { databaseDate } from './data-file.ts';
import type { SeedClient } from './seed-client.ts';

export const CCM_CODE = 'CCM';

// Art. 17(1): in force on the first day of the sixth month after the thirtieth instrument (deposited 2010-02-16);
// the first thirty instruments all took effect that day.
const CCM_ENTRY_INTO_FORCE_ON = '2010-08-01';
const CCM_FIXED_ENTRY_INTO_FORCE_COUNT = 30;
const CCM_THIRTIETH_INSTRUMENT_ON = '2010-02-16';
// Art. 17(2): any later instrument takes effect on the first day of the sixth month after the month of deposit.
const CCM_MONTHS_AFTER_DEPOSIT_MONTH = 6;
// Art. 7(1): initial report as soon as practicable and in any event not later than 180 days after entry into force.
const CCM_INITIAL_REPORT_DAYS = 180;
// Art. 7(2): annual update, covering the last calendar year, not later than 30 April of each year.
const CCM_ANNUAL_REPORT_DUE_MONTH = 4;
const CCM_ANNUAL_REPORT_DUE_DAY = 30;
// Art. 20(2): withdrawal takes effect six months after the depositary receives the instrument of withdrawal.
const CCM_WITHDRAWAL_NOTICE_MONTHS = 6;

/** Art. 14(1), as cited (in part) by the convening note of the Eleventh Meeting. */
export const CCM_COST_SHARING_TEXT =
  'The costs of the Meetings of States Parties, the Review Conferences and the Amendment Conferences shall be borne by ' +
  'the States Parties and States not party to this Convention participating therein, in accordance with the United ' +
  'Nations scale of assessment adjusted appropriately.';

/**
 * Art. 14(1) as the Eleventh Meeting's convening note (ODA/2023-00050) quotes it, and the same words in the French
 * text of the Convention; the note elides the review and amendment conferences ("[…]").
 */
export const CCM_COST_SHARING_QUOTATION = {
  EN:
    'the costs of the Meetings of States Parties […] shall be borne by the States parties and States not party to this ' +
    'Convention participating therein, in accordance with the United Nations scale of assessment adjusted appropriately',
  FR:
    'les coûts des Assemblées des États parties […] sont assumés par les États parties et les États non parties à la ' +
    'présente Convention participant à ces assemblées ou conférences selon le barème dûment ajusté des quotes-parts de ' +
    'l’Organisation des Nations Unies',
} as const;

/**
 * The Convention on Cluster Munitions with its rules as data: adopted at Dublin on 30 May 2008, opened for
 * signature at Oslo on 3 December 2008, in force 1 August 2010; the Secretary-General is the depositary (Art. 22).
 */
export async function seedConvention(
  client: SeedClient,
  options: { today: string },
): Promise<{ conventionId: string; withdrawalNoticeMonths: number }> {
  const data = {
    title: 'Convention on Cluster Munitions',
    shortTitle: 'CCM',
    adoptedOn: databaseDate('2008-05-30'),
    openedForSignatureOn: databaseDate('2008-12-03'),
    entryIntoForceOn: databaseDate(CCM_ENTRY_INTO_FORCE_ON),
    depositary: 'Secretary-General of the United Nations',
    fixedEntryIntoForceOn: databaseDate(CCM_ENTRY_INTO_FORCE_ON),
    fixedEntryIntoForceCount: CCM_FIXED_ENTRY_INTO_FORCE_COUNT,
    fixedEntryIntoForceCutoffOn: databaseDate(CCM_THIRTIETH_INSTRUMENT_ON),
    monthsAfterDepositMonth: CCM_MONTHS_AFTER_DEPOSIT_MONTH,
    initialReportDays: CCM_INITIAL_REPORT_DAYS,
    annualReportDueMonth: CCM_ANNUAL_REPORT_DUE_MONTH,
    annualReportDueDay: CCM_ANNUAL_REPORT_DUE_DAY,
    // The treaty leaves the first annual deadline open; CCM practice counts from the initial report's due date.
    firstAnnualReportRule: 'YEAR_AFTER_INITIAL_REPORT_DUE',
    withdrawalNoticeMonths: CCM_WITHDRAWAL_NOTICE_MONTHS,
    costSharingArticle: 'Article 14, paragraph 1',
    costSharingText: CCM_COST_SHARING_TEXT,
    // What documents print (French names carry their article; see packages/domain/src/documents/README.md).
    titleFr: 'la Convention sur les armes à sous-munitions',
    costSharingArticleFr: 'le paragraphe 1 de l’article 14',
    costSharingQuotation: CCM_COST_SHARING_QUOTATION.EN,
    costSharingQuotationFr: CCM_COST_SHARING_QUOTATION.FR,
    initialReportArticle: 'Article 7, paragraph 1',
    initialReportArticleFr: 'le paragraphe 1 de l’article 7',
    annualReportArticle: 'Article 7, paragraph 2',
    annualReportArticleFr: 'le paragraphe 2 de l’article 7',
    // Art. 14(1): States Parties and the States not party that take part in the meeting.
    defaultPayerRule: 'STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES',
  } as const;
  const convention = await client.convention.upsert({
    where: { code: CCM_CODE },
    // No Article 7 report is seeded, so the secretariat's records begin the day it starts using Plenary, that is
    // the day of the first seed: a report due earlier is "not recorded" (unknown) until imported, never "overdue".
    // A later seed leaves the day alone: by then the secretariat may have set it (setReportRecordsBegin).
    create: { code: CCM_CODE, ...data, reportRecordsBeginOn: databaseDate(options.today) },
    update: data,
    select: { id: true, withdrawalNoticeMonths: true },
  });
  return { conventionId: convention.id, withdrawalNoticeMonths: convention.withdrawalNoticeMonths };
}
