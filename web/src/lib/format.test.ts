import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from './format';
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
