import { describe, expect, it } from 'vitest';
import { daysBetween, formatBytes, formatDate, formatMoney, localToday } from './format';
import { listQuery, readListState } from './listState';

describe('formatMoney', () => {
  it.each([
    ['1245.50', 'EUR', '€1,245.50'],
    ['1245', 'JPY', '¥1,245'],
    ['0.125', 'KWD', 'KWD 0.125'],
    ['12345678901234567.89', 'USD', '$12,345,678,901,234,567.89'],
  ])('%s %s is %s', (amount, currency, written) => {
    expect(formatMoney(amount, currency, 'en-US').replace(/\u00a0/g, ' ')).toBe(written);
  });
});

describe('formatDate', () => {
  it.each([
    ['MM/DD/YYYY', '12/31/2026'],
    ['DD.MM.YYYY', '31.12.2026'],
    ['YYYY-MM-DD', '2026-12-31'],
    ['DD/MM/YYYY', '31/12/2026'],
  ] as const)('%s', (format, written) => {
    expect(formatDate('2026-12-31', format)).toBe(written);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1,023 bytes'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [10 * 1024 * 1024, '10 MiB'],
    [5.25 * 1024 ** 3, '5.3 GiB'],
    [3 * 1024 ** 5, '3,072 TiB'],
  ])('%i bytes is %s', (bytes, written) => {
    expect(formatBytes(bytes, 'en-US')).toBe(written);
  });
});

describe('calendar days', () => {
  it('takes today from the local calendar, late in the evening too', () => {
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(localToday(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });

  it.each([
    ['2026-12-03', '2026-12-03', 0],
    ['2026-12-03', '2026-12-04', 1],
    ['2026-12-03', '2026-12-01', -2],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-03-28', '2026-03-30', 2],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('list state in the URL', () => {
  it('round-trips and leaves defaults out', () => {
    expect(listQuery({ search: '  kettle ', page: 3 })).toBe('search=kettle&page=3');
    expect(listQuery({ search: '', page: 1 })).toBe('');
    expect(readListState(new URLSearchParams('search=kettle&page=3'))).toEqual({ search: 'kettle', page: 3 });
  });

  it('keeps filters and sort under the API\'s names, and drops empty ones', () => {
    const state = { search: '', page: 2, sort_by: 'spent', sort_order: 'desc', category: 'kitchen', date_from: '2026-01-01', date_to: ' ' };
    const query = listQuery(state);
    expect(query).toBe('sort_by=spent&sort_order=desc&category=kitchen&date_from=2026-01-01&page=2');
    expect(readListState(new URLSearchParams(query))).toEqual({ search: '', page: 2, sort_by: 'spent', sort_order: 'desc',
      category: 'kitchen', date_from: '2026-01-01' });
  });

  it('reads a bad page as the first', () => {
    expect(readListState(new URLSearchParams('page=-2')).page).toBe(1);
    expect(readListState(new URLSearchParams('page=abc')).page).toBe(1);
  });
});
