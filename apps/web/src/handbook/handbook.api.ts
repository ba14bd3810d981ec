import type { HandbookSummary } from "@dangvu/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { handbookI18n } from "./handbook-i18n";

/** An API error with the server's Vietnamese (or English) message. */
export class HandbookError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { "accept-language": handbookI18n.language };
  const csrf = sessionStorage.getItem("dangvu.csrf");
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrf) headers["x-csrf-token"] = csrf;
  const res = await fetch(url, {
    method,
    headers,
    credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok)
    throw new HandbookError(
      res.status,
      (data as { message?: string } | null)?.message ??
        String((handbookI18n.t as unknown as (k: string) => string)("error")),
    );
  return data as T;
}

export function useHandbook() {
  return useQuery({
    queryKey: ["handbook"],
    queryFn: async () => {
      const me = await call<{ csrfToken?: string }>("GET", "/api/me");
      if (me.csrfToken) sessionStorage.setItem("dangvu.csrf", me.csrfToken);
      return call<HandbookSummary>("GET", "/api/me/handbook");
    },
    retry: false,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      call<{ csrfToken: string }>("POST", "/api/auth/login", input),
    onSuccess: async (result) => {
      sessionStorage.setItem("dangvu.csrf", result.csrfToken);
      await client.invalidateQueries({ queryKey: ["handbook"] });
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call("POST", "/api/auth/logout", {}),
    onSettled: () => {
      sessionStorage.removeItem("dangvu.csrf");
      client.clear();
      location.reload();
    },
  });
}

export function useCheckIn(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => call("POST", `/api/meetings/${meetingId}/checkin`, { code }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["handbook"] }),
  });
}
