import type { ReportTemplateSummary } from "@dangvu/contract";
import { Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { type ResponsiveColumn, ResponsiveTable } from "../../lib/responsive-table";
import { useReportTemplates } from "./templates-api";
import { DueOffset } from "./templates-labels";

/** The report templates: name, period type, the units that report, the due date and the versions. */
export function TemplatesListPage() {
  const { t } = useTranslation();
  const templates = useReportTemplates();
  const columns: ResponsiveColumn<ReportTemplateSummary>[] = [
    {
      key: "name",
      title: t("reportTemplates.name"),
      phone: "title",
      render: (_, row) => (
        <Link to={`/settings/report-templates/${row.id}`} data-testid="template-link">
          {row.name}
        </Link>
      ),
    },
    {
      key: "periodType",
      title: t("reportTemplates.periodType"),
      render: (_, row) => <span style={{ whiteSpace: "nowrap" }}>{t(`periodType.${row.periodType}`)}</span>,
    },
    {
      key: "unitTypes",
      title: t("reportTemplates.unitTypes"),
      phone: "full",
      render: (_, row) => (
        <Space size={[4, 4]} wrap>
          {row.reportingUnitTypes.map((type) => (
            <Tag key={type}>{t(`unitType.${type}`)}</Tag>
          ))}
        </Space>
      ),
    },
    { key: "due", title: t("reportTemplates.dueOffset"), render: (_, row) => <DueOffset days={row.dueOffsetDays} /> },
    {
      key: "versions",
      title: t("reportTemplates.versions"),
      phone: "full",
      render: (_, row) => (
        <Space direction="vertical" size={0} data-testid="template-versions">
          {row.versions.map((v) => (
            <span key={v.versionId} style={{ whiteSpace: "nowrap" }}>
              {t("reportTemplates.versionFrom", { no: v.versionNo, date: formatDate(v.validFrom) })}
            </span>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <PageCard title={t("reportTemplates.title")}>
      <Typography.Paragraph type="secondary">{t("reportTemplates.hint")}</Typography.Paragraph>
      <ResponsiveTable<ReportTemplateSummary>
        rowKey="id"
        loading={templates.isPending}
        dataSource={templates.data ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t("reportTemplates.empty") }}
        onRow={(row) => ({ "data-testid": `template-row-${row.code}` }) as React.HTMLAttributes<HTMLElement>}
        data-testid="templates-table"
      />
    </PageCard>
  );
}
