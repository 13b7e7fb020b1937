import { describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError } from './client';

function answer(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A fetch that answers from a script, one answer per call, and records what it was asked. */
function scripted(...answers: Response[]) {
  const calls: { path: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (path: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ path: String(path), init: init ?? {} });
    const next = answers.shift();
    if (!next) throw new Error(`unexpected call ${path}`);
    return next;
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

describe('ApiClient', () => {
  it('refreshes once on a 401 and retries the request', async () => {
    const { fetch, calls } = scripted(answer(401, { detail: 'expired', error_code: 'UNAUTHORIZED' }), answer(200, {}), answer(200, { ok: 1 }));
    const onSignedOut = vi.fn();
    const api = new ApiClient({ fetch, onSignedOut });

    await expect(api.get('/api/v1/purchases')).resolves.toEqual({ ok: 1 });
    expect(calls.map((call) => `${call.init.method} ${call.path}`)).toEqual([
      'GET /api/v1/purchases', 'POST /api/v1/auth/refresh', 'GET /api/v1/purchases']);
    expect(onSignedOut).not.toHaveBeenCalled();
  });

  it('signs out when the refresh fails, without retrying', async () => {
    const { fetch, calls } = scripted(answer(401), answer(401, { detail: 'gone', error_code: 'INVALID_REFRESH_TOKEN' }));
    const onSignedOut = vi.fn();
    const api = new ApiClient({ fetch, onSignedOut });

    await expect(api.get('/api/v1/settings')).rejects.toBeInstanceOf(ApiError);
    expect(calls).toHaveLength(2);
    expect(onSignedOut).toHaveBeenCalledOnce();
  });

  it('shares one refresh between requests that fail at once', async () => {
    const { fetch, calls } = scripted(answer(401), answer(401), answer(200, {}), answer(200, 1), answer(200, 2));
    const api = new ApiClient({ fetch, onSignedOut: vi.fn() });

    const results = await Promise.all([api.get('/api/v1/a'), api.get('/api/v1/b')]);
    expect(results.sort()).toEqual([1, 2]);
    expect(calls.filter((call) => call.path === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('does not refresh for a failed sign-in', async () => {
    const { fetch, calls } = scripted(answer(401, { detail: 'Invalid username or password', error_code: 'INVALID_CREDENTIALS' }));
    const onSignedOut = vi.fn();
    const api = new ApiClient({ fetch, onSignedOut });

    await expect(api.post('/api/v1/auth/login', {})).rejects.toThrow('Invalid username or password');
    expect(calls).toHaveLength(1);
    expect(onSignedOut).not.toHaveBeenCalled();
  });

  it('echoes the CSRF cookie on unsafe requests only, and sends cookies', async () => {
    document.cookie = 'SV_CSRF=token%2B1; path=/';
    const { fetch, calls } = scripted(answer(200, {}), answer(200, {}));
    const api = new ApiClient({ fetch, onSignedOut: vi.fn() });

    await api.post('/api/v1/purchases', { product_name: 'Kettle' });
    await api.get('/api/v1/purchases');

    expect((calls[0].init.headers as Record<string, string>)['X-CSRF-Token']).toBe('token+1');
    expect(calls[0].init.credentials).toBe('same-origin');
    expect(calls[0].init.body).toBe('{"product_name":"Kettle"}');
    expect((calls[1].init.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
  });

  it('maps field errors of a 422 to their fields', async () => {
    const { fetch } = scripted(answer(422, { detail: 'Validation failed', error_code: 'VALIDATION_FAILED',
      field_errors: { price: ['must not be negative'] } }));
    const api = new ApiClient({ fetch, onSignedOut: vi.fn() });

    const error = await api.post('/api/v1/purchases', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldErrors('price')).toEqual(['must not be negative']);
    expect((error as ApiError).fieldErrors('product_name')).toEqual([]);
  });
});
