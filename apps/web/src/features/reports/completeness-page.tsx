import { type CompletenessRow, ReportStatus } from "@dangvu/contract";
import { Card, Col, Flex, Form, Row, Select, Statistic, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { formatDate, formatDateTime, todayIso } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { useMe } from "../auth/auth.api";
import { useOrgTree } from "../org/org.api";
import { indexTree, unitsWithPermission } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { useCompleteness, useTemplates } from "./reports.api";
import { defaultPeriod, isOverdue, periodsOffered, recentPeriods, reportPath } from "./reports.model";
import { DueDate, periodName, StatusTag } from "./reports-labels";

const share = (part: number, whole: number) =>
  whole > 0 ? `${(Math.round((part / whole) * 1000) / 10).toLocaleString("vi-VN")}%` : "—";

/** Reporting rates of a template and period over a unit's subtree, in the style of DHIS2, with the units' rows. */
export function CompletenessPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const tree = useOrgTree();
  const templates = useTemplates();
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const readable = useMemo(() => unitsWithPermission(me.data, index, "report.read"), [me.data, index]);
  const today = todayIso();
  const template = (templates.data ?? []).find((tpl) => tpl.id === params.get("template")) ?? templates.data?.[0];
  const period = params.get("period") || (template ? defaultPeriod(template.periodType, today).key : undefined);
  const orgUnitId = params.get("unit") ?? index.roots.find((r) => readable.has(r.id))?.id;
  const completeness = useCompleteness({ templateId: template?.id, period, orgUnitId });
  const data = completeness.data;
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const status = params.get("status") ?? undefined;
  const rows = (data?.rows ?? []).filter((r) => !status || r.status === status);
  const periods = template ? recentPeriods(template.periodType, today, periodsOffered[template.periodType]) : [];

  return (
    <PageCard title={t("reports.completenessTitle")} data-testid="completeness-page">
      <Flex vertical gap={16}>
        <Link to="/reports" className="no-print">
          ← {t("reports.backToList")}
        </Link>
        <Typography.Text type="secondary">{t("reports.completenessHint")}</Typography.Text>
        <Form layout="vertical">
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item label={t("reports.template")}>
                <Select
                  value={template?.id}
                  loading={templates.isPending}
                  options={(templates.data ?? []).map((tpl) => ({ value: tpl.id, label: tpl.name }))}
                  onChange={(id: string) => set({ template: id, period: undefined })}
                  data-testid="completeness-template"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label={t("reports.period")}>
                <Select
                  value={period}
                  options={periods.map((p) => ({ value: p.key, label: periodName(t, p) }))}
                  onChange={(key: string) => set({ period: key })}
                  data-testid="completeness-period"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label={t("reports.unit")}>
                <UnitPicker
                  index={index}
                  value={orgUnitId}
                  isDisabled={(node) => !readable.has(node.id)}
                  onChange={(id) => set({ unit: id })}
                  testId="completeness-unit"
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {data && (
          <Row gutter={[12, 12]} data-testid="completeness-rates">
            {(
              [
                ["expected", data.expected, null],
                ["submittedCount", data.submitted, share(data.submitted, data.expected)],
                ["onTimeCount", data.onTime, share(data.onTime, data.expected)],
                ["approvedCount", data.approved, share(data.approved, data.expected)],
              ] as const
            ).map(([key, count, rate]) => (
              <Col key={key} xs={12} md={6}>
                <Card size="small" data-testid={`rate-${key}`} data-count={count}>
                  <Statistic title={t(`reports.${key}`)} value={count} suffix={rate ? <small>({rate})</small> : null} />
                </Card>
              </Col>
            ))}
          </Row>
        )}
        {data && (
          <Flex gap={12} wrap align="center" justify="space-between">
            <Typography.Text>
              {t("reports.dueOn")}: {formatDate(data.dueOn)}
            </Typography.Text>
            <Select
              allowClear
              value={status}
              placeholder={t("reports.allStatuses")}
              style={{ minWidth: 200 }}
              options={ReportStatus.options.map((s) => ({ value: s, label: t(`reportStatus.${s}`) }))}
              onChange={(value?: string) => set({ status: value })}
              data-testid="completeness-status"
            />
          </Flex>
        )}
        <ResponsiveTable<CompletenessRow>
          rowKey="orgUnitId"
          size="small"
          loading={completeness.isFetching && !data}
          dataSource={rows}
          pagination={{ pageSize: 25, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: template && period && orgUnitId ? t("reports.noRows") : t("reports.pickAll") }}
          onRow={(r) =>
            ({
              "data-testid": "completeness-row",
              "data-unit": r.orgUnitName,
              "data-status": r.status,
              style: { cursor: "pointer" },
              onClick: () => template && period && navigate(reportPath(template.id, r.orgUnitId, period)),
            }) as object
          }
          columns={[
            {
              title: t("reports.unit"),
              phone: "title",
              render: (_, r) =>
                template && period ? (
                  <Link to={reportPath(template.id, r.orgUnitId, period)}>{r.orgUnitName}</Link>
                ) : (
                  r.orgUnitName
                ),
            },
            { title: t("reports.parentUnit"), dataIndex: "parentName" },
            { title: t("reports.status"), render: (_, r) => <StatusTag status={r.status} /> },
            {
              title: t("reports.dueOn"),
              render: (_, r) => <DueDate dueOn={r.dueOn} overdue={isOverdue(r.status, r.dueOn, today)} />,
            },
            { title: t("reports.submittedAt"), render: (_, r) => formatDateTime(r.submittedAt) },
            {
              title: t("reports.onTime"),
              render: (_, r) =>
                r.onTime === null ? (
                  ""
                ) : (
                  <Tag color={r.onTime ? "green" : "red"}>{r.onTime ? t("reports.onTime") : t("reports.late")}</Tag>
                ),
            },
          ]}
        />
      </Flex>
    </PageCard>
  );
}
