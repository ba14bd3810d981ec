import type { Discipline } from "@dangvu/contract";
import { Button, Card, Descriptions, Flex, List, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import {
  DecideDisciplineModal,
  FileComplaintModal,
  ResolveComplaintModal,
  subjectName,
} from "./discipline-decide-forms";
import { useDiscipline } from "./inspection.api";
import { DisciplineStatusTag, RecordMissing } from "./inspection-labels";

/** One proposal or decision of discipline: the violation, the limitation, the decision, the complaints. */
export function DisciplineDetailPage() {
  const { id = "" } = useParams();
  const item = useDiscipline(id);
  if (item.isPending)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  if (item.isError) return <RecordMissing error={item.error} back="/inspection/discipline" />;
  return <DisciplineView item={item.data} />;
}

type Open = "decide" | "complaint" | "resolve" | null;

function DisciplineView({ item }: { item: Discipline }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const pending = item.complaints.some((c) => c.result === null);
  return (
    <PageCard
      title={`${t("discipline.title")}: ${subjectName(item)}`}
      data-testid="discipline-detail"
      data-status={item.status}
      actions={
        item.can.write && (
          <>
            {item.status === "proposed" && (
              <Button type="primary" danger onClick={() => setOpen("decide")} data-testid="discipline-decide">
                {t("discipline.decide")}
              </Button>
            )}
            {item.status === "decided" && !pending && (
              <Button onClick={() => setOpen("complaint")}>{t("discipline.fileComplaint")}</Button>
            )}
            {pending && <Button onClick={() => setOpen("resolve")}>{t("discipline.resolveComplaint")}</Button>}
          </>
        )
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: "status", label: t("discipline.status"), children: <DisciplineStatusTag status={item.status} /> },
          {
            key: "subject",
            label: t("discipline.subject"),
            children: item.memberName ? `${item.memberName} (${item.subjectUnitName})` : item.subjectUnitName,
          },
          {
            key: "body",
            label: t("discipline.decidingBody"),
            children: `${t(`discipline.bodies.${item.decidingBody}`)} · ${item.orgUnitName}`,
          },
          { key: "violation", label: t("discipline.violation"), children: item.violation },
          {
            key: "group",
            label: t("discipline.violationGroup"),
            children: t(`discipline.groups.${item.violationGroup}`),
          },
          {
            key: "when",
            label: t("discipline.violationFrom"),
            children: [formatDate(item.violationFrom), formatDate(item.violationTo)].filter(Boolean).join(" – "),
          },
          {
            key: "proposed",
            label: t("discipline.proposedForm"),
            children: `${t(`discipline.forms.${item.proposedForm}`)} · ${item.proposedBy} · ${formatDate(item.proposedOn)}`,
          },
          {
            key: "limitation",
            label: t("discipline.limitationEndsOn"),
            children: item.limitationEndsOn ? formatDate(item.limitationEndsOn) : t("discipline.noLimitation"),
          },
          ...(item.status !== "proposed"
            ? [
                {
                  key: "decision",
                  label: t("discipline.decision"),
                  children: (
                    <span data-testid="discipline-decision">
                      {item.form ? t(`discipline.forms.${item.form}`) : t("discipline.noDiscipline")} ·{" "}
                      {item.decisionNo} · {formatDate(item.decidedOn)}
                      {item.post ? ` · ${item.post}` : ""}
                    </span>
                  ),
                },
              ]
            : []),
          ...(item.caseId
            ? [
                {
                  key: "case",
                  label: t("discipline.case"),
                  children: <Link to={`/inspection/cases/${item.caseId}`}>{t("inspection.caseLink")}</Link>,
                },
              ]
            : []),
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t("discipline.complaints")}
      </Typography.Title>
      <List
        size="small"
        dataSource={item.complaints}
        locale={{ emptyText: t("discipline.noComplaints") }}
        renderItem={(c) => (
          <List.Item>
            <Flex vertical>
              <strong>
                {t("discipline.complaintLevel", { level: c.level })} · {formatDate(c.filedOn)} · {c.filedWith}
              </strong>
              <span>{c.content}</span>
              {c.result && (
                <Typography.Text type="secondary">
                  {[t(`discipline.results.${c.result}`), c.decisionNo, formatDate(c.resultOn), c.note]
                    .filter(Boolean)
                    .join(" · ")}
                </Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />
      {open === "decide" && <DecideDisciplineModal item={item} onClose={() => setOpen(null)} />}
      {open === "complaint" && <FileComplaintModal item={item} onClose={() => setOpen(null)} />}
      {open === "resolve" && <ResolveComplaintModal item={item} onClose={() => setOpen(null)} />}
    </PageCard>
  );
}
