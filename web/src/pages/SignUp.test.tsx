import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { ApiClient } from '../api/client';
import { ApiProvider } from '../api/context';
import { SignUp } from './SignUp';

function renderWith(fetch: typeof globalThis.fetch) {
  const api = new ApiClient({ fetch, onSignedOut: vi.fn() });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider value={api}>
        <MemoryRouter><SignUp /></MemoryRouter>
      </ApiProvider>
    </QueryClientProvider>,
  );
}

afterEach(cleanup);

describe('SignUp', () => {
  it('shows each field error of a 422 next to its field, tied to it for screen readers', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({
      detail: 'Validation failed', error_code: 'VALIDATION_FAILED',
      field_errors: { password: ['is too weak: add another word'], email: ['must be a mail address'] },
    }), { status: 422 }));
    renderWith(fetch as unknown as typeof globalThis.fetch);

    fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'ada' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('is too weak: add another word')).toBeTruthy();
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(password.getAttribute('aria-describedby')!)!.textContent).toBe('is too weak: add another word');
    expect(screen.getByText('must be a mail address')).toBeTruthy();
    expect(screen.getByLabelText('Username').getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByRole('alert').textContent).toBe('Please correct the fields marked above.');
  });

  it('says in words what went wrong when the answer has no field errors', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ detail: 'Username already taken', error_code: 'USERNAME_TAKEN' }),
      { status: 409 }));
    renderWith(fetch as unknown as typeof globalThis.fetch);

    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Username already taken');
  });
});
