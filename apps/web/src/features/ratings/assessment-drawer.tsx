import type { AssessmentDetail } from "@dangvu/contract";
import { Alert, Col, Descriptions, Divider, Drawer, Flex, Grid, Row, Spin, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../../lib/dates";
import { AssessmentEvidence } from "./assessment-evidence";
import { ChangeForm, DecideForm, SelfForm } from "./assessment-forms";
import { ProposeForm } from "./propose-form";
import { useAssessment } from "./ratings.api";
import { LevelTag, StatusTag } from "./ratings-labels";

/** One member or organisation: the steps so far, the evidence beside them, and the step the user may take. */
export function AssessmentDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const detail = useAssessment(id);
  const data = detail.data;
  return (
    <Drawer
      open
      onClose={onClose}
      size={screens.md === false ? "100%" : 1000}
      title={data ? data.assessment.subjectName : t("app.loading")}
      closable={{ "aria-label": t("common.close") }}
      destroyOnHidden
    >
      <div data-testid="assessment-drawer">
        {detail.isPending && <Spin />}
        {detail.isError && <Alert type="error" showIcon title={detail.error.message} />}
        {data && (
          <Row gutter={[24, 16]}>
            <Col xs={24} lg={13}>
              <Steps detail={data} />
              <StepForms detail={data} />
            </Col>
            <Col xs={24} lg={11}>
              <AssessmentEvidence detail={data} />
            </Col>
          </Row>
        )}
      </div>
    </Drawer>
  );
}

/** The steps recorded so far: self-assessment, the cell's proposal with its vote, the decision. */
function Steps({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const a = detail.assessment;
  const dash = t("ratings.none");
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid="assessment-steps"
      items={[
        {
          key: "status",
          label: t("ratings.status"),
          children: (
            <Flex gap={8} wrap align="center">
              <StatusTag status={a.status} />
              <span>{a.orgUnitName}</span>
            </Flex>
          ),
        },
        {
          key: "self",
          label: t("ratings.self"),
          children: a.selfLevel ? (
            <Flex vertical gap={4}>
              <span>
                <LevelTag level={a.selfLevel} />
                {a.selfTotal !== null && t("ratings.points", { total: a.selfTotal })}
              </span>
              {a.selfText && <Typography.Text type="secondary">{a.selfText}</Typography.Text>}
              {a.selfAt && <Typography.Text type="secondary">{formatDateTime(a.selfAt)}</Typography.Text>}
            </Flex>
          ) : (
            dash
          ),
        },
        ...(a.subjectType === "member"
          ? [
              {
                key: "proposal",
                label: t("ratings.proposal"),
                children: a.proposedLevel ? (
                  <Flex vertical gap={4}>
                    <LevelTag level={a.proposedLevel} />
                    {a.proposalVote && <span>{t("ratings.vote", a.proposalVote)}</span>}
                    {a.proposalNote && <Typography.Text type="secondary">{a.proposalNote}</Typography.Text>}
                  </Flex>
                ) : (
                  dash
                ),
              },
            ]
          : []),
        {
          key: "decision",
          label: t("ratings.decision"),
          children: a.decidedLevel ? (
            <Flex vertical gap={4} data-testid="assessment-decision">
              <LevelTag level={a.decidedLevel} testId="decided-level" />
              <span>
                {a.decidedByUnitName && t("ratings.decisionBy", { unit: a.decidedByUnitName })}
                {a.decisionNumber && ` · ${a.decisionNumber}`}
                {a.decidedOn && ` · ${formatDate(a.decidedOn)}`}
              </span>
              {a.changeReason && (
                <Typography.Text type="warning">
                  {t("ratings.changeReasonShown", { reason: a.changeReason })}
                </Typography.Text>
              )}
              {a.announcedAt && (
                <Typography.Text type="secondary">
                  {t("ratings.announcedOn", { date: formatDate(a.announcedAt.slice(0, 10)) })}
                </Typography.Text>
              )}
            </Flex>
          ) : (
            dash
          ),
        },
      ]}
    />
  );
}

/** The forms of the steps the server says the user may take now (`can`). */
function StepForms({ detail }: { detail: AssessmentDetail }) {
  const { can } = detail;
  // Each form restarts from the saved assessment when it changes (a new version after a step).
  const key = `${detail.assessment.id}-${detail.assessment.version}`;
  return (
    <>
      {can.decide && (
        <>
          <Divider />
          <DecideForm key={`d-${key}`} detail={detail} />
        </>
      )}
      {can.change && (
        <>
          <Divider />
          <ChangeForm key={`c-${key}`} detail={detail} />
        </>
      )}
      {can.propose && (
        <>
          <Divider />
          <ProposeForm key={`p-${key}`} detail={detail} />
        </>
      )}
      {can.self && (
        <>
          <Divider />
          <SelfForm key={`s-${key}`} detail={detail} />
        </>
      )}
    </>
  );
}
