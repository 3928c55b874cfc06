import { z } from 'zod';
import { REPORT_KINDS, TITLE_LANGUAGES } from '../enums/domain-enums.ts';
import { calendarDateSchema, enumSchema, textSchema, yearSchema } from './common-schemas.ts';

const REFERENCE_LENGTH = 200;
const OFFICE_CODE_LENGTH = 50;

/**
 * A note verbale reminding a State of an overdue Article 7 report, as the secretariat sends it: which report, the
 * note's reference and date, the offices, and the language it went out in.
 */
export const reportReminderInputSchema = z.object({
  kind: enumSchema(REPORT_KINDS, 'The kind of report'),
  /** The year an annual report covers; for the initial report, the year of entry into force. */
  periodYear: yearSchema('The year of the report'),
  reference: textSchema({ label: 'The note reference', max: REFERENCE_LENGTH }),
  date: calendarDateSchema('The date of the note'),
  issuingOffice: textSchema({ label: 'The issuing office', max: OFFICE_CODE_LENGTH }),
  submissionOffice: textSchema({ label: 'The office reports go to', max: OFFICE_CODE_LENGTH }).optional(),
  language: enumSchema(TITLE_LANGUAGES, 'The language of the note'),
});
