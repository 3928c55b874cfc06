export * from './enums/domain-enums.ts';
export * from './errors/domain-error.ts';
export * from './errors/assert-transition.ts';

export * from './dates/calendar-date.ts';
export * from './dates/add-calendar-time.ts';
export * from './dates/is-time-zone.ts';
export * from './dates/time-zone.ts';

export * from './treaty/convention-rules.ts';
export * from './treaty/compute-entry-into-force.ts';
export * from './treaty/compute-withdrawal-effective-date.ts';
export * from './treaty/determine-treaty-status.ts';
export * from './treaty/apply-treaty-action.ts';

export * from './reports/report-due-date.ts';
export * from './reports/report-obligation.ts';
export * from './reports/list-report-obligations.ts';
export * from './reports/assess-report-compliance.ts';
export * from './reports/summarise-report-compliance.ts';
export * from './reports/compile-reporting-compliance.ts';
export * from './reports/validate-report-forms.ts';
export * from './reports/describe-report-obligation.ts';
export * from './reports/assert-report-publishable.ts';
export * from './reports/validate-report-receipt.ts';
export * from './reports/validate-report-records-begin.ts';

export * from './delegations/assess-delegation-timeliness.ts';
export * from './delegations/validate-delegation-composition.ts';
export * from './delegations/validate-credentials.ts';
export * from './delegations/assert-delegation-may-be-registered.ts';

export * from './invitations/invited-statuses.ts';
export * from './invitations/list-invitations.ts';
export * from './invitations/assess-invitation-capacity.ts';
export * from './invitations/transition-observer-application.ts';
export * from './invitations/assert-may-apply-as-observer.ts';
export * from './invitations/decide-observer-application.ts';
export * from './invitations/validate-recorded-participants.ts';

export * from './meetings/transition-meeting-status.ts';
export * from './meetings/format-meeting-title.ts';
export * from './meetings/format-meeting-code.ts';
export * from './meetings/change-meeting-status.ts';
export * from './meetings/plan-convening.ts';

export * from './costs/apportion-costs.ts';
export * from './costs/compute-share-balance.ts';
export * from './costs/payment-standing.ts';
export * from './costs/validate-payment.ts';
export * from './costs/validate-payment-date.ts';
export * from './costs/validate-assessment-scale-import.ts';
export * from './costs/choose-assessment-scale.ts';
export * from './costs/contribution-due-date.ts';
export * from './costs/summarise-contributions.ts';

export * from './access/assign-user-state.ts';

// Not here: the mutations' input schemas (src/inputs/). Each is imported from its own module,
// `@plenary/domain/inputs/<module>` (package.json `exports`), so that a new one is added to no index.

// Documents (text, HTML, CSV); PDF rendering is in the separate entry point `@plenary/domain/pdf`.
export * from './documents/document-language.ts';
export type * from './documents/document-data.ts';
export * from './documents/rendered-document.ts';
export * from './documents/format-document-date.ts';
export * from './documents/issued-weekday.ts';
export * from './documents/format-money.ts';
export * from './documents/escape-csv-formula.ts';
export * from './documents/render-text.ts';
export * from './documents/render-html.ts';
export * from './documents/render-convening-note.ts';
export * from './documents/render-report-reminder.ts';
export * from './documents/render-list-of-participants.ts';
export * from './documents/render-assessment-notice.ts';
export * from './documents/render-status-of-contributions.ts';
export * from './documents/mission-addressee.ts';
export { frenchStateName } from './documents/french-grammar.ts';
