import { fromCalendarDate, toCalendarDate, type Prisma, type PrismaClient } from '@plenary/db';
import {
  assessReportCompliance,
  DEFAULT_CONVENTION_CODE,
  FORM_LETTERS,
  FORM_STATUSES,
  REPORT_CHANNELS,
  REPORT_KINDS,
  type ComplianceStatus,
} from '@plenary/domain';
import { readRule } from '../auth/node-read-rules.ts';
import { mayReadReport, mayRecordReportFor, mayUpdateReport, readableReports } from '../auth/policies.ts';
import { readableBy, SECRETARIAT, SECRETARIAT_AND_OWN_STATE } from '../auth/readers.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { idFromGlobalId } from '../mutations/global-id.ts';
import { runInTransaction } from '../mutations/run-in-transaction.ts';
import { publishReport } from '../use-cases/reports/publish-report.ts';
import { recordTransparencyReport } from '../use-cases/reports/record-transparency-report.ts';
import { updateReportForms } from '../use-cases/reports/update-report-forms.ts';
import { ComplianceStatusEnum } from './enums.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { listOrder } from './list-order.ts';
import { nodeConnection } from './node-connection.ts';
import { describedValues } from './described-values.ts';
import {
  AS_OF_DATE_DESCRIPTION,
  CONVENTION_CODE_DESCRIPTION,
  globalIdDescription,
  MUTATION_DATA_DESCRIPTION,
  MUTATION_INPUT_DESCRIPTION,
  UPDATED_SINCE_DESCRIPTION,
  updatedAtDescription,
  VERSION_ARGUMENT_DESCRIPTION,
} from './shared-descriptions.ts';
import { StateReferenceInput, stateReferenceKey, stateWhereUnique, type StateReference } from './state-reference.ts';

export const ReportKindEnum = builder.enumType('ReportKind', {
  description: 'Art. 7(1) initial report or Art. 7(2) annual report.',
  values: describedValues(REPORT_KINDS, {
    INITIAL:
      'The initial report, due 180 days after entry into force for the State (Art. 7(1)); it states everything afresh.',
    ANNUAL: 'An annual update covering the previous calendar year, due by 30 April (Art. 7(2)).',
  }),
});
export const ReportChannelEnum = builder.enumType('ReportChannel', {
  description: 'How a report reached the secretariat.',
  values: describedValues(REPORT_CHANNELS, {
    ONLINE_DATABASE: 'Submitted through the online reporting database.',
    EMAIL: 'Sent by email.',
    NOTE_VERBALE: "Sent with a note verbale from the State's mission.",
    POST: 'Sent by post.',
  }),
});
const FormLetterEnum = builder.enumType('FormLetter', {
  description: 'The forms A-J of the Article 7 reporting format.',
  values: describedValues(FORM_LETTERS, {
    A: 'Form A: national implementation measures (Art. 7(1)(a), Art. 9); it applies to every State Party.',
    B: 'Form B of the Article 7 reporting format.',
    C: 'Form C of the Article 7 reporting format.',
    D: 'Form D of the Article 7 reporting format.',
    E: 'Form E of the Article 7 reporting format.',
    F: 'Form F of the Article 7 reporting format.',
    G: 'Form G of the Article 7 reporting format.',
    H: 'Form H of the Article 7 reporting format.',
    I: 'Form I of the Article 7 reporting format.',
    J: 'Form J of the Article 7 reporting format.',
  }),
});
const FormStatusEnum = builder.enumType('FormStatus', {
  description: 'What a report says on one form.',
  values: describedValues(FORM_STATUSES, {
    CHANGED: 'The form gives new or changed information.',
    UNCHANGED: 'Nothing has changed since the report of `unchangedSinceYear`; not allowed in an initial report.',
    NOT_APPLICABLE: 'The form does not apply to the State (never allowed for Form A).',
  }),
});

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

// ---------------------------------------------------------------- queries

/**
 * A stored report's compliance as SQL, mirroring assessReportCompliance: received on or before `asOf` is ON_TIME
 * or LATE against its due date; otherwise OVERDUE once the due date has passed, else NOT_YET_DUE. A stored report
 * is never NOT_RECORDED.
 */
export function complianceCondition(
  prisma: PrismaClient,
  status: ComplianceStatus,
  asOf: Date,
): Prisma.TransparencyReportWhereInput {
  const dueOn = prisma.transparencyReport.fields.dueOn;
  const notYetReceived: Prisma.TransparencyReportWhereInput = {
    OR: [{ receivedOn: null }, { receivedOn: { gt: asOf } }],
  };
  switch (status) {
    case 'ON_TIME':
      return { AND: [{ receivedOn: { lte: asOf } }, { receivedOn: { lte: dueOn } }] };
    case 'LATE':
      return { AND: [{ receivedOn: { lte: asOf } }, { receivedOn: { gt: dueOn } }] };
    case 'OVERDUE':
      return { AND: [notYetReceived, { dueOn: { lt: asOf } }] };
    case 'NOT_YET_DUE':
      return { AND: [notYetReceived, { dueOn: { gte: asOf } }] };
    case 'NOT_RECORDED':
      // A stored report is a record: only an obligation with none can be unknown (reportingCompliance lists those).
      return { id: { in: [] } };
  }
}

const TransparencyReportFilter = builder.inputType('TransparencyReportFilter', {
  description: 'Which reports to list; conditions combine with AND. Omit a field to not filter by it.',
  fields: (t) => ({
    state: t.string({ description: 'ISO 3166-1 alpha-3 code of the reporting State.' }),
    convention: t.string({ description: 'Convention code, e.g. "CCM".' }),
    year: t.int({
      description: 'The year covered (annual reports) or of entry into force (initial reports): `periodYear`.',
    }),
    kind: t.field({ description: 'Only initial or only annual reports.', type: ReportKindEnum }),
    compliance: t.field({
      type: ComplianceStatusEnum,
      description:
        'Stored reports with this compliance on `asOf`. States with no report at all are in `reportingCompliance`.',
    }),
    asOf: t.field({ type: 'Date', description: 'The day compliance is judged on (default: today).' }),
    updatedSince: t.field({ type: 'DateTime', description: UPDATED_SINCE_DESCRIPTION }),
  }),
});

const StateReportFilter = builder.inputType('StateReportFilter', {
  description: "Which of the State's reports to list; conditions combine with AND. Omit a field to not filter by it.",
  fields: (t) => ({
    convention: t.string({ description: 'Convention code, e.g. "CCM".' }),
    year: t.int({
      description: 'The year covered (annual reports) or of entry into force (initial reports): `periodYear`.',
    }),
    kind: t.field({ description: 'Only initial or only annual reports.', type: ReportKindEnum }),
    compliance: t.field({ type: ComplianceStatusEnum, description: 'Only reports with this compliance on `asOf`.' }),
    asOf: t.field({ type: 'Date', description: 'The day compliance is judged on (default: today).' }),
  }),
});

/** The reports a filter names, of those the viewer may read; a State's list is the same filter without `state`. */
function reportWhere(
  filter:
    (typeof StateReportFilter.$inferInput & { state?: string | null; updatedSince?: Date | null }) | null | undefined,
  context: Context,
): Prisma.TransparencyReportWhereInput {
  const conditions: Prisma.TransparencyReportWhereInput[] = [readableReports(context.viewer)];
  if (filter?.state) conditions.push({ state: { iso3: filter.state.trim().toUpperCase() } });
  if (filter?.convention) conditions.push({ convention: { code: filter.convention } });
  if (filter?.year != null) conditions.push({ periodYear: filter.year });
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.updatedSince) conditions.push({ updatedAt: { gte: filter.updatedSince } });
  if (filter?.compliance) {
    const asOf = fromCalendarDate(toCalendarDate(filter.asOf ?? context.now()));
    conditions.push(complianceCondition(context.prisma, filter.compliance, asOf));
  }
  return { AND: conditions };
}

const REPORT_ORDER: Prisma.TransparencyReportOrderByWithRelationInput[] = [{ dueOn: 'desc' }, { id: 'asc' }];

const REPORT_LIST_ORDER = listOrder({
  node: 'TransparencyReport',
  fields: {
    DUE_ON: {
      description: 'The due date (`dueOn`).',
      orderBy: (direction): Prisma.TransparencyReportOrderByWithRelationInput[] => [
        { dueOn: direction },
        { id: 'asc' },
      ],
    },
    RECEIVED_ON: {
      description:
        'The day the report was received (`receivedOn`); reports not received come last ascending, first descending.',
      orderBy: (direction): Prisma.TransparencyReportOrderByWithRelationInput[] => [
        { receivedOn: { sort: direction, nulls: direction === 'asc' ? 'last' : 'first' } },
        { id: 'asc' },
      ],
    },
    UPDATED_AT: {
      description: 'When the report or its forms last changed (`updatedAt`).',
      orderBy: (direction): Prisma.TransparencyReportOrderByWithRelationInput[] => [
        { updatedAt: direction },
        { id: 'asc' },
      ],
    },
  },
  defaultOrder: { field: 'DUE_ON', direction: 'DESC' },
});

builder.queryField('transparencyReports', (t) =>
  t.prismaConnection(
    {
      type: 'TransparencyReport',
      cursor: 'id',
      description:
        'Article 7 reports, latest due first unless `orderBy` says otherwise. Anonymous callers and partners see published reports only.',
      args: {
        filter: t.arg({
          description: 'Which reports to list (default: all you may read).',
          type: TransparencyReportFilter,
        }),
        orderBy: t.arg(REPORT_LIST_ORDER.arg),
      },
      extensions: REPORT_LIST_ORDER.extensions,
      totalCount: (_parent, args, context) =>
        context.prisma.transparencyReport.count({ where: reportWhere(args.filter, context) }),
      resolve: (query, _parent, args, context) =>
        context.prisma.transparencyReport.findMany({
          ...query,
          where: reportWhere(args.filter, context),
          orderBy: REPORT_LIST_ORDER.prismaOrderBy(args.orderBy),
        }),
    },
    TransparencyReportConnection,
  ),
);

builder.prismaObjectField('State', 'reports', (t) =>
  t.relatedConnection(
    'reports',
    {
      cursor: 'id',
      totalCount: true,
      description:
        "The State's Article 7 reports, latest due first (unpublished ones only for the secretariat and the State itself).",
      extensions: readableBy(SECRETARIAT_AND_OWN_STATE, 'EVERYONE_ONCE_PUBLISHED'),
      args: {
        filter: t.arg({ description: 'Which reports to list (default: all you may read).', type: StateReportFilter }),
      },
      query: (args, context) => ({ where: reportWhere(args.filter, context), orderBy: REPORT_ORDER }),
    },
    TransparencyReportConnection,
  ),
);

// ---------------------------------------------------------------- mutations

const ReportFormInputRef = builder.inputType('ReportFormInput', {
  description: 'One form of a report and its status.',
  fields: (t) => ({
    letter: t.field({ description: 'Which form, A to J.', type: FormLetterEnum, required: true }),
    status: t.field({
      description:
        'CHANGED, UNCHANGED (give `unchangedSinceYear`; not in an initial report) or NOT_APPLICABLE (never for Form A).',
      type: FormStatusEnum,
      required: true,
    }),
    unchangedSinceYear: t.int({
      description: 'With UNCHANGED: the year of the report since which the form is unchanged.',
    }),
  }),
});

const RecordTransparencyReportInput = builder.inputType('RecordTransparencyReportInput', {
  description: 'A received Article 7 report to record for a State.',
  fields: (t) => ({
    state: t.field({
      type: StateReferenceInput,
      required: true,
      description: 'The reporting State, by ISO code or by global ID.',
    }),
    convention: t.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
    kind: t.field({
      description: 'Initial report (Art. 7(1)) or annual update (Art. 7(2)).',
      type: ReportKindEnum,
      required: true,
    }),
    periodYear: t.int({
      required: true,
      description: 'The year covered (annual report) or the year of entry into force (initial report).',
    }),
    receivedOn: t.field({ type: 'Date', description: 'The day the report was received (default: today).' }),
    channel: t.field({ description: 'How the report reached the secretariat.', type: ReportChannelEnum }),
    dueOn: t.field({
      type: 'Date',
      description: 'Secretariat only: a published due date that differs from the computed one; it wins.',
    }),
    forms: t.field({ type: [ReportFormInputRef], description: 'Forms A-J, each once.' }),
  }),
});

type FormsArg = readonly (typeof ReportFormInputRef.$inferInput)[] | null | undefined;

function formsInput(forms: FormsArg) {
  return forms?.map((form) => ({
    letter: form.letter,
    status: form.status,
    ...(form.unchangedSinceYear != null && { unchangedSinceYear: form.unchangedSinceYear }),
  }));
}

/** The State a reference names, for the rule; null for a reference that names none (the resolver then says why). */
function stateWhereOrNull(reference: StateReference): Prisma.StateWhereUniqueInput | null {
  try {
    return stateWhereUnique(reference, 'state');
  } catch {
    return null;
  }
}

function reportIdOf(globalId: string | number): string {
  return idFromGlobalId({ globalId: globalId, typename: 'TransparencyReport', path: 'reportId' });
}

builder.mutationFields((t) => ({
  recordTransparencyReport: t.field({
    type: TransparencyReportRef,
    description:
      "Records a State's Article 7 report as received: the secretariat for any State, a focal point for its own. The period and due date follow " +
      "from the State's entry into force and the convention's rules unless the secretariat gives `dueOn`. One report per State, kind and period.",
    errors: {
      types: MUTATION_ERRORS,
      dataField: {
        name: 'report',
        description: MUTATION_DATA_DESCRIPTION,
        extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
      },
    },
    authScopes: (_parent, args, context) => mayRecordReportFor(context, stateWhereOrNull(args.input.state)),
    args: {
      input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: RecordTransparencyReportInput, required: true }),
    },
    resolve: async (_parent, args, context) => {
      const { input: raw } = args;
      const report = {
        kind: raw.kind,
        periodYear: raw.periodYear,
        receivedOn: raw.receivedOn ? toCalendarDate(raw.receivedOn) : undefined,
        channel: raw.channel ?? undefined,
        dueOn: raw.dueOn ? toCalendarDate(raw.dueOn) : undefined,
        forms: formsInput(raw.forms),
      };
      const state = { where: stateWhereUnique(raw.state, 'state'), key: stateReferenceKey(raw.state) };
      const conventionCode = raw.convention ?? DEFAULT_CONVENTION_CODE;
      return runInTransaction(context, (tx) =>
        recordTransparencyReport({
          tx,
          actor: context,
          now: context.now(),
          input: { state, conventionCode, report },
        }),
      );
    },
  }),

  updateReportForms: t.field({
    type: TransparencyReportRef,
    description:
      "Replaces a report's forms A-J: the secretariat, or the reporting State's focal point. Send the version you read.",
    errors: {
      types: MUTATION_ERRORS,
      dataField: {
        name: 'report',
        description: MUTATION_DATA_DESCRIPTION,
        extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
      },
    },
    authScopes: (_parent, args, context) => mayUpdateReport(context, args.reportId),
    args: {
      reportId: t.arg.id({ description: globalIdDescription('TransparencyReport'), required: true }),
      version: t.arg.int({ description: VERSION_ARGUMENT_DESCRIPTION, required: true }),
      forms: t.arg({
        description: 'All forms A-J, each once: they replace the stored ones.',
        type: [ReportFormInputRef],
        required: true,
      }),
    },
    resolve: async (_parent, args, context) => {
      const id = reportIdOf(args.reportId);
      return runInTransaction(context, (tx) =>
        updateReportForms({
          tx,
          actor: context,
          now: context.now(),
          input: {
            reportId: id,
            reportKey: String(args.reportId),
            version: args.version,
            forms: formsInput(args.forms),
          },
        }),
      );
    },
  }),

  publishReport: t.field({
    type: TransparencyReportRef,
    description: 'Publishes a received report, for everyone to read (secretariat only). Send the version you read.',
    errors: {
      types: MUTATION_ERRORS,
      dataField: { name: 'report', description: MUTATION_DATA_DESCRIPTION, extensions: readableBy(SECRETARIAT) },
    },
    authScopes: { secretariat: true },
    args: {
      reportId: t.arg.id({ description: globalIdDescription('TransparencyReport'), required: true }),
      version: t.arg.int({ description: VERSION_ARGUMENT_DESCRIPTION, required: true }),
    },
    resolve: async (_parent, args, context) => {
      const id = reportIdOf(args.reportId);
      return runInTransaction(context, (tx) =>
        publishReport({
          tx,
          actor: context,
          now: context.now(),
          input: { reportId: id, reportKey: String(args.reportId), version: args.version },
        }),
      );
    },
  }),
}));
