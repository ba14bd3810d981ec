import type { ErrorBody } from "@dangvu/contract";
import { i18n } from "../i18n";

const csrfKey = "dangvu.csrf";

/** An error answered by the API (`{ code, message, fields }`), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;

  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = "ApiError";
    this.status = status;
    this.code = body.code;
    this.fields = body.fields;
  }
}

type Query = Record<string, string | number | boolean | undefined | null>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
}

let onUnauthorized: (reason: "expired" | "csrf") => void = () => {};

/** Where to go when the session is gone (401) or this tab has no CSRF token for it. */
export function setUnauthorizedHandler(handler: (reason: "expired" | "csrf") => void) {
  onUnauthorized = handler;
}

// The CSRF token comes only with the login answer; it lives as long as this browser tab.
export function setCsrfToken(token: string | null) {
  if (token) sessionStorage.setItem(csrfKey, token);
  else sessionStorage.removeItem(csrfKey);
}

function csrfToken(): string | null {
  return sessionStorage.getItem(csrfKey);
}

function urlOf(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function errorBodyOf(response: Response): Promise<ErrorBody> {
  try {
    const body = (await response.json()) as Partial<ErrorBody>;
    return { code: body.code ?? "http.error", message: body.message ?? response.statusText, fields: body.fields ?? {} };
  } catch {
    return { code: "http.error", message: response.statusText || `HTTP ${response.status}`, fields: {} };
  }
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  // The UI language goes along so that the server's messages come back in it.
  const language = i18n.language === "en" ? "en" : "vi";
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": language };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  const token = csrfToken();
  if (method !== "GET" && token) headers["x-csrf-token"] = token;
  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, { code: "network", message: i18n.t("errors.network"), fields: {} });
  }
  if (!response.ok) {
    const error = new ApiError(response.status, await errorBodyOf(response));
    // Login answers 401 for a wrong password, and the app shell handles a 401 from /api/me itself.
    const handledByCaller = path === "/api/auth/login" || path === "/api/me";
    if (error.status === 401 && !handledByCaller) onUnauthorized("expired");
    if (error.status === 403 && error.code === "auth.csrf") onUnauthorized("csrf");
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The typed JSON client; every feature's hooks go through it. */
export const api = {
  get: <T>(path: string, query?: Query) => request<T>("GET", path, { query }),
  post: <T>(path: string, body?: unknown, query?: Query) => request<T>("POST", path, { body: body ?? {}, query }),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, { body }),
  delete: <T>(path: string) => request<T>("DELETE", path),
};

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
