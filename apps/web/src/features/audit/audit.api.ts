import type { AuditEvent } from "@dangvu/contract";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../lib/api";

/** The audit trail of one entity, newest last as the server keeps it. */
export function useAuditEvents(entityType: string, entityId: string, enabled = true) {
  return useQuery({
    queryKey: ["audit", entityType, entityId],
    queryFn: () => api.get<AuditEvent[]>("/api/audit-events", { entityType, entityId }),
    enabled,
    retry: false,
  });
}
