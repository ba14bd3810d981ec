import type { ImportReport, Job } from "@dangvu/contract";
import { Alert, App, Button, Card, Flex, Progress, Result, Statistic, Steps, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageCard } from "../../lib/page-card";
import { ResponsiveTable } from "../../lib/responsive-table";
import { importOutcome, jobPercent, useMemberImportJob, useStartMemberImport } from "./member-import.api";
import { useDownload } from "./members.api";

type ImportError = ImportReport["errors"][number];

/**
 * Excel import in three steps: the template, a checked file (nothing written), then the confirmed import. Checking and
 * importing run on the server as a job: the page follows its progress and shows its report.
 */
export function MemberImportPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const download = useDownload();
  const start = useStartMemberImport();
  const [file, setFile] = useState<File | null>(null);
  const [run, setRun] = useState<{ jobId: string; dryRun: boolean } | null>(null);
  const [startFailure, setStartFailure] = useState<string | null>(null);
  const job = useMemberImportJob(run?.jobId ?? null);
  const outcome = importOutcome(job.data);
  const report = outcome.report;
  const failure = startFailure ?? outcome.failure ?? (job.error ? job.error.message : null);
  const running = start.isPending || job.data?.state === "running" || (run !== null && !job.data && !job.error);

  async function send(dryRun: boolean) {
    if (!file) return;
    setStartFailure(null);
    setRun(null);
    try {
      const started = await start.mutateAsync({ file, dryRun });
      setRun({ jobId: started.id, dryRun });
    } catch (error) {
      setStartFailure(error instanceof Error ? error.message : t("errors.unknown"));
    }
  }

  async function confirmImport(count: number) {
    const ok = await modal.confirm({
      title: t("memberImport.confirmTitle", { count }),
      content: t("memberImport.confirmContent"),
      okText: t("memberImport.confirm", { count }),
      cancelText: t("common.cancel"),
    });
    if (ok) await send(false);
  }

  function choose(next: File | null) {
    setFile(next);
    setRun(null);
    setStartFailure(null);
  }

  async function template() {
    try {
      await download.mutateAsync({ path: "/api/imports/members/template" });
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  }

  if (report && !report.dryRun && report.imported > 0) {
    return (
      <Card>
        <Result
          status="success"
          title={t("memberImport.done", { count: report.imported })}
          data-testid="import-done"
          extra={[
            <Link key="list" to="/members">
              <Button type="primary">{t("memberImport.toList")}</Button>
            </Link>,
            <Button key="again" onClick={() => choose(null)}>
              {t("memberImport.another")}
            </Button>,
          ]}
        />
      </Card>
    );
  }

  const ready = report?.dryRun && report.errors.length === 0 && report.validRows > 0;
  return (
    <PageCard title={t("memberImport.title")}>
      <Link to="/members">← {t("members.backToList")}</Link>
      <Steps
        orientation="vertical"
        style={{ marginTop: 16, maxWidth: 960 }}
        current={report ? 2 : file ? 1 : 0}
        items={[
          {
            title: t("memberImport.step1"),
            content: (
              <Flex vertical gap={8} align="start" style={{ paddingBottom: 16 }}>
                <Typography.Text type="secondary">{t("memberImport.step1Hint")}</Typography.Text>
                <Button onClick={() => void template()} loading={download.isPending} data-testid="import-template">
                  {t("memberImport.downloadTemplate")}
                </Button>
              </Flex>
            ),
          },
          {
            title: t("memberImport.step2"),
            content: (
              <Flex vertical gap={8} align="start" style={{ paddingBottom: 16 }} data-testid="import-file">
                <Upload
                  accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  maxCount={1}
                  beforeUpload={(chosen) => {
                    if (!chosen.name.toLowerCase().endsWith(".xlsx")) void message.error(t("memberImport.onlyXlsx"));
                    else choose(chosen);
                    return false;
                  }}
                  onRemove={() => choose(null)}
                  fileList={file ? [{ uid: "chosen", name: file.name, status: "done" }] : []}
                >
                  <Button>{t("memberImport.chooseFile")}</Button>
                </Upload>
                <Button
                  type={ready ? "default" : "primary"}
                  loading={running && (start.variables?.dryRun ?? run?.dryRun)}
                  disabled={!file || running}
                  onClick={() => void send(true)}
                  data-testid="import-dry-run"
                >
                  {t("memberImport.dryRun")}
                </Button>
                <Typography.Text type="secondary">{t("memberImport.dryRunHint")}</Typography.Text>
              </Flex>
            ),
          },
          {
            title: t("memberImport.step3"),
            content: (
              <Flex vertical gap={12} style={{ paddingBottom: 16 }}>
                {running && job.data && <JobProgressView job={job.data} />}
                {failure && <Alert type="error" showIcon title={failure} data-testid="import-failure" />}
                {report && <ReportView report={report} />}
                {ready && (
                  <Button
                    type="primary"
                    size="large"
                    style={{ alignSelf: "start" }}
                    loading={running && run?.dryRun === false}
                    onClick={() => void confirmImport(report.validRows)}
                    data-testid="import-confirm"
                  >
                    {t("memberImport.confirm", { count: report.validRows })}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
    </PageCard>
  );
}

function JobProgressView({ job }: { job: Job }) {
  const { t } = useTranslation();
  const { stage, rowsRead, errors } = job.progress;
  return (
    <Flex vertical gap={4} style={{ maxWidth: 480 }} data-testid="import-progress">
      <Progress percent={jobPercent(job)} status="active" />
      <Typography.Text type="secondary">
        {t(`memberImport.stage.${stage}`, { rows: rowsRead.toLocaleString("vi-VN"), errors })}
      </Typography.Text>
    </Flex>
  );
}

function ReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const bad = report.errors.length > 0;
  return (
    <>
      <Flex gap={32} wrap data-testid="import-counts">
        <Statistic title={t("memberImport.totalRows")} value={report.totalRows} />
        <Statistic title={t("memberImport.validRows")} value={report.validRows} />
        <Statistic
          title={t("memberImport.errorCount")}
          value={report.errors.length}
          styles={{ content: { color: bad ? "#cf1322" : undefined } }}
        />
      </Flex>
      {bad ? (
        <Alert type="error" showIcon title={t("memberImport.hasErrors")} data-testid="import-has-errors" />
      ) : report.totalRows === 0 ? (
        <Alert type="warning" showIcon title={t("memberImport.noRows")} />
      ) : (
        <Alert type="success" showIcon title={t("memberImport.noErrors", { count: report.validRows })} />
      )}
      {bad && (
        <ResponsiveTable<ImportError>
          size="small"
          rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
          dataSource={report.errors}
          pagination={report.errors.length > 50 ? { pageSize: 50 } : false}
          data-testid="import-errors"
          columns={[
            { key: "row", title: t("memberImport.row"), dataIndex: "row", width: 80 },
            { key: "column", title: t("memberImport.column"), dataIndex: "column", width: 220 },
            { key: "message", title: t("memberImport.error"), dataIndex: "message", phone: "title" },
          ]}
        />
      )}
    </>
  );
}
