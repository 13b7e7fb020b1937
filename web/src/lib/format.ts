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

/** Today on the user's own calendar (not UTC), as an ISO date: a deadline "today" is still open until midnight here. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole calendar days from one ISO date to another (negative when it has passed). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.UTC(...isoParts(toIso)) - Date.UTC(...isoParts(fromIso))) / 86_400_000);
}

function isoParts(iso: string): [number, number, number] {
  const [year, month, day] = iso.split('-').map(Number);
  return [year, month - 1, day];
}

/** A size in bytes for people: binary units (a MiB is 1,048,576 bytes), one decimal from KiB up. */
export function formatBytes(bytes: number, locale?: string): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
