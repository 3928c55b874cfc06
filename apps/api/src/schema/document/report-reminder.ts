import { toCalendarDate } from '@plenary/db';
import { DEFAULT_CONVENTION_CODE, documentLanguageOf, renderReportReminder } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { loadReportReminderData } from '../../documents/document-data.ts';
import { LanguageEnum } from '../enums.ts';
import { CONVENTION_CODE_DESCRIPTION, DOCUMENT_LANGUAGE_DESCRIPTION } from '../shared-descriptions.ts';
import { ReportKindEnum } from '../transparency-report/enums.ts';
import { LetterFormatEnum, RENDERED_DOCUMENT_EXTENSIONS, RenderedDocumentRef } from './type.ts';

builder.prismaObjectField('State', 'reportReminder', (t) =>
  t.field({
    type: RenderedDocumentRef,
    extensions: RENDERED_DOCUMENT_EXTENSIONS,
    nullable: true,
    description:
      'A note verbale reminding the State that an Article 7 report is overdue: which report, its due date, where to send it. ' +
      'Refused (ValidationError) for a report that is not overdue on the note’s date or not owed. Secretariat only.',
    authScopes: { secretariat: true },
    args: {
      kind: t.arg({
        description: 'Which report is overdue: the initial report (Art. 7(1)) or an annual update (Art. 7(2)).',
        type: ReportKindEnum,
        required: true,
      }),
      periodYear: t.arg.int({
        required: true,
        description: 'The year an annual report covers; for the initial report, the year of entry into force.',
      }),
      reference: t.arg.string({ required: true, description: 'The note’s reference, e.g. "ODA/2024-00123".' }),
      date: t.arg({ type: 'Date', description: 'The note’s date (default: today).' }),
      issuingOffice: t.arg.string({ required: true, description: 'Code of the office sending the note, e.g. "ODA".' }),
      submissionOffice: t.arg.string({
        description: 'Code of the office reports go to, e.g. "ODA-GENEVA"; the issuing office when left out.',
      }),
      convention: t.arg.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
      format: t.arg({
        description: 'The format to render in (default: plain text).',
        type: LetterFormatEnum,
        defaultValue: 'TEXT',
      }),
      language: t.arg({ type: LanguageEnum, defaultValue: 'EN', description: DOCUMENT_LANGUAGE_DESCRIPTION }),
    },
    resolve: async (state, args, context) => {
      const language = documentLanguageOf({ language: args.language ?? 'EN', path: 'language' });
      const reminder = await loadReportReminderData(context.prisma, {
        stateId: state.id,
        conventionCode: args.convention ?? DEFAULT_CONVENTION_CODE,
        kind: args.kind,
        periodYear: args.periodYear,
        reference: args.reference,
        date: toCalendarDate(args.date ?? context.now()),
        issuingOfficeCode: args.issuingOffice,
        submissionOfficeCode: args.submissionOffice ?? null,
      });
      return renderReportReminder({ reminder, language, format: args.format ?? 'TEXT' });
    },
  }),
);
