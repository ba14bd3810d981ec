import type { ReportAction, ReportDetail, ReportParams } from "@dangvu/contract";
import { Alert, App, Button, Descriptions, Flex, Result, Skeleton, Timeline, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formatDate, formatDateTime, todayIso } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { ReportActions } from "./report-actions";
import { ReportSections } from "./report-sections";
import { useReport, useReportStep } from "./reports.api";
import { isOverdue } from "./reports.model";
import { DueDate, StatusTag } from "./reports-labels";
import { type SaveState, useAutosave } from "./use-autosave";
import "./reports.css";

/** The route's report: its template, unit and period. */
export function useReportParams(): ReportParams {
  const { templateId = "", orgUnitId = "", period = "" } = useParams();
  return useMemo(() => ({ templateId, orgUnitId, period }), [templateId, orgUnitId, period]);
}

/** A unit's report for a period: the header, a returned report's comment, the sections, the history and the steps. */
export function ReportPage() {
  const { t } = useTranslation();
  const params = useReportParams();
  const report = useReport(params);
  // Reloading after someone else's edit starts the page's boxes again from the server's report.
  const [generation, setGeneration] = useState(0);
  if (report.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (report.isError)
    return (
      <Result
        status="warning"
        title={t("reports.notFound")}
        subTitle={report.error.message}
        extra={<Link to="/reports">← {t("reports.backToList")}</Link>}
      />
    );
  return (
    <ReportView
      key={generation}
      detail={report.data}
      params={params}
      onReload={async () => {
        await report.refetch();
        setGeneration((g) => g + 1);
      }}
    />
  );
}

function ReportView({
  detail,
  params,
  onReload,
}: {
  detail: ReportDetail;
  params: ReportParams;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const autosave = useAutosave(params, detail);
  const refresh = useReportStep(params);
  const editable = detail.can.edit && autosave.state !== "stale";
  const lastReturn = detail.status === "returned" ? lastOf(detail.history, "returned") : undefined;

  async function retake() {
    if (!(await autosave.saveNow())) return;
    try {
      await refresh.mutateAsync({ step: "refresh", body: { version: autosave.version() } });
      void message.success(t("reports.refreshed"));
    } catch (error) {
      void message.error(autosave.showError(error) ?? t("errors.unknown"));
    }
  }

  return (
    <PageCard
      title={`${detail.templateName} · ${detail.periodLabel}`}
      data-testid="report-page"
      data-status={detail.status}
      actions={<ReportActions detail={detail} params={params} autosave={autosave} />}
    >
      <Flex vertical gap={16}>
        <Link to="/reports" className="no-print">
          ← {t("reports.backToList")}
        </Link>
        {lastReturn && (
          <Alert
            type="error"
            showIcon
            data-testid="returned-comment"
            title={t("reports.returnedBanner")}
            description={
              <>
                <Typography.Paragraph strong style={{ whiteSpace: "pre-wrap", marginBottom: 4 }}>
                  {lastReturn.comment}
                </Typography.Paragraph>
                <Typography.Text type="secondary">
                  {t("reports.returnedBy", { name: lastReturn.byName ?? "", at: formatDateTime(lastReturn.at) })}
                </Typography.Text>
              </>
            }
          />
        )}
        <ReportHeader detail={detail} />
        {autosave.state === "stale" && (
          <Alert
            type="warning"
            showIcon
            title={t("reports.stale")}
            action={<Button onClick={onReload}>{t("reports.reload")}</Button>}
            data-testid="report-stale"
          />
        )}
        {autosave.error && <Alert type="error" showIcon title={autosave.error} data-testid="report-error" />}
        {detail.can.edit && <SaveIndicator state={autosave.state} />}
        <ReportSections
          detail={detail}
          params={params}
          autosave={autosave}
          editable={editable}
          onRefresh={() => void retake()}
          refreshing={refresh.isPending}
        />
        <History actions={detail.history} />
      </Flex>
    </PageCard>
  );
}

function lastOf(history: readonly ReportAction[], action: ReportAction["action"]) {
  return [...history].reverse().find((a) => a.action === action);
}

function ReportHeader({ detail }: { detail: ReportDetail }) {
  const { t } = useTranslation();
  const overdue = isOverdue(detail.status, detail.dueOn, todayIso());
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
      data-testid="report-header"
      items={[
        { key: "unit", label: t("reports.unit"), children: detail.orgUnitName },
        { key: "template", label: t("reports.template"), children: detail.templateName },
        { key: "period", label: t("reports.period"), children: detail.periodLabel },
        { key: "due", label: t("reports.dueOn"), children: <DueDate dueOn={detail.dueOn} overdue={overdue} /> },
        { key: "status", label: t("reports.status"), children: <StatusTag status={detail.status} /> },
        { key: "number", label: t("reports.documentNumber"), children: detail.documentNumber ?? "—" },
        ...(detail.parentUnitName
          ? [{ key: "parent", label: t("reports.approver"), children: detail.parentUnitName }]
          : []),
        ...(detail.submittedAt
          ? [{ key: "submitted", label: t("reports.submittedAt"), children: formatDate(detail.submittedAt) }]
          : []),
        ...(detail.approvedAt
          ? [{ key: "approved", label: t("reports.approvedAt"), children: formatDate(detail.approvedAt) }]
          : []),
      ]}
    />
  );
}

/** "Đang lưu…", "Đã lưu", "Chưa lưu được" next to a draft being typed. */
function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text = {
    idle: "",
    dirty: t("reports.saving"),
    saving: t("reports.saving"),
    saved: t("reports.saved"),
    failed: t("reports.saveFailed"),
    stale: t("reports.saveFailed"),
  }[state];
  return (
    <Typography.Text
      type={state === "failed" || state === "stale" ? "danger" : "secondary"}
      className="no-print report-save-state"
      data-testid="save-state"
      data-state={state}
      aria-live="polite"
    >
      {text}
    </Typography.Text>
  );
}

function History({ actions }: { actions: readonly ReportAction[] }) {
  const { t } = useTranslation();
  return (
    <section className="no-print" data-testid="report-history">
      <Typography.Title level={5}>{t("reports.history")}</Typography.Title>
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{t("reports.noHistory")}</Typography.Text>
      ) : (
        <Timeline
          items={actions.map((a, i) => ({
            key: i,
            color: a.action === "returned" ? "red" : a.action === "approved" ? "green" : "blue",
            content: (
              <div data-testid="history-item" data-action={a.action}>
                <Typography.Text strong>{t(`reportAction.${a.action}`)}</Typography.Text>
                {" · "}
                {a.byName ?? ""} · {formatDateTime(a.at)}
                {a.comment && (
                  <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>
                    {a.comment}
                  </Typography.Paragraph>
                )}
              </div>
            ),
          }))}
        />
      )}
    </section>
  );
}
