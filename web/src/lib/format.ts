/**
 * Money and dates as the user asked for them (their settings' date format) and as the currency writes
 * amounts. Amounts arrive as exact decimal strings; they are formatted without passing through a float
 * where Intl can take the string itself.
 */

export type DateFormat = 'MM/DD/YYYY' | 'DD.MM.YYYY' | 'YYYY-MM-DD' | 'DD/MM/YYYY';

export function formatMoney(amount: string, currency: string, locale?: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  // Intl.NumberFormat formats decimal strings exactly (ES2023); the cast keeps older type definitions happy.
  return format.format(amount as unknown as number);
}

/** An ISO date (YYYY-MM-DD) in the user's format; the date is a calendar day, no time zone moves it. */
export function formatDate(isoDate: string, format: DateFormat): string {
  const [year, month, day] = isoDate.split('-');
  switch (format) {
    case 'MM/DD/YYYY':
      return `${month}/${day}/${year}`;
    case 'DD.MM.YYYY':
      return `${day}.${month}.${year}`;
    case 'DD/MM/YYYY':
      return `${day}/${month}/${year}`;
    default:
      return `${year}-${month}-${day}`;
  }
}
