import { Button, Flex, Form, Select, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { todayIso } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useMe } from "../auth/auth.api";
import { useOrgTree } from "../org/org.api";
import { indexTree, unitsWithPermission } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { type InboxRow, useInbox, useTemplates } from "./reports.api";
import { defaultPeriod, periodsOffered, recentPeriods, reportPath } from "./reports.model";
import { DueDate, periodName, StatusTag } from "./reports-labels";

/** The reports the user's units must file and those waiting for the user's approval, and a way to open any other. */
export function ReportsPage() {
  const { t } = useTranslation();
  const inbox = useInbox();
  return (
    <PageCard
      title={t("reports.title")}
      data-testid="reports-page"
      actions={
        <>
          <Link to="/reports/dashboard">
            <Button data-testid="dashboard-link">{t("reportsDashboard.open")}</Button>
          </Link>
          <Link to="/reports/completeness">
            <Button data-testid="completeness-link">{t("reports.completeness")}</Button>
          </Link>
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t("reports.hint")}</Typography.Paragraph>
      <Flex vertical gap={24}>
        <InboxTable
          title={t("reports.toFill")}
          rows={inbox.data?.toFill}
          loading={inbox.isPending}
          empty={t("reports.noneToFill")}
          testId="inbox-to-fill"
        />
        <InboxTable
          title={t("reports.toReview")}
          rows={inbox.data?.toReview}
          loading={inbox.isPending}
          empty={t("reports.noneToReview")}
          testId="inbox-to-review"
        />
        <OpenReportForm />
      </Flex>
    </PageCard>
  );
}

interface InboxTableProps {
  title: string;
  rows: InboxRow[] | undefined;
  loading: boolean;
  empty: string;
  testId: string;
}

function InboxTable({ title, rows, loading, empty, testId }: InboxTableProps) {
  const { t } = useTranslation();
  return (
    <section data-testid={testId}>
      <Typography.Title level={4}>
        {title}
        {rows && rows.length > 0 ? ` (${rows.length})` : ""}
      </Typography.Title>
      <ResponsiveTable<InboxRow>
        rowKey={(r) => `${r.templateId}/${r.orgUnitId}/${r.period}`}
        size="small"
        loading={loading}
        dataSource={rows ?? []}
        pagination={false}
        locale={{ emptyText: empty }}
        onRow={(r) =>
          ({
            "data-testid": "inbox-row",
            "data-template-id": r.templateId,
            "data-unit": r.orgUnitName,
            "data-period": r.period,
            "data-status": r.status,
          }) as object
        }
        columns={[
          {
            title: t("reports.template"),
            phone: "title",
            render: (_, r) => (
              <Link to={reportPath(r.templateId, r.orgUnitId, r.period)} data-testid="inbox-open">
                {r.templateName} · {r.periodLabel}
              </Link>
            ),
          },
          { title: t("reports.unit"), dataIndex: "orgUnitName" },
          { title: t("reports.dueOn"), render: (_, r) => <DueDate dueOn={r.dueOn} overdue={r.overdue} /> },
          { title: t("reports.status"), render: (_, r) => <StatusTag status={r.status} /> },
        ]}
      />
    </section>
  );
}

interface OpenValues {
  orgUnitId?: string;
  templateId?: string;
  period?: string;
}

/** Unit, template and period pickers: the templates offered are those the unit's type reports on. */
function OpenReportForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const tree = useOrgTree();
  const templates = useTemplates();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const readable = useMemo(() => unitsWithPermission(me.data, index, "report.read"), [me.data, index]);
  const [values, setValues] = useState<OpenValues>({});
  // The user's own unit to begin with (the top of the units they may read).
  const orgUnitId = values.orgUnitId ?? index.roots.find((r) => readable.has(r.id))?.id;
  const unitType = orgUnitId ? index.byId.get(orgUnitId)?.type : undefined;
  const templateChoices = (templates.data ?? []).filter(
    (tpl) => !unitType || tpl.reportingUnitTypes.includes(unitType),
  );
  const template = templateChoices.find((tpl) => tpl.id === values.templateId);
  const today = todayIso();
  const periods = template ? recentPeriods(template.periodType, today, periodsOffered[template.periodType]) : [];
  const period = values.period ?? (template ? defaultPeriod(template.periodType, today).key : undefined);
  const ready = Boolean(orgUnitId && template && period);

  return (
    <section data-testid="open-report">
      <Typography.Title level={4}>{t("reports.openTitle")}</Typography.Title>
      <Form layout="vertical" style={{ maxWidth: 640 }}>
        <Form.Item label={t("reports.unit")}>
          <UnitPicker
            index={index}
            value={orgUnitId}
            isDisabled={(node) => !readable.has(node.id)}
            onChange={(orgUnitId) => setValues({ orgUnitId, templateId: undefined, period: undefined })}
            testId="open-unit"
          />
        </Form.Item>
        <Form.Item label={t("reports.template")}>
          <Select
            value={template?.id}
            placeholder={t("reports.pickTemplate")}
            loading={templates.isPending}
            options={templateChoices.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
            onChange={(templateId: string) => setValues({ orgUnitId, templateId, period: undefined })}
            data-testid="open-template"
          />
        </Form.Item>
        <Form.Item label={t("reports.period")}>
          <Select
            value={period}
            placeholder={t("reports.pickPeriod")}
            disabled={!template}
            options={periods.map((p) => ({ value: p.key, label: periodName(t, p) }))}
            onChange={(key: string) => setValues({ ...values, orgUnitId, period: key })}
            data-testid="open-period"
          />
        </Form.Item>
        <Button
          type="primary"
          disabled={!ready}
          onClick={() => orgUnitId && template && period && navigate(reportPath(template.id, orgUnitId, period))}
          data-testid="open-report-go"
        >
          {t("reports.open")}
        </Button>
      </Form>
    </section>
  );
}
