import type { Letter } from "@dangvu/contract";
import { Button, Card, Col, Descriptions, Flex, Row, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { CaseFormModal } from "./case-form";
import { Openings } from "./case-sections";
import { useLetter } from "./inspection.api";
import { letterActionsOf, mayOpenCaseFrom } from "./inspection.model";
import { LetterStatusTag, OverdueTag, RecordMissing, subjectsText } from "./inspection-labels";
import { type LetterAction, LetterActionModal } from "./letter-forms";
import { subjectValues } from "./subject-fields";

/** One letter: who sent it and what it says, its deadline, what was done, the case opened from it, who opened it. */
export function LetterPage() {
  const { id = "" } = useParams();
  const item = useLetter(id);
  if (item.isPending)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  if (item.isError) return <RecordMissing error={item.error} back="/inspection/letters" />;
  return <LetterView item={item.data} />;
}

function LetterDetails({ item }: { item: Letter }) {
  const { t } = useTranslation();
  const optional = (key: string, label: string, value: string | null) =>
    value ? [{ key, label, children: value }] : [];
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      data-testid="letter-details"
      items={[
        {
          key: "status",
          label: t("letters.status"),
          children: (
            <Flex gap={4} wrap>
              <LetterStatusTag status={item.status} />
              <OverdueTag overdue={item.overdue} />
            </Flex>
          ),
        },
        { key: "unit", label: t("letters.receivingUnit"), children: item.orgUnitName },
        { key: "identity", label: t("letters.identity"), children: t(`letters.identities.${item.identity}`) },
        ...optional("sender", t("letters.senderName"), item.senderName),
        ...optional("address", t("letters.senderAddress"), item.senderAddress),
        { key: "summary", label: t("letters.summary"), children: item.summary },
        ...optional("subjects", t("letters.subjects"), subjectsText(item.subjects)),
        ...optional("due", t("letters.dueOn"), formatDate(item.dueOn)),
        ...optional("handled", t("letters.handledOn"), formatDate(item.handledOn)),
        ...optional("forwarded", t("letters.forwardedTo"), item.forwardedTo),
        ...optional("result", t("letters.result"), item.result),
        ...optional("resultOn", t("letters.resultOn"), formatDate(item.resultOn)),
        ...optional("filed", t("letters.filedReason"), item.filedReason),
      ]}
    />
  );
}

function LetterView({ item }: { item: Letter }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<LetterAction | null>(null);
  const [openingCase, setOpeningCase] = useState(false);
  const actions = item.can.write ? letterActionsOf(item.status) : [];
  return (
    <PageCard
      title={t("letters.letterOf", {
        kind: t(`letters.kinds.${item.kind}`).toLowerCase(),
        date: formatDate(item.receivedOn),
      })}
      data-testid="letter-page"
      data-status={item.status}
      actions={
        <>
          {actions.map((a) => (
            <Button key={a} onClick={() => setAction(a)} data-testid={`letter-${a}`}>
              {t(`letters.actions.${a}`)}
            </Button>
          ))}
          {item.can.write && mayOpenCaseFrom(item) && (
            <Button type="primary" onClick={() => setOpeningCase(true)} data-testid="letter-open-case">
              {t("letters.openCase")}
            </Button>
          )}
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t("inspection.confidential")}</Typography.Paragraph>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={16}>
          <LetterDetails item={item} />
        </Col>
        <Col xs={24} lg={8}>
          <Typography.Title level={5}>{t("inspection.links")}</Typography.Title>
          {item.caseId && (
            <Link to={`/inspection/cases/${item.caseId}`} data-testid="letter-case-link">
              {t("letters.case")}
            </Link>
          )}
          {item.disciplineId && (
            <div>
              <Link to={`/inspection/discipline/${item.disciplineId}`}>{t("letters.discipline")}</Link>
            </div>
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t("inspection.openings")}
          </Typography.Title>
          <Openings openings={item.openings} />
        </Col>
      </Row>
      {action && <LetterActionModal item={item} action={action} onClose={() => setAction(null)} />}
      {openingCase && (
        <CaseFormModal
          letterId={item.id}
          initial={{
            kind: "inspection_suspected",
            title: item.summary.slice(0, 300),
            subjects: item.subjects.length ? subjectValues(item.subjects) : [{ type: "member" }],
          }}
          onClose={() => setOpeningCase(false)}
        />
      )}
    </PageCard>
  );
}
