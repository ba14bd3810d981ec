import type { AuditEvent } from "@dangvu/contract";
import { Alert, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { translateKnown } from "../../i18n";
import { isApiError } from "../../lib/api";
import { formatDateTime } from "../../lib/dates";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useAuditEvents } from "./audit.api";
import { auditChanges, type NameOf } from "./audit-value";

function Changes({ event, nameOf }: { event: AuditEvent; nameOf: NameOf }) {
  const { t } = useTranslation();
  const changes = auditChanges(t, event.before, event.after, nameOf);
  if (changes.length === 0) return null;
  return (
    <Flex vertical gap={2}>
      {changes.map((c) => (
        <div key={c.key}>
          <Typography.Text type="secondary">{c.label}: </Typography.Text>
          {c.changed ? (
            <>
              <Typography.Text delete>{c.before ?? "—"}</Typography.Text> →{" "}
              <Typography.Text strong>{c.after ?? "—"}</Typography.Text>
            </>
          ) : (
            <Typography.Text>{c.after ?? c.before}</Typography.Text>
          )}
        </div>
      ))}
    </Flex>
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
    <ResponsiveTable<AuditEvent>
      size="small"
      rowKey="seq"
      loading={audit.isPending}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20 } : false}
      locale={{ emptyText: t("audit.empty") }}
      data-testid="audit-table"
      columns={[
        {
          key: "when",
          title: `${t("audit.at")} / ${t("audit.actor")}`,
          width: 170,
          render: (_, e) => (
            <Flex vertical>
              <span style={{ whiteSpace: "nowrap" }}>{formatDateTime(e.at)}</span>
              <Typography.Text type="secondary">{e.actorName ?? t("audit.system")}</Typography.Text>
            </Flex>
          ),
        },
        {
          key: "action",
          title: t("audit.action"),
          width: 160,
          render: (_, e) => <strong>{translateKnown(`audit.actions.${e.action}`, e.action)}</strong>,
        },
        { key: "details", title: t("audit.details"), render: (_, e) => <Changes event={e} nameOf={nameOf} /> },
      ]}
    />
  );
}
