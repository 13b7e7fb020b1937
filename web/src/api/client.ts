import type { components } from './schema';

export type Schemas = components['schemas'];
export type ApiErrorBody = Schemas['ApiError'];

/** An answer of the API that was not a success, with the project's error body when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | null,
  ) {
    super(body?.detail ?? `The server answered ${status}`);
  }

  /** The messages the API gave for one field (snake_case, as sent), for showing next to that field. */
  fieldErrors(field: string): string[] {
    return this.body?.field_errors?.[field] ?? [];
  }
}

const CSRF_COOKIE = 'SV_CSRF';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function csrfToken(): string | null {
  const match = document.cookie.split('; ').find((cookie) => cookie.startsWith(CSRF_COOKIE + '='));
  return match ? decodeURIComponent(match.substring(CSRF_COOKIE.length + 1)) : null;
}

export interface ApiClientOptions {
  /** Called when the session is gone for good (refresh failed): the app goes back to sign-in. */
  onSignedOut: () => void;
  fetch?: typeof fetch;
}

/**
 * The API in cookie mode: the access and refresh tokens live in HttpOnly cookies the page cannot read,
 * and every unsafe request echoes the CSRF cookie in X-CSRF-Token. A 401 is answered by one refresh and
 * one retry; when that fails the user is signed out. Concurrent 401s share one refresh.
 */
export class ApiClient {
  private refreshing: Promise<boolean> | null = null;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: ApiClientOptions) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response = await this.send(method, path, body);
    if (response.status === 401 && !path.startsWith('/api/v1/auth/')) {
      if (await this.refresh()) {
        response = await this.send(method, path, body);
      }
      if (response.status === 401) {
        this.options.onSignedOut();
      }
    }
    return this.read<T>(response);
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  private send(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const csrf = csrfToken();
    if (UNSAFE.has(method) && csrf) {
      headers['X-CSRF-Token'] = csrf;
    }
    return this.fetchImpl(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  private refresh(): Promise<boolean> {
    if (!this.refreshing) {
      this.refreshing = this.send('POST', '/api/v1/auth/refresh', {})
        .then((response) => response.ok)
        .catch(() => false)
        .finally(() => {
          this.refreshing = null;
        });
    }
    return this.refreshing;
  }

  private async read<T>(response: Response): Promise<T> {
    const text = await response.text();
    const json = text ? safeJson(text) : null;
    if (!response.ok) {
      throw new ApiError(response.status, isErrorBody(json) ? json : null);
    }
    return json as T;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'error_code' in value && 'detail' in value;
}
