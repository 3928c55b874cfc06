import type { MeetingStatus, ObserverApplicationStatus } from '@plenary/domain';

// Wording that many fields and arguments share, written once so the reference says the same thing everywhere.

export const CONVENTION_CODE_DESCRIPTION =
  'The code of the convention, e.g. "CCM" for the Convention on Cluster Munitions (the default and, today, the only one served).';

export const AS_OF_DATE_DESCRIPTION = 'The day the answer is computed for, as `YYYY-MM-DD` (default: today, UTC).';

export const ISO3_DESCRIPTION = 'The State\'s ISO 3166-1 alpha-3 code, e.g. "NGA" (case-insensitive).';

export const LANGUAGE_DESCRIPTION = 'The language to answer in (default: English).';
export const DOCUMENT_LANGUAGE_DESCRIPTION =
  'The language to render the document in: EN or FR (default EN). Documents are written in English and French only; another language is refused with VALIDATION_FAILED.';

export const RECORDED_AT_DESCRIPTION =
  'When the secretariat recorded this in Plenary (UTC); not a date from the treaty record.';

export const VERSION_ARGUMENT_DESCRIPTION =
  'The `version` you last read. When someone changed the record since, nothing changes and you get a ConflictError: read it again and retry.';

export const MUTATION_INPUT_DESCRIPTION =
  'What to record; a ValidationError names each field that is wrong, and nothing is saved.';

/** The wording of an `id:` argument that names one object of a type. */
export function globalIdDescription(typename: string): string {
  return `The global ID of the ${typename}, as its \`id\` field gave it.`;
}

export const CURRENCY_DESCRIPTION = 'The ISO 4217 currency code the amounts are in, e.g. "CHF".';

export const MONEY_DESCRIPTION = 'exact, to the cent, as a Decimal string, in `currency`';

export const MUTATION_DATA_DESCRIPTION = 'What the mutation recorded or changed, as it stands now.';

export const MEETING_STATUS_DESCRIPTIONS: Record<MeetingStatus, string> = {
  DRAFT: 'Being prepared by the secretariat; no invitations have gone out yet.',
  CONVENED: 'Convened: the note verbale has gone out and invitations exist; delegations may be registered.',
  IN_SESSION: 'Open and meeting; it can now only close.',
  CLOSED: 'Has ended. Final.',
  CANCELLED: 'Called off before it opened. Final.',
};

export const OBSERVER_APPLICATION_STATUS_DESCRIPTIONS: Record<ObserverApplicationStatus, string> = {
  REQUESTED: 'An organisation asked to observe; not yet invited.',
  PROVISIONALLY_INVITED: 'Invited provisionally by the President-designate until the meeting decides (rule 1.3).',
  APPROVED: 'The meeting approved the organisation as an observer.',
  REJECTED: 'The application was rejected; the organisation is not invited.',
};

/** The wording of `updatedAt` on a type partners sync: what moves the stamp. */
export function updatedAtDescription(changes: string): string {
  return `When this last changed (UTC, to the millisecond), stamped by the database on every write, however it is made: ${changes}. Filter a list with \`updatedSince\` to read only what changed.`;
}

export const UPDATED_SINCE_DESCRIPTION =
  'Only records changed at or after this instant (`updatedAt >= updatedSince`), an RFC 3339 date-time such as "2026-12-05T02:00:00Z"; ' +
  'a malformed one is refused (BAD_USER_INPUT in a variable, GRAPHQL_VALIDATION_FAILED written in the query), and one in the future returns nothing yet. For a nightly sync, pass the newest `updatedAt` you read ' +
  'last time, a few minutes earlier: a write is stamped when it is made and listed once its transaction commits, so the margin catches one that ' +
  'committed just after you read. Records come again at the boundary; keep them by `id`.';
