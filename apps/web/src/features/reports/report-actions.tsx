import type { ReportDetail, ReportParams } from "@dangvu/contract";
import { App, Button, Form, Input } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormModal, useRequired } from "../../lib/forms";
import { downloadReport, useReportStep } from "./reports.api";
import { reportPath } from "./reports.model";
import type { Autosave } from "./use-autosave";

interface Props {
  detail: ReportDetail;
  params: ReportParams;
  autosave: Autosave;
}

/** What the user may do with the report (the server's `can`), and the downloads and print view anybody may use. */
export function ReportActions({ detail, params, autosave }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const step = useReportStep(params);
  const [asking, setAsking] = useState<"return" | "reopen" | null>(null);

  async function run(name: "submit" | "approve", done: string) {
    if (!(await autosave.saveNow())) return;
    const confirmed = await modal.confirm({
      title: name === "submit" ? t("reports.submit") : t("reports.approve"),
      content:
        name === "approve"
          ? t("reports.approveConfirm")
          : detail.parentUnitName
            ? t("reports.submitConfirm", { parent: detail.parentUnitName })
            : t("reports.submitConfirmTop"),
      okText: name === "submit" ? t("reports.submit") : t("reports.approve"),
      cancelText: t("common.cancel"),
    });
    if (!confirmed) return;
    try {
      await step.mutateAsync({ step: name, body: { version: autosave.version() } });
      void message.success(done);
    } catch (error) {
      const shown = autosave.showError(error);
      if (shown) void message.error(shown);
    }
  }

  async function download(kind: "docx" | "xlsx") {
    try {
      await downloadReport(params, kind);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  }

  const { can } = detail;
  return (
    <>
      {can.submit && (
        <Button
          type="primary"
          onClick={() => void run("submit", t("reports.submitted"))}
          loading={step.isPending}
          data-testid="report-submit"
        >
          {t("reports.submit")}
        </Button>
      )}
      {can.approve && (
        <Button type="primary" onClick={() => void run("approve", t("reports.approved"))} data-testid="report-approve">
          {t("reports.approve")}
        </Button>
      )}
      {can.return && (
        <Button danger onClick={() => setAsking("return")} data-testid="report-return">
          {t("reports.return")}
        </Button>
      )}
      {can.reopen && (
        <Button onClick={() => setAsking("reopen")} data-testid="report-reopen">
          {t("reports.reopen")}
        </Button>
      )}
      <Button onClick={() => void download("docx")} data-testid="report-docx">
        {t("reports.docx")}
      </Button>
      <Button onClick={() => void download("xlsx")} data-testid="report-xlsx">
        {t("reports.xlsx")}
      </Button>
      <Link to={`${reportPath(params.templateId, params.orgUnitId, params.period)}/print`}>
        <Button data-testid="report-print-link">{t("reports.print")}</Button>
      </Link>
      {asking && (
        <ReasonModal
          kind={asking}
          onClose={() => setAsking(null)}
          onSubmit={async (text) => {
            const version = autosave.version();
            if (asking === "return") await step.mutateAsync({ step: "return", body: { version, comment: text } });
            else await step.mutateAsync({ step: "reopen", body: { version, reason: text } });
          }}
        />
      )}
    </>
  );
}

/** Returning needs a comment and reopening a reason: both are kept in the report's history. */
function ReasonModal(props: {
  kind: "return" | "reopen";
  onClose: () => void;
  onSubmit: (text: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const returning = props.kind === "return";
  return (
    <FormModal<{ text: string }>
      open
      title={returning ? t("reports.returnTitle") : t("reports.reopenTitle")}
      okText={returning ? t("reports.return") : t("reports.reopen")}
      danger={returning}
      successMessage={returning ? t("reports.returned") : t("reports.reopened")}
      onSubmit={(values) => props.onSubmit(values.text.trim())}
      onClose={props.onClose}
      testId={returning ? "return-form" : "reopen-form"}
    >
      <Form.Item
        name="text"
        label={returning ? t("reports.comment") : t("reports.reason")}
        rules={[{ ...required, whitespace: true }]}
      >
        <Input.TextArea autoSize={{ minRows: 4 }} maxLength={2000} data-testid="reason-text" />
      </Form.Item>
    </FormModal>
  );
}
