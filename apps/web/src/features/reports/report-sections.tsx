import type {
  ReportChildRow,
  ReportDetail,
  ReportParams,
  ReportValue,
  TemplateRow,
  TemplateSection,
} from "@dangvu/contract";
import { Button, Flex, Input, InputNumber, Modal, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../lib/dates";
import { useChildren } from "./reports.api";
import { figureOf, figureText, formatFigure, percentText, rowLabel, valuesByIndicator } from "./reports.model";
import { StatusTag } from "./reports-labels";
import type { Autosave } from "./use-autosave";

interface SectionsProps {
  detail: ReportDetail;
  params: ReportParams;
  autosave: Autosave;
  editable: boolean;
  onRefresh?: () => void;
  refreshing?: boolean;
}

/** The report's sections in the template's order: indicator tables, breakdowns, narrative, the member list. */
export function ReportSections(props: SectionsProps) {
  const values = valuesByIndicator(props.detail.values);
  const hasComputed = props.detail.values.some((v) => v.kind === "computed");
  return (
    <Flex vertical gap={24}>
      {hasComputed && <ComputedBar {...props} />}
      {props.detail.sections.map((section, i) => (
        <section key={section.key} data-testid="report-section" data-section={section.key} data-kind={section.kind}>
          <Typography.Title level={5}>
            {i + 1}. {section.title}
          </Typography.Title>
          <SectionBody section={section} values={values} {...props} />
        </section>
      ))}
    </Flex>
  );
}

function SectionBody(props: SectionsProps & { section: TemplateSection; values: Map<string, ReportValue> }) {
  const { t } = useTranslation();
  const { section } = props;
  switch (section.kind) {
    case "table":
      return <IndicatorTable {...props} rows={section.rows} />;
    case "breakdown":
      return <BreakdownTable rows={props.detail.breakdowns[section.key] ?? []} />;
    case "narrative":
      return (
        <NarrativeBox
          sectionKey={section.key}
          hint={section.hint}
          initial={props.detail.narrative[section.key] ?? ""}
          editable={props.editable}
          autosave={props.autosave}
        />
      );
    case "memberList":
      return <Typography.Text type="secondary">{t("reports.memberListNote")}</Typography.Text>;
  }
}

/** When the computed figures were taken from the records, and the button that takes them again while a draft. */
function ComputedBar({ detail, editable, onRefresh, refreshing }: SectionsProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="center" wrap className="no-print">
      <Typography.Text type="secondary" data-testid="computed-at">
        {detail.computedAt
          ? t("reports.computedAt", { at: formatDateTime(detail.computedAt) })
          : t("reports.computedNever")}
      </Typography.Text>
      {editable && onRefresh && (
        <Button size="small" onClick={onRefresh} loading={refreshing} data-testid="report-refresh">
          {t("reports.refresh")}
        </Button>
      )}
    </Flex>
  );
}

type TableProps = SectionsProps & { rows: TemplateRow[]; values: Map<string, ReportValue> };

/** An indicator table: computed figures read-only with the time they were taken, entered ones as number boxes. */
function IndicatorTable(props: TableProps) {
  const { rows, values, editable } = props;
  const { t } = useTranslation();
  const [drill, setDrill] = useState<ReportValue | null>(null);
  return (
    <>
      <div className="report-figures">
        {rows.map((row) => {
          const value = values.get(row.indicator);
          const base = row.percentOf ? values.get(row.percentOf)?.value : undefined;
          return (
            <div
              key={row.indicator}
              className={`report-figure report-level-${row.level ?? 0}`}
              data-testid="report-figure"
              data-indicator={row.indicator}
              data-kind={value?.kind}
            >
              <span className="report-figure-label">{rowLabel(row, value)}</span>
              <span className="report-figure-value">
                {value?.kind === "entered" ? (
                  <EnteredFigure
                    value={value}
                    base={base}
                    editable={editable}
                    autosave={props.autosave}
                    error={props.autosave.fieldErrors[row.indicator]}
                    onDrill={() => setDrill(value)}
                  />
                ) : props.detail.childUnits > 0 && value ? (
                  <Button
                    type="link"
                    size="small"
                    className="report-figure-drill"
                    data-testid="figure-value"
                    title={t("reports.drillDown")}
                    onClick={() => setDrill(value)}
                  >
                    {figureText(row, values)}
                  </Button>
                ) : (
                  <span data-testid="figure-value">{figureText(row, values)}</span>
                )}
              </span>
            </div>
          );
        })}
      </div>
      {drill && <ChildrenModal params={props.params} value={drill} onClose={() => setDrill(null)} />}
    </>
  );
}

interface EnteredProps {
  value: ReportValue;
  base: number | null | undefined;
  editable: boolean;
  autosave: Autosave;
  error?: string;
  onDrill: () => void;
}

/** An entered figure: the unit's own number (a box while a draft), the children's approved part, and the total. */
function EnteredFigure({ value, base, editable, autosave, error, onDrill }: EnteredProps) {
  const { t } = useTranslation();
  const [own, setOwn] = useState<number | null>(value.own);
  const children = value.children ?? 0;
  return (
    <Flex vertical align="flex-end" gap={2}>
      <Flex gap={8} align="center" wrap justify="flex-end">
        {editable ? (
          <InputNumber<number>
            min={0}
            precision={0}
            value={own}
            status={error ? "error" : undefined}
            aria-label={value.label}
            onChange={(next) => {
              setOwn(next);
              autosave.change({ entered: { [value.indicator]: figureOf(next) } });
            }}
            style={{ width: 120 }}
            data-testid="figure-input"
          />
        ) : (
          <span data-testid="figure-value">
            {base !== undefined ? percentText(value.value, base) : formatFigure(value.value)}
          </span>
        )}
        {value.children !== null && (
          <Button size="small" type="link" onClick={onDrill} data-testid="figure-drill" className="no-print">
            {t("reports.children")}: {formatFigure(children)}
          </Button>
        )}
      </Flex>
      {editable && base !== undefined && value.value !== null && (
        <Typography.Text type="secondary">= {percentText(value.value, base)}</Typography.Text>
      )}
      {error && (
        <Typography.Text type="danger" role="alert" data-testid="figure-error">
          {error}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Each child unit's approved part of an entered figure, with its report's status. */
function ChildrenModal({ params, value, onClose }: { params: ReportParams; value: ReportValue; onClose: () => void }) {
  const { t } = useTranslation();
  const children = useChildren(params, value.indicator);
  return (
    <Modal
      open
      title={t("reports.drillTitle", { indicator: value.label })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t("common.close")}</Button>}
      width={640}
    >
      {value.kind === "computed" && <p className="report-drill-hint">{t("reports.childComputedHint")}</p>}
      <Table
        size="small"
        rowKey="orgUnitId"
        loading={children.isPending}
        dataSource={children.data ?? []}
        pagination={false}
        locale={{ emptyText: t("reports.noChildren") }}
        data-testid="children-table"
        scroll={{ x: true }}
        columns={[
          { title: t("reports.childUnit"), dataIndex: "orgUnitName" },
          // A figure from the records does not depend on the units' reports: their status is shown for entered ones.
          ...(value.kind === "computed"
            ? []
            : [
                {
                  title: t("reports.status"),
                  render: (_: unknown, r: ReportChildRow) => <StatusTag status={r.status} />,
                },
              ]),
          {
            title: t(value.kind === "computed" ? "reports.childComputed" : "reports.childValue"),
            align: "right",
            render: (_, r) => formatFigure(r.value),
          },
        ]}
      />
    </Modal>
  );
}

/** A breakdown as at the period's end (members by ethnic group, by religion …). */
function BreakdownTable({ rows }: { rows: { key: string; label: string; value: number }[] }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="key"
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t("reports.breakdownEmpty") }}
      data-testid="breakdown-table"
      columns={[
        { title: t("reports.breakdownItem"), dataIndex: "label" },
        {
          title: t("reports.breakdownValue"),
          dataIndex: "value",
          align: "right",
          render: (v: number) => formatFigure(v),
        },
      ]}
    />
  );
}

interface NarrativeProps {
  sectionKey: string;
  hint?: string;
  initial: string;
  editable: boolean;
  autosave: Autosave;
}

/** A narrative section: a large box while a draft, the text as written otherwise. */
function NarrativeBox({ sectionKey, hint, initial, editable, autosave }: NarrativeProps) {
  const [text, setText] = useState(initial);
  if (!editable)
    return (
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }} data-testid="narrative-text">
        {initial}
      </Typography.Paragraph>
    );
  return (
    <Input.TextArea
      value={text}
      placeholder={hint}
      autoSize={{ minRows: 6, maxRows: 24 }}
      maxLength={50_000}
      onChange={(event) => {
        setText(event.target.value);
        autosave.change({ narrative: { [sectionKey]: event.target.value } });
      }}
      data-testid="narrative-input"
      data-section={sectionKey}
    />
  );
}
