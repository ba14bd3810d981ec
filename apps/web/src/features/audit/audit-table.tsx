import type { AuditEvent } from "@dangvu/contract";
import { Alert, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { translateKnown } from "../../i18n";
import { isApiError } from "../../lib/api";
import { formatDateTime } from "../../lib/dates";
import { useAuditEvents } from "./audit.api";
import { auditChanges, type NameOf } from "./audit-value";

function Changes({ event, nameOf }: { event: AuditEvent; nameOf: NameOf }) {
  const { t } = useTranslation();
  const changes = auditChanges(t, event.before, event.after, nameOf);
  if (changes.length === 0) return null;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {changes.map((c) => (
        <li key={c.key}>
          <Typography.Text type="secondary">{c.label}: </Typography.Text>
          {c.before !== undefined && c.after !== undefined ? (
            <>
              <Typography.Text delete>{c.before}</Typography.Text> → <Typography.Text strong>{c.after}</Typography.Text>
            </>
          ) : (
            <Typography.Text>{c.after ?? c.before}</Typography.Text>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The audit trail of one entity: when, who, what, and what changed. */
export function AuditTable({ entityType, entityId, nameOf }: { entityType: string; entityId: string; nameOf: NameOf }) {
  const { t } = useTranslation();
  const audit = useAuditEvents(entityType, entityId);
  if (audit.isError) {
    const forbidden = isApiError(audit.error) && audit.error.status === 403;
    return (
      <Alert
        type={forbidden ? "info" : "error"}
        showIcon
        title={forbidden ? t("audit.forbidden") : audit.error.message}
      />
    );
  }
  const rows = [...(audit.data ?? [])].sort((a, b) => b.seq - a.seq);
  return (
    <Table<AuditEvent>
      size="small"
      rowKey="seq"
      loading={audit.isPending}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20 } : false}
      locale={{ emptyText: t("audit.empty") }}
      data-testid="audit-table"
      columns={[
        { key: "at", title: t("audit.at"), width: 150, render: (_, e) => formatDateTime(e.at) },
        { key: "actor", title: t("audit.actor"), width: 180, render: (_, e) => e.actorName ?? t("audit.system") },
        {
          key: "action",
          title: t("audit.action"),
          width: 180,
          render: (_, e) => translateKnown(`audit.actions.${e.action}`, e.action),
        },
        { key: "details", title: t("audit.details"), render: (_, e) => <Changes event={e} nameOf={nameOf} /> },
      ]}
    />
  );
}
