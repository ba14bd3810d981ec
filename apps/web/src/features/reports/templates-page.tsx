import type { IndicatorInfo, ReportTemplate, TemplateSection } from "@dangvu/contract";
import { Alert, Button, Card, Descriptions, Flex, Select, Space, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { useIndicators, useReportTemplate, useReportTemplates } from "./templates-api";
import { TemplateEditor } from "./templates-editor";
import { DueOffset } from "./templates-labels";

/** One template: a version (the one in force by default) with its sections, rules and document settings. */
export function TemplatePage() {
  const { t } = useTranslation();
  const { templateId = "" } = useParams();
  const [versionId, setVersionId] = useState<string>();
  const [editing, setEditing] = useState<"edit" | "new">();
  const summary = useReportTemplates().data?.find((s) => s.id === templateId);
  const template = useReportTemplate(templateId, versionId);
  const labels = useIndicatorLabels();
  const shown = template.data;
  return (
    <PageCard
      title={shown?.name ?? t("reportTemplates.title")}
      actions={
        <>
          <Link to="/settings/report-templates">{t("reportTemplates.back")}</Link>
          <Button
            onClick={() => setEditing("edit")}
            disabled={!shown || shown.inUse}
            title={shown?.inUse ? t("reportTemplates.editInUse") : undefined}
            data-testid="edit-version"
          >
            {t("reportTemplates.edit")}
          </Button>
          <Button type="primary" onClick={() => setEditing("new")} disabled={!shown} data-testid="new-version">
            {t("reportTemplates.newVersion")}
          </Button>
        </>
      }
    >
      {shown?.inUse && (
        <Alert
          type="info"
          showIcon
          title={t("reportTemplates.editInUse")}
          style={{ marginBottom: 16 }}
          data-testid="edit-blocked"
        />
      )}
      {shown && (
        <>
          <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary">{t("reportTemplates.shownVersion")}:</Typography.Text>
            <Select
              value={shown.versionId}
              onChange={setVersionId}
              style={{ width: 280, maxWidth: "100%" }}
              data-testid="version-select"
              options={(
                summary?.versions ?? [
                  { versionId: shown.versionId, versionNo: shown.versionNo, validFrom: shown.validFrom },
                ]
              ).map((v) => ({
                value: v.versionId,
                label: t("reportTemplates.inForce", { no: v.versionNo, date: formatDate(v.validFrom) }),
              }))}
            />
          </Flex>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t("reportTemplates.periodType")}>
              {t(`periodType.${shown.periodType}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t("reportTemplates.unitTypes")}>
              <Space size={[4, 4]} wrap>
                {shown.reportingUnitTypes.map((type) => (
                  <Tag key={type}>{t(`unitType.${type}`)}</Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t("reportTemplates.dueOffset")}>
              <DueOffset days={shown.dueOffsetDays} />
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t("reportTemplates.sections")}</Typography.Title>
          {shown.sections.map((section, i) => (
            <SectionView key={section.key} section={section} index={i} labels={labels} />
          ))}
          <RulesView template={shown} labels={labels} />
          <DocumentView template={shown} />
          {editing && (
            <TemplateEditor
              mode={editing}
              template={shown}
              onClose={() => setEditing(undefined)}
              onSaved={setVersionId}
            />
          )}
        </>
      )}
    </PageCard>
  );
}

/** The indicators' labels by id, for the rows and rules. */
export function useIndicatorLabels(): Map<string, IndicatorInfo> {
  const indicators = useIndicators();
  return useMemo(() => new Map((indicators.data ?? []).map((i) => [i.id, i])), [indicators.data]);
}

function SectionView({
  section,
  index,
  labels,
}: {
  section: TemplateSection;
  index: number;
  labels: Map<string, IndicatorInfo>;
}) {
  const { t } = useTranslation();
  const title = `${index + 1}. ${section.title}`;
  return (
    <Card
      size="small"
      title={title}
      extra={<Tag>{t(`reportTemplates.sectionKind.${section.kind}`)}</Tag>}
      style={{ marginBottom: 12 }}
      data-testid="template-section"
    >
      {section.kind === "table" && (
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={section.rows}
          data-testid="section-rows"
          columns={[
            {
              key: "indicator",
              title: t("reportTemplates.indicator"),
              render: (_, row) => (
                <span style={{ paddingLeft: (row.level ?? 0) * 20 }}>
                  {row.label ?? labels.get(row.indicator)?.label ?? row.indicator}
                </span>
              ),
            },
            {
              key: "level",
              title: t("reportTemplates.level"),
              width: 110,
              render: (_, row) => t(`reportTemplates.levelName.${String(row.level ?? 0) as "0" | "1" | "2"}`),
            },
          ]}
        />
      )}
      {section.kind === "narrative" && <Typography.Text type="secondary">{section.hint ?? ""}</Typography.Text>}
      {section.kind === "breakdown" && <Typography.Text>{section.breakdown}</Typography.Text>}
    </Card>
  );
}

function RulesView({ template, labels }: { template: ReportTemplate; labels: Map<string, IndicatorInfo> }) {
  const { t } = useTranslation();
  const name = (operand: string | number) =>
    typeof operand === "number" ? String(operand) : (labels.get(operand)?.label ?? operand);
  return (
    <>
      <Typography.Title level={5}>{t("reportTemplates.rules")}</Typography.Title>
      {template.rules.length === 0 ? (
        <Typography.Paragraph type="secondary">{t("reportTemplates.noRules")}</Typography.Paragraph>
      ) : (
        <ul data-testid="template-rules">
          {template.rules.map((rule) => (
            <li key={`${rule.left} ${rule.op} ${rule.right} ${rule.message}`}>
              {name(rule.left)} {t(`reportTemplates.op.${rule.op}`)} {name(rule.right)}
              <Typography.Text type="secondary"> — {rule.message}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function DocumentView({ template }: { template: ReportTemplate }) {
  const { t } = useTranslation();
  const d = template.document;
  return (
    <>
      <Typography.Title level={5}>{t("reportTemplates.document")}</Typography.Title>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t("reportTemplates.typeCode")}>{d.typeCode}</Descriptions.Item>
        <Descriptions.Item label={t("reportTemplates.summary")}>{d.summary}</Descriptions.Item>
        <Descriptions.Item label={t("reportTemplates.signerAuthority")}>{d.signerAuthority ?? ""}</Descriptions.Item>
        <Descriptions.Item label={t("reportTemplates.signerTitle")}>{d.signerTitle}</Descriptions.Item>
        <Descriptions.Item label={t("reportTemplates.recipients")}>
          <Flex vertical>
            {d.recipients.map((r) => (
              <span key={r}>{r}</span>
            ))}
          </Flex>
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
