import { type Convention } from '@plenary/db';
import { builder } from '../../builder.ts';
import { MeetingConnection } from '../meeting/type.ts';

const ConventionRulesRef = builder.objectRef<Convention>('ConventionRules').implement({
  description:
    "A convention's rules as data: entry into force (Art. 17), reporting (Art. 7), withdrawal (Art. 20), cost sharing (Art. 14).",
  fields: (t) => ({
    fixedEntryIntoForceOn: t.field({
      description:
        "For the first instruments (Art. 17(1)): the day they all took effect, the convention's own entry into force. Null while the convention is not in force.",
      type: 'Date',
      nullable: true,
      resolve: (c) => c.fixedEntryIntoForceOn,
    }),
    fixedEntryIntoForceCount: t.exposeInt('fixedEntryIntoForceCount', {
      description:
        'How many instruments were required for the convention to enter into force (CCM: 30, Art. 17(1)); they all take effect on `fixedEntryIntoForceOn`.',
      nullable: true,
    }),
    fixedEntryIntoForceCutoffOn: t.field({
      description:
        'The day the last of the first `fixedEntryIntoForceCount` instruments was deposited (CCM: 2010-02-16). Null while the threshold is not reached.',
      type: 'Date',
      nullable: true,
      resolve: (c) => c.fixedEntryIntoForceCutoffOn,
    }),
    monthsAfterDepositMonth: t.exposeInt('monthsAfterDepositMonth', {
      description:
        'For a later instrument, entry into force falls on the first day of this month after the month of deposit (CCM: 6, Art. 17(2)).',
    }),
    initialReportDays: t.exposeInt('initialReportDays', {
      description:
        'The initial transparency report is due this many days after entry into force for the State (CCM: 180, Art. 7(1)).',
    }),
    annualReportDueMonth: t.exposeInt('annualReportDueMonth', {
      description:
        'The month (1-12) annual reports are due each year, covering the previous calendar year (CCM: 4, April; Art. 7(2)).',
    }),
    annualReportDueDay: t.exposeInt('annualReportDueDay', {
      description: 'The day of `annualReportDueMonth` annual reports are due (CCM: 30, so 30 April; Art. 7(2)).',
    }),
    firstAnnualReportRule: t.exposeString('firstAnnualReportRule', {
      description:
        "Which annual deadline is a State's first (the treaty leaves it open): YEAR_AFTER_INITIAL_REPORT_DUE (the one in the calendar year after the initial report fell due) or FIRST_DUE_DATE_AFTER_ENTRY_INTO_FORCE.",
    }),
    withdrawalNoticeMonths: t.exposeInt('withdrawalNoticeMonths', {
      description:
        'A withdrawal takes effect this many months after the depositary receives the instrument of withdrawal (CCM: 6, Art. 20(2)).',
    }),
    costSharingArticle: t.exposeString('costSharingArticle', {
      description:
        'The article that governs who pays for meetings, as cited in notes and assessment notices (CCM: "Article 14(1)").',
    }),
    costSharingText: t.exposeString('costSharingText', {
      description: 'The text of that article, as quoted in assessment notices.',
    }),
    defaultPayerRule: t.exposeString('defaultPayerRule', {
      description:
        'Who pays for a meeting unless it decides otherwise, a PayerRule value (CCM: STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES, Art. 14(1)).',
    }),
  }),
});

export const ConventionRef = builder.prismaNode('Convention', {
  description: 'A convention the secretariat serves, with its dates, its rules as data, and its meetings. Public.',
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'The convention\'s short code, e.g. "CCM"; every `convention:` argument takes it.',
    }),
    title: t.exposeString('title', {
      description: 'The convention\'s full title, e.g. "Convention on Cluster Munitions".',
    }),
    shortTitle: t.exposeString('shortTitle', {
      description: 'The title as used in running text and document headings.',
    }),
    adoptedOn: t.expose('adoptedOn', {
      description: 'The day the convention was adopted (CCM: 2008-05-30, Dublin).',
      type: 'Date',
    }),
    openedForSignatureOn: t.expose('openedForSignatureOn', {
      description: 'The day the convention opened for signature (CCM: 2008-12-03, Oslo); null when not recorded.',
      type: 'Date',
      nullable: true,
    }),
    entryIntoForceOn: t.expose('entryIntoForceOn', {
      description:
        'The day the convention itself entered into force (CCM: 2010-08-01, Art. 17(1)); null while it is not in force.',
      type: 'Date',
      nullable: true,
    }),
    depositary: t.exposeString('depositary', {
      description:
        'Who receives instruments of ratification, accession and withdrawal (CCM: the Secretary-General of the United Nations, Art. 22).',
    }),
    reportRecordsBeginOn: t.expose('reportRecordsBeginOn', {
      type: 'Date',
      nullable: true,
      description:
        "The first day the secretariat's records of received Article 7 reports are complete from: an obligation due earlier with no report " +
        'recorded is NOT_RECORDED (unknown), never OVERDUE. Null: complete from entry into force. A fresh installation sets the day it was seeded.',
    }),
    rules: t.field({
      description:
        'The rules the API computes with: entry into force, reporting deadlines, withdrawal and cost sharing.',
      type: ConventionRulesRef,
      resolve: (convention) => convention,
    }),
    meetings: t.relatedConnection(
      'meetings',
      {
        description: 'The meetings held under this convention, earliest first (by opening day).',
        cursor: 'id',
        totalCount: true,
        query: { orderBy: { opensOn: 'asc' } },
      },
      MeetingConnection,
    ),
  }),
});
