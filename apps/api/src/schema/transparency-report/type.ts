import { toCalendarDate } from '@plenary/db';
import { assessReportCompliance } from '@plenary/domain';
import { readRule } from '../../auth/node-read-rules.ts';
import { mayReadReport } from '../../auth/policies.ts';
import { readableBy, SECRETARIAT_AND_OWN_STATE } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { ComplianceStatusEnum } from '../enums.ts';
import { nodeConnection } from '../node-connection.ts';
import { AS_OF_DATE_DESCRIPTION, updatedAtDescription } from '../shared-descriptions.ts';
import { FormLetterEnum, FormStatusEnum, ReportChannelEnum, ReportKindEnum } from './enums.ts';

// ---------------------------------------------------------------- who sees what

const reportReadRule = readRule('TransparencyReport', mayReadReport);

// ---------------------------------------------------------------- types

builder.prismaObject('ReportForm', {
  description: 'One form of an Article 7 report: changed, unchanged since an earlier year, or not applicable.',
  extensions: readableBy(SECRETARIAT_AND_OWN_STATE, 'EVERYONE_ONCE_PUBLISHED'),
  fields: (t) => ({
    letter: t.expose('letter', {
      description: 'Which form of the reporting format this is, A to J.',
      type: FormLetterEnum,
    }),
    status: t.expose('status', {
      description: 'Whether the form reports changes, repeats an earlier report, or does not apply to the State.',
      type: FormStatusEnum,
    }),
    unchangedSinceYear: t.exposeInt('unchangedSinceYear', {
      description: 'With UNCHANGED: the year covered by the report this form is unchanged since; null otherwise.',
      nullable: true,
    }),
  }),
});

export const TransparencyReportRef = builder.prismaNode('TransparencyReport', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description:
    'An Article 7 transparency report. Unpublished reports are seen only by the secretariat and the reporting State.',
  authScopes: (report, context) => reportReadRule(report, context),
  extensions: readableBy(SECRETARIAT_AND_OWN_STATE, 'EVERYONE_ONCE_PUBLISHED'),
  fields: (t) => ({
    state: t.relation('state', { description: 'The reporting State.' }),
    convention: t.relation('convention', { description: 'The convention the report is made under.' }),
    kind: t.expose('kind', {
      description: 'Initial report (Art. 7(1)) or annual update (Art. 7(2)).',
      type: ReportKindEnum,
    }),
    periodYear: t.exposeInt('periodYear', {
      description: 'The calendar year covered (annual report) or the year of entry into force (initial report).',
    }),
    periodStart: t.expose('periodStart', {
      description: 'The first day of the period the report covers, as `YYYY-MM-DD`.',
      type: 'Date',
    }),
    periodEnd: t.expose('periodEnd', {
      description: 'The last day of the period the report covers, as `YYYY-MM-DD`.',
      type: 'Date',
    }),
    dueOn: t.expose('dueOn', {
      type: 'Date',
      description: 'The due date that applies: computed by Art. 7, or recorded when the published date differs.',
    }),
    dueOnOverridden: t.exposeBoolean('dueOnOverridden', {
      description: 'True when `dueOn` is a published date recorded by the secretariat rather than computed by Art. 7.',
    }),
    receivedOn: t.expose('receivedOn', {
      description: 'The day the secretariat received the report; null while it has not.',
      type: 'Date',
      nullable: true,
    }),
    channel: t.expose('channel', {
      description: 'How the report reached the secretariat; null when not recorded.',
      type: ReportChannelEnum,
      nullable: true,
    }),
    published: t.exposeBoolean('published', {
      description: 'Whether the report is published, and so readable by everyone.',
    }),
    publishedAt: t.expose('publishedAt', {
      description: 'When the report was published (UTC); null while it is not.',
      type: 'DateTime',
      nullable: true,
    }),
    version: t.exposeInt('version', {
      description: 'Increases with every change; updates must send the version they read.',
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: updatedAtDescription('its fields and its forms; publishing it is a change'),
    }),
    forms: t.relation('forms', {
      description: "The report's forms A-J, in letter order, each with its status.",
      query: { orderBy: { letter: 'asc' } },
    }),
    compliance: t.field({
      type: ComplianceStatusEnum,
      description:
        'On time, late, overdue or not yet due, as known on `asOf` (default: today): a report received after that day counts as not yet received. ' +
        'A stored report is a record, so never NOT_RECORDED.',
      args: { asOf: t.arg({ description: AS_OF_DATE_DESCRIPTION, type: 'Date' }) },
      resolve: (report, args, context) =>
        assessReportCompliance({
          dueOn: toCalendarDate(report.dueOn),
          receivedOn: report.receivedOn && toCalendarDate(report.receivedOn),
          asOf: toCalendarDate(args.asOf ?? context.now()),
        }),
    }),
  }),
});

export const TransparencyReportConnection = nodeConnection(TransparencyReportRef, 'TransparencyReport');
