import type { Dashboard } from "@dangvu/contract";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../lib/api";

/** The dashboard of a unit's subtree for a period; the previous answer stays on screen while the next one comes. */
export function useDashboard(orgUnitId: string | undefined, period: string) {
  return useQuery({
    queryKey: ["reports", "dashboard", orgUnitId, period] as const,
    queryFn: () => api.get<Dashboard>("/api/reports/dashboard", { orgUnitId: orgUnitId ?? "", period }),
    enabled: Boolean(orgUnitId),
    placeholderData: keepPreviousData,
  });
}
