import { toCalendarDate, type Prisma } from '@plenary/db';
import { DEFAULT_CONVENTION_CODE } from '@plenary/domain';
import { mayRecordReportFor, mayUpdateReport } from '../../auth/policies.ts';
import { readableBy, SECRETARIAT, SECRETARIAT_AND_OWN_STATE } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { idFromGlobalId } from '../../mutations/global-id.ts';
import { runInTransaction } from '../../mutations/run-in-transaction.ts';
import { publishReport } from '../../use-cases/reports/publish-report.ts';
import { recordTransparencyReport } from '../../use-cases/reports/record-transparency-report.ts';
import { updateReportForms } from '../../use-cases/reports/update-report-forms.ts';
import { MUTATION_ERRORS } from '../errors.ts';
import {
  globalIdDescription,
  MUTATION_DATA_DESCRIPTION,
  MUTATION_INPUT_DESCRIPTION,
  VERSION_ARGUMENT_DESCRIPTION,
} from '../shared-descriptions.ts';
import { formsInput, RecordTransparencyReportInput, ReportFormInputRef } from './inputs.ts';
import { TransparencyReportRef } from './type.ts';
import { stateReferenceKey, stateWhereUnique, type StateReference } from '../state-reference.ts';

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
