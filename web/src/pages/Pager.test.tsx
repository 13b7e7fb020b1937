import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Pager } from './Pager';

afterEach(cleanup);

describe('Pager', () => {
  it('turns to the page before and after, and cannot go past either end', () => {
    const onPage = vi.fn();
    const { rerender } = render(<Pager label="Pages" page={1} pages={3} onPage={onPage} extra="(41 purchases)" />);
    expect(screen.getByRole('navigation', { name: 'Pages' }).textContent).toContain('Page 1 of 3 (41 purchases)');
    expect((screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onPage).toHaveBeenLastCalledWith(2);

    rerender(<Pager label="Pages" page={3} pages={3} onPage={onPage} />);
    expect((screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(onPage).toHaveBeenLastCalledWith(2);
  });

  it('an empty list is page 1 of 1, with the words it is given', () => {
    render(<Pager label="Pages of the audit log" page={1} pages={0} onPage={vi.fn()} previous="Newer" next="Older" />);
    expect(screen.getByRole('navigation', { name: 'Pages of the audit log' }).textContent).toContain('Page 1 of 1');
    expect((screen.getByRole('button', { name: 'Newer' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Older' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
