import type { Dashboard, PeriodType } from "@dangvu/contract";
import { Alert, Breadcrumb, Flex, Form, Select, Spin, Typography } from "antd";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { formatDate, todayIso } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { useMe } from "../auth/auth.api";
import { useOrgTree } from "../org/org.api";
import { indexTree, unitsWithPermission } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { useDashboard } from "./dashboard-api";
import { DashboardChildren } from "./dashboard-children";
import { DashboardCompletenessBars } from "./dashboard-completeness";
import { DashboardFigures } from "./dashboard-figures";
import { choiceOfKey, dashboardPath, dashboardPeriodTypes, switchType } from "./dashboard-model";
import { type PeriodChoice, periodContaining, periodsOffered, recentPeriods } from "./reports.model";
import { periodName } from "./reports-labels";
import "./dashboard.css";

// The charts are their own chunk, fetched when a dashboard is shown: other pages never load them.
const DashboardCharts = lazy(() => import("./dashboard-charts").then((m) => ({ default: m.DashboardCharts })));

/**
 * The figures of the user's subtree: key figures beside the previous period's, the units below with a few figures
 * each (a click opens the same dashboard for that unit, down to any cell, with the path back up), and two charts.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const tree = useOrgTree();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const readable = useMemo(() => unitsWithPermission(me.data, index, "report.read"), [me.data, index]);
  const today = todayIso();
  const period = choiceOfKey(params.get("period") ?? "") ?? periodContaining("month", today);
  const orgUnitId = params.get("unit") ?? index.roots.find((r) => readable.has(r.id))?.id;
  const dashboard = useDashboard(orgUnitId, period.key);
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    setParams(next);
  };
  const data = dashboard.data;

  return (
    <PageCard
      title={t("reportsDashboard.title")}
      data-testid="dashboard-page"
      actions={<Link to="/reports">{t("reports.menu")}</Link>}
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t("reportsDashboard.hint")}
        </Typography.Paragraph>
        <Pickers index={index} readable={readable} orgUnitId={orgUnitId} period={period} today={today} onChange={set} />
        {dashboard.isError && <Alert type="error" showIcon message={dashboard.error.message} />}
        {!data && dashboard.isFetching && <Spin />}
        {data && (
          <Spin spinning={dashboard.isFetching}>
            <DashboardBody data={data} period={period} />
          </Spin>
        )}
      </Flex>
    </PageCard>
  );
}

function DashboardBody({ data, period }: { data: Dashboard; period: PeriodChoice }) {
  const { t } = useTranslation();
  const previous = choiceOfKey(data.previous.key);
  return (
    <Flex vertical gap={20} data-testid="dashboard-body" data-unit={data.unit.id} data-period={data.period.key}>
      {data.path.length > 1 && (
        <Breadcrumb
          aria-label={t("reportsDashboard.breadcrumb")}
          data-testid="dashboard-breadcrumb"
          items={data.path.map((unit, i) => ({
            key: unit.id,
            title:
              i === data.path.length - 1 ? (
                <span data-testid="breadcrumb-current">{unit.name}</span>
              ) : (
                <Link to={dashboardPath(unit.id, period.key)} data-testid="breadcrumb-link">
                  {unit.name}
                </Link>
              ),
          }))}
        />
      )}
      <Flex wrap gap={8} align="baseline" justify="space-between">
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="dashboard-unit">
          {data.unit.name} · {periodName(t, period)}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t("reportsDashboard.asOf", { date: formatDate(data.asOf) })}
        </Typography.Text>
      </Flex>
      <section aria-label={t("reportsDashboard.keyFigures")}>
        <DashboardFigures
          figures={data.figures}
          previousName={previous ? periodName(t, previous) : data.previous.key}
        />
      </section>
      <section aria-label={t("reportsDashboard.completeness")}>
        <Typography.Title level={5}>{t("reportsDashboard.completeness")}</Typography.Title>
        <DashboardCompletenessBars rates={data.completeness} orgUnitId={data.unit.id} period={data.period.key} />
      </section>
      <section aria-label={t("reportsDashboard.children")}>
        <Typography.Title level={5}>{t("reportsDashboard.children")}</Typography.Title>
        <DashboardChildren rows={data.children} period={period.key} />
      </section>
      <section aria-label={t("reportsDashboard.charts")}>
        <Suspense fallback={<Spin tip={t("reportsDashboard.chartsLoading")} />}>
          <DashboardCharts units={data.children} admissions={data.admissionsByMonth} year={period.year} />
        </Suspense>
      </section>
    </Flex>
  );
}

interface PickersProps {
  index: ReturnType<typeof indexTree>;
  readable: ReadonlySet<string>;
  orgUnitId: string | undefined;
  period: PeriodChoice;
  today: string;
  onChange: (changes: Record<string, string>) => void;
}

/** The unit (among those whose reports the user reads), the period type and the period. */
function Pickers({ index, readable, orgUnitId, period, today, onChange }: PickersProps) {
  const { t } = useTranslation();
  const periods = recentPeriods(period.type, today, periodsOffered[period.type]);
  if (!periods.some((p) => p.key === period.key)) periods.unshift(period);
  return (
    <Form layout="vertical" className="dashboard-pickers">
      <Form.Item label={t("reportsDashboard.unit")} htmlFor="dashboard-unit" className="dashboard-picker-unit">
        <UnitPicker
          id="dashboard-unit"
          index={index}
          value={orgUnitId}
          onChange={(unit) => onChange({ unit })}
          isDisabled={(node) => !readable.has(node.id)}
          testId="dashboard-unit-picker"
        />
      </Form.Item>
      <Form.Item label={t("reportsDashboard.periodType")} htmlFor="dashboard-period-type">
        <Select<PeriodType>
          id="dashboard-period-type"
          value={period.type}
          onChange={(type) => onChange({ period: switchType(period, type, today).key })}
          options={dashboardPeriodTypes.map((type) => ({ value: type, label: t(`periodType.${type}`) }))}
          data-testid="dashboard-period-type"
          style={{ minWidth: 120 }}
        />
      </Form.Item>
      <Form.Item label={t("reportsDashboard.period")} htmlFor="dashboard-period">
        <Select<string>
          id="dashboard-period"
          value={period.key}
          onChange={(key) => onChange({ period: key })}
          options={periods.map((p) => ({ value: p.key, label: periodName(t, p) }))}
          data-testid="dashboard-period"
          style={{ minWidth: 200 }}
        />
      </Form.Item>
    </Form>
  );
}
