import type { DashboardChild } from "@dangvu/contract";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { type ResponsiveColumn, ResponsiveTable } from "../../lib/responsive-table";
import { dashboardPath } from "./dashboard-model";
import { formatFigure } from "./reports.model";

/** The units below, as they stood at the period's end, with three figures; a click opens the unit's own dashboard. */
export function DashboardChildren({ rows, period }: { rows: DashboardChild[]; period: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const columns: ResponsiveColumn<DashboardChild>[] = [
    {
      key: "name",
      title: t("reportsDashboard.childName"),
      render: (_, row) => (
        <Link
          to={dashboardPath(row.orgUnitId, period)}
          onClick={(event) => event.stopPropagation()}
          data-testid="dashboard-child-link"
        >
          {row.name}
        </Link>
      ),
    },
    {
      key: "type",
      title: t("reportsDashboard.childType"),
      render: (_, row) =>
        row.childCount > 0
          ? `${t(`unitType.${row.type}`)} · ${t("reportsDashboard.subUnits", { count: row.childCount })}`
          : t(`unitType.${row.type}`),
    },
    { key: "members", title: t("reportsDashboard.members"), align: "right", render: (_, r) => formatFigure(r.members) },
    {
      key: "admitted",
      title: t("reportsDashboard.admitted"),
      align: "right",
      render: (_, r) => formatFigure(r.admitted),
    },
    {
      key: "meetings",
      title: t("reportsDashboard.meetingsHeld"),
      align: "right",
      render: (_, r) => formatFigure(r.meetingsHeld),
    },
  ];
  return (
    <ResponsiveTable<DashboardChild>
      rowKey="orgUnitId"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 60 ? { pageSize: 60, showSizeChanger: false } : false}
      locale={{ emptyText: t("reportsDashboard.noChildren") }}
      onRow={(row) => ({
        onClick: () => void navigate(dashboardPath(row.orgUnitId, period)),
        style: { cursor: "pointer" },
        "data-testid": "dashboard-child",
        "data-unit": row.orgUnitId,
      })}
      data-testid="dashboard-children"
      size="small"
    />
  );
}
