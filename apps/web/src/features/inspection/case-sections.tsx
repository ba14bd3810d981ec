import type { CaseStep, InspectionCase } from "@dangvu/contract";
import { App, Button, Empty, Flex, List, Timeline, Typography, Upload } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../../lib/dates";
import { downloadCaseDocument, useUploadCaseDocument } from "./inspection.api";

const detailKeys = ["leader", "team", "note", "conclusion", "violationFound", "noticeNo", "followUp"] as const;

function StepDetails({ step }: { step: CaseStep }) {
  const { t } = useTranslation();
  const lines = detailKeys
    .filter((key) => step.details[key] !== undefined && step.details[key] !== null && step.details[key] !== "")
    .map((key) => {
      const value = step.details[key];
      const text = typeof value === "boolean" ? t(value ? "inspection.yes" : "inspection.no") : String(value);
      return (
        <div key={key} style={{ whiteSpace: "pre-wrap" }}>
          <Typography.Text type="secondary">{t(`inspection.${key}`)}: </Typography.Text>
          {text}
        </div>
      );
    });
  return <>{lines}</>;
}

/** The steps taken, oldest first: the decision, then each step with its date, what it recorded and who wrote it. */
export function CaseTimeline({ item }: { item: InspectionCase }) {
  const { t } = useTranslation();
  const decided = {
    key: "decided",
    color: "blue",
    content: (
      <>
        <strong>{t("inspection.states.decided")}</strong> · {formatDate(item.decidedOn)}
        <div>{t("inspection.decision", { number: item.decisionNo, date: formatDate(item.decidedOn) })}</div>
      </>
    ),
  };
  const steps = item.steps.map((step, i) => ({
    key: String(i),
    color: step.action === "conclude" ? "purple" : step.action === "close" ? "gray" : "blue",
    content: (
      <div data-testid="case-step" data-action={step.action}>
        <strong>{t(`inspection.actions.${step.action}`)}</strong> · {formatDate(step.on)}
        <StepDetails step={step} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t("inspection.stepBy", { name: step.byName, at: formatDateTime(step.at) })}
        </Typography.Text>
      </div>
    ),
  }));
  return <Timeline items={[decided, ...steps]} data-testid="case-timeline" />;
}

/** The case's documents: each downloads; an inspector adds one by picking a file. */
export function CaseDocuments({ item }: { item: InspectionCase }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadCaseDocument(item.id);
  async function send(file: File) {
    try {
      await upload.mutateAsync(file);
      void message.success(t("inspection.uploaded", { name: file.name }));
    } catch (error) {
      void message.error((error as Error).message);
    }
  }
  async function download(docId: string) {
    try {
      await downloadCaseDocument(item.id, docId);
    } catch (error) {
      void message.error((error as Error).message);
    }
  }
  return (
    <>
      <List
        size="small"
        dataSource={item.documents}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("inspection.noDocuments")} /> }}
        renderItem={(doc) => (
          <List.Item data-testid="case-document">
            <Button
              type="link"
              onClick={() => void download(doc.id)}
              style={{ padding: 0, whiteSpace: "normal", textAlign: "left" }}
            >
              {doc.fileName}
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {Math.ceil(doc.size / 1024)} KB · {doc.uploadedByName} · {formatDateTime(doc.uploadedAt)}
            </Typography.Text>
          </List.Item>
        )}
      />
      {item.can.write && (
        <Upload
          className="no-print"
          showUploadList={false}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
        >
          <Button loading={upload.isPending} style={{ marginTop: 8 }} data-testid="case-upload">
            {t("inspection.upload")}
          </Button>
        </Upload>
      )}
    </>
  );
}

/** Who opened a case or a letter and when, from the audit trail (every opening is recorded). */
export function Openings({ openings }: { openings: readonly { at: string; byName: string }[] }) {
  const { t } = useTranslation();
  if (openings.length === 0) return <Typography.Text type="secondary">{t("inspection.noOpenings")}</Typography.Text>;
  return (
    <List
      size="small"
      data-testid="openings"
      dataSource={[...openings]}
      renderItem={(o) => (
        <List.Item>
          <Flex justify="space-between" gap={8} wrap style={{ width: "100%" }}>
            <span>{o.byName}</span>
            <Typography.Text type="secondary">{formatDateTime(o.at)}</Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}
