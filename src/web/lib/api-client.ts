// The one way the web app talks to /api: JSON in and out, the CSRF header on mutations, the UI
// language in Accept-Language, typed errors, and a hook for "session ended" (401).
import type { z } from 'zod';
import type { ErrorResponse } from '../../contracts/common.js';

type ErrorBody = z.infer<typeof ErrorResponse>;
export type FieldDetail = NonNullable<ErrorBody['details']>[number];

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldDetail[];
  constructor(status: number, code: string, message: string, details: FieldDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

let csrfToken: string | null = null;
let language = 'vi';
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}
export function setApiLanguage(lang: string) {
  language = lang;
}
/** The language requests are sent in (file downloads ask for their documents in it too). */
export function apiLanguage(): string {
  return language;
}
/** Called when any request (other than the ones that expect it) answers 401. */
export function setUnauthorizedHandler(handler: (() => void) | null) {
  onUnauthorized = handler;
}

/** '/api/people' + {q: 'an', page: 2} → '/api/people?q=an&page=2' (empty values dropped). */
export function buildUrl(path: string, query?: QueryParams): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  formData?: FormData;
  /** A 401 is an expected answer here (login, session probe): do not treat it as "session ended". */
  expect401?: boolean;
  signal?: AbortSignal;
}

async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let body: BodyInit | undefined;
  if (opts.formData) body = opts.formData;
  else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), { method, headers, body, credentials: 'same-origin', signal: opts.signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', '');
  }
  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    const e = (data ?? {}) as Partial<ErrorBody>;
    if (res.status === 401 && !opts.expect401) onUnauthorized?.();
    throw new ApiError(res.status, e.error ?? `http_${res.status}`, e.message ?? '', e.details ?? []);
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: QueryParams, opts?: Omit<RequestOptions, 'query' | 'body'>) => request<T>('GET', path, { ...opts, query }),
  post: <T>(path: string, body?: unknown, opts?: Omit<RequestOptions, 'body'>) => request<T>('POST', path, { ...opts, body: body ?? {} }),
  put: <T>(path: string, body?: unknown, opts?: Omit<RequestOptions, 'body'>) => request<T>('PUT', path, { ...opts, body: body ?? {} }),
  patch: <T>(path: string, body?: unknown, opts?: Omit<RequestOptions, 'body'>) => request<T>('PATCH', path, { ...opts, body: body ?? {} }),
  del: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, opts),
  upload: <T>(path: string, formData: FormData, query?: QueryParams) => request<T>('POST', path, { formData, query }),
};

/** An error answer's JSON body as an ApiError (also for responses read outside `request`, e.g. downloads). */
export function apiErrorOf(status: number, text: string): ApiError {
  let e: Partial<ErrorBody>;
  try {
    e = (JSON.parse(text) as Partial<ErrorBody> | null) ?? {};
  } catch {
    e = {};
  }
  if (status === 401) onUnauthorized?.();
  return new ApiError(status, e.error ?? `http_${status}`, e.message ?? '', e.details ?? []);
}

export function isApiError(err: unknown, status?: number): err is ApiError {
  return err instanceof ApiError && (status === undefined || err.status === status);
}
