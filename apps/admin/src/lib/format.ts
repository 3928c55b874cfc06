// Display rules for values the API sends as strings: dates (YYYY-MM-DD), instants (UTC) and exact decimals.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-09-11" -> "11 Sep 2023"; empty for a missing date. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const [year, month, day] = date.slice(0, 10).split('-');
  const monthName = MONTHS[Number(month) - 1];
  return monthName && day && year ? `${Number(day)} ${monthName} ${year}` : date;
}

/** An instant in the viewer's time zone, to the minute. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${formatDate(toCalendarDate(date))} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The calendar date of an instant in the viewer's time zone, as YYYY-MM-DD. */
export function toCalendarDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today in the viewer's time zone, as YYYY-MM-DD. */
export function today(): string {
  return toCalendarDate(new Date());
}

/**
 * An exact decimal with thousands separators, never through a JavaScript number: "1234567.5" -> "1,234,567.50"
 * with two fraction digits for money.
 */
export function formatDecimal(value: string | null | undefined, options: { fractionDigits?: number } = {}): string {
  if (value === null || value === undefined || value === '') return '';
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = options.fractionDigits;
  const shownFraction =
    digits === undefined
      ? fraction
      : fraction.padEnd(digits, '0').slice(0, Math.max(digits, fraction.replace(/0+$/, '').length));
  return `${sign}${grouped}${shownFraction ? `.${shownFraction}` : ''}`;
}

/** Money: an exact decimal to the cent, with its currency code. */
export function formatMoney(value: string | null | undefined, currency: string): string {
  if (value === null || value === undefined) return '';
  return `${currency} ${formatDecimal(value, { fractionDigits: 2 })}`;
}

/** An enum value as words: "STATE_PARTY" -> "State party". */
export function humanise(value: string | null | undefined): string {
  if (!value) return '';
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
