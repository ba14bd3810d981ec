import type { HandbookSummary, Me, MemberBadges, MyAwards, MyRatings, SelfAssessmentInput } from "@dangvu/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createClient, maybeSignedIn, notSignedIn, setCsrfToken } from "../lib/http";
import { handbookI18n } from "./handbook-i18n";

export { ApiError as HandbookError } from "../lib/http";

/** The handbook's client: the desk app's, in the handbook's language (a 401 shows the sign-in view). */
const api = createClient({
  language: () => (handbookI18n.language === "en" ? "en" : "vi"),
  networkMessage: () => String((handbookI18n.t as unknown as (k: string) => string)("error")),
});

export function useHandbook() {
  return useQuery({
    queryKey: ["handbook"],
    queryFn: async () => {
      // A browser that has not signed in goes straight to the sign-in form, without a 401 in its console.
      if (!maybeSignedIn()) throw notSignedIn();
      const me = await api.get<Me>("/api/me");
      if (me.csrfToken) setCsrfToken(me.csrfToken);
      return api.get<HandbookSummary>("/api/me/handbook");
    },
    retry: false,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      api.post<{ csrfToken: string }>("/api/auth/login", input),
    onSuccess: async (result) => {
      setCsrfToken(result.csrfToken);
      await client.invalidateQueries({ queryKey: ["handbook"] });
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post("/api/auth/logout"),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      location.reload();
    },
  });
}

export function useCheckIn(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post(`/api/meetings/${meetingId}/checkin`, { code }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["handbook"] }),
  });
}

/** The member's assessment in the current cycle and the announced levels of past years. */
export function useMyRatings() {
  return useQuery({
    queryKey: ["handbook", "ratings"],
    queryFn: () => api.get<MyRatings>("/api/me/ratings"),
    retry: false,
  });
}

/** Sends the self-assessment for a cycle (the server finds the member's own assessment in it). */
export function useSubmitSelf(cycleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SelfAssessmentInput) => api.post(`/api/me/ratings/${cycleId}/self`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ["handbook", "ratings"] }),
  });
}

/** The member's own party badges and next milestone. */
export function useMyBadges() {
  return useQuery({
    queryKey: ["handbook", "badges"],
    queryFn: () => api.get<MemberBadges>("/api/me/badges"),
    retry: false,
  });
}

/** The commendations decided for the member (GET /api/me/awards). */
export function useMyAwards() {
  return useQuery({
    queryKey: ["handbook", "awards"],
    queryFn: () => api.get<MyAwards>("/api/me/awards"),
    retry: false,
  });
}
