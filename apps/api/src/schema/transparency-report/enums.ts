import { FORM_LETTERS, FORM_STATUSES, REPORT_CHANNELS, REPORT_KINDS } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { describedValues } from '../described-values.ts';

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
export const FormLetterEnum = builder.enumType('FormLetter', {
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
export const FormStatusEnum = builder.enumType('FormStatus', {
  description: 'What a report says on one form.',
  values: describedValues(FORM_STATUSES, {
    CHANGED: 'The form gives new or changed information.',
    UNCHANGED: 'Nothing has changed since the report of `unchangedSinceYear`; not allowed in an initial report.',
    NOT_APPLICABLE: 'The form does not apply to the State (never allowed for Form A).',
  }),
});
