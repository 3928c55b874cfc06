import { DEFAULT_CONVENTION_CODE } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { CONVENTION_CODE_DESCRIPTION } from '../shared-descriptions.ts';
import { FormLetterEnum, FormStatusEnum, ReportChannelEnum, ReportKindEnum } from './enums.ts';
import { StateReferenceInput } from '../state-reference.ts';

export const ReportFormInputRef = builder.inputType('ReportFormInput', {
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

export const RecordTransparencyReportInput = builder.inputType('RecordTransparencyReportInput', {
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

export function formsInput(forms: FormsArg) {
  return forms?.map((form) => ({
    letter: form.letter,
    status: form.status,
    ...(form.unchangedSinceYear != null && { unchangedSinceYear: form.unchangedSinceYear }),
  }));
}
