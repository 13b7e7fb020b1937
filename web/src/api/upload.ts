import { ApiError, type ApiErrorBody } from './client';

/**
 * A multipart upload with progress, which fetch cannot report: XMLHttpRequest sends the cookies of the
 * session and the CSRF header. {@code fields} go before the file, as the API wants.
 */
export function uploadWithProgress<T>(path: string, fields: Record<string, string>, file: File,
                                      onProgress: (fraction: number) => void): Promise<T> {
  const form = new FormData();
  Object.entries(fields).forEach(([name, value]) => form.append(name, value));
  form.append('file', file);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.withCredentials = true;
    const csrf = document.cookie.split('; ').find((cookie) => cookie.startsWith('SV_CSRF='));
    if (csrf) {
      request.setRequestHeader('X-CSRF-Token', decodeURIComponent(csrf.substring('SV_CSRF='.length)));
    }
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress(event.loaded / event.total);
      }
    };
    request.onload = () => {
      const body = parse(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve(body as T);
      } else {
        reject(new ApiError(request.status, body && typeof body === 'object' && 'error_code' in body ? (body as ApiErrorBody) : null));
      }
    };
    request.onerror = () => reject(new ApiError(0, null));
    request.send(form);
  });
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
