import type {
  CreateOrgUnitInput,
  CreatePositionInput,
  CreateTermInput,
  MemberPage,
  OrgTreeNode,
  OrgUnit,
  OrgUnitEvent,
  OrgUnitEventInput,
  Position,
  SetLocalityInput,
  Term,
  UpdateOrgUnitInput,
} from "@dangvu/contract";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";

export const orgKeys = {
  all: ["org"] as const,
  tree: (asOf?: string) => ["org", "tree", asOf ?? "today"] as const,
  unit: (id: string, asOf?: string) => ["org", "unit", id, asOf ?? "today"] as const,
  events: (id: string) => ["org", "events", id] as const,
  terms: (id: string) => ["org", "terms", id] as const,
  positions: (id: string, all: boolean) => ["org", "positions", id, all] as const,
};

/** Every unit the user may see, as of a date (today when absent); flat, in Vietnamese order. */
export function useOrgTree(asOf?: string) {
  return useQuery({
    queryKey: orgKeys.tree(asOf),
    queryFn: () => api.get<OrgTreeNode[]>("/api/org-units", { asOf }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useOrgUnit(id: string, asOf?: string) {
  return useQuery({
    queryKey: orgKeys.unit(id, asOf),
    queryFn: () => api.get<OrgUnit>(`/api/org-units/${id}`, { asOf }),
    retry: false,
  });
}

export function useUnitEvents(id: string) {
  return useQuery({
    queryKey: orgKeys.events(id),
    queryFn: () => api.get<OrgUnitEvent[]>(`/api/org-units/${id}/events`),
  });
}

export function useTerms(id: string) {
  return useQuery({ queryKey: orgKeys.terms(id), queryFn: () => api.get<Term[]>(`/api/org-units/${id}/terms`) });
}

export function usePositions(id: string, all: boolean) {
  return useQuery({
    queryKey: orgKeys.positions(id, all),
    queryFn: () => api.get<Position[]>(`/api/org-units/${id}/positions`, { all: all ? 1 : undefined }),
    placeholderData: keepPreviousData,
  });
}

/** The full members of a cell, in name order, for choosing who holds one of its seats. */
export function useCellFullMembers(unitId: string, enabled: boolean) {
  const query = { orgUnitId: unitId, status: "full", pageSize: 200 };
  return useQuery({
    queryKey: ["members", "list", query],
    queryFn: () => api.get<MemberPage>("/api/members", query),
    enabled,
  });
}

/** A mutation after which everything about the tree and the audit trail is reloaded. */
function useOrgMutation<I, R>(mutationFn: (input: I) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["audit"] }),
      ]);
    },
  });
}

export function useUpdateUnit(id: string) {
  return useOrgMutation((input: UpdateOrgUnitInput) => api.patch<OrgUnit>(`/api/org-units/${id}`, input));
}

/** Sets (or with an empty text clears) the place name the unit's documents are dated from. */
export function useSetLocality(id: string) {
  return useOrgMutation((input: SetLocalityInput) => api.put<OrgUnit>(`/api/org-units/${id}/locality`, input));
}

export function useCreateUnit() {
  return useOrgMutation((input: CreateOrgUnitInput) => api.post<OrgUnit>("/api/org-units", input));
}

/** Move, merge, split or dissolve: a dated event on the unit. */
export function useUnitEvent(id: string) {
  return useOrgMutation((input: OrgUnitEventInput) => api.post<OrgUnit>(`/api/org-units/${id}/events`, input));
}

export function useCreateTerm(id: string) {
  return useOrgMutation((input: CreateTermInput) => api.post<Term>(`/api/org-units/${id}/terms`, input));
}

export function useCreatePosition(id: string) {
  return useOrgMutation((input: CreatePositionInput) => api.post<Position>(`/api/org-units/${id}/positions`, input));
}

export function useEndPosition() {
  return useOrgMutation(({ positionId, endsOn }: { positionId: string; endsOn: string }) =>
    api.post<Position>(`/api/positions/${positionId}/end`, { endsOn }),
  );
}
