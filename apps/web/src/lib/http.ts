import type { ErrorBody } from "@dangvu/contract";
import { fileNameOf } from "./download";

/** An error answered by the API (`{ code, message, fields }`), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  /** The whole error body, for answers that carry more than `{ code, message, fields }` (an import's report). */
  readonly body: Record<string, unknown>;

  constructor(status: number, body: ErrorBody & Record<string, unknown>) {
    super(body.message);
    this.name = "ApiError";
    this.status = status;
    this.code = body.code;
    this.fields = body.fields;
    this.body = body;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

interface RequestOptions {
  query?: Query;
  /** JSON, or a FormData sent as multipart (the browser sets its content type). */
  body?: unknown;
}

/** A file the API answered with, and the name it suggested. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** What differs between the desk app and the member's handbook: the language and what to do without a session. */
export interface ClientConfig {
  language(): "vi" | "en";
  /** The message of a network failure, in the user's language. */
  networkMessage(): string;
  /** Called on a 401 (except from the calls that handle it themselves) and on a missing CSRF token. */
  onUnauthorized?(reason: "expired" | "csrf", path: string): void;
}

const csrfKey = "dangvu.csrf";
const signedInKey = "dangvu.signedIn";

/**
 * Whether this browser signed in and has not signed out or met a 401 since (kept for every tab, the desk and the
 * handbook alike). The session cookie itself is out of the page's reach; without this hint, asking /api/me before
 * the sign-in page would only earn a 401, which the browser reports as an error in its console.
 */
export function maybeSignedIn(): boolean {
  return localStorage.getItem(signedInKey) === "1";
}

/** The answer a signed-out browser would get from the API, without asking it. */
export function notSignedIn(): ApiError {
  return new ApiError(401, { code: "auth.required", message: "", fields: {} });
}

function rememberSession(path: string, status: number) {
  if (status === 401 || path === "/api/auth/logout") localStorage.removeItem(signedInKey);
  else if (path === "/api/auth/login" || path === "/api/me") localStorage.setItem(signedInKey, "1");
}

// The CSRF token comes with the login answer and /api/me; it lives as long as this browser tab.
export function setCsrfToken(token: string | null | undefined) {
  if (token) sessionStorage.setItem(csrfKey, token);
  else sessionStorage.removeItem(csrfKey);
}

function urlOf(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function errorBodyOf(response: Response): Promise<ErrorBody & Record<string, unknown>> {
  try {
    const body = (await response.json()) as Partial<ErrorBody> & Record<string, unknown>;
    return {
      ...body,
      code: body.code ?? "http.error",
      message: body.message ?? response.statusText,
      fields: body.fields ?? {},
    };
  } catch {
    return { code: "http.error", message: response.statusText || `HTTP ${response.status}`, fields: {} };
  }
}

function bodyOf(body: unknown): BodyInit | undefined {
  if (body instanceof FormData) return body;
  return body === undefined ? undefined : JSON.stringify(body);
}

/** The typed JSON client over fetch; both apps make theirs with it, so requests and errors behave the same. */
export function createClient(config: ClientConfig) {
  /** Sends a request and returns the successful response; every failure becomes an ApiError. */
  async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    // The UI language goes along so that the server's messages come back in it.
    const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": config.language() };
    if (options.body !== undefined && !(options.body instanceof FormData)) headers["Content-Type"] = "application/json";
    const token = sessionStorage.getItem(csrfKey);
    if (method !== "GET" && token) headers["x-csrf-token"] = token;
    let response: Response;
    try {
      response = await fetch(urlOf(path, options.query), {
        method,
        headers,
        credentials: "same-origin",
        body: bodyOf(options.body),
      });
    } catch {
      throw new ApiError(0, { code: "network", message: config.networkMessage(), fields: {} });
    }
    if (response.ok || response.status === 401) rememberSession(path, response.status);
    if (response.ok) return response;
    const error = new ApiError(response.status, await errorBodyOf(response));
    if (error.status === 401) config.onUnauthorized?.("expired", path);
    if (error.status === 403 && error.code === "auth.csrf") config.onUnauthorized?.("csrf", path);
    throw error;
  }

  async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await send(method, path, options);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    get: <T>(path: string, query?: Query) => request<T>("GET", path, { query }),
    post: <T>(path: string, body?: unknown, query?: Query) => request<T>("POST", path, { body: body ?? {}, query }),
    patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, { body }),
    put: <T>(path: string, body: unknown) => request<T>("PUT", path, { body }),
    delete: <T>(path: string) => request<T>("DELETE", path),
    /** Posts one file as multipart form data, in the field `field`. */
    upload: <T>(path: string, file: Blob, query?: Query, field = "file") => {
      const form = new FormData();
      form.append(field, file, file instanceof File ? file.name : field);
      return request<T>("POST", path, { body: form, query });
    },
    /** Posts a JSON body and receives a file (letters printed from links only the browser holds). */
    downloadPost: async (path: string, body: unknown): Promise<DownloadedFile> => {
      const response = await send("POST", path, { body });
      return { blob: await response.blob(), fileName: fileNameOf(response.headers.get("content-disposition")) };
    },
    /** Fetches a file (an Excel export, a template) with the name from Content-Disposition. */
    download: async (path: string, query?: Query): Promise<DownloadedFile> => {
      const response = await send("GET", path, { query });
      return { blob: await response.blob(), fileName: fileNameOf(response.headers.get("content-disposition")) };
    },
  };
}
