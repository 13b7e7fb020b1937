import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, type Schemas } from '../api/client';
import { ApiProvider } from '../api/context';
import { QuotaEditor } from './QuotaEditor';

type User = Schemas['AdminResponses.User'];

const MIB = 1024 * 1024;

function renderWith(fetch: ReturnType<typeof vi.fn>, quota: number | null) {
  const api = new ApiClient({ fetch: fetch as unknown as typeof globalThis.fetch, onSignedOut: vi.fn() });
  const user = { id: 'u1', username: 'ada', storage_quota: quota } as User;
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider value={api}><QuotaEditor user={user} /></ApiProvider>
    </QueryClientProvider>,
  );
  return screen.getByLabelText(/Quota of ada in MiB/);
}

function sentBody(fetch: ReturnType<typeof vi.fn>) {
  const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
  return JSON.parse(init.body as string);
}

afterEach(cleanup);

describe('QuotaEditor', () => {
  it('shows a quota in MiB and sends the new one in bytes', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 200 }));
    const input = renderWith(fetch, 250 * MIB) as HTMLInputElement;
    expect(input.value).toBe('250');

    fireEvent.change(input, { target: { value: '100' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the quota of ada' }));

    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect((fetch.mock.calls[0] as unknown[])[0]).toBe('/api/v1/admin/users/u1');
    expect(sentBody(fetch)).toEqual({ storage_quota: 100 * MIB });
  });

  it('an empty quota means the server default: null', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 200 }));
    const input = renderWith(fetch, 5 * MIB);

    fireEvent.change(input, { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the quota of ada' }));

    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(sentBody(fetch)).toEqual({ storage_quota: null });
  });

  it('refuses what is not a whole number of MiB without asking the server, next to the field', () => {
    const fetch = vi.fn();
    const input = renderWith(fetch, null);
    expect((input as HTMLInputElement).value).toBe('');

    fireEvent.change(input, { target: { value: '1.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the quota of ada' }));

    expect(fetch).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent)
      .toBe('A whole number of MiB, or empty for the default');
  });

  it('shows the API\'s own message for the field', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ detail: 'Validation failed', error_code: 'VALIDATION_FAILED',
      field_errors: { storage_quota: ['must be at most 1 PiB'] } }), { status: 422 }));
    const input = renderWith(fetch, null);

    fireEvent.change(input, { target: { value: '99999999999' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the quota of ada' }));

    expect(await screen.findByText('must be at most 1 PiB')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});
