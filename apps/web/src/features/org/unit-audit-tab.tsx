import { AuditTable } from "../audit/audit-table";
import type { TreeIndex } from "./org-tree.model";

/** The unit's audit trail, with unit ids shown as names. */
export function UnitAuditTab({ unitId, index }: { unitId: string; index: TreeIndex }) {
  return <AuditTable entityType="orgUnit" entityId={unitId} nameOf={(id) => index.byId.get(id)?.name} />;
}
