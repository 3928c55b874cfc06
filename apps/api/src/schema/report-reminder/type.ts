import { toCalendarDate } from '@plenary/db';
import { readableBy, SECRETARIAT_AND_OWN_STATE } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { LanguageEnum } from '../enums.ts';
import { nodeConnection } from '../node-connection.ts';
import { ReportKindEnum } from '../transparency-report/enums.ts';

// `State.reportReminder` renders one note; `sendReportReminder` and `sendReportReminders` record notes as sent, on
// the State's record (`State.reportRemindersSent`) and in the audit trail. The notes recorded on a day download as
// one PDF and a CSV of addressees from /documents/report-reminders/{date}.(pdf|csv).

export const ReportReminderRef = builder.prismaObject('ReportReminder', {
  description: 'A reminder note verbale sent to a State whose Article 7 report was overdue on the note’s date.',
  fields: (t) => ({
    state: t.relation('state', { description: 'The State reminded.' }),
    kind: t.expose('kind', {
      description: 'Which report was overdue: the initial report (Art. 7(1)) or an annual update (Art. 7(2)).',
      type: ReportKindEnum,
    }),
    periodYear: t.exposeInt('periodYear', {
      description: 'The year an annual report covers; for the initial report, the year of entry into force.',
    }),
    reference: t.exposeString('reference', {
      description: 'The note verbale\'s reference, e.g. "ODA/2024-00123"; unique.',
    }),
    date: t.field({
      type: 'Date',
      description: 'The note’s date.',
      select: { date: true },
      resolve: (reminder) => toCalendarDate(reminder.date),
    }),
    dueOn: t.field({
      type: 'Date',
      description: 'The due date the note cites.',
      select: { dueOn: true },
      resolve: (reminder) => toCalendarDate(reminder.dueOn),
    }),
    issuingOffice: t.exposeString('issuingOffice', {
      description: 'The code of the office that sent the note, e.g. "ODA".',
    }),
    submissionOffice: t.exposeString('submissionOffice', {
      description: 'The code of the office the note asks the report to be sent to.',
    }),
    language: t.expose('language', {
      description: 'The language the note was written in: EN or FR.',
      type: LanguageEnum,
    }),
    sentAt: t.expose('sentAt', { description: 'When the reminder was recorded as sent (UTC).', type: 'DateTime' }),
    sentByName: t.string({
      nullable: true,
      description: 'The officer who recorded it (none when sent through an API key).',
      extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
      select: { sentBy: { select: { name: true } } },
      resolve: (reminder) => reminder.sentBy?.name ?? null,
    }),
  }),
});

const ReportReminderConnection = nodeConnection(ReportReminderRef, 'ReportReminder');

builder.prismaObjectField('State', 'reportRemindersSent', (t) =>
  t.relatedConnection(
    'reportReminders',
    {
      cursor: 'id',
      totalCount: true,
      description:
        'The reminders of overdue Article 7 reports sent to the State, the latest first. For the secretariat and the State’s focal points.',
      authScopes: (state) => ({ secretariat: true, focalPointOf: state.id }),
      query: () => ({ orderBy: [{ sentAt: 'desc' }, { reference: 'desc' }] }),
    },
    ReportReminderConnection,
  ),
);
