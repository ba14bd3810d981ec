import type { HandbookSummary, Me, MemberBadges, MyAwards, MyRatings, SelfAssessmentInput } from "@dangvu/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createClient, maybeSignedIn, notSignedIn, setCsrfToken } from "../lib/http";
import { takeEarlyAnswer } from "./early-answers";
import { handbookLanguage, translate } from "./handbook-i18n";
import { forgetOfflineCopies, keepWhatWasLoaded } from "./offline";

export { ApiError as HandbookError } from "../lib/http";

/** The handbook's client: the desk app's, in the handbook's language (a 401 shows the sign-in view). */
const api = createClient({
  language: handbookLanguage,
  networkMessage: () => translate("error"),
});

/** A GET answer: the one m-early.js already asked for when it came back fine, else asked now. */
async function answer<T>(path: string): Promise<T> {
  return (await takeEarlyAnswer<T>(path)) ?? api.get<T>(path);
}

export function useHandbook() {
  return useQuery({
    queryKey: ["handbook"],
    queryFn: async () => {
      // A browser that has not signed in goes straight to the sign-in form, without a 401 in its console.
      if (!maybeSignedIn()) throw notSignedIn();
      // Both at once (on a slow phone each request waits a round trip), taken over from m-early.js when it asked.
      const [me, summary] = await Promise.all([answer<Me>("/api/me"), answer<HandbookSummary>("/api/me/handbook")]);
      if (me.csrfToken) setCsrfToken(me.csrfToken);
      keepWhatWasLoaded();
      return summary;
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
    onSettled: async () => {
      setCsrfToken(null);
      client.clear();
      await forgetOfflineCopies();
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
