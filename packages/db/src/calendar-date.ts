const twoDigits = (value: number) => (value < 10 ? `0${value}` : String(value));

/** The database holds a calendar date (`YYYY-MM-DD`, as the domain and the API write it) as a Date at UTC midnight. */
export function toCalendarDate(date: Date): string {
  const year = date.getUTCFullYear();
  // From the date's parts: a page of States formats a thousand dates, and toISOString costs about eight times more.
  if (year < 1000 || year > 9999) return date.toISOString().slice(0, 10);
  return `${year}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

export function fromCalendarDate(date: string | Date): Date {
  return typeof date === 'string' ? new Date(`${date}T00:00:00.000Z`) : date;
}
