import type { Reminder, ReminderKind } from "@dangvu/contract";
import { Alert, App, Badge, Button, Card, Empty, Flex, Skeleton, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { useOrgTree } from "../org/org.api";
import { indexTree } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { useDownload, useReminders } from "./members.api";

interface Group {
  kind: ReminderKind;
  items: Reminder[];
  overdue: number;
}

/** Reminders grouped by kind: groups with overdue items first, and inside a group the overdue ones, then by date. */
export function groupReminders(reminders: readonly Reminder[]): Group[] {
  const groups = new Map<ReminderKind, Reminder[]>();
  for (const r of reminders) groups.set(r.kind, [...(groups.get(r.kind) ?? []), r]);
  const byUrgency = (a: Reminder, b: Reminder) =>
    Number(b.overdue) - Number(a.overdue) || (a.dueOn ?? "").localeCompare(b.dueOn ?? "");
  return [...groups.entries()]
    .map(([kind, items]) => ({ kind, items: items.sort(byUrgency), overdue: items.filter((r) => r.overdue).length }))
    .sort((a, b) => b.overdue - a.overdue || (a.items[0]?.dueOn ?? "").localeCompare(b.items[0]?.dueOn ?? ""));
}

/** What needs doing in the user's scope: probation reviews, ceremonies, badges, transfers, small cells. */
export function RemindersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const orgUnitId = params.get("orgUnitId") ?? undefined;
  const reminders = useReminders(orgUnitId);
  const tree = useOrgTree();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const groups = useMemo(() => groupReminders(reminders.data ?? []), [reminders.data]);
  const download = useDownload();
  const { message } = App.useApp();

  async function exportReminders() {
    try {
      await download.mutateAsync({ path: "/api/reminders/export", query: orgUnitId ? { orgUnitId } : {} });
      void message.success(t("reminders.exported"));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  }

  return (
    <PageCard
      title={t("reminders.title")}
      actions={
        <Button
          onClick={() => void exportReminders()}
          loading={download.isPending}
          disabled={!reminders.isSuccess || groups.length === 0}
          data-testid="export-reminders"
        >
          {t("reminders.export")}
        </Button>
      }
    >
      <div style={{ maxWidth: 420, marginBottom: 16 }} className="no-print">
        <UnitPicker
          index={index}
          value={orgUnitId}
          onChange={(id) => setParams(id ? { orgUnitId: id } : {}, { replace: true })}
          placeholder={t("reminders.allUnits")}
          testId="reminder-unit-filter"
        />
      </div>
      {reminders.isError && <Alert type="error" showIcon title={reminders.error.message} />}
      {reminders.isPending && <Skeleton active />}
      {reminders.isSuccess && groups.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("reminders.empty")} />
      )}
      <Flex vertical gap={16}>
        {groups.map((group) => (
          <Card
            key={group.kind}
            size="small"
            type="inner"
            className="page-card"
            title={
              <Flex gap={8} align="center" wrap>
                <span>{t(`reminders.kinds.${group.kind}`)}</span>
                <Badge count={group.items.length} color="#8c8c8c" showZero />
                {group.overdue > 0 && <Tag color="red">{t("reminders.overdueCount", { count: group.overdue })}</Tag>}
              </Flex>
            }
            data-testid="reminder-group"
            data-kind={group.kind}
          >
            {group.items.map((r, i) => (
              <ReminderRow key={`${r.kind}-${r.memberId ?? r.orgUnitId}-${r.dueOn}`} reminder={r} first={i === 0} />
            ))}
          </Card>
        ))}
      </Flex>
    </PageCard>
  );
}

function ReminderRow({ reminder: r, first }: { reminder: Reminder; first: boolean }) {
  const { t } = useTranslation();
  const link = r.memberId ? `/members/${r.memberId}` : `/org/${r.orgUnitId}`;
  return (
    <Flex
      justify="space-between"
      align="center"
      gap="4px 16px"
      wrap
      style={{ padding: "10px 0", borderTop: first ? undefined : "1px solid #f0f0f0" }}
      data-testid="reminder-item"
      data-kind={r.kind}
      data-member-id={r.memberId ?? ""}
      data-overdue={r.overdue}
    >
      <Flex vertical gap={2}>
        <span>
          {r.overdue && <Tag color="red">{t("reminders.overdue")}</Tag>}
          <Typography.Text type={r.overdue ? "danger" : undefined}>{r.message}</Typography.Text>
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {[r.memberId ? r.orgUnitName : "", r.dueOn ? t("reminders.due", { date: formatDate(r.dueOn) }) : ""]
            .filter(Boolean)
            .join(" · ")}
        </Typography.Text>
      </Flex>
      <Link to={link} className="no-print" style={{ whiteSpace: "nowrap" }}>
        {r.memberId ? t("reminders.openMember") : t("reminders.openUnit")}
      </Link>
    </Flex>
  );
}
