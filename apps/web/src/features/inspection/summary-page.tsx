import { Alert, Flex, Segmented, Select, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useMe } from "../auth/auth.api";
import { unitsWithPermission } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { useInspectionSummary } from "./inspection.api";
import { periodDates, recentYears, type SummaryPeriod } from "./inspection.model";
import { useTreeIndex } from "./subject-fields";

const periods: SummaryPeriod[] = ["year", "h1", "h2"];

/**
 * The counts of inspection, supervision and discipline of a unit over a period, for those who may read its reports
 * but not the inspection committee's confidential records (a base committee's staff, a cell's secretary).
 */
export function SummaryPage() {
  const { t } = useTranslation();
  const index = useTreeIndex();
  const me = useMe();
  const readable = useMemo(() => unitsWithPermission(me.data, index, "report.read"), [me.data, index]);
  const [unit, setUnit] = useState<string | undefined>();
  const [year, setYear] = useState(new Date().getFullYear());
  const [period, setPeriod] = useState<SummaryPeriod>("year");
  const orgUnitId = unit ?? index.roots.find((r) => readable.has(r.id))?.id;
  const summary = useInspectionSummary(orgUnitId ? { orgUnitId, ...periodDates(year, period) } : null);
  return (
    <PageCard title={t("inspection.counts")} data-testid="inspection-summary-page">
      <Typography.Paragraph type="secondary">{t("inspection.countsHint")}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <div style={{ width: 320, maxWidth: "100%" }}>
          <UnitPicker
            index={index}
            value={orgUnitId}
            onChange={setUnit}
            isDisabled={(n) => !readable.has(n.id)}
            testId="summary-unit"
          />
        </div>
        <Select<number>
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          data-testid="summary-year"
          options={recentYears(new Date().getFullYear()).map((y) => ({ value: y, label: String(y) }))}
        />
        <Segmented<SummaryPeriod>
          value={period}
          onChange={setPeriod}
          options={periods.map((p) => ({ value: p, label: t(`inspection.periods.${p}`) }))}
          className="segmented-wrap"
          style={{ maxWidth: "100%" }}
        />
      </Flex>
      {summary.isError && <Alert type="error" showIcon title={summary.error.message} style={{ marginBottom: 12 }} />}
      {summary.data && <Typography.Paragraph strong>{summary.data.orgUnitName}</Typography.Paragraph>}
      <ResponsiveTable
        rowKey="indicator"
        size="small"
        loading={Boolean(orgUnitId) && summary.isPending}
        dataSource={summary.data?.figures ?? []}
        pagination={false}
        locale={{ emptyText: t("inspection.noFigures") }}
        onRow={(f) => ({ "data-testid": "summary-figure", "data-indicator": f.indicator }) as object}
        columns={[
          { title: t("inspection.indicator"), dataIndex: "label", phone: "title" },
          {
            title: t("inspection.value"),
            align: "right",
            render: (_, f) => <strong data-testid="summary-value">{f.value ?? "—"}</strong>,
          },
        ]}
      />
    </PageCard>
  );
}
