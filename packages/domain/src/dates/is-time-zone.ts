// Apart from time-zone.ts so that form validation in the browser needs no time-zone library, only Intl.
/** True for an IANA time zone name this runtime knows (`Europe/Zurich`). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
