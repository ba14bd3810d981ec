import type { MeetingListItem } from "@dangvu/contract";
import { Alert, Button, DatePicker, Flex, Tabs, Typography } from "antd";
import dayjs from "dayjs";
import type { HTMLAttributes } from "react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { formatDateTime } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useMe } from "../auth/auth.api";
import { useOrgTree } from "../org/org.api";
import { indexTree } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { MeetingStatusTag, QualityLevelTag } from "./meeting-labels";
import { MeetingNotices } from "./meeting-notices";
import { MeetingOversight } from "./meeting-oversight";
import { useMeetings } from "./meetings.api";
import { writableCellIds, writableUnitIds } from "./meetings.model";
import { PlanMeetingModal } from "./plan-meeting-modal";
import { PlanYearModal } from "./plan-year-modal";

const monthFormat = "YYYY-MM";
const defaultPageSize = 50;

/** A positive whole number from the URL, or undefined. */
function pageNumber(value: string | null): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** The meetings of the user's cells, newest first, a page at a time; unit, month and page live in the URL. */
export function MeetingListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const orgUnitId = params.get("unit") ?? undefined;
  const monthParam = params.get("month");
  const month = monthParam && dayjs(monthParam, monthFormat).isValid() ? dayjs(`${monthParam}-01`) : null;
  const page = pageNumber(params.get("page")) ?? 1;
  const pageSize = Math.min(pageNumber(params.get("pageSize")) ?? defaultPageSize, 200);
  const meetings = useMeetings({
    orgUnitId,
    from: month?.startOf("month").format("YYYY-MM-DD"),
    to: month?.endOf("month").format("YYYY-MM-DD"),
    page,
    pageSize,
  });
  const tree = useOrgTree();
  const me = useMe();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const cells = useMemo(() => writableCellIds(me.data, index), [me.data, index]);
  const units = useMemo(() => writableUnitIds(me.data, index), [me.data, index]);
  const [planning, setPlanning] = useState(false);
  const [planningYear, setPlanningYear] = useState(false);

  const tab = params.get("tab") === "notices" ? "notices" : "meetings";
  // Notices belong to one unit: the one chosen above, or the user's only cell.
  const noticeUnit = orgUnitId ?? (cells.size === 1 ? [...cells][0] : undefined);

  // A change of unit or month starts again from the first page.
  function setFilter(key: "unit" | "month" | "tab", value: string | undefined) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== "tab") next.delete("page");
    setParams(next, { replace: true });
  }

  function setPage(nextPage: number, nextSize: number) {
    const next = new URLSearchParams(params);
    if (nextPage > 1 && nextSize === pageSize) next.set("page", String(nextPage));
    else next.delete("page");
    if (nextSize !== defaultPageSize) next.set("pageSize", String(nextSize));
    else next.delete("pageSize");
    setParams(next);
  }

  const rows = meetings.data?.items ?? [];
  const total = meetings.data?.total ?? 0;

  return (
    <PageCard
      title={t("meetings.title")}
      actions={
        cells.size > 0 && (
          <>
            <Button onClick={() => setPlanningYear(true)} data-testid="plan-year">
              {t("meetings.planYear")}
            </Button>
            <Button type="primary" onClick={() => setPlanning(true)} data-testid="plan-meeting">
              {t("meetings.plan")}
            </Button>
          </>
        )
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 12 }} className="no-print">
        <div style={{ flex: "0 1 320px", minWidth: 220 }}>
          <UnitPicker
            index={index}
            value={orgUnitId}
            onChange={(id) => setFilter("unit", id || undefined)}
            placeholder={t("meetings.allUnits")}
            testId="meeting-unit-filter"
          />
        </div>
        <DatePicker
          picker="month"
          format="MM/YYYY"
          value={month}
          onChange={(value) => setFilter("month", value ? value.format(monthFormat) : undefined)}
          data-testid="meeting-month-filter"
        />
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setFilter("tab", key === "notices" ? key : undefined)}
        items={[
          {
            key: "meetings",
            label: t("meetings.tabMeetings"),
            children: (
              <>
                <MeetingOversight orgUnitId={orgUnitId} />
                {meetings.isError && (
                  <Alert type="error" showIcon title={meetings.error.message} style={{ marginBottom: 12 }} />
                )}
                <Typography.Paragraph strong data-testid="meeting-total" data-total={meetings.data ? total : undefined}>
                  {t("meetings.monthTotal", {
                    count: total,
                    formatted: total.toLocaleString(i18n.language === "en" ? "en" : "vi"),
                  })}
                </Typography.Paragraph>
                <ResponsiveTable<MeetingListItem>
                  rowKey="id"
                  size="middle"
                  loading={meetings.isPending || meetings.isFetching}
                  dataSource={rows}
                  pagination={{
                    current: page,
                    pageSize,
                    total,
                    hideOnSinglePage: true,
                    showSizeChanger: true,
                    pageSizeOptions: [20, 50, 100, 200],
                    onChange: setPage,
                  }}
                  locale={{ emptyText: t("meetings.empty") }}
                  onRow={(m) =>
                    ({ "data-testid": "meeting-row", "data-meeting-id": m.id }) as HTMLAttributes<HTMLTableRowElement>
                  }
                  scroll={{ x: 900 }}
                  columns={[
                    {
                      key: "scheduledAt",
                      title: t("meetings.scheduledAt"),
                      width: 150,
                      render: (_, m) => formatDateTime(m.scheduledAt),
                    },
                    {
                      key: "topic",
                      title: t("meetings.topic"),
                      phone: "title",
                      render: (_, m) => (
                        <Link to={`/meetings/${m.id}`} data-testid="meeting-link" style={{ fontWeight: 500 }}>
                          {m.topic}
                        </Link>
                      ),
                    },
                    {
                      key: "kind",
                      title: t("meetings.kind"),
                      width: 130,
                      render: (_, m) => t(`meetingKind.${m.kind}`),
                    },
                    { key: "unit", title: t("meetings.unit"), dataIndex: "orgUnitName", width: 200 },
                    {
                      key: "status",
                      title: t("meetings.status"),
                      width: 130,
                      render: (_, m) => <MeetingStatusTag {...m} />,
                    },
                    {
                      key: "level",
                      title: t("meetings.level"),
                      width: 110,
                      render: (_, m) => <QualityLevelTag level={m.level} />,
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: "notices",
            label: t("meetings.tabNotices"),
            children: (
              <MeetingNotices
                orgUnitId={noticeUnit}
                unitName={(noticeUnit && index.byId.get(noticeUnit)?.name) || ""}
                canPost={Boolean(noticeUnit && units.has(noticeUnit))}
              />
            ),
          },
        ]}
      />
      <PlanYearModal index={index} cells={cells} open={planningYear} onClose={() => setPlanningYear(false)} />
      <PlanMeetingModal
        index={index}
        cells={cells}
        units={units}
        open={planning}
        onClose={() => setPlanning(false)}
        onCreated={(meeting) => void navigate(`/meetings/${meeting.id}`)}
      />
    </PageCard>
  );
}
