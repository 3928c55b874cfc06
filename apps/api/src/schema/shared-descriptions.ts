// Wording that many fields and arguments share, written once so the reference says the same thing everywhere.

export const CONVENTION_CODE_DESCRIPTION =
  'The code of the convention, e.g. "CCM" for the Convention on Cluster Munitions (the default and, today, the only one served).';

export const AS_OF_DATE_DESCRIPTION = 'The day the answer is computed for, as `YYYY-MM-DD` (default: today, UTC).';

export const ISO3_DESCRIPTION = 'The State\'s ISO 3166-1 alpha-3 code, e.g. "NGA" (case-insensitive).';

export const LANGUAGE_DESCRIPTION = 'The language to answer in (default: English).';

export const RECORDED_AT_DESCRIPTION = 'When the secretariat recorded this in Plenary (UTC); not a date from the treaty record.';
