import type {
  BadgeDecision,
  BadgeDecisionPage,
  BadgeForm,
  BadgeList,
  CreateBadgeDecisionInput,
  MemberBadges,
} from "@dangvu/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import { saveFile } from "../../lib/download";

export const badgeKeys = {
  all: ["badges"] as const,
  list: (on: string, orgUnitId?: string, early?: boolean) => ["badges", "list", on, orgUnitId, early] as const,
  decisions: (awardDate: string) => ["badges", "decisions", awardDate] as const,
  member: (memberId: string) => ["badges", "member", memberId] as const,
};

/** The members on an award date's list (every page: a list for one date is a few hundred at most). */
export function useBadgeList(on: string, orgUnitId?: string, early = false) {
  return useQuery({
    queryKey: badgeKeys.list(on, orgUnitId, early),
    queryFn: () =>
      api.get<BadgeList>("/api/awards/badges", {
        on,
        pageSize: 200,
        ...(orgUnitId ? { orgUnitId } : {}),
        ...(early ? { early: "true" } : {}),
      }),
  });
}

/** The decisions with badges awarded on a date. */
export function useBadgeDecisions(awardDate: string) {
  return useQuery({
    queryKey: badgeKeys.decisions(awardDate),
    queryFn: () => api.get<BadgeDecisionPage>("/api/awards/badge-decisions", { awardDate, pageSize: 50 }),
  });
}

export function useRecordBadgeDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBadgeDecisionInput) => api.post<BadgeDecision>("/api/awards/badge-decisions", input),
    onSuccess: () => client.invalidateQueries({ queryKey: badgeKeys.all }),
  });
}

/** A member's badges and next milestone (the member record). */
export function useMemberBadges(memberId: string) {
  return useQuery({
    queryKey: badgeKeys.member(memberId),
    queryFn: () => api.get<MemberBadges>(`/api/members/${memberId}/badges`),
  });
}

/** Downloads a proposal list (4-HHĐ, 4A-HHĐ, 4B-HHĐ) as .xlsx or .docx. */
export async function downloadBadgeList(
  format: "xlsx" | "docx",
  query: { on: string; form: BadgeForm; orgUnitId?: string; memberIds?: string },
) {
  const params = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as Record<string, string>;
  saveFile(await api.download(`/api/awards/badges/list.${format}`, params));
}
