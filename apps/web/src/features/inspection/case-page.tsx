import type { CaseAction, InspectionCase } from "@dangvu/contract";
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Segmented, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { CaseDocuments, CaseTimeline, Openings } from "./case-sections";
import { CaseStepForm } from "./case-step-form";
import { ProposeDisciplineModal } from "./discipline-forms";
import { useCase } from "./inspection.api";
import { nextActionOf } from "./inspection.model";
import { CaseStateTag, OverdueTag, RecordMissing, subjectsText } from "./inspection-labels";

const concludedStates = new Set(["concluded", "notified", "closed"]);

/** One case: its decision and subjects, the steps so far, the next step's form, documents, who opened it, links. */
export function CasePage() {
  const { id = "" } = useParams();
  const item = useCase(id);
  if (item.isPending)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  if (item.isError) return <RecordMissing error={item.error} back="/inspection/cases" />;
  return <CaseView item={item.data} />;
}

function CaseHeader({ item }: { item: InspectionCase }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      data-testid="case-header"
      items={[
        {
          key: "decision",
          label: t("inspection.decisionNo"),
          children: t("inspection.decision", { number: item.decisionNo, date: formatDate(item.decidedOn) }),
        },
        {
          key: "body",
          label: t("inspection.body"),
          children: `${t(`inspection.bodies.${item.body}`)} · ${item.orgUnitName}`,
        },
        { key: "kind", label: t("inspection.kind"), children: t(`inspection.kinds.${item.kind}`) },
        { key: "subjects", label: t("inspection.subjects"), children: subjectsText(item.subjects) },
        {
          key: "state",
          label: t("inspection.state"),
          children: (
            <Flex gap={4} wrap>
              <CaseStateTag state={item.state} />
              <OverdueTag overdue={item.overdue} />
            </Flex>
          ),
        },
        {
          key: "stepDue",
          label: t("inspection.stepDueOn"),
          children: (
            <Typography.Text
              type={item.overdue ? "danger" : undefined}
              strong={item.overdue}
              data-testid="case-step-due"
            >
              {formatDate(item.stepDueOn)}
              {item.overdue ? ` (${t("inspection.overdue").toLowerCase()})` : ""}
            </Typography.Text>
          ),
        },
        ...(item.dueOn ? [{ key: "due", label: t("inspection.dueOn"), children: formatDate(item.dueOn) }] : []),
        ...(item.content ? [{ key: "content", label: t("inspection.content"), children: item.content }] : []),
      ]}
    />
  );
}

function CaseLinks({ item, onPropose }: { item: InspectionCase; onPropose: () => void }) {
  const { t } = useTranslation();
  const canPropose = item.can.write && concludedStates.has(item.state);
  return (
    <Flex vertical gap={8} data-testid="case-links">
      {item.letterId && (
        <Link to={`/inspection/letters/${item.letterId}`} data-testid="case-letter-link">
          {t("inspection.fromLetter")}
        </Link>
      )}
      {item.programmeItemId && <Link to="/inspection">{t("inspection.fromProgramme")}</Link>}
      {item.disciplineIds.map((id, i) => (
        <Link key={id} to={`/inspection/discipline/${id}`} data-testid="case-discipline-link">
          {t("inspection.disciplines")} {i + 1}
        </Link>
      ))}
      {canPropose && (
        <Button onClick={onPropose} data-testid="case-propose-discipline" style={{ alignSelf: "flex-start" }}>
          {t("inspection.proposeDiscipline")}
        </Button>
      )}
    </Flex>
  );
}

function CaseView({ item }: { item: InspectionCase }) {
  const { t } = useTranslation();
  const [proposing, setProposing] = useState(false);
  // A supervision may be concluded on the subject's report: then two actions are open, and the inspector picks one.
  const [chosen, setChosen] = useState<CaseAction | null>(null);
  const next = chosen && item.nextActions.includes(chosen) ? chosen : nextActionOf(item.nextActions);
  return (
    <PageCard title={item.title} data-testid="case-page" data-state={item.state}>
      <Typography.Paragraph type="secondary">{t("inspection.confidential")}</Typography.Paragraph>
      <CaseHeader item={item} />
      <Row gutter={[24, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={14}>
          <Typography.Title level={5}>{t("inspection.steps")}</Typography.Title>
          <CaseTimeline item={item} />
          <div className="no-print">
            <Typography.Title level={5}>{t("inspection.nextAction")}</Typography.Title>
            {!next ? (
              <Typography.Text type="secondary">{t("inspection.noNextAction")}</Typography.Text>
            ) : item.can.write ? (
              <>
                {item.nextActions.length > 1 && (
                  <Segmented
                    value={next}
                    onChange={(a) => setChosen(a as CaseAction)}
                    options={item.nextActions.map((a) => ({ value: a, label: t(`inspection.actions.${a}`) }))}
                    className="segmented-wrap"
                    style={{ marginBottom: 12, maxWidth: "100%" }}
                  />
                )}
                <CaseStepForm item={item} action={next} />
              </>
            ) : (
              <Alert type="info" title={t("inspection.readOnly")} />
            )}
          </div>
        </Col>
        <Col xs={24} lg={10}>
          <Typography.Title level={5}>{t("inspection.links")}</Typography.Title>
          <CaseLinks item={item} onPropose={() => setProposing(true)} />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t("inspection.documents")}
          </Typography.Title>
          <CaseDocuments item={item} />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t("inspection.openings")}
          </Typography.Title>
          <Openings openings={item.openings} />
        </Col>
      </Row>
      {proposing && <ProposeDisciplineModal fromCase={item} onClose={() => setProposing(false)} />}
    </PageCard>
  );
}
