/** The database holds a calendar date (`YYYY-MM-DD`, as the domain and the API write it) as a Date at UTC midnight. */
export function toCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function fromCalendarDate(date: string | Date): Date {
  return typeof date === 'string' ? new Date(`${date}T00:00:00.000Z`) : date;
}
