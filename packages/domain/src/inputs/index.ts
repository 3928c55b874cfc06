// `@plenary/domain/inputs`: every mutation's input schema and the date rules forms check before sending, without the
// documents, PDF and apportionment code of the main entry point, so that the admin app's bundle stays lean. The main
// entry point exports this whole module: a new input schema is added here only.
export * from './common-schemas.ts';
export * from './parse-input.ts';
export * from './meeting-input.ts';
export * from './meeting-record-input.ts';
export * from './delegation-input.ts';
export * from './delegation-submission-input.ts';
export * from './report-record-input.ts';
export * from './scale-input.ts';
export * from './cost-input.ts';
export * from './assessment-scale-import-input.ts';
export * from './access-input.ts';
export * from './cost-share-issue-input.ts';
export * from './treaty-action-input.ts';
export * from './historical-reports-input.ts';
export * from './report-reminder-input.ts';
export * from './report-reminders-input.ts';
export * from '../costs/validate-payment-date.ts';
export * from '../reports/validate-report-receipt.ts';
