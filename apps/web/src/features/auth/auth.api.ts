import type { ChangePasswordInput, LoginInput, LoginResult, Me } from "@dangvu/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, maybeSignedIn, notSignedIn, setCsrfToken } from "../../lib/api";

export const meKey = ["me"] as const;

/** The signed-in user, or an ApiError 401 when nobody is signed in (unasked when this browser has not signed in). */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, retry: false, staleTime: 5 * 60_000 });
}

async function fetchMe(): Promise<Me> {
  if (!maybeSignedIn()) throw notSignedIn();
  const me = await api.get<Me & { csrfToken?: unknown }>("/api/me");
  // Should the server ever send the session's CSRF token here too, a tab opened later can write without a new login.
  if (typeof me.csrfToken === "string") setCsrfToken(me.csrfToken);
  return me;
}

/** True when the signed-in user holds `permission` through any grant; the server decides per unit. */
export function useHasPermission(permission: string): boolean {
  const { data } = useMe();
  return data?.permissions.includes(permission) ?? false;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<LoginResult>("/api/auth/login", input),
    onSuccess: (result) => {
      queryClient.clear();
      setCsrfToken(result.csrfToken);
      queryClient.setQueryData(meKey, result.user);
    },
  });
}

/** Ends this session (or every session of the user); the caller leaves the signed-in pages, then clears the cache. */
export function useLogout() {
  return useMutation({
    mutationFn: (everywhere: boolean) =>
      api.post<unknown>("/api/auth/logout", {}, { everywhere: everywhere ? 1 : undefined }),
    onSettled: () => setCsrfToken(null),
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (input: ChangePasswordInput) => api.post<unknown>("/api/me/password", input) });
}
